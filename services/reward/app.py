"""Composition root of the reward service: settings -> model + scheme -> core -> gRPC server."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from services.common.grpc_server import GrpcServer
from services.common.metrics import RpcMetrics
from services.reward.core import RewardCore, RewardLimits, RewardMetrics
from services.reward.scorer import RawScorer, RewardScorer
from services.reward.scoring import ScoringScheme
from services.reward.server import RewardServicer, reward_service
from services.reward.settings import RewardSettings


def default_model_dir() -> Path:
    """The packaged reward artifact (LoRA + head, trained by `medguard reward train`)."""
    return Path(__file__).resolve().parent / "data" / "model"


def load_scorer(settings: RewardSettings) -> RewardScorer:
    """The model named by settings with its scoring scheme (blocking: loads weights)."""
    from services.common.modelstore import locate_encoder
    from services.reward.model import RewardModel

    model = RewardModel.load(
        settings.model_dir or default_model_dir(),
        settings.encoder_dir or locate_encoder(),
        precision=settings.precision,
        device=settings.device,
        threads=settings.threads,
    )
    return RewardScorer(model, ScoringScheme.load(settings.scoring_path))


@dataclass
class RewardApp:
    """A running reward service."""

    core: RewardCore
    server: GrpcServer

    async def stop(self, grace_s: float | None = None) -> None:
        """Drain the server, then stop the scoring thread."""
        await self.server.stop(grace_s)
        self.core.close()


async def start_reward(settings: RewardSettings, model: RawScorer | None = None) -> RewardApp:
    """Load the model (or use `model`) and start serving; returns once the server accepts calls."""
    import asyncio

    scorer = (
        RewardScorer(model, ScoringScheme.load(settings.scoring_path))
        if model is not None
        else await asyncio.to_thread(load_scorer, settings)
    )
    metrics = RpcMetrics()
    core = RewardCore(
        scorer,
        RewardLimits(settings.max_items, settings.max_criteria, settings.max_chars),
        RewardMetrics(metrics.registry),
        batch_max_items=settings.batch_max_items,
        batch_max_wait_s=settings.batch_max_wait_ms / 1000,
    )
    server = GrpcServer("reward", [reward_service(RewardServicer(core))], settings, metrics)
    await server.start()
    return RewardApp(core=core, server=server)
