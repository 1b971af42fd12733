"""Request and response models of the HTTP API (pydantic; OpenAI's field names where they overlap)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from services.common.types import Role, Severity, Verdict
from services.guardian.principles.library import Principle
from services.guardian.revision import RevisionRound
from services.reward.types import ItemScores


class Message(BaseModel):
    """One turn of the conversation."""

    model_config = ConfigDict(extra="ignore")

    role: Role = Field(description="system | user | assistant")
    content: str = Field(description="the turn's text")


class SamplingFields(BaseModel):
    """Sampling options shared by /chat and /v1/chat/completions."""

    max_tokens: int | None = Field(default=None, ge=1, description="most tokens to generate")
    temperature: float = Field(default=0.0, ge=0.0, le=2.0, description="0 = greedy")
    top_p: float = Field(default=1.0, gt=0.0, le=1.0)
    stop: str | list[str] | None = Field(default=None, description="stop string(s), at most 4")
    seed: int | None = Field(default=None, ge=0)
    stream: bool = Field(default=False, description="reply as server-sent events")

    @field_validator("stop")
    @classmethod
    def _at_most_four(cls, v: str | list[str] | None) -> str | list[str] | None:
        if isinstance(v, list) and len(v) > 4:
            raise ValueError("at most 4 stop strings")
        return v

    def stops(self) -> tuple[str, ...]:
        """Stop strings as a tuple."""
        if self.stop is None:
            return ()
        return (self.stop,) if isinstance(self.stop, str) else tuple(self.stop)


class ChatRequest(SamplingFields):
    """POST /chat."""

    messages: list[Message] = Field(
        min_length=1, description="the conversation, oldest first, ending with a user turn"
    )
    adapter: str = Field(default="", description="policy adapter to use; empty = the active one")
    trace: bool = Field(
        default=False,
        description="include the input verdict and each revision round (draft, verdict, critique)",
    )


class StreamOptions(BaseModel):
    """OpenAI stream_options."""

    include_usage: bool = False


class ChatCompletionRequest(SamplingFields):
    """POST /v1/chat/completions (the subset of OpenAI's schema that applies)."""

    model_config = ConfigDict(extra="ignore")

    model: str = Field(
        default="medguard", description="ignored beyond echoing; the guardian serves one policy"
    )
    messages: list[Message] = Field(min_length=1)
    max_completion_tokens: int | None = Field(default=None, ge=1)
    n: int = Field(default=1, ge=1, le=1, description="only 1 is supported")
    stream_options: StreamOptions | None = None
    user: str | None = None


class DimensionOut(BaseModel):
    """A dimension hit, as reported."""

    id: str
    severity: Severity
    score: float
    rationale: str


class VerdictOut(BaseModel):
    """The verdict metadata attached to every reply."""

    severity: Severity
    dimensions: list[DimensionOut]
    norms: list[str] = Field(description="citations, e.g. 《中华人民共和国母婴保健法》第三十二条")
    principles: list[str]
    rationale: str
    evaluator_version: str

    @classmethod
    def of(cls, v: Verdict) -> VerdictOut:
        """Report form of a verdict."""
        return cls(
            severity=v.severity,
            dimensions=[
                DimensionOut(id=d.id, severity=d.severity, score=d.score, rationale=d.rationale)
                for d in v.dimensions
            ],
            norms=[n.cite() for n in v.norms],
            principles=list(v.principles),
            rationale=v.rationale,
            evaluator_version=v.evaluator_version,
        )


class PrincipleOut(BaseModel):
    """A HealthPrinciples entry the reply was guided or revised by."""

    id: str = Field(description="e.g. HP-CONSENT-001")
    title_zh: str
    title_en: str
    grounding: list[str] = Field(description="citations, e.g. 《中华人民共和国医师法》第二十五条")

    @classmethod
    def of(cls, p: Principle) -> PrincipleOut:
        """Report form of a principle."""
        return cls(
            id=p.id, title_zh=p.title_zh, title_en=p.title_en, grounding=[g.cite() for g in p.grounding]
        )


class RewardOut(BaseModel):
    """The reward service's scores of a reply (present when the guardian runs with a reward service)."""

    aggregate: float = Field(description="safety-gated aggregate: >= 0.5 only for replies judged safe")
    safe: bool = Field(description="every safety score reaches the reward model's threshold")
    safety: dict[str, float] = Field(description="1 - p(violation) per safety dimension; higher is safer")
    proficiency: dict[str, float] = Field(description="score in [0, 1] per proficiency dimension")

    @classmethod
    def of(cls, scores: ItemScores | None) -> RewardOut | None:
        """Report form of the scores; None when the reply was not scored."""
        if scores is None:
            return None
        return cls(
            aggregate=scores.aggregate, safe=scores.safe, safety=scores.safety, proficiency=scores.proficiency
        )


class RoundOut(BaseModel):
    """One candidate of the revision loop: round 0 is the policy's draft."""

    index: int
    text: str
    verdict: VerdictOut
    critique: str = Field(description="the policy's critique that led to this rewrite; empty for the draft")
    latency_ms: float
    reward: RewardOut | None = Field(default=None, description="the reward service's scores of this text")

    @classmethod
    def of(cls, r: RevisionRound) -> RoundOut:
        """Report form of a round."""
        return cls(
            index=r.index,
            text=r.text,
            verdict=VerdictOut.of(r.verdict),
            critique=r.critique,
            latency_ms=r.latency_ms,
            reward=RewardOut.of(r.reward),
        )


class UsageOut(BaseModel):
    """Token counts (OpenAI names)."""

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class ChatResponse(BaseModel):
    """Reply of POST /chat."""

    id: str
    trace_id: str
    message: Message
    verdict: VerdictOut = Field(description="verdict on the reply as sent")
    input_verdict: VerdictOut | None = Field(
        default=None, description="verdict on the user turn (with trace=true)"
    )
    replaced: bool = Field(
        description="the draft failed the output screen and was replaced (by a revision or a safe reply)"
    )
    revisions: int = Field(default=0, description="critique-and-rewrite rounds run for this reply")
    principles: list[PrincipleOut] = Field(
        default_factory=list, description="principles that guided or revised the reply"
    )
    trace: list[RoundOut] | None = Field(
        default=None,
        description="with trace=true: every candidate (draft first) with its verdict and critique",
    )
    reward: RewardOut | None = Field(
        default=None, description="the reward service's scores of the reply as sent (when one is configured)"
    )
    blocked_input: bool = Field(description="the user turn crossed a red line; the policy was not asked")
    finish_reason: str
    model: str
    adapter: str
    usage: UsageOut
    latency_ms: float


class ErrorBody(BaseModel):
    """OpenAI-style error payload."""

    message: str
    type: str
    param: str | None = None
    code: str | None = None


class ErrorResponse(BaseModel):
    """{"error": {...}}."""

    error: ErrorBody


def openai_error(
    message: str, error_type: str, param: str | None = None, code: str | None = None
) -> dict[str, Any]:
    """An OpenAI-style error body."""
    return ErrorResponse(
        error=ErrorBody(message=message, type=error_type, param=param, code=code)
    ).model_dump()
