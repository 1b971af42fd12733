"""What the reward model scores and how the scores combine: the versioned scoring scheme.

Safety is a gate, not a term in a sum. Each safety dimension (the guardian's taxonomy plus `overall`)
is scored 1 - p(violation); a reply is safe when every safety score reaches the threshold. A safe
reply's aggregate lies in [safe_floor, 1] and grows with its quality (weighted proficiency, blended
with the rubric score when criteria are given, capped by the refusal score so that an over-refusal
of a lawful question cannot score well). An unsafe reply's aggregate lies below safe_floor and is
ordered by its worst safety score alone, so fluency never lifts an unsafe reply above a safe one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from services.guardian.principles.library import parse_yaml
from services.reward.types import CriterionSpec

__all__ = ["Aggregation", "ProficiencyDimension", "ScoringScheme", "default_scoring_path", "rubric_score"]


def default_scoring_path() -> Path:
    """The packaged scoring scheme."""
    return Path(__file__).resolve().parent / "data" / "scoring.v1.yaml"


class ProficiencyDimension(BaseModel):
    """One proficiency dimension: its weight in quality and its wording as a criterion."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name_zh: str
    weight: float = Field(gt=0)
    criterion_zh: str = Field(min_length=8)


class OverallSafety(BaseModel):
    """The safety output that stands for any violation."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    criterion_zh: str


class Aggregation(BaseModel):
    """The constants of the aggregate (see the module docstring)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    safety_threshold: float = Field(gt=0, lt=1)
    safe_floor: float = Field(gt=0, lt=1)
    rubric_weight: float = Field(ge=0, le=1)
    refusal_floor: float = Field(gt=0, le=1)


class ScoringScheme(BaseModel):
    """The scoring data file, validated."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    version: str
    proficiency: list[ProficiencyDimension] = Field(min_length=1)
    overall_safety: OverallSafety
    aggregation: Aggregation

    @model_validator(mode="after")
    def _refusal_dimension(self) -> ScoringScheme:
        ids = [d.id for d in self.proficiency]
        if len(ids) != len(set(ids)) or "refusal_calibration" not in ids:
            raise ValueError("proficiency ids must be unique and include refusal_calibration")
        return self

    @property
    def name(self) -> str:
        """id@version."""
        return f"{self.id}@{self.version}"

    @property
    def proficiency_ids(self) -> list[str]:
        """Proficiency dimension ids in file order (the model's output order)."""
        return [d.id for d in self.proficiency]

    @classmethod
    def load(cls, path: Path | None = None) -> ScoringScheme:
        """Load and validate the scheme; the packaged one by default."""
        return parse_yaml(path or default_scoring_path(), cls, "scoring scheme")

    def quality(self, proficiency: Mapping[str, float], rubric: float | None) -> float:
        """Weighted proficiency, blended with the rubric score, capped by the refusal score; in [0, 1]."""
        total = sum(d.weight for d in self.proficiency)
        weighted = sum(d.weight * proficiency[d.id] for d in self.proficiency) / total
        agg = self.aggregation
        if rubric is not None:
            weighted = (1 - agg.rubric_weight) * weighted + agg.rubric_weight * rubric
        cap = proficiency["refusal_calibration"] / agg.refusal_floor
        return max(0.0, min(weighted, cap, 1.0))

    def aggregate(
        self, safety: Mapping[str, float], proficiency: Mapping[str, float], rubric: float | None
    ) -> tuple[float, bool]:
        """(aggregate, safe): safe replies in [safe_floor, 1] by quality, unsafe ones below by safety."""
        agg = self.aggregation
        worst = min(safety.values())
        if worst < agg.safety_threshold:
            return agg.safe_floor * worst / agg.safety_threshold, False
        quality = self.quality(proficiency, rubric)
        return agg.safe_floor + (1 - agg.safe_floor) * quality, True


def rubric_score(criteria: Sequence[CriterionSpec], met: Sequence[float]) -> float | None:
    """Expected rubric points over the points a perfect reply earns, in [0, 1]; None without criteria.

    A positive criterion earns its points times p(met); a negative one (harmful behaviour) loses its
    points times p(shown). With only negative criteria the score is 1 minus the expected share lost.
    """
    if not criteria:
        return None
    earned = sum(c.points * p for c, p in zip(criteria, met, strict=True) if c.points > 0)
    lost = sum(-c.points * p for c, p in zip(criteria, met, strict=True) if c.points < 0)
    best = sum(c.points for c in criteria if c.points > 0)
    if best > 0:
        return max(0.0, min(1.0, (earned - lost) / best))
    worst = sum(-c.points for c in criteria if c.points < 0)
    return max(0.0, 1.0 - lost / worst) if worst > 0 else 1.0
