"""The reward service's protocol-agnostic core: validate, micro-batch concurrent calls, score, count."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Histogram

from services.common.batching import MicroBatcher
from services.common.errors import InvalidArgumentError
from services.reward.scorer import RewardScorer
from services.reward.types import ItemScores, RewardItem

__all__ = ["RewardCore", "RewardLimits", "RewardMetrics"]

VALID_ROLES = ("system", "user", "assistant")


class RewardMetrics:
    """Items scored, how many were safe, and the aggregate's distribution."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.items = Counter("medguard_reward_items", "items scored", ["safe"], registry=registry)
        self.criteria = Counter("medguard_reward_criteria", "criteria scored", registry=registry)
        self.aggregate = Histogram(
            "medguard_reward_aggregate",
            "aggregate score of scored items",
            buckets=(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0),
            registry=registry,
        )

    def record(self, scores: Sequence[ItemScores]) -> None:
        """Count one call's results."""
        for s in scores:
            self.items.labels(str(s.safe).lower()).inc()
            self.criteria.inc(len(s.criteria))
            self.aggregate.observe(s.aggregate)


@dataclass(frozen=True)
class RewardLimits:
    """What one call may ask for."""

    max_items: int
    max_criteria: int
    max_chars: int


class RewardCore:
    """Scores items; concurrent calls share forward passes through a micro-batcher."""

    def __init__(
        self,
        scorer: RewardScorer,
        limits: RewardLimits,
        metrics: RewardMetrics,
        *,
        batch_max_items: int = 64,
        batch_max_wait_s: float = 0.004,
    ) -> None:
        self._scorer, self._limits, self._metrics = scorer, limits, metrics
        self._batcher: MicroBatcher[RewardItem, ItemScores] = MicroBatcher(
            scorer.score, max_items=batch_max_items, max_wait_s=batch_max_wait_s, thread_name="reward"
        )

    @property
    def version(self) -> str:
        """Model version + scoring scheme."""
        return self._scorer.version

    async def score(self, items: Sequence[RewardItem]) -> list[ItemScores]:
        """Scores of `items`, in order; InvalidArgumentError names the first bad item."""
        self.validate(items)
        scores = await self._batcher.run(items)
        self._metrics.record(scores)
        return scores

    def validate(self, items: Sequence[RewardItem]) -> None:
        """Raise InvalidArgumentError (with the field) for what the model cannot score."""
        limits = self._limits
        if not items:
            raise InvalidArgumentError("at least one item is required", field="items")
        if len(items) > limits.max_items:
            raise InvalidArgumentError(f"at most {limits.max_items} items per call", field="items")
        for i, item in enumerate(items):
            where = f"items[{i}]"
            if not any(m.role == "user" and m.content.strip() for m in item.conversation):
                raise InvalidArgumentError(
                    "the conversation needs a non-empty user turn", field=f"{where}.conversation"
                )
            if not item.response.strip():
                raise InvalidArgumentError("the response is empty", field=f"{where}.response")
            if sum(len(m.content) for m in item.conversation) + len(item.response) > limits.max_chars:
                raise InvalidArgumentError(f"text exceeds {limits.max_chars} characters", field=where)
            if len(item.criteria) > limits.max_criteria:
                raise InvalidArgumentError(
                    f"at most {limits.max_criteria} criteria per item", field=f"{where}.criteria"
                )
            for j, criterion in enumerate(item.criteria):
                if not criterion.text.strip():
                    raise InvalidArgumentError("criterion text is empty", field=f"{where}.criteria[{j}].text")

    def close(self) -> None:
        """Stop the worker thread, then the model's compute thread when it has one."""
        self._batcher.close()
        close = getattr(self._scorer.model, "close", None)
        if close is not None:
            close()
