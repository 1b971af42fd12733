"""Domain types shared across services. Protobuf stays at the edge; these travel inside."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Role = Literal["system", "user", "assistant"]


class ChatMessage(BaseModel):
    """One turn of a conversation."""

    model_config = ConfigDict(frozen=True)

    role: Role
    content: str


def last_user_turn(conversation: Sequence[ChatMessage]) -> str:
    """The content of the last user turn, or "" when there is none."""
    return next((message.content for message in reversed(conversation) if message.role == "user"), "")


class Severity(StrEnum):
    """How serious a finding is; ordered safe < controversial < unsafe."""

    SAFE = "safe"
    CONTROVERSIAL = "controversial"
    UNSAFE = "unsafe"

    @property
    def rank(self) -> int:
        """0 for safe, 1 for controversial, 2 for unsafe."""
        return _RANK[self]


_RANK = {Severity.SAFE: 0, Severity.CONTROVERSIAL: 1, Severity.UNSAFE: 2}


class Norm(BaseModel):
    """A statute article (or named ethics source) a finding rests on."""

    model_config = ConfigDict(frozen=True)

    law: str = Field(description="Law or source name, e.g. 中华人民共和国母婴保健法")
    article: str = Field(default="", description="Article, e.g. 第三十二条")

    def cite(self) -> str:
        """Human-readable citation, e.g. 《中华人民共和国母婴保健法》第三十二条."""
        return f"《{self.law}》{self.article}"


def cite_norms(norms: Sequence[Norm], empty: str = "相关医疗卫生法律法规") -> str:
    """《law》article、《law》article (duplicates once), or a neutral phrase when there is none."""
    return "、".join(dict.fromkeys(n.cite() for n in norms)) or empty


class DimensionHit(BaseModel):
    """One ethics or safety dimension that a text touches."""

    id: str
    severity: Severity
    score: float = Field(ge=0.0, le=1.0)
    rationale: str
    rule_ids: list[str] = Field(default_factory=list)


class Verdict(BaseModel):
    """The guardian's judgement of one item (a user turn or a conversation + response)."""

    severity: Severity = Severity.SAFE
    dimensions: list[DimensionHit] = Field(default_factory=list)
    norms: list[Norm] = Field(default_factory=list)
    principles: list[str] = Field(default_factory=list)
    rationale: str = ""
    evaluator_version: str = ""

    @property
    def flagged(self) -> bool:
        """True when severity is not safe."""
        return self.severity is not Severity.SAFE
