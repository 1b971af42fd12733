"""Protocol-agnostic core of the policy service: validation, limits, adapter history, metrics."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from prometheus_client import CollectorRegistry, Counter, Gauge

from services.common.errors import (
    AlreadyExistsError,
    FailedPreconditionError,
    InvalidArgumentError,
    ResourceExhaustedError,
)
from services.policy.backends.base import PolicyBackend
from services.policy.types import AdapterInfo, Generation, GenerationRequest, ModelInfo, StreamChunk

ADAPTER_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}@v[0-9]{1,9}$")


class PolicyMetrics:
    """Queue depth (what the HPA scales on) and token counters."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.queue_depth = Gauge(
            "medguard_policy_queue_depth", "generation requests waiting or running", registry=registry
        )
        self.tokens = Counter(
            "medguard_policy_generated_tokens", "tokens generated", ["adapter"], registry=registry
        )
        self.prompt_tokens = Counter("medguard_policy_prompt_tokens", "prompt tokens read", registry=registry)


class PolicyCore:
    """Validates requests, bounds the queue, keeps the adapter history, then calls the backend."""

    def __init__(
        self,
        backend: PolicyBackend,
        metrics: PolicyMetrics,
        *,
        max_new_tokens_limit: int,
        max_queue: int,
        adapters_dir: Path | None = None,
    ) -> None:
        self.backend, self.metrics = backend, metrics
        self._adapters_dir = adapters_dir.resolve() if adapters_dir is not None else None
        self._max_new_tokens_limit, self._max_queue = max_new_tokens_limit, max_queue
        self._waiting = 0
        self._history: list[str] = []
        self.on_adapters_changed: Callable[[], None] | None = None  # set by AdapterSync

    def info(self) -> ModelInfo:
        """What the backend runs."""
        return self.backend.info()

    async def generate(self, request: GenerationRequest) -> Generation:
        """One complete assistant turn."""
        self.validate(request)
        async with self._slot():
            result = await self.backend.generate(request)
        self._count(result.usage.prompt_tokens, result.usage.completion_tokens, result.adapter)
        return result

    async def generate_stream(self, request: GenerationRequest) -> AsyncIterator[StreamChunk]:
        """The assistant turn as deltas."""
        self.validate(request)
        async with self._slot():
            async for chunk in self.backend.generate_stream(request):
                if chunk.usage is not None:
                    self._count(chunk.usage.prompt_tokens, chunk.usage.completion_tokens, chunk.adapter)
                yield chunk

    def validate(self, request: GenerationRequest) -> None:
        """Reject requests the backend must never see."""
        if not request.messages:
            raise InvalidArgumentError("at least one message is required", field="messages")
        if request.messages[-1].role != "user":
            raise InvalidArgumentError("the last message must be a user turn", field="messages")
        if request.params.max_new_tokens > self._max_new_tokens_limit:
            raise InvalidArgumentError(
                f"must be at most {self._max_new_tokens_limit}", field="params.max_new_tokens"
            )

    @asynccontextmanager
    async def _slot(self) -> AsyncIterator[None]:
        if self._waiting >= self._max_queue:
            raise ResourceExhaustedError(
                f"policy queue is full ({self._max_queue} requests)", retry_after_s=2
            )
        self._waiting += 1
        self.metrics.queue_depth.set(self._waiting)
        try:
            yield
        finally:
            self._waiting -= 1
            self.metrics.queue_depth.set(self._waiting)

    def _count(self, prompt: int, completion: int, adapter: str) -> None:
        self.metrics.prompt_tokens.inc(prompt)
        self.metrics.tokens.labels(adapter or "base").inc(completion)

    # -- adapters ---------------------------------------------------------------------------------

    def list_adapters(self) -> list[AdapterInfo]:
        """Adapters loaded on the backend."""
        return self.backend.list_adapters()

    async def load_adapter(self, name: str, path: str) -> AdapterInfo:
        """Load an adapter under a new versioned name `<name>@v<N>`."""
        if not ADAPTER_NAME.match(name):
            raise InvalidArgumentError("must look like 'medethics-dpo@v3'", field="name")
        if not path:
            raise InvalidArgumentError("an adapter folder is required", field="path")
        folder = Path(path).resolve()  # noqa: ASYNC240 - a few stat calls on a rare admin RPC
        if self._adapters_dir is not None and not folder.is_relative_to(self._adapters_dir):
            raise InvalidArgumentError(
                f"adapters may only load from under {self._adapters_dir}", field="path"
            )
        if any(a.name == name for a in self.backend.list_adapters()):
            raise AlreadyExistsError(
                f"adapter {name!r} is already loaded; versions are immutable", field="name"
            )
        info = await self.backend.load_adapter(name, str(folder))
        self._changed()
        return info

    async def activate_adapter(self, name: str) -> tuple[str, str]:
        """Activate `name` (empty = base model) and remember the previous one for rollback."""
        active, previous = await self.backend.activate_adapter(name)
        if active != previous:
            self._history.append(previous)
        self._changed()
        return active, previous

    async def rollback_adapter(self) -> tuple[str, str]:
        """Re-activate the adapter that was active before the last activation."""
        if not self._history:
            raise FailedPreconditionError("no earlier adapter to roll back to")
        target = self._history.pop()
        result = await self.backend.activate_adapter(target)
        self._changed()
        return result

    def _changed(self) -> None:
        if self.on_adapters_changed is not None:
            self.on_adapters_changed()
