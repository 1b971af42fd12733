"""Thin gRPC servicer of medguard.guardian.v1.Guardian over the same Screen that /chat uses."""

from __future__ import annotations

from typing import Any

from services.common.errors import InvalidArgumentError
from services.common.grpc_server import GrpcService
from services.common.pb.medguard.guardian.v1 import guardian_pb2 as pb
from services.common.pb.medguard.guardian.v1 import guardian_pb2_grpc as pb_grpc
from services.common.types import ChatMessage, Severity, Verdict
from services.guardian.evaluator.screen import Screen, ScreenItem
from services.guardian.principles.toolkit import PrincipleToolkit

SEVERITY_TO_PB = {
    Severity.SAFE: pb.SEVERITY_SAFE,
    Severity.CONTROVERSIAL: pb.SEVERITY_CONTROVERSIAL,
    Severity.UNSAFE: pb.SEVERITY_UNSAFE,
}
VALID_ROLES = ("system", "user", "assistant")


def item_from_pb(item: pb.EvaluateItem, index: int, max_chars: int) -> ScreenItem:
    """Validate one item; errors name items[i]."""
    where = f"items[{index}]"
    if not item.conversation:
        raise InvalidArgumentError("conversation is empty", field=f"{where}.conversation")
    turns = []
    for j, m in enumerate(item.conversation):
        if m.role not in VALID_ROLES:
            raise InvalidArgumentError(f"unknown role {m.role!r}", field=f"{where}.conversation[{j}].role")
        turns.append(ChatMessage(role=m.role, content=m.content))
    response = item.response if item.HasField("response") else None
    if response is None and not any(t.role == "user" for t in turns):
        raise InvalidArgumentError("without a response, the conversation needs a user turn", field=where)
    if sum(len(t.content) for t in turns) + len(response or "") > max_chars:
        raise InvalidArgumentError(f"text exceeds {max_chars} characters", field=where)
    return ScreenItem(conversation=tuple(turns), response=response)


def verdict_to_pb(v: Verdict) -> pb.Verdict:
    """Wire form of a verdict."""
    return pb.Verdict(
        severity=SEVERITY_TO_PB[v.severity],
        dimensions=[
            pb.DimensionHit(
                id=d.id,
                severity=SEVERITY_TO_PB[d.severity],
                score=d.score,
                rationale=d.rationale,
                rule_ids=d.rule_ids,
            )
            for d in v.dimensions
        ],
        norms=[pb.Norm(law=n.law, article=n.article) for n in v.norms],
        principles=v.principles,
        rationale=v.rationale,
        evaluator_version=v.evaluator_version,
    )


class GuardianServicer(pb_grpc.GuardianServicer):
    """Guardian.Evaluate over a Screen; flagged verdicts name their principles when a library is loaded."""

    def __init__(
        self, screen: Screen, *, max_items: int, max_chars: int, principles: PrincipleToolkit | None = None
    ) -> None:
        self._screen, self._max_items, self._max_chars = screen, max_items, max_chars
        self._principles = principles

    async def Evaluate(self, request: pb.EvaluateRequest, context: Any) -> pb.EvaluateResponse:
        if not request.items:
            raise InvalidArgumentError("at least one item is required", field="items")
        if len(request.items) > self._max_items:
            raise InvalidArgumentError(f"at most {self._max_items} items per call", field="items")
        items = [item_from_pb(item, i, self._max_chars) for i, item in enumerate(request.items)]
        verdicts = await self._screen.evaluate(items)
        if self._principles is not None:
            verdicts = await _with_principles(self._principles, items, verdicts)
        return pb.EvaluateResponse(
            verdicts=[verdict_to_pb(v) for v in verdicts], ids=[i.id for i in request.items]
        )


async def _with_principles(
    toolkit: PrincipleToolkit, items: list[ScreenItem], verdicts: list[Verdict]
) -> list[Verdict]:
    """Flagged verdicts with the ids of their principles (one retrieval pass for the whole request)."""
    flagged = [i for i, v in enumerate(verdicts) if v.flagged]
    if not flagged:
        return verdicts
    found = await toolkit.for_verdicts(
        [(items[i].conversation, verdicts[i], items[i].response) for i in flagged]
    )
    named = list(verdicts)
    for i, principles in zip(flagged, found, strict=True):
        named[i] = verdicts[i].model_copy(update={"principles": [p.id for p in principles]})
    return named


def guardian_service(servicer: GuardianServicer) -> GrpcService:
    """The servicer, ready to mount on a GrpcServer."""
    return GrpcService(
        full_name=pb.DESCRIPTOR.services_by_name["Guardian"].full_name,
        register=lambda server: pb_grpc.add_GuardianServicer_to_server(servicer, server),
    )
