"""The feedback event: one /chat turn as the log keeps it, personal data redacted, versioned.

Schema `medguard.feedback.v1`. Readers accept any event whose major schema they know and ignore
fields they do not (`extra="ignore"`), so a trainer of an older version still reads newer events;
a change that removes or renames a field needs a new schema id and a migration of the export.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from services.common.types import ChatMessage, Severity, Verdict
from services.guardian.feedback.redact import Redactor

if TYPE_CHECKING:
    from services.guardian.orchestrator import ChatReply, ChatTurn
    from services.guardian.revision import RevisionRound
    from services.reward.types import ItemScores

__all__ = ["SCHEMA", "FeedbackEvent", "Outcome", "RewardRecord", "RoundRecord", "build_event"]

SCHEMA = "medguard.feedback.v1"


class Outcome(StrEnum):
    """How the reply was settled."""

    PASSED = "passed"  # the draft passed both screens and went out as written
    REVISED = "revised"  # the draft failed; a rewrite passed and went out
    FALLBACK = "fallback"  # no rewrite passed; the principle-built fallback went out
    REPLACED = "replaced"  # the draft failed and was replaced by the screen's safe reply (no reviser)
    BLOCKED = "blocked"  # the user turn crossed a red line; the policy was not asked


class RewardRecord(BaseModel):
    """The reward service's scores of one text."""

    model_config = ConfigDict(extra="ignore")

    aggregate: float
    safe: bool
    safety: dict[str, float] = Field(default_factory=dict)
    proficiency: dict[str, float] = Field(default_factory=dict)

    @classmethod
    def of(cls, scores: ItemScores | None) -> RewardRecord | None:
        """The record of `scores`; None when the text was not scored."""
        if scores is None:
            return None
        return cls(
            aggregate=scores.aggregate, safe=scores.safe, safety=scores.safety, proficiency=scores.proficiency
        )


class RoundRecord(BaseModel):
    """One candidate: round 0 is the policy's draft, later rounds rewrites."""

    model_config = ConfigDict(extra="ignore")

    index: int
    text: str
    critique: str = ""
    verdict: Verdict
    reward: RewardRecord | None = None
    latency_ms: float = 0.0

    @property
    def passed(self) -> bool:
        """True when the guardian (and the reward gate, folded into the verdict) passed this text."""
        return self.verdict.severity is Severity.SAFE


class FeedbackEvent(BaseModel):
    """One chat turn and everything the screens said about it."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    schema_id: str = Field(default=SCHEMA, alias="schema", description="event schema id and version")
    event_id: str = Field(description="unique id; writing the same id twice stores it once")
    created_at: datetime = Field(description="when the turn finished (UTC)")
    tenant: str
    trace_id: str = ""
    conversation: list[ChatMessage] = Field(description="the request's messages, redacted")
    draft: str = Field(default="", description="the policy's first reply, redacted; empty when blocked")
    rounds: list[RoundRecord] = Field(default_factory=list, description="draft first, then each rewrite")
    final: str = Field(description="the reply as sent, redacted")
    input_verdict: Verdict
    verdict: Verdict = Field(description="verdict on the reply as sent")
    reward: RewardRecord | None = None
    principles: list[str] = Field(default_factory=list, description="HealthPrinciples ids cited")
    outcome: Outcome
    model: str = ""
    adapter: str = Field(default="", description="policy adapter version that drafted the reply")
    evaluator_version: str = ""
    finish_reason: str = ""
    streamed: bool = False
    latency_ms: float = 0.0
    redactions: dict[str, int] = Field(default_factory=dict, description="personal data replaced, by kind")

    @property
    def draft_verdict(self) -> Verdict | None:
        """The verdict on the draft (None when the policy was not asked)."""
        return self.rounds[0].verdict if self.rounds else None

    def dimension_ids(self) -> list[str]:
        """Every dimension any screen hit in this turn, once, in first-seen order."""
        verdicts = [self.input_verdict, *(r.verdict for r in self.rounds), self.verdict]
        return list(dict.fromkeys(hit.id for v in verdicts for hit in v.dimensions))

    def to_json(self) -> str:
        """The event as one JSON line (the stored and spooled form)."""
        return self.model_dump_json(by_alias=True)


def outcome_of(reply: ChatReply) -> Outcome:
    """How `reply` was settled."""
    if reply.blocked_input:
        return Outcome.BLOCKED
    if reply.revised:
        return Outcome.REVISED
    if reply.fallback:
        return Outcome.FALLBACK
    if reply.replaced:
        return Outcome.REPLACED
    return Outcome.PASSED


def build_event(
    turn: ChatTurn,
    reply: ChatReply,
    redactor: Redactor,
    *,
    event_id: str | None = None,
    created_at: datetime | None = None,
    streamed: bool = False,
) -> FeedbackEvent:
    """The redacted event of one finished turn."""
    counts: dict[str, int] = {}
    texts = [m.content for m in turn.messages] + [r.text for r in reply.rounds] + [reply.text]
    first = {text: redactor.redact(text) for text in texts}
    # Names found anywhere in the turn are removed everywhere in it, cue or no cue; most turns name
    # nobody, and then the first pass is the answer.
    names = [name for result in first.values() for name in result.names]

    def clean(text: str) -> str:
        result = first[text] if not names and text in first else redactor.redact(text, names)
        for kind, n in result.counts.items():
            counts[kind] = counts.get(kind, 0) + n
        return result.text

    rounds = [_round(r, clean) for r in reply.rounds]
    return FeedbackEvent(
        event_id=event_id or uuid.uuid4().hex,
        created_at=created_at or datetime.now(UTC),
        tenant=turn.tenant,
        trace_id=reply.trace_id,
        conversation=[ChatMessage(role=m.role, content=clean(m.content)) for m in turn.messages],
        draft=rounds[0].text if rounds else "",
        rounds=rounds,
        final=clean(reply.text),
        input_verdict=reply.input_verdict,
        verdict=reply.verdict,
        reward=RewardRecord.of(reply.reward),
        principles=[p.id for p in reply.principles],
        outcome=outcome_of(reply),
        model=reply.model,
        adapter=reply.adapter,
        evaluator_version=reply.verdict.evaluator_version or reply.input_verdict.evaluator_version,
        finish_reason=reply.finish_reason,
        streamed=streamed,
        latency_ms=reply.latency_ms,
        redactions=counts,
    )


def _round(r: RevisionRound, clean: Callable[[str], str]) -> RoundRecord:
    return RoundRecord(
        index=r.index,
        text=clean(r.text),
        critique=clean(r.critique),
        verdict=r.verdict,
        reward=RewardRecord.of(r.reward),
        latency_ms=r.latency_ms,
    )
