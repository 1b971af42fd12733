"""Thin gRPC servicer of medguard.reward.v1.Reward over RewardCore."""

from __future__ import annotations

from typing import Any

from services.common.grpc_server import GrpcService
from services.common.pb.medguard.reward.v1 import reward_pb2 as pb
from services.common.pb.medguard.reward.v1 import reward_pb2_grpc as pb_grpc
from services.reward import convert
from services.reward.core import RewardCore


class RewardServicer(pb_grpc.RewardServicer):
    """Reward.Score: convert, score with the core, convert back."""

    def __init__(self, core: RewardCore) -> None:
        self._core = core

    async def Score(self, request: pb.ScoreRequest, context: Any) -> pb.ScoreResponse:
        items = [convert.item_from_pb(item, i) for i, item in enumerate(request.items)]
        scores = await self._core.score(items)
        return pb.ScoreResponse(
            items=[convert.scores_to_pb(s) for s in scores], model_version=self._core.version
        )


def reward_service(servicer: RewardServicer) -> GrpcService:
    """The servicer, ready to mount on a GrpcServer."""
    return GrpcService(
        full_name=pb.DESCRIPTOR.services_by_name["Reward"].full_name,
        register=lambda server: pb_grpc.add_RewardServicer_to_server(servicer, server),
    )
