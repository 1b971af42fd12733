"""The protocol-agnostic chat orchestrator: normalise -> screen input -> generate -> screen output -> reply.

Both /chat and /v1/chat/completions are thin adapters over `ChatOrchestrator`. Unscreened text
never leaves: a unary reply is screened whole; a streamed reply is held back sentence by sentence
and each sentence is released only after the text so far has passed the output screen. Any
failure of the policy or the screen raises UnavailableError (HTTP 503): fail closed.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from services.common.aio import closing_iter
from services.common.errors import MedGuardError, UnavailableError
from services.common.textnorm import strip_invisible
from services.common.tracing import current_trace_id
from services.common.types import ChatMessage, Severity, Verdict
from services.guardian.evaluator.screen import Screen, ScreenItem
from services.policy.types import (
    FinishReason,
    Generation,
    GenerationRequest,
    SamplingParams,
    StreamChunk,
    Usage,
)

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


@dataclass(frozen=True)
class Delta:
    """Released, screened text of a streamed reply."""

    text: str


StreamEvent = Delta | ChatReply


class ChatOrchestrator:
    """One chat turn through the screens and the policy."""

    def __init__(
        self, policy: PolicyPort, screen: Screen, *, block_input_at: Severity, replace_output_at: Severity
    ) -> None:
        self._policy, self._screen = policy, screen
        self._block_at, self._replace_at = block_input_at, replace_output_at

    async def chat(self, turn: ChatTurn) -> ChatReply:
        """The whole reply, screened."""
        started = time.perf_counter()
        turn = normalise(turn)
        input_verdict = await self._judge(turn.messages, None)
        if input_verdict.severity.rank >= self._block_at.rank:
            return self._blocked(input_verdict, started)
        draft = await self._generate(turn)
        verdict = await self._judge(turn.messages, draft.text)
        reply = ChatReply(
            text=draft.text,
            verdict=verdict,
            input_verdict=input_verdict,
            finish_reason=draft.finish_reason.value,
            model=draft.model,
            adapter=draft.adapter,
            usage=draft.usage,
            trace_id=current_trace_id(),
        )
        if verdict.severity.rank >= self._replace_at.rank:
            reply.text, reply.replaced, reply.finish_reason = (
                self._screen.safe_reply(verdict),
                True,
                "content_filter",
            )
        reply.latency_ms = _ms_since(started)
        return reply

    async def chat_stream(self, turn: ChatTurn) -> AsyncIterator[StreamEvent]:
        """Screened deltas, sentence by sentence, then the final ChatReply.

        The deltas concatenate to exactly the final reply's text. When a later sentence fails the
        screen, generation stops and a safe notice follows the sentences already released.
        """
        started = time.perf_counter()
        turn = normalise(turn)
        input_verdict = await self._judge(turn.messages, None)
        if input_verdict.severity.rank >= self._block_at.rank:
            reply = self._blocked(input_verdict, started)
            yield Delta(reply.text)
            yield reply
            return
        state = _StreamState(input_verdict=input_verdict)
        async for delta in self._stream_screened(turn, state):
            yield delta
        tail, state.pending = state.pending, ""
        if tail and not state.failed and await self._release_ok(turn, state, tail):
            yield Delta(tail)
        reply = self._stream_reply(state, started)
        if len(reply.text) > len(state.released):
            yield Delta(reply.text[len(state.released) :])  # the safe notice, written by us
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
            raise _unavailable(exc) from exc

    async def _release_ok(self, turn: ChatTurn, state: _StreamState, sentence: str) -> bool:
        verdict = await self._judge(turn.messages, state.released + sentence)
        state.verdict = verdict
        if verdict.severity.rank >= self._replace_at.rank:
            state.failed = True
            return False
        state.released += sentence
        return True

    def _stream_reply(self, state: _StreamState, started: float) -> ChatReply:
        reply = ChatReply(
            text=state.released,
            verdict=state.verdict,
            input_verdict=state.input_verdict,
            finish_reason=state.finish_reason,
            model=state.model,
            adapter=state.adapter,
            usage=state.usage,
            trace_id=current_trace_id(),
        )
        if state.failed:
            notice = self._screen.safe_reply(state.verdict)
            reply.text = (state.released + "\n\n" + notice) if state.released else notice
            reply.replaced, reply.finish_reason = True, "content_filter"
        reply.latency_ms = _ms_since(started)
        return reply

    def _blocked(self, input_verdict: Verdict, started: float) -> ChatReply:
        return ChatReply(
            text=self._screen.safe_reply(input_verdict),
            verdict=input_verdict,
            input_verdict=input_verdict,
            finish_reason="content_filter",
            blocked_input=True,
            trace_id=current_trace_id(),
            latency_ms=_ms_since(started),
        )

    async def _generate(self, turn: ChatTurn) -> Generation:
        try:
            return await self._policy.generate(_request(turn))
        except MedGuardError as exc:
            raise _unavailable(exc) from exc

    async def _judge(self, messages: Sequence[ChatMessage], response: str | None) -> Verdict:
        try:
            (verdict,) = await self._screen.evaluate([ScreenItem(tuple(messages), response)])
        except Exception as exc:
            log.exception("screen failed")
            raise UnavailableError("the guardian evaluator failed; no unscreened text is released") from exc
        return verdict


@dataclass
class _StreamState:
    """Text generated, released and pending of one streamed reply."""

    input_verdict: Verdict
    verdict: Verdict = field(default_factory=Verdict)
    released: str = ""
    pending: str = ""
    failed: bool = False
    finish_reason: str = FinishReason.STOP.value
    model: str = ""
    adapter: str = ""
    usage: Usage = field(default_factory=Usage)

    def absorb(self, chunk: StreamChunk) -> None:
        self.pending += chunk.delta
        self.model, self.adapter = chunk.model or self.model, chunk.adapter or self.adapter
        if chunk.finish_reason is not None:
            self.finish_reason = chunk.finish_reason.value
            self.usage = chunk.usage or self.usage

    def take_sentences(self) -> list[str]:
        """Complete sentences off the front of the pending text."""
        out = []
        while match := SENTENCE_END.search(self.pending):
            out.append(self.pending[: match.end()])
            self.pending = self.pending[match.end() :]
        return out


def normalise(turn: ChatTurn) -> ChatTurn:
    """Strip invisible characters from every message (screens also see a canonical matching form)."""
    messages = tuple(ChatMessage(role=m.role, content=strip_invisible(m.content)) for m in turn.messages)
    return ChatTurn(messages=messages, params=turn.params, tenant=turn.tenant, adapter=turn.adapter)


def _request(turn: ChatTurn) -> GenerationRequest:
    return GenerationRequest(messages=turn.messages, params=turn.params, adapter=turn.adapter)


def _unavailable(exc: MedGuardError) -> MedGuardError:
    if isinstance(exc, UnavailableError):
        return exc
    if exc.http_status >= 500:
        return UnavailableError(f"policy failed: {exc}")
    return exc


def _ms_since(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)
