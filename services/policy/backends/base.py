"""The contract every policy backend fulfils."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Protocol, runtime_checkable

from services.policy.types import AdapterInfo, Generation, GenerationRequest, ModelInfo, StreamChunk


@runtime_checkable
class PolicyBackend(Protocol):
    """A chat model that can generate, stream and (optionally) switch LoRA adapters.

    Lifecycle: `await start()` once before use (loads weights, opens connections), `await close()`
    at shutdown. Every method raises `services.common.errors.MedGuardError` subclasses only:
    InvalidArgumentError for bad requests, NotFoundError for unknown adapters,
    FailedPreconditionError when adapters are unsupported, UnavailableError when a remote is down.
    """

    async def start(self) -> None:
        """Load the model or connect to it; raise UnavailableError with a clear message if impossible."""
        ...

    async def close(self) -> None:
        """Release the model, threads and connections."""
        ...

    def info(self) -> ModelInfo:
        """Model name, backend kind, context length, active adapter."""
        ...

    async def generate(self, request: GenerationRequest) -> Generation:
        """One complete assistant turn."""
        ...

    def generate_stream(self, request: GenerationRequest) -> AsyncIterator[StreamChunk]:
        """The assistant turn as text deltas; the final chunk carries finish_reason and usage."""
        ...

    def list_adapters(self) -> list[AdapterInfo]:
        """Adapters loaded, in load order."""
        ...

    async def load_adapter(self, name: str, path: str) -> AdapterInfo:
        """Load a LoRA adapter under a new versioned name (not activated)."""
        ...

    async def activate_adapter(self, name: str) -> tuple[str, str]:
        """Make `name` (empty = base model) the default; returns (active, previous)."""
        ...
