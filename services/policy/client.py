"""Typed async client of the policy service; every caller and test uses it."""

from __future__ import annotations

from collections.abc import AsyncIterator

from services.common.aio import closing_iter
from services.common.grpc_client import BaseClient
from services.common.pb.medguard.policy.v1 import policy_pb2 as pb
from services.common.pb.medguard.policy.v1 import policy_pb2_grpc as pb_grpc
from services.policy import convert
from services.policy.types import AdapterInfo, Generation, GenerationRequest, ModelInfo, StreamChunk


class PolicyClient(BaseClient):
    """Calls medguard.policy.v1.Policy with a deadline on every call and typed errors."""

    def __init__(self, target: str, *, timeout_s: float = 120.0, max_attempts: int = 3) -> None:
        super().__init__(target, peer="policy", timeout_s=timeout_s, max_attempts=max_attempts)
        self._stub = pb_grpc.PolicyStub(self.channel)

    async def generate(self, request: GenerationRequest, *, timeout_s: float | None = None) -> Generation:
        """One complete assistant turn."""
        reply = await self._unary(self._stub.Generate, convert.request_to_pb(request), timeout_s)
        return convert.generation_from_pb(reply)

    async def generate_stream(
        self, request: GenerationRequest, *, timeout_s: float | None = None
    ) -> AsyncIterator[StreamChunk]:
        """The assistant turn as deltas; the last chunk carries finish reason and usage."""
        stream = self._stream(self._stub.GenerateStream, convert.request_to_pb(request), timeout_s)
        async with closing_iter(stream):
            async for chunk in stream:
                yield convert.chunk_from_pb(chunk)

    async def list_adapters(self) -> list[AdapterInfo]:
        """Adapters loaded on the server."""
        reply = await self._unary(self._stub.ListAdapters, pb.ListAdaptersRequest())
        return [convert.adapter_from_pb(a) for a in reply.adapters]

    async def load_adapter(self, name: str, path: str) -> AdapterInfo:
        """Load an adapter folder under a new versioned name."""
        reply = await self._unary(self._stub.LoadAdapter, pb.LoadAdapterRequest(name=name, path=path))
        return convert.adapter_from_pb(reply.adapter)

    async def activate_adapter(self, name: str) -> tuple[str, str]:
        """Activate an adapter (empty = base); returns (active, previous)."""
        reply = await self._unary(self._stub.ActivateAdapter, pb.ActivateAdapterRequest(name=name))
        return reply.active, reply.previous

    async def rollback_adapter(self) -> tuple[str, str]:
        """Return to the previously active adapter; returns (active, previous)."""
        reply = await self._unary(self._stub.RollbackAdapter, pb.RollbackAdapterRequest())
        return reply.active, reply.previous

    async def model_info(self) -> ModelInfo:
        """What the server runs."""
        return convert.info_from_pb(await self._unary(self._stub.GetModelInfo, pb.GetModelInfoRequest()))
