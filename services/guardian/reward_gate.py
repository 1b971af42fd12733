"""The reward service as a second gate on replies: a draft whose safety score falls under the
threshold fails like a flagged one (and goes through revision), and the revision loop picks the
passing candidate with the best aggregate. A failing reward service fails closed (HTTP 503).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol

from services.common.errors import UnavailableError
from services.common.types import ChatMessage, DimensionHit, Severity, Verdict
from services.reward.types import ItemScores, RewardItem

__all__ = ["RewardGate", "RewardPort"]

log = logging.getLogger(__name__)
_RATIONALE = "奖励模型的安全评分低于阈值，需要按原则修改后再回复"
_LOW_SAFETY = 0.5


class RewardPort(Protocol):
    """What the gate needs of the reward service (RewardClient in production, fakes in tests)."""

    async def score(self, items: Sequence[RewardItem]) -> list[ItemScores]:
        """Scores of `items`, in order."""
        ...


class RewardGate:
    """Scores a candidate reply and turns an unsafe score into a failing verdict."""

    def __init__(self, reward: RewardPort, fail_at: Severity, threshold: float | None = None) -> None:
        """`threshold` None: the reward service's own `safe` flag decides; a number: a reply fails when
        any safety score falls under it (lower = fewer false alarms, fewer catches; docs/reward.md)."""
        self._reward, self._fail_at, self._threshold = reward, fail_at, threshold

    def _unsafe(self, scores: ItemScores) -> bool:
        if self._threshold is None:
            return not scores.safe
        return min(scores.safety.values(), default=1.0) < self._threshold

    async def check(
        self, messages: Sequence[ChatMessage], text: str, verdict: Verdict
    ) -> tuple[Verdict, ItemScores | None]:
        """(verdict, scores): the guardian's verdict, raised to the failing severity when the reward
        model finds the reply unsafe and the guardian did not already fail it. A blank text (a
        streamed reply's first line break) holds nothing to score: the guardian's verdict stands."""
        if not text.strip():
            return verdict, None
        try:
            (scores,) = await self._reward.score([RewardItem(tuple(messages), text)])
        except Exception as exc:
            log.exception("reward scoring failed")
            raise UnavailableError("the reward service failed; no unchecked text is released") from exc
        if not self._unsafe(scores) or verdict.severity.rank >= self._fail_at.rank:
            return verdict, scores
        return self._failing(verdict, scores), scores

    def _failing(self, verdict: Verdict, scores: ItemScores) -> Verdict:
        dims = {k: v for k, v in scores.safety.items() if k != "overall"} or dict(scores.safety)
        low = sorted((v, k) for k, v in dims.items() if v < _LOW_SAFETY) or [
            min((v, k) for k, v in dims.items())
        ]
        hits = [
            DimensionHit(id=k, severity=self._fail_at, score=round(1.0 - v, 4), rationale=_RATIONALE)
            for v, k in low[:3]
        ]
        return verdict.model_copy(
            update={
                "severity": self._fail_at,
                "dimensions": [*hits, *verdict.dimensions],
                "rationale": _RATIONALE,
            }
        )
