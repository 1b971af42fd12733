"""Async gRPC server plumbing shared by every service.

`GrpcServer` owns a grpc.aio server with health (grpc.health.v1), reflection, a Prometheus
endpoint on its own HTTP port, and one interceptor that binds the trace id, logs each call,
records metrics and maps the typed error hierarchy to status codes. `serve_forever` drains
gracefully on SIGTERM/SIGINT: health flips to NOT_SERVING, in-flight RPCs get a grace period.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from services.common.errors import MedGuardError
from services.common.metrics import RpcMetrics, serve_metrics
from services.common.settings import ServiceSettings
from services.common.tracing import TRACE_METADATA_KEY, accept_trace_id, set_trace_id

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GrpcService:
    """One servicer to mount: its full proto name and the generated `add_*_to_server` call."""

    full_name: str
    register: Callable[[grpc.aio.Server], None]


class _CallObserver:
    """Binds the trace id, maps errors to status codes, logs and measures one RPC."""

    def __init__(self, label: str, method: str, metrics: RpcMetrics) -> None:
        self.label, self.method, self.metrics = label, method.rsplit("/", 1)[-1], metrics

    def begin(self, context: grpc.aio.ServicerContext[Any, Any]) -> float:
        metadata = dict(context.invocation_metadata() or ())
        trace_id = accept_trace_id(str(metadata.get(TRACE_METADATA_KEY, "")) or None)
        set_trace_id(trace_id)
        context.set_trailing_metadata(((TRACE_METADATA_KEY, trace_id),))
        self.metrics.in_flight.labels(self.label, self.method).inc()
        return time.perf_counter()

    def end(self, started: float, code: grpc.StatusCode) -> None:
        elapsed = time.perf_counter() - started
        self.metrics.in_flight.labels(self.label, self.method).dec()
        self.metrics.latency.labels(self.label, self.method).observe(elapsed)
        self.metrics.requests.labels(self.label, self.method, code.name).inc()
        log.info("rpc", extra={"method": self.method, "code": code.name, "ms": round(elapsed * 1000, 1)})

    async def fail(self, context: grpc.aio.ServicerContext[Any, Any], exc: Exception) -> grpc.StatusCode:
        if isinstance(exc, MedGuardError):
            code, message = exc.grpc_code, str(exc)
        else:
            log.exception("unhandled error in %s", self.method)
            code, message = grpc.StatusCode.INTERNAL, f"internal error in {self.method}"
        await context.abort(code, message)
        return code  # pragma: no cover - abort raises


class ObservingInterceptor(grpc.aio.ServerInterceptor):  # type: ignore[misc]
    """Server interceptor: trace id, logs, metrics and typed-error mapping for unary and streaming RPCs."""

    def __init__(self, label: str, metrics: RpcMetrics) -> None:
        self._label, self._metrics = label, metrics

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler:
        handler = await continuation(handler_call_details)
        method = handler_call_details.method
        if handler is None or method.startswith(("/grpc.health", "/grpc.reflection")):
            return handler
        observer = _CallObserver(self._label, method, self._metrics)
        if handler.unary_unary:
            return grpc.unary_unary_rpc_method_handler(
                _wrap_unary(handler.unary_unary, observer),
                request_deserializer=handler.request_deserializer,
                response_serializer=handler.response_serializer,
            )
        if handler.unary_stream:
            return grpc.unary_stream_rpc_method_handler(
                _wrap_stream(handler.unary_stream, observer),
                request_deserializer=handler.request_deserializer,
                response_serializer=handler.response_serializer,
            )
        return handler


def _wrap_unary(behavior: Any, observer: _CallObserver) -> Any:
    async def wrapped(request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
        started, code = observer.begin(context), grpc.StatusCode.OK
        try:
            return await behavior(request, context)
        except grpc.aio.AbortError:
            code = context.code() or grpc.StatusCode.UNKNOWN
            raise
        except Exception as exc:
            code = grpc.StatusCode.INTERNAL if not isinstance(exc, MedGuardError) else exc.grpc_code
            await observer.fail(context, exc)
        finally:
            observer.end(started, code)

    return wrapped


def _wrap_stream(behavior: Any, observer: _CallObserver) -> Any:
    async def wrapped(request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> AsyncIterator[Any]:
        started, code = observer.begin(context), grpc.StatusCode.OK
        try:
            async for item in behavior(request, context):
                yield item
        except grpc.aio.AbortError:
            code = context.code() or grpc.StatusCode.UNKNOWN
            raise
        except asyncio.CancelledError:
            code = grpc.StatusCode.CANCELLED
            raise
        except Exception as exc:
            code = grpc.StatusCode.INTERNAL if not isinstance(exc, MedGuardError) else exc.grpc_code
            await observer.fail(context, exc)
        finally:
            observer.end(started, code)

    return wrapped


class GrpcServer:
    """A grpc.aio server with health, reflection, metrics and the observing interceptor."""

    def __init__(
        self,
        label: str,
        services: Sequence[GrpcService],
        settings: ServiceSettings,
        metrics: RpcMetrics | None = None,
    ) -> None:
        self.label = label
        self.settings = settings
        self.metrics = metrics or RpcMetrics()
        self.health = health.aio.HealthServicer()
        self._services = services
        limit = settings.max_message_mb * 1024 * 1024
        self._server = grpc.aio.server(
            interceptors=[ObservingInterceptor(label, self.metrics)],
            options=[("grpc.max_receive_message_length", limit), ("grpc.max_send_message_length", limit)],
        )
        self.port = 0
        self.metrics_port = 0

    async def start(self) -> int:
        """Bind, mount every service, mark them SERVING; returns the bound gRPC port."""
        for service in self._services:
            service.register(self._server)
        health_pb2_grpc.add_HealthServicer_to_server(self.health, self._server)
        names = [s.full_name for s in self._services]
        reflection.enable_server_reflection(
            [*names, health.SERVICE_NAME, reflection.SERVICE_NAME], self._server
        )
        self.port = self._server.add_insecure_port(f"{self.settings.host}:{self.settings.grpc_port}")
        if self.port == 0:
            raise OSError(f"cannot bind gRPC port {self.settings.host}:{self.settings.grpc_port}")
        await self._server.start()
        if self.settings.metrics_port:
            self.metrics_port = serve_metrics(
                self.metrics.registry, self.settings.host, self.settings.metrics_port
            )
        for name in ["", *names]:
            await self.health.set(name, health_pb2.HealthCheckResponse.SERVING)
        log.info("grpc server started", extra={"port": self.port, "metrics_port": self.metrics_port})
        return self.port

    async def stop(self, grace_s: float | None = None) -> None:
        """Drain: report NOT_SERVING, refuse new RPCs, give in-flight ones `grace_s` seconds."""
        await self.health.enter_graceful_shutdown()
        await self._server.stop(self.settings.drain_grace_s if grace_s is None else grace_s)
        log.info("grpc server stopped")

    async def wait(self) -> None:
        """Block until the server terminates."""
        await self._server.wait_for_termination()


async def serve_until_signalled(
    server: GrpcServer, on_stop: Callable[[], Awaitable[None]] | None = None
) -> None:
    """Run `server` until SIGTERM or SIGINT, then drain it and run `on_stop` (e.g. release the model)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    log.info("signal received: draining")
    await server.stop()
    if on_stop is not None:
        await on_stop()
