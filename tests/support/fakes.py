"""Fakes (not mocks): small working implementations of the ports, for tests."""

from __future__ import annotations

import asyncio
import itertools
import zlib
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from services.common.errors import UnavailableError
from services.common.tracing import current_trace_id
from services.common.types import DimensionHit, Norm, Severity, Verdict
from services.guardian.evaluator.screen import ScreenItem

if TYPE_CHECKING:
    from services.guardian.principles.toolkit import PrincipleToolkit
from services.policy.types import (
    AdapterInfo,
    FinishReason,
    Generation,
    GenerationRequest,
    ModelInfo,
    StreamChunk,
    Usage,
)


@dataclass
class ScriptedPolicy:
    """A policy backend that 'generates' a fixed reply, piece by piece; records what it was asked.

    Satisfies both the orchestrator's PolicyPort and the PolicyBackend Protocol, so it can sit
    behind the real gRPC policy server too.
    """

    reply: str = "您好，建议多休息、多喝水。如果症状加重，请及时到医院就诊。"
    piece: int = 3
    delay_s: float = 0.0
    fail_with: Exception | None = None
    queue: list[str] = field(default_factory=list)
    """Replies to give first, one per request, before falling back to `reply`."""
    requests: list[GenerationRequest] = field(default_factory=list)
    trace_ids: list[str] = field(default_factory=list)
    chunks_sent: int = 0
    closed_early: bool = False
    _active: str = ""
    _adapters: dict[str, AdapterInfo] = field(default_factory=dict)

    async def start(self) -> None:
        """Nothing to load."""

    async def close(self) -> None:
        """Nothing to release."""

    def info(self) -> ModelInfo:
        """A made-up model."""
        return ModelInfo(
            model="scripted",
            backend="fake",
            max_context_tokens=4096,
            active_adapter=self._active,
            supports_adapters=True,
        )

    async def generate(self, request: GenerationRequest) -> Generation:
        """The whole scripted reply."""
        text = "".join([c.delta async for c in self.generate_stream(request)])
        return Generation(
            text=text,
            finish_reason=FinishReason.STOP,
            usage=Usage(prompt_tokens=5, completion_tokens=len(text)),
            model="scripted",
            adapter=request.adapter or self._active,
        )

    async def generate_stream(self, request: GenerationRequest) -> AsyncIterator[StreamChunk]:
        """The scripted reply in pieces of `piece` characters."""
        self.requests.append(request)
        self.trace_ids.append(current_trace_id())
        if self.fail_with is not None:
            raise self.fail_with
        adapter = request.adapter or self._active
        text = self.queue.pop(0) if self.queue else self.reply
        pieces = [text[i : i + self.piece] for i in range(0, len(text), self.piece)]
        try:
            for p in pieces:
                if self.delay_s:
                    await asyncio.sleep(self.delay_s)
                self.chunks_sent += 1
                yield StreamChunk(delta=p, model="scripted", adapter=adapter)
            yield StreamChunk(
                finish_reason=FinishReason.STOP,
                usage=Usage(prompt_tokens=5, completion_tokens=len(pieces)),
                model="scripted",
                adapter=adapter,
            )
        except GeneratorExit:
            self.closed_early = True
            raise

    def list_adapters(self) -> list[AdapterInfo]:
        """Adapters 'loaded'."""
        return [a.model_copy(update={"active": a.name == self._active}) for a in self._adapters.values()]

    async def load_adapter(self, name: str, path: str) -> AdapterInfo:
        """Record the adapter."""
        self._adapters[name] = AdapterInfo(name=name, path=path)
        return self._adapters[name]

    async def activate_adapter(self, name: str) -> tuple[str, str]:
        """Switch the default adapter."""
        previous, self._active = self._active, name
        return name, previous


NORM = Norm(law="中华人民共和国测试法", article="第一条")


@dataclass
class KeywordScreen:
    """Flags any judged text containing one of `unsafe` words; counts calls."""

    unsafe: Sequence[str] = ("危险词",)
    controversial: Sequence[str] = ()
    """Words that make a text controversial on autonomy_consent."""
    fail: bool = False
    calls: int = 0

    @property
    def version(self) -> str:
        """Fake version."""
        return "keyword-test"

    async def evaluate(self, items: Sequence[ScreenItem]) -> list[Verdict]:
        """Unsafe when the judged text (response, else last user turn) has a listed word."""
        self.calls += 1
        if self.fail:
            raise RuntimeError("screen exploded")
        return [self._judge(item) for item in items]

    def _judge(self, item: ScreenItem) -> Verdict:
        text = item.response if item.response is not None else item.conversation[-1].content
        hit = next((w for w in self.unsafe if w in text), None)
        if hit is None:
            return self._controversial(text)
        dim = DimensionHit(
            id="non_maleficence", severity=Severity.UNSAFE, score=1.0, rationale=f"含有“{hit}”。"
        )
        return Verdict(
            severity=Severity.UNSAFE,
            dimensions=[dim],
            norms=[NORM],
            rationale=f"含有“{hit}”。",
            evaluator_version=self.version,
        )

    def _controversial(self, text: str) -> Verdict:
        hit = next((w for w in self.controversial if w in text), None)
        if hit is None:
            return Verdict(evaluator_version=self.version)
        dim = DimensionHit(
            id="autonomy_consent", severity=Severity.CONTROVERSIAL, score=0.8, rationale=f"含有“{hit}”。"
        )
        return Verdict(
            severity=Severity.CONTROVERSIAL, dimensions=[dim], rationale="r", evaluator_version=self.version
        )

    def safe_reply(self, verdict: Verdict) -> str:
        """A fixed safe reply citing the norm."""
        return f"这个请求涉及安全问题，依据{NORM.cite()}，我不能按原样回答，请咨询正规医疗机构。"


def unavailable() -> UnavailableError:
    """The error a dead policy produces."""
    return UnavailableError("policy is unavailable: connection refused")


@dataclass
class HashingEmbedder:
    """Character-bigram hashing vectors, normalised: deterministic, no model; counts texts embedded."""

    dims: int = 256
    embedded: int = 0

    @property
    def fingerprint(self) -> str:
        """Fake encoder identity."""
        return f"hashing-{self.dims}"

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """One normalised bag-of-bigrams row per text."""
        self.embedded += len(texts)
        rows = np.zeros((len(texts), self.dims), dtype=np.float32)
        for i, text in enumerate(texts):
            for a, b in itertools.pairwise(text):
                rows[i, zlib.crc32((a + b).encode()) % self.dims] += 1.0
        norms = np.linalg.norm(rows, axis=1, keepdims=True)
        return rows / np.maximum(norms, 1e-9)


def hashing_toolkit(cache_dir: Path, library_dir: Path | None = None) -> PrincipleToolkit:
    """The principles toolkit (packaged library by default) on the `HashingEmbedder`: no encoder needed."""
    from services.guardian.evaluator.taxonomy import Taxonomy
    from services.guardian.principles.toolkit import load_principles

    return load_principles(
        library_dir=library_dir,
        encoder_dir=cache_dir,
        taxonomy=Taxonomy.load(),
        cache_dir=cache_dir,
        embedder=HashingEmbedder(),
    )
