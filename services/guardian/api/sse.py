"""Server-sent events: framing, and priming a stream so errors before the first event stay HTTP errors."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from typing import Any, TypeVar

from services.common.errors import MedGuardError

log = logging.getLogger(__name__)
T = TypeVar("T")


def sse(data: Any, event: str | None = None) -> str:
    """One SSE frame; `data` is JSON-encoded unless it is already a string."""
    payload = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    head = f"event: {event}\n" if event else ""
    return f"{head}data: {payload}\n\n"


async def primed(events: AsyncIterator[T]) -> AsyncIterator[T]:
    """Pull the first event now (so a 503 can still be an HTTP status), then stream the rest."""
    first = await anext(events)

    async def rest() -> AsyncIterator[T]:
        yield first
        async for event in events:
            yield event

    return rest()


def error_event(exc: BaseException) -> dict[str, Any]:
    """The payload sent when a stream fails after it started (text already sent was screened)."""
    if isinstance(exc, MedGuardError):
        return {"error": {"message": str(exc), "type": exc.error_type}}
    log.exception("stream failed", exc_info=exc)
    return {"error": {"message": "internal error; the reply was cut short", "type": "internal_error"}}
