"""A promotion on one policy replica reaches the others, and survives a restart, through the state file."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from services.policy.app import start_policy
from services.policy.client import PolicyClient
from services.policy.settings import PolicySettings


def settings(model: Path, state: Path) -> PolicySettings:
    return PolicySettings(
        grpc_port=0,
        metrics_port=0,
        model_path=model,
        max_new_tokens_default=4,
        adapters_state_file=state,
        adapter_sync_interval_s=0.05,
    )


async def _active(client: PolicyClient) -> str:
    return next((a.name for a in await client.list_adapters() if a.active), "")


async def test_promotion_on_one_replica_reaches_the_other_and_a_restarted_one(
    tiny_model_dir: Path, tiny_adapter_dirs: tuple[Path, Path], tmp_path: Path
) -> None:
    state = tmp_path / "adapters" / "state.json"
    first = await start_policy(settings(tiny_model_dir, state))
    second = await start_policy(settings(tiny_model_dir, state))
    a = PolicyClient(f"127.0.0.1:{first.server.port}")
    b = PolicyClient(f"127.0.0.1:{second.server.port}")
    try:
        await a.load_adapter("medethics-dpo@v1", str(tiny_adapter_dirs[0]))
        await a.activate_adapter("medethics-dpo@v1")
        assert json.loads(state.read_text())["active"] == "medethics-dpo@v1"
        for _ in range(100):
            if await _active(b) == "medethics-dpo@v1":
                break
            await asyncio.sleep(0.05)
        assert await _active(b) == "medethics-dpo@v1", "the other replica converged on the file"

        await first.stop(0)
        restarted = await start_policy(settings(tiny_model_dir, state))
        c = PolicyClient(f"127.0.0.1:{restarted.server.port}")
        assert await _active(c) == "medethics-dpo@v1", "a restarted replica serves the promoted adapter"
        await c.activate_adapter("")
        for _ in range(100):
            if await _active(b) == "":
                break
            await asyncio.sleep(0.05)
        assert await _active(b) == "", "going back to the base model reaches every replica too"
        await c.close()
        await restarted.stop(0)
    finally:
        await a.close()
        await b.close()
        await second.stop(0)
