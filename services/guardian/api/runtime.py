"""What the HTTP routes share: settings, the orchestrator, metrics; and request -> ChatTurn validation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from fastapi import Request
from prometheus_client import CollectorRegistry, Counter, Histogram, Info

from services.common.errors import InvalidArgumentError, PayloadTooLargeError, UnauthenticatedError
from services.common.inference import bf16_unit
from services.common.metrics import LATENCY_BUCKETS
from services.common.types import ChatMessage
from services.guardian.api.protocol import Message, SamplingFields
from services.guardian.evaluator.screen import LayeredScreen, Screen
from services.guardian.feedback.log import FeedbackLog
from services.guardian.orchestrator import ChatOrchestrator, ChatReply, ChatTurn
from services.guardian.settings import GuardianSettings
from services.policy.types import SamplingParams


class HttpMetrics:
    """HTTP request counts and latency, and what the screens decided."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.requests = Counter(
            "medguard_http_requests", "HTTP requests", ["route", "status"], registry=registry
        )
        self.latency = Histogram(
            "medguard_http_latency_seconds",
            "HTTP handling time",
            ["route"],
            buckets=LATENCY_BUCKETS,
            registry=registry,
        )
        self.verdicts = Counter(
            "medguard_verdicts", "screen verdicts on chat turns", ["stage", "severity"], registry=registry
        )
        self.interventions = Counter(
            "medguard_interventions", "replies not passed through as drafted", ["kind"], registry=registry
        )
        self.evaluator = Info(
            "medguard_guardian_evaluator",
            "what this process judges with: versions, arithmetic, flag thresholds in force",
            registry=registry,
        )

    def describe(self, screen: Screen, settings: GuardianSettings) -> None:
        """Publish the screen's versions and, with a classifier, its precision and thresholds in force."""
        labels = {"version": screen.version, "classifier": "none"}
        if isinstance(screen, LayeredScreen):
            config = screen.classifier_config
            labels |= {
                "classifier": config.version,
                "data_sha256": config.data_sha256[:16],
                "precision": screen.classifier_precision,
                "bf16_unit": bf16_unit(),
                "flag_threshold": str(config.thresholds.flag_for(pair=False)),
                "flag_pair_threshold": str(config.thresholds.flag_for(pair=True)),
                "thresholds_from": "settings" if settings.classifier_threshold_overrides() else "artifact",
            }
        self.evaluator.info(labels)

    def record(self, reply: ChatReply) -> None:
        """Count the verdicts and interventions of one reply."""
        self.verdicts.labels("input", reply.input_verdict.severity.value).inc()
        if not reply.blocked_input:
            self.verdicts.labels("output", reply.verdict.severity.value).inc()
        if reply.blocked_input:
            self.interventions.labels("blocked_input").inc()
        elif reply.revised:
            self.interventions.labels("revised_output").inc()
        elif reply.replaced:
            self.interventions.labels("replaced_output").inc()


@dataclass
class Runtime:
    """Per-app state, stored on app.state.runtime."""

    settings: GuardianSettings
    orchestrator: ChatOrchestrator
    metrics: HttpMetrics
    registry: CollectorRegistry
    feedback: FeedbackLog | None = None
    ready: bool = False


def runtime_of(request: Request) -> Runtime:
    """The app's runtime."""
    runtime: Runtime = request.app.state.runtime
    return runtime


def authenticate(request: Request) -> str:
    """The caller's tenant, from `Authorization: Bearer <key>` or `X-API-Key`; open when no keys are set."""
    keys = runtime_of(request).settings.api_keys
    if not keys:
        return "default"
    header = request.headers.get("authorization", "")
    key = header[7:].strip() if header.lower().startswith("bearer ") else request.headers.get("x-api-key", "")
    tenant = keys.get(key)
    if tenant is None:
        raise UnauthenticatedError("missing or unknown API key (Authorization: Bearer <key>)")
    return tenant


def build_turn(
    settings: GuardianSettings,
    messages: Sequence[Message],
    sampling: SamplingFields,
    *,
    max_tokens: int | None,
    tenant: str,
    adapter: str = "",
) -> ChatTurn:
    """Validate a request's conversation and limits; errors name the offending field."""
    if len(messages) > settings.max_messages:
        raise PayloadTooLargeError(f"at most {settings.max_messages} messages are accepted", field="messages")
    total = sum(len(m.content) for m in messages)
    if total > settings.max_input_chars:
        raise PayloadTooLargeError(
            f"{total} characters of message text exceed the limit of {settings.max_input_chars}",
            field="messages",
        )
    last = len(messages) - 1
    if messages[last].role != "user":
        raise InvalidArgumentError("the last message must have role 'user'", field=f"messages[{last}].role")
    if not messages[last].content.strip():
        raise InvalidArgumentError("the user's message is empty", field=f"messages[{last}].content")
    limit = settings.max_new_tokens_limit
    if max_tokens is not None and max_tokens > limit:
        raise InvalidArgumentError(f"must be at most {limit}", field="max_tokens")
    params = SamplingParams(
        max_new_tokens=max_tokens or settings.max_new_tokens_default,
        temperature=sampling.temperature,
        top_p=sampling.top_p,
        stop=sampling.stops(),
        seed=sampling.seed,
    )
    chat = tuple(ChatMessage(role=m.role, content=m.content) for m in messages)
    return ChatTurn(messages=chat, params=params, tenant=tenant, adapter=adapter)
