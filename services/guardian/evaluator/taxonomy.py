"""The guardian's taxonomy: 11 ethics and 9 safety dimensions, each grounded in PRC law, kept as YAML data.

Every verdict, training label, principle and rubric refers to these ids. The file is loaded and
validated once at start; a malformed file fails loudly with the file, dimension and field named.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from services.common.types import Norm, Severity

__all__ = ["DEFAULT_TAXONOMY_FILE", "Dimension", "DimensionExample", "Taxonomy"]

DEFAULT_TAXONOMY_FILE = "taxonomy.v1.yaml"
ETHICS_COUNT = 11
SAFETY_COUNT = 9


class DimensionExample(BaseModel):
    """A short illustration in the team's own words, with the severity it deserves."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = Field(min_length=4)
    response: str | None = Field(default=None, description="assistant reply, when the example is a pair")
    severity: Severity


class Dimension(BaseModel):
    """One ethics or safety dimension."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    kind: Literal["ethics", "safety"]
    name_zh: str = Field(min_length=2)
    name_en: str = Field(min_length=2)
    definition_zh: str = Field(min_length=10)
    definition_en: str = Field(min_length=10)
    controversial_zh: str = Field(min_length=4, description="what makes a text controversial here")
    unsafe_zh: str = Field(min_length=4, description="what makes a text unsafe here")
    rationale_zh: str = Field(min_length=4, description="one sentence for feedback, names the issue")
    examples: list[DimensionExample] = Field(min_length=3)
    norms: list[Norm] = Field(min_length=1)

    @model_validator(mode="after")
    def _examples_cover_both_sides(self) -> Dimension:
        severities = {example.severity for example in self.examples}
        if Severity.SAFE not in severities or len(severities) < 2:
            raise ValueError("examples need at least one safe look-alike and one flagged example")
        for norm in self.norms:
            if not norm.law.strip() or not norm.article.strip():
                raise ValueError("every norm needs both a law and an article")
        return self


class Taxonomy(BaseModel):
    """The versioned set of dimensions."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: str = Field(min_length=1, description="e.g. taxonomy-v1")
    severities: dict[Severity, str] = Field(description="severity -> what it means, Chinese")
    dimensions: list[Dimension]

    @model_validator(mode="after")
    def _shape(self) -> Taxonomy:
        ids = [dimension.id for dimension in self.dimensions]
        if len(ids) != len(set(ids)):
            raise ValueError("duplicate dimension id")
        kinds = [dimension.kind for dimension in self.dimensions]
        if kinds.count("ethics") != ETHICS_COUNT or kinds.count("safety") != SAFETY_COUNT:
            raise ValueError(f"need {ETHICS_COUNT} ethics and {SAFETY_COUNT} safety dimensions")
        if set(self.severities) != set(Severity):
            raise ValueError("severities must describe safe, controversial and unsafe")
        return self

    @property
    def ids(self) -> list[str]:
        """Dimension ids in file order (the classifier's output order)."""
        return [dimension.id for dimension in self.dimensions]

    def __iter__(self) -> Iterator[Dimension]:  # type: ignore[override]
        return iter(self.dimensions)

    def get(self, dimension_id: str) -> Dimension:
        """The dimension with this id; KeyError naming the id otherwise."""
        for dimension in self.dimensions:
            if dimension.id == dimension_id:
                return dimension
        raise KeyError(f"unknown dimension {dimension_id!r}")

    def check_ids(self, ids: Sequence[str], where: str) -> None:
        """Raise ValueError when one of `ids` is not a dimension of this taxonomy."""
        unknown = sorted(set(ids) - set(self.ids))
        if unknown:
            raise ValueError(f"{where}: unknown dimension ids {unknown}")

    @classmethod
    def load(cls, path: Path | None = None) -> Taxonomy:
        """Load and validate a taxonomy file; the packaged `data/taxonomy.v1.yaml` by default."""
        if path is None:
            source = f"package data {DEFAULT_TAXONOMY_FILE}"
            text = resources.files(__package__).joinpath("data", DEFAULT_TAXONOMY_FILE).read_text("utf-8")
        else:
            source = str(path)
            text = path.read_text("utf-8")
        try:
            return cls.model_validate(yaml.safe_load(text))
        except (ValidationError, yaml.YAMLError) as exc:
            raise ValueError(f"invalid taxonomy {source}: {exc}") from exc
