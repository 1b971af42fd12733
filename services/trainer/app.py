"""Composition root of the trainer: settings -> store, peers, training function -> pipeline; the
service loop that runs it on a schedule or when enough new rows have arrived; its metrics."""

from __future__ import annotations

import asyncio
import logging
import signal
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from datetime import datetime
from pathlib import Path

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from services.common.metrics import serve_metrics
from services.guardian.client import GuardianClient
from services.guardian.feedback.store import FeedbackStore
from services.policy.client import PolicyClient
from services.reward.client import RewardClient
from services.trainer.benchmark import BenchmarkConfig
from services.trainer.config import TrainResult, TrainSpec
from services.trainer.gate import GateConfig
from services.trainer.pipeline import PipelineConfig, TrainerPipeline, TrainFn
from services.trainer.runs import RunRecord
from services.trainer.settings import TrainerSettings

__all__ = ["TrainerMetrics", "open_pipeline", "serve", "train_function"]

log = logging.getLogger(__name__)
RUN_BUCKETS = (10, 30, 60, 120, 300, 600, 1800, 3600, 7200, 14400, 43200)


class TrainerMetrics:
    """Runs by outcome, their duration, the backlog, and the adapter promoted last."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.runs = Counter(
            "medguard_trainer_runs", "trainer runs by kind and status", ["kind", "status"], registry=registry
        )
        self.duration = Histogram(
            "medguard_trainer_run_seconds",
            "wall time of a run that trained",
            buckets=RUN_BUCKETS,
            registry=registry,
        )
        self.pending = Gauge(
            "medguard_trainer_pending_rows", "feedback rows waiting for the next run", registry=registry
        )
        self.last_run = Gauge(
            "medguard_trainer_last_run_timestamp", "unix time of the last run", registry=registry
        )
        self.promoted = Gauge(
            "medguard_trainer_promoted_version",
            "version number of the adapter promoted last",
            registry=registry,
        )

    def record(self, run: RunRecord, seconds: float) -> None:
        """Count one run."""
        self.runs.labels(run.kind, run.status).inc()
        if run.status != "skipped":
            self.duration.observe(seconds)
            self.last_run.set(time.time())
        if run.status == "promoted" and "@v" in run.adapter:
            self.promoted.set(int(run.adapter.rsplit("@v", 1)[1]))


def train_function(settings: TrainerSettings, *, progress: bool = True) -> TrainFn:
    """In this process, or under `accelerate launch` (DeepSpeed / several GPUs by its config)."""
    if settings.launcher == "inprocess":
        from services.trainer.training import train

        return lambda spec: train(spec, progress=progress)

    def launched(spec: TrainSpec) -> TrainResult:
        from services.trainer.launch import run_launched

        return run_launched(
            spec,
            accelerate_config=settings.accelerate_config,
            num_processes=settings.num_processes,
            cpu=settings.device == "cpu",
            echo=progress,
        )

    return launched


def pipeline_config(settings: TrainerSettings, base_model: Path) -> PipelineConfig:
    """The pipeline's settings from the service's."""
    return PipelineConfig(
        work_dir=settings.work_dir,
        base_model=base_model,
        method=settings.method,
        adapter_prefix=settings.adapter_prefix,
        min_new_pairs=settings.min_new_pairs,
        device=settings.device,
        max_steps=settings.max_steps,
        reward_addr=settings.reward_addr,
        guardian_addr=settings.guardian_addr,
        benchmark=BenchmarkConfig(
            max_new_tokens=settings.benchmark_max_new_tokens,
            mcq_dir=settings.mcq_dir,
            mcq_limit=settings.mcq_limit,
        ),
        gate=GateConfig(
            pass_rate_tolerance=settings.pass_rate_tolerance,
            reward_tolerance=settings.reward_tolerance,
            mcq_tolerance=settings.mcq_tolerance,
        ),
    )


@asynccontextmanager
async def open_pipeline(
    settings: TrainerSettings, *, progress: bool = True
) -> AsyncIterator[TrainerPipeline]:
    """The pipeline on live peers; closes the store and the channels on exit."""
    base_model = settings.base_model
    if base_model is None:
        base_model = await asyncio.to_thread(_embedded_policy_model)
    store = await asyncio.to_thread(FeedbackStore.open, settings.feedback_url())
    policy = PolicyClient(settings.policy_addr, timeout_s=settings.rpc_timeout_s)
    judge = GuardianClient(settings.guardian_addr, timeout_s=settings.rpc_timeout_s)
    scorer = (
        RewardClient(settings.reward_addr, timeout_s=settings.rpc_timeout_s) if settings.reward_addr else None
    )
    try:
        yield TrainerPipeline(
            pipeline_config(settings, base_model),
            store,
            policy,
            judge,
            scorer,
            train_function(settings, progress=progress),
        )
    finally:
        await policy.close()
        await judge.close()
        if scorer is not None:
            await scorer.close()
        store.close()


def _embedded_policy_model() -> Path:
    from services.common.modelstore import default_cache_dir, prepare_policy_model

    return prepare_policy_model(default_cache_dir()).path


async def serve(settings: TrainerSettings) -> None:
    """Check for new feedback every `check_interval_s`; train when enough rows arrived, or when the
    schedule is due and any did. Runs until SIGTERM or SIGINT (a run in progress finishes first)."""
    registry = CollectorRegistry()
    metrics = TrainerMetrics(registry)
    if settings.metrics_port:
        serve_metrics(registry, settings.host, settings.metrics_port)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with open_pipeline(settings) as pipeline:
        while not stop.is_set():
            await _tick(pipeline, settings, metrics)
            with suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=settings.check_interval_s)


async def _tick(pipeline: TrainerPipeline, settings: TrainerSettings, metrics: TrainerMetrics) -> None:
    pending = await asyncio.to_thread(pipeline.pending_rows)
    metrics.pending.set(pending)
    last = pipeline.book.state().last_run_at
    overdue = (
        not last or time.time() - datetime.fromisoformat(last).timestamp() >= settings.schedule_interval_s
    )
    if pending < settings.min_new_pairs and not (overdue and pending > 0):
        return
    started = time.perf_counter()
    try:
        run = await pipeline.run_once(force=overdue)
    except Exception:
        metrics.runs.labels(settings.method, "failed").inc()
        return  # recorded in runs/ and logged; the next tick tries again with the data still pending
    metrics.record(run, time.perf_counter() - started)
