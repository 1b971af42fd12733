"""Protobuf <-> domain conversion for the policy service (protobuf stays at the edge)."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import ValidationError

from services.common.errors import InvalidArgumentError
from services.common.pb.medguard.policy.v1 import policy_pb2 as pb
from services.common.types import ChatMessage
from services.policy.types import (
    AdapterInfo,
    FinishReason,
    Generation,
    GenerationRequest,
    ModelInfo,
    SamplingParams,
    StreamChunk,
    Usage,
)

_FINISH_TO_PB = {
    FinishReason.STOP: pb.FINISH_REASON_STOP,
    FinishReason.LENGTH: pb.FINISH_REASON_LENGTH,
    FinishReason.STOP_STRING: pb.FINISH_REASON_STOP_STRING,
}
_FINISH_FROM_PB = {v: k for k, v in _FINISH_TO_PB.items()}
VALID_ROLES = ("system", "user", "assistant")


def messages_from_pb(
    messages: Sequence[pb.ChatMessage], *, field: str = "messages"
) -> tuple[ChatMessage, ...]:
    """Domain messages; unknown roles are INVALID_ARGUMENT naming the index."""
    out = []
    for i, m in enumerate(messages):
        if m.role not in VALID_ROLES:
            raise InvalidArgumentError(
                f"unknown role {m.role!r}; expected one of {VALID_ROLES}", field=f"{field}[{i}].role"
            )
        out.append(ChatMessage(role=m.role, content=m.content))
    return tuple(out)


def params_from_pb(p: pb.SamplingParams, default_max_new_tokens: int) -> SamplingParams:
    """Sampling params with zero values meaning 'server default'."""
    try:
        return SamplingParams(
            max_new_tokens=p.max_new_tokens or default_max_new_tokens,
            temperature=p.temperature,
            top_p=p.top_p or 1.0,
            top_k=p.top_k,
            stop=tuple(p.stop),
            seed=p.seed if p.HasField("seed") else None,
            repetition_penalty=p.repetition_penalty or 1.0,
        )
    except ValidationError as exc:
        err = exc.errors()[0]
        raise InvalidArgumentError(str(err["msg"]), field=f"params.{err['loc'][0]}") from exc


def request_from_pb(req: pb.GenerateRequest, default_max_new_tokens: int) -> GenerationRequest:
    """The domain request for a GenerateRequest."""
    return GenerationRequest(
        messages=messages_from_pb(req.messages),
        params=params_from_pb(req.params, default_max_new_tokens),
        adapter=req.adapter,
    )


def request_to_pb(req: GenerationRequest) -> pb.GenerateRequest:
    """The wire request for a domain request."""
    p = req.params
    params = pb.SamplingParams(
        max_new_tokens=p.max_new_tokens,
        temperature=p.temperature,
        top_p=p.top_p,
        top_k=p.top_k,
        stop=list(p.stop),
        repetition_penalty=p.repetition_penalty,
    )
    if p.seed is not None:
        params.seed = p.seed
    messages = [pb.ChatMessage(role=m.role, content=m.content) for m in req.messages]
    return pb.GenerateRequest(messages=messages, params=params, adapter=req.adapter)


def _usage_pb(u: Usage | None) -> pb.Usage | None:
    return (
        None if u is None else pb.Usage(prompt_tokens=u.prompt_tokens, completion_tokens=u.completion_tokens)
    )


def generation_to_pb(g: Generation) -> pb.GenerateResponse:
    """Wire form of a finished generation."""
    return pb.GenerateResponse(
        text=g.text,
        finish_reason=_FINISH_TO_PB[g.finish_reason],
        usage=_usage_pb(g.usage),
        model=g.model,
        adapter=g.adapter,
    )


def generation_from_pb(r: pb.GenerateResponse) -> Generation:
    """Domain form of a GenerateResponse."""
    return Generation(
        text=r.text,
        finish_reason=_FINISH_FROM_PB.get(r.finish_reason, FinishReason.STOP),
        usage=Usage(prompt_tokens=r.usage.prompt_tokens, completion_tokens=r.usage.completion_tokens),
        model=r.model,
        adapter=r.adapter,
    )


def chunk_to_pb(c: StreamChunk) -> pb.GenerateStreamChunk:
    """Wire form of a stream chunk."""
    out = pb.GenerateStreamChunk(delta=c.delta, model=c.model, adapter=c.adapter, usage=_usage_pb(c.usage))
    if c.finish_reason is not None:
        out.finish_reason = _FINISH_TO_PB[c.finish_reason]
    return out


def chunk_from_pb(c: pb.GenerateStreamChunk) -> StreamChunk:
    """Domain form of a stream chunk."""
    final = c.finish_reason != pb.FINISH_REASON_UNSPECIFIED
    return StreamChunk(
        delta=c.delta,
        model=c.model,
        adapter=c.adapter,
        finish_reason=_FINISH_FROM_PB.get(c.finish_reason) if final else None,
        usage=Usage(prompt_tokens=c.usage.prompt_tokens, completion_tokens=c.usage.completion_tokens)
        if final
        else None,
    )


def adapter_to_pb(a: AdapterInfo) -> pb.AdapterInfo:
    """Wire form of an adapter."""
    return pb.AdapterInfo(name=a.name, path=a.path, active=a.active, loaded_at=a.loaded_at)


def adapter_from_pb(a: pb.AdapterInfo) -> AdapterInfo:
    """Domain form of an adapter."""
    return AdapterInfo(name=a.name, path=a.path, active=a.active, loaded_at=a.loaded_at)


def info_to_pb(i: ModelInfo) -> pb.ModelInfo:
    """Wire form of model info."""
    return pb.ModelInfo(
        model=i.model,
        backend=i.backend,
        max_context_tokens=i.max_context_tokens,
        active_adapter=i.active_adapter,
        supports_adapters=i.supports_adapters,
    )


def info_from_pb(i: pb.ModelInfo) -> ModelInfo:
    """Domain form of model info."""
    return ModelInfo(
        model=i.model,
        backend=i.backend,
        max_context_tokens=i.max_context_tokens,
        active_adapter=i.active_adapter,
        supports_adapters=i.supports_adapters,
    )
