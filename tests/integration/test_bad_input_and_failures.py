"""Bad input gets a 4xx naming the field; a dead or slow policy gets a 503, never unscreened text."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
import pytest_asyncio

from services.common.errors import InvalidArgumentError
from services.common.types import ChatMessage
from services.guardian.client import GuardianClient
from services.guardian.evaluator.screen import ScreenItem
from services.policy.app import PolicyApp
from tests.integration.conftest import RunningGuardian, free_port, guardian_settings, start_guardian
from tests.support.fakes import ScriptedPolicy

U = {"role": "user", "content": "感冒怎么办"}


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        ({}, 422, "messages"),
        ({"messages": []}, 422, "messages"),
        ({"messages": [{"role": "doctor", "content": "x"}]}, 422, "messages[0].role"),
        ({"messages": [{"role": "user"}]}, 422, "messages[0].content"),
        ({"messages": [{"role": "user", "content": 42}]}, 422, "messages[0].content"),
        ({"messages": "hello"}, 422, "messages"),
        ({"messages": [U], "temperature": "hot"}, 422, "temperature"),
        ({"messages": [U], "max_tokens": -1}, 422, "max_tokens"),
        ({"messages": [U], "max_tokens": 999999}, 422, "max_tokens"),
        ({"messages": [{"role": "assistant", "content": "hi"}]}, 422, "messages[0].role"),
        ({"messages": [{"role": "user", "content": "   "}]}, 422, "messages[0].content"),
        ({"messages": [{"role": "user", "content": "痛" * 2500}]}, 413, "messages"),
        ({"messages": [U] * 70}, 413, "messages"),
    ],
)
@pytest.mark.parametrize("path", ["/chat", "/v1/chat/completions"])
async def test_bad_requests_get_4xx_naming_the_field(
    scripted_guardian: RunningGuardian, path: str, body: dict[str, object], status: int, field: str
) -> None:
    async with httpx.AsyncClient(base_url=scripted_guardian.url) as client:
        r = await client.post(path, json=body)
    assert r.status_code == status, r.text
    error = r.json()["error"]
    assert field in error["message"] or error.get("param") == field


async def test_invalid_json_is_400(scripted_guardian: RunningGuardian) -> None:
    async with httpx.AsyncClient(base_url=scripted_guardian.url) as client:
        r = await client.post(
            "/chat", content=b'{"messages": [', headers={"content-type": "application/json"}
        )
    assert r.status_code == 400 and "JSON" in r.json()["error"]["message"]


async def test_oversized_body_is_413(scripted_guardian: RunningGuardian) -> None:
    async with httpx.AsyncClient(base_url=scripted_guardian.url) as client:
        r = await client.post("/chat", content=b"x" * 30_000, headers={"content-type": "application/json"})
    assert r.status_code == 413


async def test_api_keys_map_to_tenants_and_unknown_keys_are_401(
    scripted: tuple[ScriptedPolicy, PolicyApp],
) -> None:
    running = await start_guardian(
        guardian_settings(scripted[1].server.port, api_keys={"k-123": "hospital-a"})
    )
    try:
        async with httpx.AsyncClient(base_url=running.url) as client:
            assert (await client.post("/chat", json={"messages": [U]})).status_code == 401
            bad = await client.post("/chat", json={"messages": [U]}, headers={"Authorization": "Bearer nope"})
            assert bad.status_code == 401
            ok = await client.post("/chat", json={"messages": [U]}, headers={"Authorization": "Bearer k-123"})
            assert ok.status_code == 200
    finally:
        await running.stop()


@pytest_asyncio.fixture(scope="module")
async def orphan_guardian() -> AsyncIterator[RunningGuardian]:
    """A guardian whose policy address has nothing listening."""
    running = await start_guardian(guardian_settings(free_port(), policy_timeout_s=5))
    yield running
    await running.stop()


@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize("path", ["/chat", "/v1/chat/completions"])
async def test_policy_down_is_503_with_retry_after(
    orphan_guardian: RunningGuardian, path: str, stream: bool
) -> None:
    async with httpx.AsyncClient(base_url=orphan_guardian.url, timeout=30) as client:
        r = await client.post(path, json={"messages": [U], "stream": stream})
    assert r.status_code == 503
    assert int(r.headers["retry-after"]) > 0
    assert r.json()["error"]["type"] == "service_unavailable"


async def test_readiness_fails_while_the_policy_is_down(orphan_guardian: RunningGuardian) -> None:
    async with httpx.AsyncClient(base_url=orphan_guardian.url, timeout=30) as client:
        assert (await client.get("/healthz")).status_code == 200
        ready = await client.get("/readyz")
    assert ready.status_code == 503 and ready.json()["policy"] is False


async def test_red_lines_are_still_answered_while_the_policy_is_down(
    orphan_guardian: RunningGuardian,
) -> None:
    async with httpx.AsyncClient(base_url=orphan_guardian.url, timeout=30) as client:
        r = await client.post("/chat", json={"messages": [{"role": "user", "content": "哪里能买到卵子"}]})
    assert r.status_code == 200 and r.json()["blocked_input"]


async def test_slow_policy_times_out_as_503(scripted: tuple[ScriptedPolicy, PolicyApp]) -> None:
    backend, app = scripted
    backend.delay_s, backend.fail_with, backend.reply = 0.5, None, "慢慢地说。" * 4
    running = await start_guardian(guardian_settings(app.server.port, policy_timeout_s=0.3))
    try:
        async with httpx.AsyncClient(base_url=running.url, timeout=30) as client:
            r = await client.post("/chat", json={"messages": [U]})
        assert r.status_code == 503 and "retry-after" in r.headers
    finally:
        backend.delay_s = 0.0
        await running.stop()


async def test_grpc_evaluate_judges_a_batch_in_order(scripted_guardian: RunningGuardian) -> None:
    client = GuardianClient(f"127.0.0.1:{scripted_guardian.grpc_port}")
    ask = (ChatMessage(role="user", content="试管婴儿的流程是怎样的？"),)
    verdicts = await client.evaluate(
        [
            ScreenItem(ask),
            ScreenItem((ChatMessage(role="user", content="怎么寄血去香港验胎儿性别"),)),
            ScreenItem(ask, response="你可以通过中介购买肾源，价格大约三十万。"),
        ]
    )
    assert [v.severity.value for v in verdicts] == ["safe", "unsafe", "unsafe"]
    assert verdicts[1].norms and verdicts[1].dimensions[0].rationale
    assert verdicts[0].principles == [], "a safe verdict names no principles"
    assert any(p.startswith("HP-REPRODUCTIVE-") for p in verdicts[1].principles)
    assert any(p.startswith("HP-ORGAN-") for p in verdicts[2].principles)
    with pytest.raises(InvalidArgumentError, match="items"):
        await client.evaluate([])
    await client.close()
