"""PolicyCore with a scripted backend: adapter rules and the queue bound."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry

from services.common.errors import InvalidArgumentError, ResourceExhaustedError
from services.common.types import ChatMessage
from services.policy.core import PolicyCore, PolicyMetrics
from services.policy.types import GenerationRequest, SamplingParams
from tests.support.fakes import ScriptedPolicy


def core(backend: ScriptedPolicy, **kw: object) -> PolicyCore:
    return PolicyCore(
        backend,
        PolicyMetrics(CollectorRegistry()),
        max_new_tokens_limit=64,
        max_queue=2,
        **kw,  # type: ignore[arg-type]
    )


async def test_adapters_outside_the_adapters_dir_are_refused(tmp_path: Path) -> None:
    allowed = tmp_path / "adapters"
    (allowed / "v1").mkdir(parents=True)
    c = core(ScriptedPolicy(), adapters_dir=allowed)
    with pytest.raises(InvalidArgumentError, match="only load from under"):
        await c.load_adapter("x@v1", str(tmp_path / "elsewhere"))
    with pytest.raises(InvalidArgumentError, match="only load from under"):
        await c.load_adapter("x@v1", str(allowed / ".." / "elsewhere"))
    loaded = await c.load_adapter("x@v1", str(allowed / "v1"))
    assert loaded.path == str((allowed / "v1").resolve())


@pytest.mark.parametrize("name", ["plain", "x@1", "@v1", "a b@v1", "x@v1.2", "x" * 70 + "@v1"])
async def test_adapter_names_must_be_versioned(name: str, tmp_path: Path) -> None:
    with pytest.raises(InvalidArgumentError, match="medethics-dpo@v3"):
        await core(ScriptedPolicy()).load_adapter(name, str(tmp_path))


async def test_requests_beyond_the_queue_bound_are_resource_exhausted() -> None:
    c = core(ScriptedPolicy(delay_s=0.2))
    req = GenerationRequest(
        messages=(ChatMessage(role="user", content="问"),), params=SamplingParams(max_new_tokens=8)
    )
    results = await asyncio.gather(*(c.generate(req) for _ in range(3)), return_exceptions=True)
    assert sum(isinstance(r, ResourceExhaustedError) for r in results) == 1
    assert c.metrics.queue_depth._value.get() == 0  # drained
