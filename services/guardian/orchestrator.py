"""The protocol-agnostic chat orchestrator: normalise -> screen input -> generate -> screen output -> reply.

Both /chat and /v1/chat/completions are thin adapters over `ChatOrchestrator`. Unscreened text
never leaves: a unary reply is screened whole; a streamed reply is held back sentence by sentence
and each sentence is released only after the text so far has passed the output screen. Any
failure of the policy or the screen raises UnavailableError (HTTP 503): fail closed.

With a `Reviser` (the HealthPrinciples library loaded), a flagged user turn puts the relevant
principles before the policy drafts, and a draft that fails the output screen goes through the
revision loop (critique, rewrite, judge again; a principle-built fallback when no rewrite passes)
instead of being replaced by a canned notice. A streamed reply to a flagged turn is drafted,
screened and revised in full before any of it is released.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from services.common.aio import closing_iter
from services.common.errors import MedGuardError, as_unavailable
from services.common.textnorm import strip_invisible
from services.common.tracing import current_trace_id
from services.common.types import ChatMessage, Severity, Verdict
from services.guardian.evaluator.screen import Screen
from services.guardian.principles.library import Principle
from services.guardian.revision import Reviser, RevisionOutcome, RevisionRound, judge_one, ms_since
from services.policy.types import (
    FinishReason,
    Generation,
    GenerationRequest,
    SamplingParams,
    StreamChunk,
    Usage,
)
from services.reward.types import ItemScores

log = logging.getLogger(__name__)

SENTENCE_END = re.compile(r"[。！？!?；;\n]|\.(?=\s)")


class PolicyPort(Protocol):
    """What the orchestrator needs of the policy (PolicyClient in production, fakes in tests)."""

    async def generate(self, request: GenerationRequest) -> Generation:
        """One complete assistant turn."""
        ...

    def generate_stream(self, request: GenerationRequest) -> AsyncIterator[StreamChunk]:
        """The assistant turn as deltas."""
        ...


@dataclass(frozen=True)
class ChatTurn:
    """A validated chat request, protocol-free."""

    messages: tuple[ChatMessage, ...]
    params: SamplingParams
    tenant: str = "default"
    adapter: str = ""


@dataclass
class ChatReply:
    """The answer to a chat turn and everything a caller may want to know about how it was made."""

    text: str
    verdict: Verdict
    input_verdict: Verdict
    finish_reason: str
    replaced: bool = False
    blocked_input: bool = False
    model: str = ""
    adapter: str = ""
    usage: Usage = field(default_factory=Usage)
    trace_id: str = ""
    latency_ms: float = 0.0
    revisions: int = 0
    revised: bool = False
    fallback: bool = False
    principles: list[Principle] = field(default_factory=list)
    rounds: list[RevisionRound] = field(default_factory=list)
    reward: ItemScores | None = None

    def apply(self, outcome: RevisionOutcome) -> None:
        """Take the revision loop's result as this reply (the draft stays in `rounds[0]`)."""
        self.text, self.replaced, self.revised = outcome.text, True, not outcome.fallback
        self.fallback = outcome.fallback
        self.reward = outcome.reward
        self.revisions, self.rounds = outcome.revisions, outcome.rounds
        self.verdict = outcome.verdict
        self.principles = _merge(self.principles, outcome.principles)
        if outcome.fallback:
            self.finish_reason = "content_filter"

    def cite_principles(self) -> None:
        """Name the cited principles in the verdict too (Verdict.principles)."""
        ids = [p.id for p in self.principles]
        self.verdict = self.verdict.model_copy(update={"principles": ids})


@dataclass(frozen=True)
class Delta:
    """Released, screened text of a streamed reply."""

    text: str


StreamEvent = Delta | ChatReply


class FeedbackSink(Protocol):
    """Where finished turns go for the feedback log (FeedbackLog; must not block or raise)."""

    def record(self, turn: ChatTurn, reply: ChatReply, *, streamed: bool = False) -> None:
        """Take one finished turn."""
        ...


class ChatOrchestrator:
    """One chat turn through the screens and the policy."""

    def __init__(
        self,
        policy: PolicyPort,
        screen: Screen,
        *,
        block_input_at: Severity,
        replace_output_at: Severity,
        reviser: Reviser | None = None,
        feedback: FeedbackSink | None = None,
    ) -> None:
        self._policy, self._screen, self._reviser = policy, screen, reviser
        self._block_at, self._replace_at = block_input_at, replace_output_at
        self._feedback = feedback

    async def chat(self, turn: ChatTurn) -> ChatReply:
        """The whole reply, screened (and revised when it fails and a reviser is configured)."""
        started = time.perf_counter()
        turn = normalise(turn)
        reply = await self._answer(turn, await self._judge(turn.messages, None), started)
        self._log(turn, reply, streamed=False)
        return reply

    def _log(self, turn: ChatTurn, reply: ChatReply, *, streamed: bool) -> None:
        if self._feedback is not None:
            self._feedback.record(turn, reply, streamed=streamed)

    async def _answer(self, turn: ChatTurn, input_verdict: Verdict, started: float) -> ChatReply:
        if input_verdict.severity.rank >= self._block_at.rank:
            return await self._blocked(turn, input_verdict, started)
        principles = await self._guiding_principles(turn, input_verdict)
        draft = await self._generate(self._guided(turn, input_verdict, principles))
        verdict, scores = await self._judge_reply(turn.messages, draft.text)
        reply = ChatReply(
            text=draft.text,
            verdict=verdict,
            input_verdict=input_verdict,
            finish_reason=draft.finish_reason.value,
            model=draft.model,
            adapter=draft.adapter,
            usage=draft.usage,
            trace_id=current_trace_id(),
            principles=principles,
            rounds=[RevisionRound(0, draft.text, verdict, reward=scores)],
            reward=scores,
        )
        if self._fails(verdict):
            await self._repair(turn, reply, draft.text)
        reply.cite_principles()
        reply.latency_ms = ms_since(started)
        return reply

    def _fails(self, verdict: Verdict) -> bool:
        return verdict.severity.rank >= self._replace_at.rank

    async def _repair(self, turn: ChatTurn, reply: ChatReply, failed_text: str) -> None:
        """Revise a failing text (or, without a reviser, replace it with the screen's safe reply)."""
        if self._reviser is None:
            reply.text, reply.replaced = self._screen.safe_reply(reply.verdict), True
            reply.finish_reason = "content_filter"
            return
        outcome = await self._reviser.revise(
            turn.messages, turn.params, turn.adapter, failed_text, reply.verdict, reply.reward
        )
        reply.apply(outcome)

    async def _guiding_principles(self, turn: ChatTurn, input_verdict: Verdict) -> list[Principle]:
        if self._reviser is None or not input_verdict.flagged:
            return []
        return await self._reviser.toolkit.for_verdict(turn.messages, input_verdict)

    def _guided(self, turn: ChatTurn, input_verdict: Verdict, principles: list[Principle]) -> ChatTurn:
        """The turn with the principles' guidance merged into its system message."""
        if self._reviser is None or not principles:
            return turn
        guidance = self._reviser.toolkit.guidance(input_verdict, principles)
        messages = turn.messages
        if messages and messages[0].role == "system":
            merged = ChatMessage(role="system", content=messages[0].content + "\n\n" + guidance.content)
            messages = (merged, *messages[1:])
        else:
            messages = (guidance, *messages)
        return ChatTurn(messages=messages, params=turn.params, tenant=turn.tenant, adapter=turn.adapter)

    async def chat_stream(self, turn: ChatTurn) -> AsyncIterator[StreamEvent]:
        """Screened deltas, sentence by sentence, then the final ChatReply.

        The deltas concatenate to exactly the final reply's text. When a later sentence fails the
        screen, generation stops and a safe notice follows the sentences already released.
        """
        started = time.perf_counter()
        turn = normalise(turn)
        input_verdict = await self._judge(turn.messages, None)
        if input_verdict.severity.rank >= self._block_at.rank or (self._reviser and input_verdict.flagged):
            # Blocked, or flagged with revision on: the reply is settled in full before any text leaves.
            reply = await self._answer(turn, input_verdict, started)
            self._log(turn, reply, streamed=True)
            for sentence in split_sentences(reply.text):
                yield Delta(sentence)
            yield reply
            return
        state = _StreamState(input_verdict=input_verdict)
        async for delta in self._stream_screened(turn, state):
            yield delta
        tail, state.pending = state.pending, ""
        if tail and not state.failed and await self._release_ok(turn, state, tail):
            yield Delta(tail)
        reply = await self._stream_reply(turn, state, started)
        self._log(turn, reply, streamed=True)
        if len(reply.text) > len(state.released):
            yield Delta(reply.text[len(state.released) :])  # the revision or safe notice, screened or ours
        yield reply

    async def _stream_screened(self, turn: ChatTurn, state: _StreamState) -> AsyncIterator[Delta]:
        try:
            async with closing_iter(self._policy.generate_stream(_request(turn))) as stream:
                async for chunk in stream:
                    state.absorb(chunk)
                    for sentence in state.take_sentences():
                        if not await self._release_ok(turn, state, sentence):
                            break
                        yield Delta(sentence)
                    if state.failed:
                        break  # closing the stream cancels the policy call: no more tokens are generated
        except MedGuardError as exc:
            raise as_unavailable(exc, "policy") from exc

    async def _release_ok(self, turn: ChatTurn, state: _StreamState, sentence: str) -> bool:
        # The text so far is judged as a whole reply would be: the guardian, and the reward gate when
        # configured, so a streamed reply is held to the same bar as a unary one.
        verdict, state.reward = await self._judge_reply(turn.messages, state.released + sentence)
        state.verdict = verdict
        if verdict.severity.rank >= self._replace_at.rank:
            state.failed, state.failed_text = True, sentence
            return False
        state.released += sentence
        return True

    async def _stream_reply(self, turn: ChatTurn, state: _StreamState, started: float) -> ChatReply:
        reply = ChatReply(
            text=state.released,
            verdict=state.verdict,
            input_verdict=state.input_verdict,
            finish_reason=state.finish_reason,
            model=state.model,
            adapter=state.adapter,
            usage=state.usage,
            trace_id=current_trace_id(),
            reward=state.reward,
        )
        drafted = state.released + state.failed_text
        reply.rounds = [RevisionRound(0, drafted, state.verdict, reward=state.reward)]
        if state.failed:
            # Released sentences passed the screen and stay; the failing rest is revised as a whole
            # (or replaced), and what follows them is the revision or the safe notice.
            await self._repair(turn, reply, state.released + state.failed_text)
            reply.text = (state.released + "\n\n" + reply.text) if state.released else reply.text
        reply.cite_principles()
        reply.latency_ms = ms_since(started)
        return reply

    async def _blocked(self, turn: ChatTurn, input_verdict: Verdict, started: float) -> ChatReply:
        reply = ChatReply(
            text=self._screen.safe_reply(input_verdict),
            verdict=input_verdict,
            input_verdict=input_verdict,
            finish_reason="content_filter",
            blocked_input=True,
            trace_id=current_trace_id(),
        )
        if self._reviser is not None:
            reply.principles = await self._reviser.toolkit.for_verdict(turn.messages, input_verdict)
        reply.cite_principles()
        reply.latency_ms = ms_since(started)
        return reply

    async def _generate(self, turn: ChatTurn) -> Generation:
        try:
            return await self._policy.generate(_request(turn))
        except MedGuardError as exc:
            raise as_unavailable(exc, "policy") from exc

    async def _judge(self, messages: Sequence[ChatMessage], response: str | None) -> Verdict:
        return await judge_one(self._screen, messages, response)

    async def _judge_reply(
        self, messages: Sequence[ChatMessage], text: str
    ) -> tuple[Verdict, ItemScores | None]:
        """A whole reply's verdict: the guardian's, and the reward gate's when revision has one."""
        if self._reviser is None:
            return await self._judge(messages, text), None
        return await self._reviser.judge(messages, text)


@dataclass
class _StreamState:
    """Text generated, released and pending of one streamed reply."""

    input_verdict: Verdict
    verdict: Verdict = field(default_factory=Verdict)
    released: str = ""
    pending: str = ""
    failed: bool = False
    failed_text: str = ""
    finish_reason: str = FinishReason.STOP.value
    model: str = ""
    adapter: str = ""
    usage: Usage = field(default_factory=Usage)
    reward: ItemScores | None = None

    def absorb(self, chunk: StreamChunk) -> None:
        self.pending += chunk.delta
        self.model, self.adapter = chunk.model or self.model, chunk.adapter or self.adapter
        if chunk.finish_reason is not None:
            self.finish_reason = chunk.finish_reason.value
            self.usage = chunk.usage or self.usage

    def take_sentences(self) -> list[str]:
        """Complete sentences off the front of the pending text."""
        out, self.pending = complete_sentences(self.pending)
        return out


def complete_sentences(text: str) -> tuple[list[str], str]:
    """The complete sentences of `text` (each with its end mark) and the unfinished rest."""
    pieces, start = [], 0
    for match in SENTENCE_END.finditer(text):
        pieces.append(text[start : match.end()])
        start = match.end()
    return pieces, text[start:]


def split_sentences(text: str) -> list[str]:
    """Text cut after each sentence end; the pieces concatenate to `text`."""
    pieces, rest = complete_sentences(text)
    return [*pieces, rest] if rest else pieces


def _merge(first: list[Principle], second: list[Principle]) -> list[Principle]:
    return list({p.id: p for p in [*first, *second]}.values())


def normalise(turn: ChatTurn) -> ChatTurn:
    """Strip invisible characters from every message (screens also see a canonical matching form)."""
    messages = tuple(ChatMessage(role=m.role, content=strip_invisible(m.content)) for m in turn.messages)
    return ChatTurn(messages=messages, params=turn.params, tenant=turn.tenant, adapter=turn.adapter)


def _request(turn: ChatTurn) -> GenerationRequest:
    return GenerationRequest(messages=turn.messages, params=turn.params, adapter=turn.adapter)
