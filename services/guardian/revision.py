"""The principle-guided revision loop: critique and rewrite a failing draft until the guardian passes it.

Round 0 is the draft as the policy wrote it. Each later round asks the policy to critique the latest
failing text against the guardian's verdict and the retrieved principles, then to rewrite it; the
rewrite is judged again. The loop stops at the first passing rewrite or after `max_rounds`; the best
passing candidate (lowest risk) wins, and if none passes, the reply is built from the principles:
it names the issue, cites the norm and refers the person onward. Every round is kept for the trace
and the feedback log.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from services.common.errors import MedGuardError, UnavailableError, as_unavailable
from services.common.types import ChatMessage, Severity, Verdict, cite_norms, last_user_turn
from services.guardian.evaluator.screen import Screen, ScreenItem
from services.guardian.principles.library import Principle
from services.guardian.principles.toolkit import PrincipleToolkit
from services.guardian.reward_gate import RewardGate
from services.policy.types import Generation, GenerationRequest, SamplingParams
from services.reward.types import ItemScores

__all__ = ["Reviser", "RevisionOutcome", "RevisionRound", "judge_one", "ms_since", "risk"]

log = logging.getLogger(__name__)
_ECHO_RATIONALE = "回答复述了内部提示词，不能发送给用户"


class Generator(Protocol):
    """The policy as the loop needs it."""

    async def generate(self, request: GenerationRequest) -> Generation:
        """One complete assistant turn."""
        ...


async def judge_one(screen: Screen, messages: Sequence[ChatMessage], response: str | None) -> Verdict:
    """One verdict; any failure of the evaluator becomes UnavailableError (fail closed: HTTP 503)."""
    try:
        (verdict,) = await screen.evaluate([ScreenItem(tuple(messages), response)])
    except Exception as exc:
        log.exception("screen failed")
        raise UnavailableError("the guardian evaluator failed; no unscreened text is released") from exc
    return verdict


@dataclass(frozen=True)
class RevisionRound:
    """One candidate: round 0 is the draft, later rounds are rewrites (with the critique that led there)."""

    index: int
    text: str
    verdict: Verdict
    critique: str = ""
    latency_ms: float = 0.0
    reward: ItemScores | None = None


@dataclass
class RevisionOutcome:
    """What the loop settled on and how."""

    text: str
    verdict: Verdict
    rounds: list[RevisionRound]
    principles: list[Principle]
    fallback: bool
    passed: bool
    reward: ItemScores | None = None

    @property
    def revisions(self) -> int:
        """Rewrite rounds run (the draft does not count)."""
        return len(self.rounds) - 1


def risk(verdict: Verdict) -> tuple[int, float]:
    """Ordering key: severity first, then the highest dimension score."""
    return verdict.severity.rank, max((hit.score for hit in verdict.dimensions), default=0.0)


class Reviser:
    """Runs the loop for one failing draft."""

    def __init__(
        self,
        policy: Generator,
        screen: Screen,
        toolkit: PrincipleToolkit,
        *,
        max_rounds: int,
        fail_at: Severity,
        critique_tokens: int = 96,
        reward: RewardGate | None = None,
    ) -> None:
        self._policy, self._screen, self.toolkit = policy, screen, toolkit
        self.reward = reward
        self._max_rounds, self._fail_at, self._critique_tokens = max_rounds, fail_at, critique_tokens

    def passes(self, verdict: Verdict) -> bool:
        """True when the verdict is below the replace-output severity."""
        return verdict.severity.rank < self._fail_at.rank

    async def revise(
        self,
        messages: Sequence[ChatMessage],
        params: SamplingParams,
        adapter: str,
        draft: str,
        verdict: Verdict,
        draft_reward: ItemScores | None = None,
    ) -> RevisionOutcome:
        """Critique and rewrite `draft` (judged `verdict`) until a rewrite passes or rounds run out."""
        principles = await self.toolkit.for_verdict(messages, verdict, draft)
        rounds = [RevisionRound(0, draft, verdict, reward=draft_reward)]
        current, current_verdict = draft, verdict
        for index in range(1, self._max_rounds + 1):
            started = time.perf_counter()
            critique = await self._critique(messages, current, current_verdict, principles, adapter)
            text = await self._rewrite(messages, current, critique, principles, params, adapter)
            # An empty rewrite is judged as the text it failed to replace, and is never a candidate.
            judged, scores = await self.judge(messages, text) if text else (current_verdict, None)
            rounds.append(RevisionRound(index, text, judged, critique, ms_since(started), scores))
            if text and self.passes(judged):
                break
            if text:
                current, current_verdict = text, judged
        return await self._settle(messages, verdict, rounds, principles)

    async def _settle(
        self,
        messages: Sequence[ChatMessage],
        verdict: Verdict,
        rounds: list[RevisionRound],
        principles: list[Principle],
    ) -> RevisionOutcome:
        passing = [r for r in rounds[1:] if r.text and self.passes(r.verdict)]
        if passing:
            best = min(passing, key=_preference)
            return RevisionOutcome(best.text, best.verdict, rounds, principles, False, True, best.reward)
        for text in self.toolkit.fallbacks(verdict, principles):
            judged, scores = await self.judge(messages, text)
            if self.passes(judged):
                break
        return RevisionOutcome(text, judged, rounds, principles, True, self.passes(judged), scores)

    async def judge(self, messages: Sequence[ChatMessage], text: str) -> tuple[Verdict, ItemScores | None]:
        """The guardian's verdict on `text`, failed also by the reward gate when one is configured."""
        verdict = await judge_one(self._screen, messages, text)
        if self.toolkit.prompts.echoes(text) and self.passes(verdict):
            verdict = verdict.model_copy(update={"severity": self._fail_at, "rationale": _ECHO_RATIONALE})
        if self.reward is None:
            return verdict, None
        return await self.reward.check(messages, text, verdict)

    async def _critique(
        self,
        messages: Sequence[ChatMessage],
        draft: str,
        verdict: Verdict,
        principles: Sequence[Principle],
        adapter: str,
    ) -> str:
        prompts = self.toolkit.prompts
        prompt = prompts.critique.format(
            question=last_user_turn(messages),
            draft=draft,
            issues=_issues_with_rationale(self.toolkit, verdict),
            principles=prompts.principle_block(principles),
        )
        return await self._ask(prompt, SamplingParams(max_new_tokens=self._critique_tokens), adapter)

    async def _rewrite(
        self,
        messages: Sequence[ChatMessage],
        draft: str,
        critique: str,
        principles: Sequence[Principle],
        params: SamplingParams,
        adapter: str,
    ) -> str:
        prompts = self.toolkit.prompts
        prompt = prompts.revise.format(
            question=last_user_turn(messages),
            draft=draft,
            critique=critique or "（无）",
            principles=prompts.principle_block(principles),
            norms=cite_norms([n for p in principles for n in p.norms][:3]),
        )
        text = await self._ask(prompt, params, adapter)
        if prompts.echoes(text):
            log.info("rewrite echoed the revision prompt; not a candidate")
            return ""
        return text

    async def _ask(self, prompt: str, params: SamplingParams, adapter: str) -> str:
        request = GenerationRequest(
            messages=(ChatMessage(role="user", content=prompt),), params=params, adapter=adapter
        )
        try:
            generation = await self._policy.generate(request)
        except MedGuardError as exc:
            raise as_unavailable(exc, "policy") from exc
        return generation.text.strip()


def _preference(r: RevisionRound) -> tuple[float, tuple[int, float], int]:
    """Best candidate first: highest reward aggregate (when scored), then lowest risk, then earliest."""
    return (-(r.reward.aggregate if r.reward else 0.0), risk(r.verdict), r.index)


def _issues_with_rationale(toolkit: PrincipleToolkit, verdict: Verdict) -> str:
    rationale = "；".join(dict.fromkeys(hit.rationale for hit in verdict.dimensions[:2] if hit.rationale))
    return f"{toolkit.issues(verdict)}（{rationale or verdict.rationale}）"


def ms_since(started: float) -> float:
    """Milliseconds since a `time.perf_counter()` reading, to 0.1 ms."""
    return round((time.perf_counter() - started) * 1000, 1)
