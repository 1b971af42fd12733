"""Composition root of the guardian: the FastAPI app (lifespan owns clients and the gRPC server)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

import grpc
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from grpc_health.v1 import health_pb2, health_pb2_grpc
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest

from services.common.compute import ComputeThread
from services.common.grpc_server import GrpcServer
from services.common.metrics import RpcMetrics
from services.guardian.api import chat, feedback_api, openai_compat
from services.guardian.api.errors import install_error_handlers
from services.guardian.api.middleware import GuardianMiddleware
from services.guardian.api.runtime import HttpMetrics, Runtime, runtime_of
from services.guardian.evaluator.factory import load_screen, principles_from_settings
from services.guardian.evaluator.screen import Screen
from services.guardian.feedback.log import FeedbackLog, FeedbackMetrics
from services.guardian.feedback.spool import Spool
from services.guardian.feedback.store import FeedbackStore
from services.guardian.orchestrator import ChatOrchestrator, PolicyPort
from services.guardian.principles.toolkit import PrincipleToolkit
from services.guardian.revision import Reviser
from services.guardian.reward_gate import RewardGate, RewardPort
from services.guardian.server import GuardianServicer, guardian_service
from services.guardian.settings import GuardianSettings
from services.policy.client import PolicyClient
from services.reward.client import RewardClient

log = logging.getLogger(__name__)


@dataclass
class Overrides:
    """Dependencies a test (or an embedding program) supplies instead of the defaults."""

    policy: PolicyPort | None = None
    screen: Screen | None = None
    principles: PrincipleToolkit | None = None
    reward: RewardPort | None = None
    feedback: FeedbackLog | None = None
    serve_grpc: bool = True


def create_app(settings: GuardianSettings | None = None, overrides: Overrides | None = None) -> FastAPI:
    """The guardian's ASGI app. Settings are read here, once, and passed down."""
    settings = settings or GuardianSettings()
    overrides = overrides or Overrides()
    rpc_metrics = RpcMetrics()
    http_metrics = HttpMetrics(rpc_metrics.registry)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with _running(app, settings, overrides, rpc_metrics, http_metrics):
            yield

    app = FastAPI(
        title="MedGuard",
        version="0.1.0",
        lifespan=lifespan,
        description="Medical-ethics guardian in front of a chat model.",
    )
    app.add_middleware(GuardianMiddleware, max_body_bytes=settings.max_request_bytes, metrics=http_metrics)
    install_error_handlers(app)
    app.include_router(chat.router)
    app.include_router(openai_compat.router)
    app.include_router(feedback_api.router)
    _add_ops_routes(app)
    return app


@asynccontextmanager
async def _running(
    app: FastAPI,
    settings: GuardianSettings,
    overrides: Overrides,
    rpc_metrics: RpcMetrics,
    http_metrics: HttpMetrics,
) -> AsyncIterator[None]:
    # Every model of this process runs its torch work on this one thread (services/common/compute.py).
    compute = ComputeThread(settings.screen_threads, name="guardian-torch")
    screen: Screen = (
        overrides.screen
        if overrides.screen is not None
        else await asyncio.to_thread(load_screen, settings, compute)
    )
    http_metrics.describe(screen, settings)
    own_policy = overrides.policy is None
    policy: PolicyPort = overrides.policy or PolicyClient(
        settings.policy_addr, timeout_s=settings.policy_timeout_s, max_attempts=settings.policy_retries
    )
    toolkit = overrides.principles
    if toolkit is None and settings.principles_enabled:
        toolkit = await asyncio.to_thread(principles_from_settings, settings, compute)
    reward = overrides.reward
    if reward is None and settings.reward_addr:
        reward = RewardClient(settings.reward_addr, timeout_s=settings.reward_timeout_s)
    reviser = None
    if toolkit is not None:
        gate = (
            RewardGate(reward, settings.replace_output_at, settings.reward_gate_threshold)
            if reward is not None
            else None
        )
        reviser = Reviser(
            policy,
            screen,
            toolkit,
            max_rounds=settings.revision_max_rounds,
            fail_at=settings.replace_output_at,
            critique_tokens=settings.revision_critique_tokens,
            reward=gate,
        )
    feedback = overrides.feedback
    if feedback is None and settings.feedback_enabled:
        feedback = feedback_log(settings, rpc_metrics.registry)
    if feedback is not None:
        await feedback.start()
    orchestrator = ChatOrchestrator(
        policy,
        screen,
        block_input_at=settings.block_input_at,
        replace_output_at=settings.replace_output_at,
        reviser=reviser,
        feedback=feedback,
    )
    app.state.runtime = Runtime(settings, orchestrator, http_metrics, rpc_metrics.registry, feedback)
    servicer = GuardianServicer(screen, max_items=256, max_chars=settings.max_input_chars, principles=toolkit)
    grpc_server = GrpcServer("guardian", [guardian_service(servicer)], settings, rpc_metrics)
    if overrides.serve_grpc:
        app.state.grpc_port = await grpc_server.start()
    app.state.runtime.ready = True
    try:
        yield
    finally:
        app.state.runtime.ready = False
        if overrides.serve_grpc:
            await grpc_server.stop()
        if feedback is not None:
            await feedback.close()  # after the servers: every turn they finished is logged
        if own_policy and isinstance(policy, PolicyClient):
            await policy.close()
        if isinstance(reward, RewardClient) and overrides.reward is None:
            await reward.close()
        if overrides.screen is None:
            close = getattr(screen, "close", None)
            if close is not None:
                await asyncio.to_thread(close)
        await asyncio.to_thread(compute.close)


def feedback_log(settings: GuardianSettings, registry: CollectorRegistry) -> FeedbackLog:
    """The feedback log on the configured store (opened lazily by its writer: a store that is down
    at start only delays writes to disk, it does not stop the guardian)."""
    url = settings.feedback_url()
    return FeedbackLog(
        lambda: FeedbackStore.open(url),
        Spool(settings.feedback_spool()),
        FeedbackMetrics(registry),
        max_queue=settings.feedback_queue_size,
        batch_size=settings.feedback_batch_size,
        flush_interval_s=settings.feedback_flush_interval_s,
        retry_interval_s=settings.feedback_retry_interval_s,
    )


def _add_ops_routes(app: FastAPI) -> None:
    @app.get("/healthz", summary="Liveness")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", summary="Readiness: evaluator loaded and policy serving")
    async def readyz(request: Request) -> JSONResponse:
        rt = runtime_of(request)
        policy_ok = await policy_serving(rt.settings.policy_addr) if rt.ready else False
        status = 200 if rt.ready and policy_ok else 503
        body = {
            "status": "ready" if status == 200 else "not ready",
            "evaluator": rt.ready,
            "policy": policy_ok,
        }
        headers = None if status == 200 else {"Retry-After": str(rt.settings.retry_after_s)}
        return JSONResponse(body, status_code=status, headers=headers)

    @app.get("/metrics", summary="Prometheus metrics")
    async def metrics(request: Request) -> Response:
        return Response(generate_latest(runtime_of(request).registry), media_type=CONTENT_TYPE_LATEST)


async def policy_serving(target: str, timeout_s: float = 2.0) -> bool:
    """True when the policy answers grpc.health.v1 with SERVING."""
    try:
        async with grpc.aio.insecure_channel(target) as channel:
            stub = health_pb2_grpc.HealthStub(channel)
            reply = await stub.Check(health_pb2.HealthCheckRequest(service=""), timeout=timeout_s)
            return bool(reply.status == health_pb2.HealthCheckResponse.SERVING)
    except (TimeoutError, grpc.aio.AioRpcError):
        return False
