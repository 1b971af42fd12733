"""Thin gRPC servicer over PolicyCore: validate and convert, call the core, convert back."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from services.common.grpc_server import GrpcService
from services.common.pb.medguard.policy.v1 import policy_pb2 as pb
from services.common.pb.medguard.policy.v1 import policy_pb2_grpc as pb_grpc
from services.policy import convert
from services.policy.core import PolicyCore

Ctx = Any  # grpc.aio.ServicerContext


class PolicyServicer(pb_grpc.PolicyServicer):
    """medguard.policy.v1.Policy over a PolicyCore."""

    def __init__(self, core: PolicyCore, default_max_new_tokens: int) -> None:
        self._core, self._default_max = core, default_max_new_tokens

    async def Generate(self, request: pb.GenerateRequest, context: Ctx) -> pb.GenerateResponse:
        result = await self._core.generate(convert.request_from_pb(request, self._default_max))
        return convert.generation_to_pb(result)

    async def GenerateStream(
        self, request: pb.GenerateRequest, context: Ctx
    ) -> AsyncIterator[pb.GenerateStreamChunk]:
        async for chunk in self._core.generate_stream(convert.request_from_pb(request, self._default_max)):
            yield convert.chunk_to_pb(chunk)

    async def ListAdapters(self, request: pb.ListAdaptersRequest, context: Ctx) -> pb.ListAdaptersResponse:
        return pb.ListAdaptersResponse(
            adapters=[convert.adapter_to_pb(a) for a in self._core.list_adapters()]
        )

    async def LoadAdapter(self, request: pb.LoadAdapterRequest, context: Ctx) -> pb.LoadAdapterResponse:
        info = await self._core.load_adapter(request.name, request.path)
        return pb.LoadAdapterResponse(adapter=convert.adapter_to_pb(info))

    async def ActivateAdapter(
        self, request: pb.ActivateAdapterRequest, context: Ctx
    ) -> pb.ActivateAdapterResponse:
        active, previous = await self._core.activate_adapter(request.name)
        return pb.ActivateAdapterResponse(active=active, previous=previous)

    async def RollbackAdapter(
        self, request: pb.RollbackAdapterRequest, context: Ctx
    ) -> pb.ActivateAdapterResponse:
        active, previous = await self._core.rollback_adapter()
        return pb.ActivateAdapterResponse(active=active, previous=previous)

    async def GetModelInfo(self, request: pb.GetModelInfoRequest, context: Ctx) -> pb.ModelInfo:
        return convert.info_to_pb(self._core.info())


def policy_service(servicer: PolicyServicer) -> GrpcService:
    """The servicer, ready to mount on a GrpcServer."""
    return GrpcService(
        full_name=pb.DESCRIPTOR.services_by_name["Policy"].full_name,
        register=lambda server: pb_grpc.add_PolicyServicer_to_server(servicer, server),
    )
