"""The whole loop on the tiny model: chats fail and get revised -> feedback -> export -> DPO -> gate ->
the policy serves the new adapter version (seen in /chat); then one GRPO step with the reward service's
functions and the guardian as rewards."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest_asyncio

from services.common.types import DimensionHit, Severity, Verdict
from services.guardian.app import Overrides
from services.guardian.client import GuardianClient
from services.guardian.evaluator.screen import ScreenItem
from services.guardian.feedback.store import FeedbackQuery, FeedbackStore
from services.policy.app import PolicyApp, start_policy
from services.policy.client import PolicyClient
from services.policy.settings import PolicySettings
from services.reward.app import RewardApp, start_reward
from services.reward.settings import RewardSettings
from services.trainer.benchmark import BenchmarkConfig
from services.trainer.config import DpoRunConfig, GrpoRunConfig, LoraSettings, TrainSpec
from services.trainer.gate import GateConfig
from services.trainer.pipeline import PipelineConfig, TrainerPipeline
from services.trainer.training import train
from tests.integration.conftest import RunningGuardian, free_port, guardian_settings, start_guardian
from tests.support.fakes import hashing_toolkit

PROMPTS = [f"第{n}个问题：咳嗽发烧怎么办？" for n in range(6)]


@dataclass
class DraftRejectingScreen:
    """A strict guardian for the chat prompts ("第..."): a conversation's first reply fails and any later
    text for it passes. Other conversations (the benchmark's) are judged safe, so both adapters face
    the same judge there."""

    seen: set[str] = field(default_factory=set)

    def version(self) -> str:
        return "draft-rejecting"

    async def evaluate(self, items: Sequence[ScreenItem]) -> list[Verdict]:
        out = []
        for item in items:
            key = item.conversation[-1].content
            if item.response is None or key in self.seen or not key.startswith("第"):
                out.append(Verdict(evaluator_version="strict"))
                continue
            self.seen.add(key)
            hit = DimensionHit(
                id="dangerous_advice", severity=Severity.UNSAFE, score=0.9, rationale="首稿不合格"
            )
            out.append(Verdict(severity=Severity.UNSAFE, dimensions=[hit], evaluator_version="strict"))
        return out

    def safe_reply(self, verdict: Verdict) -> str:
        return "请到正规医院就诊。"


def sampled(prompt: str) -> dict[str, object]:
    """A chat request sampled at temperature 1 (the random tiny model's greedy text is blank lines)."""
    return {"messages": [{"role": "user", "content": prompt}], "temperature": 1.0, "seed": len(prompt)}


@dataclass
class Loop:
    policy: PolicyApp
    guardian: RunningGuardian
    db_url: str


@pytest_asyncio.fixture
async def loop(tiny_long_model_dir: Path, tmp_path: Path) -> AsyncIterator[Loop]:
    policy = await start_policy(
        PolicySettings(
            grpc_port=0,
            metrics_port=free_port(),
            model_path=tiny_long_model_dir,
            max_new_tokens_default=12,
            max_new_tokens_limit=64,
        )
    )
    db_url = f"sqlite:///{tmp_path / 'feedback.db'}"
    settings = guardian_settings(
        policy.server.port,
        max_new_tokens_default=12,
        revision_critique_tokens=16,
        revision_max_rounds=1,
        feedback_db_url=db_url,
        feedback_flush_interval_s=0.01,
    )
    overrides = Overrides(screen=DraftRejectingScreen(), principles=hashing_toolkit(tmp_path / "cache"))
    guardian = await start_guardian(settings, overrides)
    yield Loop(policy, guardian, db_url)
    await guardian.stop()
    await policy.stop(0)


async def _wait_for_events(db_url: str, n: int) -> FeedbackStore:
    store = FeedbackStore.open(db_url)
    for _ in range(200):
        if store.count() >= n:
            return store
        await asyncio.sleep(0.05)
    raise AssertionError(f"only {store.count()} of {n} events were logged")


async def test_revised_chats_train_a_dpo_adapter_that_the_gate_promotes_and_chat_serves(
    loop: Loop, tiny_long_model_dir: Path, tmp_path: Path
) -> None:
    async with httpx.AsyncClient(base_url=loop.guardian.url, timeout=120) as client:
        for prompt in PROMPTS:
            r = await client.post("/chat", json=sampled(prompt))
            assert r.status_code == 200 and r.json()["revisions"] == 1, r.text
        assert r.json()["adapter"] == ""
    store = await _wait_for_events(loop.db_url, len(PROMPTS))

    prompts_file = tmp_path / "bench.jsonl"
    prompts_file.write_text(
        "\n".join(
            json.dumps({"id": f"b{n}", "prompt": f"头痛第{n}天怎么办？"}, ensure_ascii=False)
            for n in range(3)
        ),
        encoding="utf-8",
    )
    config = PipelineConfig(
        work_dir=tmp_path / "trainer",
        base_model=tiny_long_model_dir,
        min_new_pairs=3,
        device="cpu",
        max_steps=2,
        lora=LoraSettings(r=4, alpha=8),
        dpo=DpoRunConfig(per_device_batch_size=2, max_length=256, learning_rate=1e-3),
        benchmark=BenchmarkConfig(prompts_path=prompts_file, max_new_tokens=8, mcq_limit=0),
        gate=GateConfig(),
    )
    policy = PolicyClient(f"127.0.0.1:{loop.policy.server.port}", timeout_s=120)
    judge = GuardianClient(f"127.0.0.1:{loop.guardian.grpc_port}")
    try:
        pipeline = TrainerPipeline(
            config, store, policy, judge, None, lambda spec: train(spec, progress=False)
        )
        record = await pipeline.run_once()
    finally:
        await judge.close()
    assert record.data["rows"] == len(PROMPTS), "each revised chat gave one (chosen, rejected) pair"
    assert record.train["param_delta"] > 0 and record.train["steps"] == 2
    assert record.status == "promoted", record.decision
    assert record.adapter == "medethics-dpo@v1" and record.decision["promote"]
    saved = json.loads((tmp_path / "trainer" / "runs" / f"{record.run_id}.json").read_text())
    assert (
        saved["data"]["sha256"]
        and saved["config"]["spec"]["kind"] == "dpo"
        and saved["benchmark"]["candidate"]
    )

    async with httpx.AsyncClient(base_url=loop.guardian.url, timeout=120) as client:
        r = await client.post(
            "/chat", json={"messages": [{"role": "user", "content": "新问题：头晕怎么办？"}]}
        )
    assert r.status_code == 200 and r.json()["adapter"] == "medethics-dpo@v1"

    again = await pipeline.run_once()
    assert again.status == "skipped", "no new feedback since the last run"
    rolled = await pipeline.rollback()
    assert rolled.decision == {"rolled_back_from": "medethics-dpo@v1", "now_active": ""}
    await policy.close()
    store.close()


@pytest_asyncio.fixture
async def reward_app() -> AsyncIterator[RewardApp]:
    app = await start_reward(RewardSettings(grpc_port=0, metrics_port=0))
    yield app
    await app.stop(0)


async def test_one_grpo_step_uses_the_reward_services_functions_and_the_guardian(
    loop: Loop, reward_app: RewardApp, tiny_long_model_dir: Path, tmp_path: Path
) -> None:
    async with httpx.AsyncClient(base_url=loop.guardian.url, timeout=120) as client:
        for prompt in PROMPTS[:2]:
            assert (await client.post("/chat", json=sampled(prompt))).status_code == 200
    store = await _wait_for_events(loop.db_url, 2)
    from services.guardian.feedback.export import export

    dataset = tmp_path / "grpo.jsonl"
    manifest = export(store, "grpo", "jsonl", dataset, FeedbackQuery())
    store.close()
    assert manifest.rows == 2
    spec = TrainSpec(
        kind="grpo",
        base_model=str(tiny_long_model_dir),
        dataset=str(dataset),
        output_dir=str(tmp_path / "grpo-adapter"),
        lora=LoraSettings(r=4, alpha=8),
        grpo=GrpoRunConfig(
            num_generations=2,
            per_device_batch_size=2,
            max_completion_length=8,
            max_steps=1,
            reward_names=["aggregate", "safety"],
        ),
        reward_addr=f"127.0.0.1:{reward_app.server.port}",
        guardian_addr=f"127.0.0.1:{loop.guardian.grpc_port}",
        device="cpu",
    )
    # The reward and guardian servers run on this test's event loop: train beside it, not on it.
    result = await asyncio.to_thread(train, spec, progress=False)
    assert result.steps == 1 and result.param_delta > 0
    assert {"rewards/reward_aggregate/mean", "rewards/reward_safety/mean", "rewards/guardian/mean"} <= set(
        result.metrics
    ), sorted(result.metrics)
