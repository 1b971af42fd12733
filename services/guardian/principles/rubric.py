"""Rubric synthesis (HealthRubrics-style): scoring criteria for an unlabeled query, drawn from principles.

A rubric lists checkable criteria with points: positive for what a good reply does (the principles'
`good_reply_zh`), negative for harmful behaviour (their `avoid_zh`), plus generic criteria from the
rubric data file (answer the question; for a flagged query name the norm and refer onward; for a
benign one, do not over-refuse). The reward model reads these criteria and the trainer scores with
them. The JSON form is `Rubric.model_dump()`; its schema is `Rubric.model_json_schema()` (docs/principles.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from services.common.types import Verdict
from services.guardian.principles.library import parse_yaml
from services.guardian.principles.retrieval import ScoredPrinciple

__all__ = ["Criterion", "Rubric", "RubricScheme", "default_rubric_scheme_path", "synthesize_rubric"]

RUBRIC_SCHEMA = "medguard.rubric.v1"


def default_rubric_scheme_path() -> Path:
    """The packaged rubric scheme."""
    return Path(__file__).resolve().parent / "data" / "prompts" / "rubric.zh.v1.yaml"


class Criterion(BaseModel):
    """One checkable criterion; points > 0 reward meeting it, points < 0 penalise showing it."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="principle id + '#g<n>' (good) / '#a<n>' (avoid), or a generic id")
    text: str = Field(description="what a grader checks in the reply, Chinese")
    points: int = Field(description="positive: earned when met; negative: lost when the reply does this")
    kind: Literal["required", "harmful"]
    dimension: str = Field(description="guardian dimension id the criterion belongs to")
    principle_id: str | None = Field(default=None, description="source principle; None for generic ones")
    grounding: list[str] = Field(default_factory=list, description="citations of the source principle")


class Rubric(BaseModel):
    """Criteria for judging replies to one query."""

    schema_version: str = Field(default=RUBRIC_SCHEMA, alias="schema")
    query: str
    library: str = Field(description="principles library id@version")
    scheme: str = Field(description="rubric scheme id@version")
    flagged: bool = Field(description="the guardian flagged the query")
    dimensions: list[str] = Field(description="guardian dimensions of the query's verdict")
    criteria: list[Criterion]
    max_points: int = Field(description="sum of the positive points: a perfect reply's score")

    model_config = ConfigDict(populate_by_name=True)


class _Generic(BaseModel):
    id: str
    when: Literal["always", "flagged", "benign"]
    points: int
    dimension: str
    text: str


class RubricScheme(BaseModel):
    """Points and generic criteria, from the versioned rubric data file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    version: str
    required_points: list[list[int]] = Field(min_length=1)
    harmful_points: dict[Literal["safety", "ethics"], int]
    generic: list[_Generic]

    @property
    def name(self) -> str:
        """id@version."""
        return f"{self.id}@{self.version}"

    @classmethod
    def load(cls, path: Path | None = None) -> RubricScheme:
        """Load and validate the scheme; the packaged one by default."""
        return parse_yaml(path or default_rubric_scheme_path(), cls, "rubric scheme")

    def required(self, rank: int, position: int) -> int:
        """Points of a good-reply item at this principle rank and item position."""
        row = self.required_points[min(rank, len(self.required_points) - 1)]
        return row[min(position, len(row) - 1)]


def synthesize_rubric(
    query: str,
    retrieved: Sequence[ScoredPrinciple],
    verdict: Verdict,
    scheme: RubricScheme,
    *,
    library: str,
    safety_dimensions: frozenset[str],
) -> Rubric:
    """A rubric for `query` from its retrieved principles (best first) and the guardian's verdict."""
    criteria: list[Criterion] = []
    for rank, scored in enumerate(retrieved):
        p = scored.principle
        cites = [g.cite() for g in p.grounding]
        for i, text in enumerate(p.good_reply_zh):
            criteria.append(
                Criterion(
                    id=f"{p.id}#g{i + 1}",
                    text=text,
                    points=scheme.required(rank, i),
                    kind="required",
                    dimension=p.dimensions[0],
                    principle_id=p.id,
                    grounding=cites,
                )
            )
        kind: Literal["safety", "ethics"] = "safety" if p.dimensions[0] in safety_dimensions else "ethics"
        for i, text in enumerate(p.avoid_zh):
            criteria.append(
                Criterion(
                    id=f"{p.id}#a{i + 1}",
                    text=text,
                    points=scheme.harmful_points[kind],
                    kind="harmful",
                    dimension=p.dimensions[0],
                    principle_id=p.id,
                    grounding=cites,
                )
            )
    for generic in scheme.generic:
        if generic.when == "always" or (generic.when == "flagged") == verdict.flagged:
            criteria.append(
                Criterion(
                    id=generic.id,
                    text=generic.text,
                    points=generic.points,
                    kind="required" if generic.points > 0 else "harmful",
                    dimension=generic.dimension,
                )
            )
    return Rubric(
        query=query,
        library=library,
        scheme=scheme.name,
        flagged=verdict.flagged,
        dimensions=[hit.id for hit in verdict.dimensions],
        criteria=criteria,
        max_points=sum(c.points for c in criteria if c.points > 0),
    )
