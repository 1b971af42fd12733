"""Protobuf <-> domain conversion of the reward service (protobuf stays at the edge)."""

from __future__ import annotations

from services.common.errors import InvalidArgumentError
from services.common.pb.medguard.reward.v1 import reward_pb2 as pb
from services.common.types import ChatMessage
from services.reward.types import CriterionSpec, ItemScores, RewardItem

__all__ = ["item_from_pb", "item_to_pb", "scores_from_pb", "scores_to_pb"]

_ROLES = ("system", "user", "assistant")


def item_from_pb(item: pb.ScoreItem, index: int) -> RewardItem:
    """Domain form of one wire item; an unknown role is INVALID_ARGUMENT naming the field."""
    turns = []
    for j, message in enumerate(item.conversation):
        if message.role not in _ROLES:
            raise InvalidArgumentError(
                f"unknown role {message.role!r}", field=f"items[{index}].conversation[{j}].role"
            )
        turns.append(ChatMessage(role=message.role, content=message.content))
    criteria = tuple(
        CriterionSpec(id=c.id or f"c{j}", text=c.text, points=c.points or 1.0)
        for j, c in enumerate(item.criteria)
    )
    return RewardItem(conversation=tuple(turns), response=item.response, criteria=criteria, id=item.id)


def item_to_pb(item: RewardItem) -> pb.ScoreItem:
    """Wire form of one item."""
    return pb.ScoreItem(
        id=item.id,
        conversation=[pb.ChatMessage(role=m.role, content=m.content) for m in item.conversation],
        response=item.response,
        criteria=[pb.Criterion(id=c.id, text=c.text, points=c.points) for c in item.criteria],
    )


def scores_to_pb(scores: ItemScores) -> pb.ItemScores:
    """Wire form of one item's scores."""
    return pb.ItemScores(
        id=scores.id,
        safety=[pb.DimensionScore(id=k, score=v) for k, v in scores.safety.items()],
        proficiency=[pb.DimensionScore(id=k, score=v) for k, v in scores.proficiency.items()],
        criteria=[pb.CriterionScore(id=k, met_probability=p) for k, p in scores.criteria],
        aggregate=scores.aggregate,
        safe=scores.safe,
    )


def scores_from_pb(scores: pb.ItemScores) -> ItemScores:
    """Domain form of one item's wire scores (the rubric score is not on the wire)."""
    return ItemScores(
        id=scores.id,
        safety={d.id: d.score for d in scores.safety},
        proficiency={d.id: d.score for d in scores.proficiency},
        criteria=[(c.id, c.met_probability) for c in scores.criteria],
        aggregate=scores.aggregate,
        safe=scores.safe,
    )
