"""POST /chat: MedGuard's own chat API, with the verdict metadata in every reply."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

from fastapi import APIRouter, Depends, Request
from fastapi.responses import StreamingResponse

from services.common.types import Verdict
from services.guardian.api.protocol import (
    ChatRequest,
    ChatResponse,
    Message,
    PrincipleOut,
    RewardOut,
    RoundOut,
    UsageOut,
    VerdictOut,
)
from services.guardian.api.runtime import authenticate, build_turn, runtime_of
from services.guardian.api.sse import error_event, primed, sse
from services.guardian.orchestrator import ChatReply, Delta, StreamEvent

router = APIRouter()


def chat_response(reply: ChatReply, *, include_input: bool) -> ChatResponse:
    """The /chat body for a finished reply."""
    u = reply.usage
    return ChatResponse(
        id=f"chat-{uuid.uuid4().hex}",
        trace_id=reply.trace_id,
        message=Message(role="assistant", content=reply.text),
        verdict=VerdictOut.of(reply.verdict),
        input_verdict=VerdictOut.of(reply.input_verdict) if include_input else None,
        replaced=reply.replaced,
        revisions=reply.revisions,
        principles=[PrincipleOut.of(p) for p in reply.principles],
        trace=[RoundOut.of(r) for r in reply.rounds] if include_input else None,
        reward=RewardOut.of(reply.reward),
        blocked_input=reply.blocked_input,
        finish_reason=reply.finish_reason,
        model=reply.model,
        adapter=reply.adapter,
        usage=UsageOut(
            prompt_tokens=u.prompt_tokens,
            completion_tokens=u.completion_tokens,
            total_tokens=u.prompt_tokens + u.completion_tokens,
        ),
        latency_ms=reply.latency_ms,
    )


@router.post("/chat", response_model=ChatResponse, summary="Chat through the guardian")
async def chat(
    body: ChatRequest, request: Request, tenant: str = Depends(authenticate)
) -> ChatResponse | StreamingResponse:
    """Screen the user turn, generate, screen the reply; with `stream`, SSE events `delta` then `done`."""
    rt = runtime_of(request)
    turn = build_turn(
        rt.settings, body.messages, body, max_tokens=body.max_tokens, tenant=tenant, adapter=body.adapter
    )
    if not body.stream:
        reply = await rt.orchestrator.chat(turn)
        rt.metrics.record(reply)
        return chat_response(reply, include_input=body.trace)
    events = await primed(rt.orchestrator.chat_stream(turn))
    return StreamingResponse(_frames(events, request, body.trace), media_type="text/event-stream")


async def _frames(
    events: AsyncIterator[StreamEvent], request: Request, include_input: bool
) -> AsyncIterator[str]:
    try:
        async for event in events:
            if isinstance(event, Delta):
                yield sse({"text": event.text}, event="delta")
            else:
                runtime_of(request).metrics.record(event)
                yield sse(
                    chat_response(event, include_input=include_input).model_dump(mode="json"), event="done"
                )
    except Exception as exc:
        yield sse(error_event(exc), event="error")


def verdict_summary(v: Verdict) -> dict[str, object]:
    """Compact verdict form for OpenAI-compatible replies."""
    return VerdictOut.of(v).model_dump(mode="json")
