"""ASGI middleware: trace id per request, body size limit, HTTP metrics."""

from __future__ import annotations

import json
import time
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from services.common.tracing import TRACE_HEADER, accept_trace_id, set_trace_id
from services.guardian.api.protocol import openai_error
from services.guardian.api.runtime import HttpMetrics

_TRACE = TRACE_HEADER.lower().encode()


class _TooLarge(HTTPException):
    """Raised while reading a body without Content-Length that grows past the limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body exceeds {limit} bytes")


class GuardianMiddleware:
    """Binds the trace id (X-Trace-Id in and out), refuses oversized bodies with 413, records metrics."""

    def __init__(self, app: ASGIApp, *, max_body_bytes: int, metrics: HttpMetrics) -> None:
        self.app, self.max_body_bytes, self.metrics = app, max_body_bytes, metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        trace_id = accept_trace_id(headers.get(_TRACE, b"").decode("latin-1") or None)
        set_trace_id(trace_id)
        route, started, status = scope.get("path", ""), time.perf_counter(), [500]
        if int(headers.get(b"content-length", b"0") or 0) > self.max_body_bytes:
            await self._reject(send, trace_id, status)
            self._observe(route, status[0], started)
            return
        try:
            await self.app(scope, self._limited(receive), self._tagging(send, trace_id, status))
        except _TooLarge:
            await self._reject(send, trace_id, status)
        self._observe(route, status[0], started)

    def _limited(self, receive: Receive) -> Receive:
        seen = 0

        async def wrapped() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_body_bytes:
                raise _TooLarge(self.max_body_bytes)
            return message

        return wrapped

    @staticmethod
    def _tagging(send: Send, trace_id: str, status: list[int]) -> Send:
        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
                message["headers"] = [*message.get("headers", []), (_TRACE, trace_id.encode())]
            await send(message)

        return wrapped

    async def _reject(self, send: Send, trace_id: str, status: list[int]) -> None:
        status[0] = 413
        body = json.dumps(
            openai_error(f"request body exceeds {self.max_body_bytes} bytes", "invalid_request_error", "body")
        ).encode()
        headers: list[Any] = [(b"content-type", b"application/json"), (_TRACE, trace_id.encode())]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    def _observe(self, route: str, status: int, started: float) -> None:
        known = (
            route
            if route in {"/chat", "/v1/chat/completions", "/v1/models", "/healthz", "/readyz", "/metrics"}
            else "other"
        )
        self.metrics.requests.labels(known, str(status)).inc()
        self.metrics.latency.labels(known).observe(time.perf_counter() - started)
