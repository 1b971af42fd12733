"""Typed async client of the reward service; every caller and test uses it."""

from __future__ import annotations

from collections.abc import Sequence

from services.common.grpc_client import BaseClient
from services.common.pb.medguard.reward.v1 import reward_pb2 as pb
from services.common.pb.medguard.reward.v1 import reward_pb2_grpc as pb_grpc
from services.reward import convert
from services.reward.types import ItemScores, RewardItem


class RewardClient(BaseClient):
    """Calls medguard.reward.v1.Reward with a deadline on every call and typed errors."""

    def __init__(self, target: str, *, timeout_s: float = 60.0, max_attempts: int = 3) -> None:
        super().__init__(target, peer="reward", timeout_s=timeout_s, max_attempts=max_attempts)
        self._stub = pb_grpc.RewardStub(self.channel)
        self.model_version = ""

    async def score(self, items: Sequence[RewardItem], *, timeout_s: float | None = None) -> list[ItemScores]:
        """Scores of `items`, in order."""
        request = pb.ScoreRequest(items=[convert.item_to_pb(item) for item in items])
        reply = await self._unary(self._stub.Score, request, timeout_s)
        self.model_version = reply.model_version
        return [convert.scores_from_pb(s) for s in reply.items]
