"""Prometheus metrics. Each service owns a registry; gRPC services serve it on their own HTTP port."""

from __future__ import annotations

from dataclasses import dataclass, field

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, start_http_server

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)


@dataclass
class RpcMetrics:
    """Per-method gRPC server metrics, labelled by service, method and status code."""

    registry: CollectorRegistry = field(default_factory=CollectorRegistry)

    def __post_init__(self) -> None:
        self.requests = Counter(
            "medguard_grpc_requests",
            "gRPC requests handled",
            ["service", "method", "code"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "medguard_grpc_latency_seconds",
            "gRPC handling time",
            ["service", "method"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.in_flight = Gauge(
            "medguard_grpc_in_flight",
            "gRPC requests being handled",
            ["service", "method"],
            registry=self.registry,
        )


def serve_metrics(registry: CollectorRegistry, host: str, port: int) -> int:
    """Serve `registry` at http://host:port/metrics in a daemon thread; returns the bound port."""
    server, _thread = start_http_server(port, addr=host, registry=registry)
    return int(server.server_port)
