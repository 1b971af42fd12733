"""Composition root of the policy service: settings -> backend -> core -> gRPC server."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from pathlib import Path

from services.common.grpc_server import GrpcServer
from services.common.metrics import RpcMetrics
from services.policy.adapter_sync import AdapterSync
from services.policy.backends.base import PolicyBackend
from services.policy.core import PolicyCore, PolicyMetrics
from services.policy.server import PolicyServicer, policy_service
from services.policy.settings import PolicySettings

log = logging.getLogger(__name__)

EMBEDDED_MODEL_DIR = "gemma-3-270m"


def resolve_model_path(settings: PolicySettings) -> Path:
    """The configured model folder, or the embedded Gemma prepared by `medguard models prepare`."""
    if settings.model_path is not None:
        return settings.model_path
    from services.common.modelstore import default_cache_dir

    return (settings.model_cache_dir or default_cache_dir()) / EMBEDDED_MODEL_DIR


def build_backend(settings: PolicySettings) -> PolicyBackend:
    """The backend named by settings; heavy libraries are imported by the backend itself, lazily."""
    if settings.backend == "openai":
        from services.policy.backends.openai_backend import OpenAIBackend, OpenAIBackendConfig

        return OpenAIBackend(
            OpenAIBackendConfig(
                base_url=settings.openai_base_url,
                api_key=settings.openai_api_key,
                model=settings.openai_model,
                timeout_s=settings.openai_timeout_s,
            )
        )
    if settings.backend == "vllm":
        from services.policy.backends.vllm_backend import VLLMBackend, VLLMBackendConfig

        return VLLMBackend(
            VLLMBackendConfig(
                model_path=resolve_model_path(settings),
                dtype=settings.dtype,
                gpu_memory_utilization=settings.vllm_gpu_memory_utilization,
                max_model_len=settings.vllm_max_model_len,
                enable_lora=True,
                max_loras=settings.vllm_max_loras,
                max_lora_rank=settings.vllm_max_lora_rank,
                tensor_parallel_size=settings.vllm_tensor_parallel_size,
            )
        )
    from services.policy.backends.hf import HFBackend, HFBackendConfig

    return HFBackend(
        HFBackendConfig(
            model_path=resolve_model_path(settings),
            dtype=settings.dtype,
            device=settings.device,
            torch_threads=settings.torch_threads,
        )
    )


@dataclass
class PolicyApp:
    """A running policy service: its backend, core and gRPC server."""

    backend: PolicyBackend
    core: PolicyCore
    server: GrpcServer
    sync_task: asyncio.Task[None] | None = None

    async def stop(self, grace_s: float | None = None) -> None:
        """Drain the server, then release the model."""
        if self.sync_task is not None:
            self.sync_task.cancel()
        await self.server.stop(grace_s)
        await self.backend.close()


async def start_policy(settings: PolicySettings, backend: PolicyBackend | None = None) -> PolicyApp:
    """Load the backend and start serving; returns once the server accepts calls."""
    backend = backend or build_backend(settings)
    await backend.start()
    metrics = RpcMetrics()
    core = PolicyCore(
        backend,
        PolicyMetrics(metrics.registry),
        max_new_tokens_limit=settings.max_new_tokens_limit,
        max_queue=settings.max_queue,
        adapters_dir=settings.adapters_dir,
    )
    sync_task = None
    if settings.adapters_state_file is not None:
        sync = AdapterSync(core, settings.adapters_state_file)
        await sync.reconcile()  # serve the promoted adapter from the first request on
        sync_task = asyncio.create_task(sync.run(settings.adapter_sync_interval_s), name="adapter-sync")
    servicer = PolicyServicer(core, settings.max_new_tokens_default)
    server = GrpcServer("policy", [policy_service(servicer)], settings, metrics)
    await server.start()
    return PolicyApp(backend=backend, core=core, server=server, sync_task=sync_task)
