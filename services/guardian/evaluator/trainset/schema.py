"""One row of the guardian's training set, as written to `trainset.v1.jsonl`.

Labels judge what the guardian judges: for a user turn alone, whether the turn asks for, describes or
endorses a violation; for a (user turn, response) pair, whether the *response* is a problem in that
context (a sound refusal of a harmful request is safe; a fluent answer that helps with it is not).
An empty `labels` map is a benign item.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from services.common.types import Severity

__all__ = ["SCHEMA_VERSION", "STYLES", "Style", "TrainItem"]

SCHEMA_VERSION = "guardian-trainset-v1"

Style = Literal[
    "direct",  # a plain request or statement
    "consultation",  # a patient or family member asking a doctor
    "scenario",  # a first- or third-person narrative of a clinical, research or management situation
    "role_play",  # "pretend you are ...", fiction, a character who would answer
    "post_hoc_justification",  # a good end invoked to excuse the act
    "extreme_situation",  # an emergency or hardship that seems to force the act
    "vague_description",  # the act described indirectly or euphemistically
    "medical_jargon",  # the request wrapped in dense clinical or legal terminology
    "obfuscated",  # characters split, replaced or disguised (added by the build)
    "injection",  # instructions to the judge embedded in the text (added by the build)
]
STYLES: tuple[str, ...] = Style.__args__  # type: ignore[attr-defined]


class TrainItem(BaseModel):
    """A labelled training example."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$", description="unique, stable across rebuilds")
    text: str = Field(min_length=4, description="the user turn (or the whole narrative)")
    response: str | None = Field(default=None, description="assistant reply being judged, for pairs")
    labels: dict[str, Severity] = Field(
        default_factory=dict, description="dimension id -> controversial | unsafe; empty = benign"
    )
    style: Style
    scene: str = Field(min_length=1, description="clinical setting, e.g. 辅助生殖, 急诊, 药房")
    family: str = Field(
        pattern=r"^[a-z0-9][a-z0-9_.-]*$",
        description="template family; the split keeps families whole",
    )
    group: str = Field(pattern=r"^[a-z0-9_]+$", description="the template module that wrote it")
    lookalike: bool = Field(
        default=False, description="benign on purpose but close in words or topic to a violation"
    )
    lang: Literal["zh", "en"] = "zh"
    split: Literal["train", "dev", ""] = Field(default="", description="set by the build")

    @field_validator("labels")
    @classmethod
    def _no_safe_labels(cls, labels: dict[str, Severity]) -> dict[str, Severity]:
        if any(severity is Severity.SAFE for severity in labels.values()):
            raise ValueError("labels list only flagged dimensions; leave a benign item's labels empty")
        return labels

    @model_validator(mode="after")
    def _consistent(self) -> TrainItem:
        if self.lookalike and self.labels:
            raise ValueError("a look-alike is benign: its labels must be empty")
        if self.response is not None and not self.response.strip():
            raise ValueError("response, when given, must not be blank")
        return self

    @property
    def benign(self) -> bool:
        """True when no dimension is flagged."""
        return not self.labels

    @property
    def severity(self) -> Severity:
        """The worst severity over the labels."""
        return max(self.labels.values(), key=lambda severity: severity.rank, default=Severity.SAFE)
