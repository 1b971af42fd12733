"""TRL-ready reward functions backed by the reward service.

`RewardFunctions(target).functions(["aggregate", "safety", "medical_accuracy"])` gives plain
`(prompts, completions, **kwargs) -> list[float]` callables for `GRPOTrainer(reward_funcs=...)`, each
named after its dimension (TRL logs rewards by `__name__`). All functions of one batch share one
batched Reward.Score call: the first computes and caches the scores of that (prompts, completions)
batch, the others read the cache. Prompts and completions may be plain strings or TRL's
conversational form (lists of {"role", "content"} messages). A dataset column `criteria` (a list of
{"id", "text", "points"} per row) is passed through as the rows' rubric criteria.

Names: `aggregate` (the safety-gated aggregate), `safety` (the worst safety score), `safe` (1.0 or 0.0),
`rubric` (the rubric score of the row's criteria, 0 without criteria), any safety dimension id
(`self_harm`, `overall`, ...) or any proficiency dimension id (`medical_accuracy`, ...).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from services.common.grpc_client import call_blocking, open_blocking_channel
from services.common.pb.medguard.reward.v1 import reward_pb2 as pb
from services.common.pb.medguard.reward.v1 import reward_pb2_grpc as pb_grpc
from services.common.types import ChatMessage
from services.reward import convert
from services.reward.scoring import rubric_score
from services.reward.types import CriterionSpec, ItemScores, RewardItem

__all__ = ["RewardFunction", "RewardFunctions", "to_items"]

RewardFunction = Callable[..., list[float]]


def _messages(value: Any, default_role: str) -> tuple[ChatMessage, ...]:
    if isinstance(value, str):
        return (ChatMessage.model_validate({"role": default_role, "content": value}),)
    return tuple(ChatMessage(role=m["role"], content=m["content"]) for m in value)


def to_items(
    prompts: Sequence[Any], completions: Sequence[Any], criteria: Sequence[Any] | None = None
) -> list[RewardItem]:
    """Reward items from TRL's prompts and completions (strings or message lists) and optional criteria."""
    items = []
    for index, (prompt, completion) in enumerate(zip(prompts, completions, strict=True)):
        reply = _messages(completion, "assistant")
        specs = tuple(
            CriterionSpec(
                id=str(c.get("id", f"c{j}")), text=str(c["text"]), points=float(c.get("points", 1.0))
            )
            for j, c in enumerate((criteria[index] if criteria is not None else None) or [])
        )
        text = "".join(m.content for m in reply if m.role == "assistant") or reply[-1].content
        items.append(RewardItem(_messages(prompt, "user"), text, specs, str(index)))
    return items


class RewardFunctions:
    """A synchronous reward-service client that hands out GRPO reward functions."""

    def __init__(self, target: str, *, timeout_s: float = 120.0, batch_size: int = 64) -> None:
        self.target, self.timeout_s, self.batch_size = target, timeout_s, batch_size
        self._channel = open_blocking_channel(target)
        self._stub = pb_grpc.RewardStub(self._channel)
        self._cache_key = ""
        self._cache: list[ItemScores] = []
        self.calls = 0  # Score calls made, for tests and logs

    def close(self) -> None:
        """Close the channel."""
        self._channel.close()

    def scores(self, prompts: Sequence[Any], completions: Sequence[Any], **kwargs: Any) -> list[ItemScores]:
        """Scores of one batch; repeated calls with the same batch are answered from the cache."""
        criteria = kwargs.get("criteria")
        key = hashlib.sha256(
            json.dumps([prompts, completions, criteria], ensure_ascii=False, default=str).encode()
        )
        if key.hexdigest() != self._cache_key:
            items = to_items(prompts, completions, criteria)
            scored: list[ItemScores] = []
            for start in range(0, len(items), self.batch_size):
                scored.extend(self._score(items[start : start + self.batch_size]))
            self._cache_key, self._cache = key.hexdigest(), scored
        return self._cache

    def _score(self, items: Sequence[RewardItem]) -> list[ItemScores]:
        request = pb.ScoreRequest(items=[convert.item_to_pb(item) for item in items])
        reply = call_blocking(self._stub.Score, request, timeout_s=self.timeout_s, peer="reward")
        self.calls += 1
        scores = [convert.scores_from_pb(s) for s in reply.items]
        return [
            s.model_copy(update={"rubric": rubric_score(item.criteria, [p for _, p in s.criteria])})
            for item, s in zip(items, scores, strict=True)
        ]

    def function(self, name: str) -> RewardFunction:
        """The reward function of one dimension (or `aggregate`, `safety`, `safe`, `rubric`)."""
        pick = _picker(name)

        def reward(prompts: Sequence[Any], completions: Sequence[Any], **kwargs: Any) -> list[float]:
            return [pick(s) for s in self.scores(prompts, completions, **kwargs)]

        reward.__name__ = reward.__qualname__ = f"reward_{name}"
        return reward

    def functions(self, names: Sequence[str]) -> list[RewardFunction]:
        """One reward function per name, sharing one Score call per batch."""
        return [self.function(name) for name in names]


def _picker(name: str) -> Callable[[ItemScores], float]:
    if name == "aggregate":
        return lambda s: s.aggregate
    if name == "safety":
        return lambda s: min(s.safety.values())
    if name == "safe":
        return lambda s: 1.0 if s.safe else 0.0
    if name == "rubric":
        return lambda s: s.rubric if s.rubric is not None else 0.0

    def dimension(s: ItemScores) -> float:
        table: Mapping[str, float] = s.safety if name in s.safety else s.proficiency
        if name not in table:
            raise KeyError(f"unknown reward dimension {name!r}; known: {sorted([*s.safety, *s.proficiency])}")
        return table[name]

    return dimension
