"""OpenAI-compatible POST /v1/chat/completions (unary and SSE) and GET /v1/models.

Every reply carries the guardian's metadata in an extra top-level `medguard` object; a reply the
guardian replaced or blocked has finish_reason "content_filter", as OpenAI's own filter reports.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import StreamingResponse

from services.guardian.api.chat import verdict_summary
from services.guardian.api.protocol import ChatCompletionRequest, RewardOut
from services.guardian.api.runtime import authenticate, build_turn, runtime_of
from services.guardian.api.sse import error_event, primed, sse
from services.guardian.orchestrator import ChatReply, Delta, StreamEvent

router = APIRouter(prefix="/v1")


def _finish(reason: str) -> str:
    return {"stop_string": "stop"}.get(reason, reason)


def _usage(reply: ChatReply) -> dict[str, int]:
    u = reply.usage
    return {
        "prompt_tokens": u.prompt_tokens,
        "completion_tokens": u.completion_tokens,
        "total_tokens": u.prompt_tokens + u.completion_tokens,
    }


def _medguard(reply: ChatReply) -> dict[str, Any]:
    return {
        "trace_id": reply.trace_id,
        "verdict": verdict_summary(reply.verdict),
        "input_verdict": verdict_summary(reply.input_verdict),
        "replaced": reply.replaced,
        "revisions": reply.revisions,
        "principles": [p.id for p in reply.principles],
        "blocked_input": reply.blocked_input,
        "adapter": reply.adapter,
        "policy_model": reply.model,
        "reward": reward.model_dump(mode="json") if (reward := RewardOut.of(reply.reward)) else None,
    }


@router.get("/models", summary="Models served (OpenAI-compatible)")
async def models(request: Request, _tenant: str = Depends(authenticate)) -> dict[str, Any]:
    """The one guardian-wrapped model."""
    name = runtime_of(request).settings.served_model_name
    return {"object": "list", "data": [{"id": name, "object": "model", "created": 0, "owned_by": "medguard"}]}


@router.post("/chat/completions", summary="Chat completions (OpenAI-compatible)", response_model=None)
async def chat_completions(
    body: ChatCompletionRequest, request: Request, tenant: str = Depends(authenticate)
) -> dict[str, Any] | StreamingResponse:
    """Screened chat completion; `stream: true` gives chat.completion.chunk events and `[DONE]`."""
    rt = runtime_of(request)
    max_tokens = body.max_completion_tokens or body.max_tokens
    turn = build_turn(rt.settings, body.messages, body, max_tokens=max_tokens, tenant=tenant)
    completion_id, created = f"chatcmpl-{uuid.uuid4().hex}", int(time.time())
    if not body.stream:
        reply = await rt.orchestrator.chat(turn)
        rt.metrics.record(reply)
        return {
            "id": completion_id,
            "object": "chat.completion",
            "created": created,
            "model": body.model,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": reply.text},
                    "finish_reason": _finish(reply.finish_reason),
                    "logprobs": None,
                }
            ],
            "usage": _usage(reply),
            "medguard": _medguard(reply),
        }
    include_usage = bool(body.stream_options and body.stream_options.include_usage)
    events = await primed(rt.orchestrator.chat_stream(turn))
    frames = _chunks(events, request, completion_id, created, body.model, include_usage)
    return StreamingResponse(frames, media_type="text/event-stream")


async def _chunks(
    events: AsyncIterator[StreamEvent],
    request: Request,
    cid: str,
    created: int,
    model: str,
    include_usage: bool,
) -> AsyncIterator[str]:
    def chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> str:
        base = {
            "id": cid,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
        }
        return sse({**base, **extra})

    yield chunk({"role": "assistant", "content": ""})
    try:
        async for event in events:
            if isinstance(event, Delta):
                yield chunk({"content": event.text})
                continue
            runtime_of(request).metrics.record(event)
            yield chunk({}, _finish(event.finish_reason), medguard=_medguard(event))
            if include_usage:
                yield sse(
                    {
                        "id": cid,
                        "object": "chat.completion.chunk",
                        "created": created,
                        "model": model,
                        "choices": [],
                        "usage": _usage(event),
                    }
                )
    except Exception as exc:
        yield sse(error_event(exc))
    yield sse("[DONE]")
