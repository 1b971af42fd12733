"""Domain types of the reward service; protobuf stays at the edge (convert.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict, Field

from services.common.types import ChatMessage

__all__ = ["CriterionSpec", "ItemScores", "RewardItem"]


@dataclass(frozen=True, slots=True)
class CriterionSpec:
    """A rubric criterion as sent by a caller: read by the model with the conversation and reply."""

    id: str
    text: str
    points: float = 1.0


@dataclass(frozen=True, slots=True)
class RewardItem:
    """One (conversation, response[, criteria]) to score."""

    conversation: tuple[ChatMessage, ...]
    response: str
    criteria: tuple[CriterionSpec, ...] = field(default=())
    id: str = ""


class ItemScores(BaseModel):
    """The scores of one item: safety apart from proficiency, criteria in the order sent."""

    model_config = ConfigDict(frozen=True)

    id: str = ""
    safety: dict[str, float] = Field(description="1 - p(violation) per safety dimension; higher is safer")
    proficiency: dict[str, float] = Field(description="score in [0, 1] per proficiency dimension")
    criteria: list[tuple[str, float]] = Field(default_factory=list, description="(id, p(met)) in order")
    rubric: float | None = Field(default=None, description="rubric score in [0, 1] when criteria were sent")
    aggregate: float = Field(description="safety-gated aggregate (scoring.py)")
    safe: bool = Field(description="every safety score reaches the threshold")
