"""Settings base: each service reads its settings once, at its composition root, from MEDGUARD_<SERVICE>_*."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class ServiceSettings(BaseSettings):
    """Fields every gRPC service has. Subclasses set `model_config` with their own env prefix."""

    model_config = SettingsConfigDict(env_prefix="MEDGUARD_", extra="ignore")

    host: str = Field(default="127.0.0.1", description="interface the gRPC server binds")
    grpc_port: int = Field(default=0, ge=0, le=65535, description="gRPC port (0 = pick a free one)")
    metrics_port: int = Field(
        default=0, ge=0, le=65535, description="Prometheus /metrics HTTP port (0 = off)"
    )
    log_level: str = Field(default="INFO", description="root log level")
    log_json: bool = Field(default=True, description="JSON log lines (one object per line)")
    drain_grace_s: float = Field(default=10.0, ge=0, description="seconds in-flight RPCs get on SIGTERM")
    max_message_mb: int = Field(default=16, ge=1, description="largest gRPC message accepted or sent")


def service_config(service: str) -> SettingsConfigDict:
    """The pydantic-settings config for one service: env prefix MEDGUARD_<SERVICE>_."""
    return SettingsConfigDict(env_prefix=f"MEDGUARD_{service.upper()}_", extra="ignore")
