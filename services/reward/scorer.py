"""From raw model outputs to the documented scores: safety apart, proficiency, criteria, aggregate."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from services.common.types import ChatMessage
from services.reward.model import RawScores
from services.reward.scoring import ScoringScheme, rubric_score
from services.reward.types import ItemScores, RewardItem

__all__ = ["RawScorer", "RewardScorer"]


class RawScorer(Protocol):
    """What the scorer needs of a model (RewardModel, or a fake in tests)."""

    @property
    def version(self) -> str:
        """Version of the model."""
        ...

    def score(self, items: Sequence[tuple[Sequence[ChatMessage], str, Sequence[str]]]) -> list[RawScores]:
        """Raw scores of (conversation, response, criterion texts), in order."""
        ...


class RewardScorer:
    """Scores batches of items with a model and a scoring scheme (blocking; call from a worker thread)."""

    def __init__(self, model: RawScorer, scheme: ScoringScheme) -> None:
        self.model, self.scheme = model, scheme

    @property
    def version(self) -> str:
        """Model version and scoring scheme, e.g. reward-xenc-v1+medguard-reward-scoring@v1."""
        return f"{self.model.version}+{self.scheme.name}"

    def score(self, items: Sequence[RewardItem]) -> list[ItemScores]:
        """One ItemScores per item, in order."""
        raw = self.model.score([(i.conversation, i.response, [c.text for c in i.criteria]) for i in items])
        return [self._scores(item, r) for item, r in zip(items, raw, strict=True)]

    def _scores(self, item: RewardItem, raw: RawScores) -> ItemScores:
        safety = {dim: 1.0 - p for dim, p in raw.violation.items()}
        rubric = rubric_score(item.criteria, raw.criteria)
        aggregate, safe = self.scheme.aggregate(safety, raw.proficiency, rubric)
        return ItemScores(
            id=item.id,
            safety=_rounded(safety),
            proficiency=_rounded(raw.proficiency),
            criteria=[(c.id, round(p, 5)) for c, p in zip(item.criteria, raw.criteria, strict=True)],
            rubric=None if rubric is None else round(rubric, 5),
            aggregate=round(aggregate, 5),
            safe=safe,
        )


def _rounded(scores: dict[str, float]) -> dict[str, float]:
    return {key: round(value, 5) for key, value in scores.items()}
