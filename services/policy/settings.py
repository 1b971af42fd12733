"""Settings of the policy service (env prefix MEDGUARD_POLICY_)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr

from services.common.settings import ServiceSettings, service_config


class PolicySettings(ServiceSettings):
    """Which backend serves, where its model is, and the limits every request obeys."""

    model_config = service_config("policy")

    grpc_port: int = Field(default=50051, ge=0, le=65535)
    metrics_port: int = Field(default=9101, ge=0, le=65535)
    backend: Literal["hf", "vllm", "openai"] = Field(default="hf", description="which backend serves")
    model_path: Path | None = Field(
        default=None, description="local model folder (hf, vllm); default: the prepared embedded Gemma"
    )
    model_cache_dir: Path | None = Field(default=None, description="where `medguard models prepare` writes")
    dtype: Literal["auto", "float32", "bfloat16", "float16"] = Field(default="auto")
    device: str = Field(default="auto", description="'auto', 'cpu', 'cuda', 'cuda:1', ...")
    torch_threads: int = Field(default=0, ge=0, description="torch intra-op threads (0 = torch default)")
    max_new_tokens_default: int = Field(default=256, ge=1)
    max_new_tokens_limit: int = Field(default=1024, ge=1)
    max_queue: int = Field(
        default=64, ge=1, description="requests waiting beyond this get RESOURCE_EXHAUSTED"
    )
    adapters_dir: Path | None = Field(default=None, description="only adapters under this folder may load")
    adapters_state_file: Path | None = Field(
        default=None,
        description="JSON file on the shared adapters volume: every replica loads the adapters listed there "
        "and activates the one named, at start and every adapter_sync_interval_s; an adapter RPC rewrites it",
    )
    adapter_sync_interval_s: float = Field(default=10.0, gt=0, description="how often replicas read the file")
    # openai backend
    openai_base_url: str = Field(default="http://127.0.0.1:8000/v1")
    openai_api_key: SecretStr | None = None
    openai_model: str = Field(default="", description="served model id; empty = first from /v1/models")
    openai_timeout_s: float = Field(default=120.0, gt=0)
    # vllm backend
    vllm_gpu_memory_utilization: float = Field(default=0.85, gt=0, le=1)
    vllm_max_model_len: int = Field(default=8192, ge=256)
    vllm_tensor_parallel_size: int = Field(default=1, ge=1)
    vllm_max_loras: int = Field(default=4, ge=1)
    vllm_max_lora_rank: int = Field(default=64, ge=1)
