"""Trace ids: one per request, carried in a context variable and in gRPC metadata / HTTP headers."""

from __future__ import annotations

import re
import uuid
from contextvars import ContextVar

TRACE_METADATA_KEY = "x-medguard-trace-id"
TRACE_HEADER = "X-Trace-Id"
_VALID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")

_current: ContextVar[str] = ContextVar("medguard_trace_id", default="")


def new_trace_id() -> str:
    """A fresh random trace id (32 hex chars)."""
    return uuid.uuid4().hex


def accept_trace_id(candidate: str | None) -> str:
    """The caller's trace id when well-formed, otherwise a fresh one (never trust arbitrary input)."""
    if candidate and _VALID.match(candidate):
        return candidate
    return new_trace_id()


def current_trace_id() -> str:
    """Trace id of the request being served ('' outside a request)."""
    return _current.get()


def set_trace_id(trace_id: str) -> None:
    """Bind `trace_id` to the current context (a task or request)."""
    _current.set(trace_id)
