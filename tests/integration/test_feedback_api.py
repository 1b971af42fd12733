"""Chats through a real guardian leave feedback events; trainers pull them with GET /v1/feedback."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
import pytest_asyncio

from services.guardian.app import Overrides
from services.policy.app import PolicyApp
from tests.integration.conftest import RunningGuardian, guardian_settings, start_guardian
from tests.support.fakes import KeywordScreen, ScriptedPolicy, hashing_toolkit

KEYS = {"k-h1": "hospital-1", "k-h2": "hospital-2", "k-trainer": "trainers"}
BAD = "试试祖传偏方，喝三天就好。"
GOOD = "咳嗽两周需要到呼吸科就诊，查明原因后再用药。"


@pytest_asyncio.fixture
async def guardian(
    scripted: tuple[ScriptedPolicy, PolicyApp], tmp_path: Path
) -> AsyncIterator[tuple[RunningGuardian, ScriptedPolicy]]:
    backend, app = scripted
    backend.queue.clear()
    backend.reply, backend.fail_with, backend.delay_s = GOOD, None, 0.0
    settings = guardian_settings(
        app.server.port,
        api_keys=KEYS,
        feedback_reader_tenants=["trainers"],
        feedback_flush_interval_s=0.01,
    )
    overrides = Overrides(
        screen=KeywordScreen(unsafe=("偏方",)), principles=hashing_toolkit(tmp_path / "cache")
    )
    running = await start_guardian(settings, overrides)
    yield running, backend
    await running.stop()


def auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


async def _chat(client: httpx.AsyncClient, key: str, text: str, *, stream: bool = False) -> None:
    body = {"messages": [{"role": "user", "content": text}], "stream": stream}
    r = await client.post("/chat", json=body, headers=auth(key))
    assert r.status_code == 200, r.text


async def _pull(client: httpx.AsyncClient, key: str, **params: object) -> httpx.Response:
    for _ in range(100):  # events are written off the request path: wait for the writer
        r = await client.get("/v1/feedback", params=params, headers=auth(key))
        if r.status_code != 200 or r.json()["events"]:
            return r
        await _sleep()
    return r


async def _sleep() -> None:
    import asyncio

    await asyncio.sleep(0.05)


async def test_revised_chat_is_logged_redacted_and_pulled_by_cursor(
    guardian: tuple[RunningGuardian, ScriptedPolicy],
) -> None:
    running, backend = guardian
    backend.queue.extend([BAD, "草稿推荐了偏方。", GOOD])
    async with httpx.AsyncClient(base_url=running.url, timeout=30) as client:
        await _chat(client, "k-h1", "我叫王建国，手机13912345678，咳嗽两周了怎么办？")
        r = await _pull(client, "k-trainer", outcome="revised")
        assert r.status_code == 200, r.text
        page = r.json()
        assert page["schema"] == "medguard.feedback.v1"
        (event,) = page["events"]
        assert event["tenant"] == "hospital-1" and event["outcome"] == "revised"
        assert event["draft"] == BAD and event["final"] == GOOD
        assert event["rounds"][0]["verdict"]["severity"] == "unsafe" and event["rounds"][1]["critique"]
        assert "王建国" not in str(event) and "13912345678" not in str(event)
        assert event["redactions"] == {"phone": 1, "name": 1}

        await _chat(client, "k-h2", "最近睡眠不好怎么调理？", stream=True)
        nxt = await _pull(client, "k-trainer", cursor=page["next_cursor"])
        (streamed,) = nxt.json()["events"]
        assert streamed["tenant"] == "hospital-2" and streamed["streamed"] and streamed["outcome"] == "passed"
        empty = await client.get(
            "/v1/feedback", params={"cursor": nxt.json()["next_cursor"]}, headers=auth("k-trainer")
        )
        assert empty.json()["events"] == [] and empty.json()["next_cursor"] == nxt.json()["next_cursor"]


async def test_a_hospital_key_reads_only_its_own_tenant(
    guardian: tuple[RunningGuardian, ScriptedPolicy],
) -> None:
    running, _ = guardian
    async with httpx.AsyncClient(base_url=running.url, timeout=30) as client:
        await _chat(client, "k-h1", "高血压要注意什么？")
        await _chat(client, "k-h2", "糖尿病饮食要注意什么？")
        own = await _pull(client, "k-h2")
        assert {e["tenant"] for e in own.json()["events"]} == {"hospital-2"}
        other = await client.get("/v1/feedback", params={"tenant": "hospital-1"}, headers=auth("k-h2"))
        assert other.status_code == 403 and "hospital-2" in other.text
        anonymous = await client.get("/v1/feedback")
        assert anonymous.status_code == 401


@pytest.mark.parametrize(
    ("params", "field"),
    [({"cursor": "garbage"}, "cursor"), ({"limit": 0}, "limit"), ({"verdict": "bad"}, "verdict")],
)
async def test_bad_pull_parameters_get_a_clear_4xx(
    guardian: tuple[RunningGuardian, ScriptedPolicy], params: dict[str, object], field: str
) -> None:
    running, _ = guardian
    async with httpx.AsyncClient(base_url=running.url, timeout=30) as client:
        r = await client.get("/v1/feedback", params=params, headers=auth("k-trainer"))
    assert r.status_code == 422 and field in r.text
