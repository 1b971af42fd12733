"""Settings of the trainer service (env prefix MEDGUARD_TRAINER_)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

from services.common.settings import ServiceSettings, service_config
from services.guardian.feedback import default_store_url


class TrainerSettings(ServiceSettings):
    """Where feedback comes from, what is trained on it, and when; peers by address."""

    model_config = service_config("trainer")

    metrics_port: int = Field(default=9104, ge=0, le=65535)
    feedback_db_url: str = Field(
        default="",
        description="feedback store URL (the guardian's); empty = its SQLite default "
        "(~/.cache/medguard/feedback/feedback.db)",
    )
    policy_addr: str = Field(
        default="127.0.0.1:50051", description="policy service: adapters are promoted there"
    )
    guardian_addr: str = Field(
        default="127.0.0.1:50052", description="guardian gRPC: benchmark and GRPO reward"
    )
    reward_addr: str = Field(default="", description="reward service; empty = no reward in benchmark or GRPO")
    base_model: Path | None = Field(
        default=None, description="the policy's base model folder; default: the embedded Gemma in the cache"
    )
    work_dir: Path = Field(
        default=Path.home() / ".cache" / "medguard" / "trainer",
        description="adapters/, runs/ and data/ of every run; the policy must read adapters/ (shared volume)",
    )
    method: Literal["dpo", "grpo"] = Field(default="dpo", description="what a scheduled run trains")
    adapter_prefix: str = Field(default="medethics", description="versioned names: <prefix>-<method>@v<N>")
    min_new_pairs: int = Field(default=50, ge=1, description="train once this many new rows have arrived")
    check_interval_s: float = Field(
        default=600.0, gt=0, description="how often the service looks for new data"
    )
    schedule_interval_s: float = Field(
        default=7 * 24 * 3600.0, gt=0, description="train at least this often when any new row exists"
    )
    launcher: Literal["inprocess", "accelerate"] = Field(
        default="accelerate",
        description="accelerate: `accelerate launch` (DeepSpeed/multi-GPU by its config)",
    )
    accelerate_config: Path | None = Field(
        default=None, description="accelerate config file (e.g. DeepSpeed)"
    )
    num_processes: int = Field(default=1, ge=1, description="processes accelerate starts (one per GPU)")
    device: Literal["cpu", "cuda", "auto"] = Field(default="auto")
    max_steps: int = Field(default=-1, description="cap on optimizer steps per run (-1 = the epochs)")
    benchmark_max_new_tokens: int = Field(default=128, ge=8, le=2048)
    mcq_dir: Path | None = Field(default=None, description="folder of the external MCQ sets; none = skip")
    mcq_limit: int = Field(default=50, ge=0, description="questions per MCQ set in the gate")
    pass_rate_tolerance: float = Field(
        default=0.0, ge=0, le=1, description="allowed drop of guardian pass rate"
    )
    reward_tolerance: float = Field(default=0.01, ge=0, le=1, description="allowed drop of mean reward")
    mcq_tolerance: float = Field(default=0.02, ge=0, le=1, description="allowed drop of MCQ accuracy")
    rpc_timeout_s: float = Field(default=300.0, gt=0, description="deadline of one call to a peer")

    def feedback_url(self) -> str:
        """The feedback store URL (the guardian's SQLite default when none is set)."""
        if self.feedback_db_url:
            return self.feedback_db_url
        return default_store_url()
