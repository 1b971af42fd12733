"""The reward model's training data: groups of graded replies written by the team, and what they teach.

A group is one conversation with 2-5 replies, each with the safety dimensions it violates, a 0-2 grade
per proficiency dimension, a best-to-worst ranking, and 2-6 rubric criteria with met / not-met per
reply (docs/reward-data.md is the data card). From groups come three kinds of examples:
  - reply examples: (conversation, reply) -> violations and proficiency grades;
  - criterion examples: (criterion, conversation, reply) -> met; the group's own criteria, plus each
    proficiency dimension's wording (met at grade 2, not met at grade 0) and the overall safety wording;
  - ranked pairs: (better, worse) by the group's ranking (`RewardGroup.ranked_pairs`), for the
    ranking loss and for `medguard reward eval`.
The guardian's labelled (turn, response) pairs add reply examples with safety labels only.
A group's split is fixed by a hash of its id (about 15% held out), so rebuilding never leaks.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from services.common.types import ChatMessage

__all__ = [
    "CriterionExample",
    "Examples",
    "GradedReply",
    "ReplyExample",
    "RewardGroup",
    "build_examples",
    "default_data_dir",
    "load_groups",
    "packaged_groups",
    "split_of",
]

DEV_SHARE = 0.15
GRADE_MAX = 2


def default_data_dir() -> Path:
    """The packaged training groups."""
    return Path(__file__).resolve().parent / "data" / "train"


class GradedReply(BaseModel):
    """One reply of a group."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: str = Field(min_length=1)
    text: str = Field(min_length=2)
    violations: list[str] = Field(description="safety dimension ids the reply commits; empty = safe")
    grades: dict[str, int] = Field(description="proficiency dimension id -> 0, 1 or 2")

    @property
    def safe(self) -> bool:
        """No violation."""
        return not self.violations


class GroupCriterion(BaseModel):
    """A rubric criterion written for the group's question, with its label per reply."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = Field(min_length=2)
    points: int
    met: dict[str, bool]


class RewardGroup(BaseModel):
    """One conversation and its graded replies."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z]+-\d{4}$")
    lang: Literal["zh", "en"]
    topic: str
    question_kind: Literal["lawful", "harmful", "gray"]
    conversation: list[ChatMessage] = Field(min_length=1)
    responses: list[GradedReply] = Field(min_length=2, max_length=5)
    ranking: list[str]
    criteria: list[GroupCriterion] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> RewardGroup:
        keys = [r.key for r in self.responses]
        if sorted(self.ranking) != sorted(keys) or len(set(keys)) != len(keys):
            raise ValueError("ranking must list every reply key exactly once")
        by_key = {r.key: r for r in self.responses}
        seen_unsafe = False
        for key in self.ranking:
            seen_unsafe |= not by_key[key].safe
            if seen_unsafe and by_key[key].safe:
                raise ValueError("a safe reply must rank above every unsafe reply")
        for criterion in self.criteria:
            if set(criterion.met) != set(keys):
                raise ValueError("every criterion needs a label for every reply")
        if self.conversation[-1].role != "user":
            raise ValueError("the conversation must end with the user turn answered")
        return self

    @property
    def split(self) -> Literal["train", "dev"]:
        """Held out or not, fixed by the id."""
        return split_of(self.id)

    def reply(self, key: str) -> GradedReply:
        """The reply with this key."""
        return next(r for r in self.responses if r.key == key)

    def ranked_pairs(self) -> list[tuple[GradedReply, GradedReply]]:
        """Every (better, worse) pair the ranking implies."""
        ranked = [self.reply(key) for key in self.ranking]
        return [(a, b) for i, a in enumerate(ranked) for b in ranked[i + 1 :]]


def split_of(group_id: str) -> Literal["train", "dev"]:
    """'dev' for about 15% of ids, by a stable hash."""
    bucket = int(hashlib.sha256(group_id.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "dev" if bucket < DEV_SHARE else "train"


def load_groups(data: Path, *, safety: Sequence[str], proficiency: Sequence[str]) -> list[RewardGroup]:
    """Every group in `data` (a JSONL file or a folder of them); ValueError names file and line."""
    files = sorted(data.glob("*.jsonl")) if data.is_dir() else [data]
    if not files:
        raise ValueError(f"no *.jsonl training groups in {data}")
    groups: list[RewardGroup] = []
    for path in files:
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                group = RewardGroup.model_validate_json(line)
                _check_ids(group, safety, proficiency)
            except ValueError as exc:
                raise ValueError(f"{path}:{number}: {exc}") from exc
            groups.append(group)
    ids = [g.id for g in groups]
    if len(ids) != len(set(ids)):
        raise ValueError(f"{data}: duplicate group ids")
    return groups


def packaged_groups() -> list[RewardGroup]:
    """The packaged groups, their ids checked against the packaged taxonomy and scoring scheme."""
    from services.guardian.evaluator.taxonomy import Taxonomy
    from services.reward.scoring import ScoringScheme

    return load_groups(
        default_data_dir(), safety=Taxonomy.load().ids, proficiency=ScoringScheme.load().proficiency_ids
    )


def _check_ids(group: RewardGroup, safety: Sequence[str], proficiency: Sequence[str]) -> None:
    for reply in group.responses:
        unknown = set(reply.violations) - set(safety)
        if unknown:
            raise ValueError(f"reply {reply.key}: unknown safety dimensions {sorted(unknown)}")
        graded = set(reply.grades) == set(proficiency)
        if not graded or any(not 0 <= g <= GRADE_MAX for g in reply.grades.values()):
            raise ValueError(f"reply {reply.key}: grades need {list(proficiency)} with values 0-2")


@dataclass(frozen=True, slots=True)
class ReplyExample:
    """(conversation, reply) with what is known about it; None = not labelled (masked in the loss)."""

    conversation: tuple[ChatMessage, ...]
    reply: str
    violations: frozenset[str]
    unsafe_weight: float  # 1.0 unsafe, 0.5 controversial (guardian labels), for the violated dimensions
    grades: dict[str, float] | None  # proficiency grade / 2, or None for guardian pairs
    group: str = ""


@dataclass(frozen=True, slots=True)
class CriterionExample:
    """(criterion, conversation, reply) -> met."""

    criterion: str
    conversation: tuple[ChatMessage, ...]
    reply: str
    met: bool
    source: Literal["group", "dimension", "safety"]


@dataclass
class Examples:
    """What one split of the data teaches."""

    replies: list[ReplyExample]
    criteria: list[CriterionExample]
    groups: list[RewardGroup]

    def counts(self) -> dict[str, int]:
        """Sizes, for logs and the artifact record."""
        return {"groups": len(self.groups), "replies": len(self.replies), "criteria": len(self.criteria)}


def build_examples(
    groups: Sequence[RewardGroup],
    guardian_pairs: Sequence[tuple[tuple[ChatMessage, ...], str, dict[str, float]]],
    *,
    dimension_wording: dict[str, str],
    overall_wording: str,
) -> Examples:
    """Reply and criterion examples of `groups`, plus guardian pairs as safety-only reply examples.

    `guardian_pairs` are (conversation, reply, {violated dimension: weight}); `dimension_wording` maps a
    proficiency id to its criterion sentence.
    """
    replies: list[ReplyExample] = []
    criteria: list[CriterionExample] = []
    for group in groups:
        conversation = tuple(group.conversation)
        for reply in group.responses:
            grades = {dim: grade / GRADE_MAX for dim, grade in reply.grades.items()}
            replies.append(
                ReplyExample(conversation, reply.text, frozenset(reply.violations), 1.0, grades, group.id)
            )
            criteria.append(
                CriterionExample(overall_wording, conversation, reply.text, not reply.safe, "safety")
            )
            for dim, grade in reply.grades.items():
                if grade != 1:  # the middle grade is no clear met / not met
                    met = grade == GRADE_MAX
                    criteria.append(
                        CriterionExample(dimension_wording[dim], conversation, reply.text, met, "dimension")
                    )
        for criterion in group.criteria:
            for reply in group.responses:
                met = criterion.met[reply.key]
                criteria.append(CriterionExample(criterion.text, conversation, reply.text, met, "group"))
    for conversation, text, labels in guardian_pairs:
        weight = max(labels.values(), default=1.0)
        replies.append(ReplyExample(conversation, text, frozenset(labels), weight, None))
    return Examples(replies=replies, criteria=criteria, groups=list(groups))
