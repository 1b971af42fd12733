"""Client plumbing: channels with bounded retries on UNAVAILABLE, a deadline on every call, typed errors."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from typing import Any, TypeVar

import grpc

from services.common.errors import DeadlineExceededError, MedGuardError, UnavailableError, from_grpc_code
from services.common.tracing import TRACE_METADATA_KEY, current_trace_id

Resp = TypeVar("Resp")


def retry_service_config(max_attempts: int) -> str:
    """gRPC service config: round-robin over resolved addresses; UNAVAILABLE retried (`max_attempts`)."""
    policy = {
        "maxAttempts": max(2, min(max_attempts, 5)),
        "initialBackoff": "0.1s",
        "maxBackoff": "1s",
        "backoffMultiplier": 2,
        "retryableStatusCodes": ["UNAVAILABLE"],
    }
    # round_robin spreads calls over every address the name resolves to (a headless Service's pods).
    return json.dumps(
        {
            "loadBalancingConfig": [{"round_robin": {}}],
            "methodConfig": [{"name": [{}], "retryPolicy": policy}],
        }
    )


def _retry_options(max_attempts: int) -> list[tuple[str, Any]]:
    return [("grpc.enable_retries", 1), ("grpc.service_config", retry_service_config(max_attempts))]


def open_channel(target: str, *, max_attempts: int = 3, max_message_mb: int = 16) -> grpc.aio.Channel:
    """An insecure channel to `target` (host:port) with retries on UNAVAILABLE enabled."""
    limit = max_message_mb * 1024 * 1024
    options = [
        *_retry_options(max_attempts),
        ("grpc.max_receive_message_length", limit),
        ("grpc.max_send_message_length", limit),
    ]
    return grpc.aio.insecure_channel(target, options=options)


def open_blocking_channel(target: str, *, max_attempts: int = 3) -> grpc.Channel:
    """A synchronous channel with the same retries, for callers outside an event loop (TRL's reward
    functions run inside the trainer's synchronous step)."""
    return grpc.insecure_channel(target, options=_retry_options(max_attempts))


def call_blocking(method: Callable[..., Resp], request: Any, *, timeout_s: float, peer: str) -> Resp:
    """One synchronous call with a deadline; a failure raises the typed MedGuard error of its status."""
    try:
        return method(request, timeout=timeout_s)
    except grpc.RpcError as exc:
        raise from_grpc_code(exc.code(), exc.details() or "", peer=peer) from exc


def trace_metadata() -> tuple[tuple[str, str], ...]:
    """Metadata carrying the current trace id to the peer."""
    trace_id = current_trace_id()
    return ((TRACE_METADATA_KEY, trace_id),) if trace_id else ()


def translate_rpc_error(exc: grpc.aio.AioRpcError, peer: str) -> MedGuardError:
    """The typed error for a failed call to `peer`."""
    code = exc.code()
    if code == grpc.StatusCode.UNAVAILABLE:
        return UnavailableError(f"{peer} is unavailable: {exc.details()}")
    if code == grpc.StatusCode.DEADLINE_EXCEEDED:
        return DeadlineExceededError(f"{peer} did not answer in time")
    return from_grpc_code(code, exc.details() or "", peer=peer)


class BaseClient:
    """Shared by typed service clients: deadline on every call, trace metadata, typed errors."""

    def __init__(self, target: str, *, peer: str, timeout_s: float, max_attempts: int = 3) -> None:
        self.target, self.peer, self.timeout_s = target, peer, timeout_s
        self.channel = open_channel(target, max_attempts=max_attempts)

    async def close(self) -> None:
        """Close the channel."""
        await self.channel.close()

    async def _unary(self, method: Callable[..., Any], request: Any, timeout_s: float | None = None) -> Any:
        try:
            return await method(request, timeout=timeout_s or self.timeout_s, metadata=trace_metadata())
        except grpc.aio.AioRpcError as exc:
            raise translate_rpc_error(exc, self.peer) from exc

    async def _stream(
        self, method: Callable[..., Any], request: Any, timeout_s: float | None = None
    ) -> AsyncIterator[Any]:
        call = method(request, timeout=timeout_s or self.timeout_s, metadata=trace_metadata())
        try:
            async for item in call:
                yield item
        except grpc.aio.AioRpcError as exc:
            raise translate_rpc_error(exc, self.peer) from exc
        finally:
            call.cancel()
