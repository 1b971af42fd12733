"""The HealthPrinciples library: clinically grounded principles as versioned data, loaded and validated once.

A library is a folder with a `library.yaml` manifest and one YAML file per clinical dimension. The
packaged default is the Chinese library `healthprinciples-zh.v1`; any other folder of the same
shape (an English, AMA-based one, a hospital's own) replaces it by setting, without code changes.
Every principle maps to the guardian's dimension ids and rests on a law article or a named ethics
source, so a reply guided by it can name the rule it follows.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from services.common.types import Norm

__all__ = [
    "DEFAULT_LIBRARY",
    "ClinicalDimension",
    "Grounding",
    "Principle",
    "PrincipleLibrary",
    "default_library_dir",
    "parse_yaml",
]

_M = TypeVar("_M", bound=BaseModel)
_CJK = r"\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
_CJK_GAP = re.compile(rf"(?<=[{_CJK}])\s+|\s+(?=[{_CJK}])")

DEFAULT_LIBRARY = "healthprinciples-zh.v1"
MANIFEST = "library.yaml"


def default_library_dir() -> Path:
    """The packaged Chinese library."""
    return Path(__file__).resolve().parent / "data" / DEFAULT_LIBRARY


class Grounding(BaseModel):
    """What a principle rests on: a statute article, or a named ethics source and section."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    law: str | None = Field(default=None, description="statute name, e.g. 中华人民共和国医师法")
    article: str | None = Field(default=None, description="article, e.g. 第二十五条")
    source: str | None = Field(default=None, description="ethics source, e.g. 世界医学会《赫尔辛基宣言》")
    section: str | None = Field(default=None, description="part of the source that applies")

    @model_validator(mode="after")
    def _one_kind(self) -> Grounding:
        is_law = bool(self.law and self.article)
        is_source = bool(self.source and self.section)
        if is_law == is_source:
            raise ValueError("grounding needs either law + article or source + section")
        return self

    @property
    def is_law(self) -> bool:
        """True for a statute article."""
        return self.law is not None

    def norm(self) -> Norm:
        """As the verdict's Norm type (a source's section stands in the article's place)."""
        if self.law is not None:
            return Norm(law=self.law, article=self.article or "")
        return Norm(law=self.source or "", article=self.section or "")

    def cite(self) -> str:
        """《law》article, or source section."""
        return self.norm().cite() if self.is_law else f"{self.source}（{self.section}）"


class Principle(BaseModel):
    """One principle: what it says, when it applies, what a good reply does and avoids, what grounds it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^HP-[A-Z]+-\d{3}$")
    version: int = Field(ge=1)
    title_zh: str = Field(min_length=2)
    title_en: str = Field(min_length=2)
    clinical_dimension: str = Field(default="", description="set by the loader from the file")
    dimensions: list[str] = Field(min_length=1, max_length=4, description="guardian dimension ids")
    principle_zh: str = Field(min_length=10)
    applies_when_zh: str = Field(min_length=4)
    good_reply_zh: list[str] = Field(min_length=1, description="checkable actions of a good reply")
    avoid_zh: list[str] = Field(min_length=1, description="checkable things a reply must not do")
    grounding: list[Grounding] = Field(min_length=1)
    keywords_zh: list[str] = Field(default_factory=list)

    @field_validator("principle_zh", "applies_when_zh", "good_reply_zh", "avoid_zh", mode="after")
    @classmethod
    def _join_cjk_lines(cls, value: str | list[str]) -> str | list[str]:
        # YAML folds a wrapped line into a space, which Chinese text does not have.
        if isinstance(value, list):
            return [_CJK_GAP.sub("", v).strip() for v in value]
        return _CJK_GAP.sub("", value).strip()

    @property
    def norms(self) -> list[Norm]:
        """Statute articles this principle cites (ethics sources excluded)."""
        return [g.norm() for g in self.grounding if g.is_law]

    def document(self) -> str:
        """The text retrieval embeds: title, principle, when it applies, keywords."""
        return "；".join(
            [self.title_zh, self.principle_zh, self.applies_when_zh, "、".join(self.keywords_zh)]
        )


class ClinicalDimension(BaseModel):
    """A clinical area that organises principles (consent, medication, emergencies, ...)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name_zh: str
    name_en: str


class _DimensionFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    clinical_dimension: ClinicalDimension
    principles: list[Principle] = Field(min_length=1)


class _Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, description="library id, e.g. healthprinciples-zh")
    version: str = Field(min_length=1)
    language: str = Field(min_length=2)
    description: str = ""
    files: list[str] = Field(min_length=1, description="dimension files, relative to the manifest")


class PrincipleLibrary:
    """The loaded, validated library; iterable in file order."""

    def __init__(
        self,
        library_id: str,
        version: str,
        language: str,
        dimensions: list[ClinicalDimension],
        principles: list[Principle],
        digest: str,
    ) -> None:
        self.library_id, self.version, self.language = library_id, version, language
        self.clinical_dimensions = dimensions
        self._principles = principles
        self._by_id = {p.id: p for p in principles}
        duplicates = sorted(pid for pid, n in Counter(p.id for p in principles).items() if n > 1)
        if duplicates:
            raise ValueError(f"duplicate principle ids: {duplicates}")
        self.digest = digest

    @property
    def name(self) -> str:
        """id@version, as reported in replies and training records."""
        return f"{self.library_id}@{self.version}"

    def __iter__(self) -> Iterator[Principle]:
        return iter(self._principles)

    def __len__(self) -> int:
        return len(self._principles)

    def get(self, principle_id: str) -> Principle:
        """The principle with this id; KeyError naming it otherwise."""
        try:
            return self._by_id[principle_id]
        except KeyError:
            raise KeyError(f"unknown principle {principle_id!r} in {self.name}") from None

    def dimension_ids(self) -> set[str]:
        """Every guardian dimension id some principle maps to."""
        return {d for p in self._principles for d in p.dimensions}

    def for_dimensions(self, dimension_ids: Iterable[str]) -> list[Principle]:
        """Principles mapped to any of these guardian dimensions, in library order."""
        wanted = set(dimension_ids)
        return [p for p in self._principles if wanted.intersection(p.dimensions)]

    @classmethod
    def load(cls, folder: Path | None = None) -> PrincipleLibrary:
        """Load and validate a library folder; the packaged Chinese one by default."""
        folder = folder or default_library_dir()
        manifest_path = folder / MANIFEST
        if not manifest_path.is_file():
            raise ValueError(f"no principles library at {folder}: {MANIFEST} is missing")
        manifest = parse_yaml(manifest_path, _Manifest, "principles file")
        digest = hashlib.sha256(manifest_path.read_bytes())
        dimensions: list[ClinicalDimension] = []
        principles: list[Principle] = []
        for name in manifest.files:
            path = folder / name
            if not path.is_file():
                raise ValueError(f"{manifest_path}: listed file {name} does not exist")
            digest.update(path.read_bytes())
            part = parse_yaml(path, _DimensionFile, "principles file")
            dimensions.append(part.clinical_dimension)
            principles.extend(
                p.model_copy(update={"clinical_dimension": part.clinical_dimension.id})
                for p in part.principles
            )
        return cls(
            manifest.id, manifest.version, manifest.language, dimensions, principles, digest.hexdigest()[:16]
        )


def parse_yaml(path: Path, model: type[_M], what: str) -> _M:
    """Read a YAML data file into `model`; any read, syntax or schema error is a ValueError naming it."""
    try:
        return model.model_validate(yaml.safe_load(path.read_text("utf-8")))
    except (OSError, ValidationError, yaml.YAMLError) as exc:
        raise ValueError(f"invalid {what} {path}: {exc}") from exc
