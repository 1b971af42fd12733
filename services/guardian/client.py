"""Typed async client of gRPC Guardian.Evaluate."""

from __future__ import annotations

from collections.abc import Sequence

from services.common.grpc_client import BaseClient
from services.common.pb.medguard.guardian.v1 import guardian_pb2 as pb
from services.common.pb.medguard.guardian.v1 import guardian_pb2_grpc as pb_grpc
from services.common.types import DimensionHit, Norm, Severity, Verdict
from services.guardian.evaluator.screen import ScreenItem
from services.guardian.server import SEVERITY_TO_PB

_SEVERITY_FROM_PB = {v: k for k, v in SEVERITY_TO_PB.items()}


def verdict_from_pb(v: pb.Verdict) -> Verdict:
    """Domain form of a wire verdict."""
    return Verdict(
        severity=_SEVERITY_FROM_PB.get(v.severity, Severity.SAFE),
        dimensions=[
            DimensionHit(
                id=d.id,
                severity=_SEVERITY_FROM_PB.get(d.severity, Severity.SAFE),
                score=d.score,
                rationale=d.rationale,
                rule_ids=list(d.rule_ids),
            )
            for d in v.dimensions
        ],
        norms=[Norm(law=n.law, article=n.article) for n in v.norms],
        principles=list(v.principles),
        rationale=v.rationale,
        evaluator_version=v.evaluator_version,
    )


def evaluate_request(items: Sequence[ScreenItem]) -> pb.EvaluateRequest:
    """The wire request judging `items`, ids by position."""
    return pb.EvaluateRequest(
        items=[
            pb.EvaluateItem(
                id=str(i),
                conversation=[pb.ChatMessage(role=m.role, content=m.content) for m in item.conversation],
                response=item.response,
            )
            for i, item in enumerate(items)
        ]
    )


class GuardianClient(BaseClient):
    """Calls medguard.guardian.v1.Guardian with a deadline and typed errors."""

    def __init__(self, target: str, *, timeout_s: float = 30.0, max_attempts: int = 3) -> None:
        super().__init__(target, peer="guardian", timeout_s=timeout_s, max_attempts=max_attempts)
        self._stub = pb_grpc.GuardianStub(self.channel)

    async def evaluate(self, items: Sequence[ScreenItem]) -> list[Verdict]:
        """One verdict per item, in order."""
        reply = await self._unary(self._stub.Evaluate, evaluate_request(items))
        return [verdict_from_pb(v) for v in reply.verdicts]
