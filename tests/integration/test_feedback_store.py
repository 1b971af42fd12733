"""The feedback store on SQLite and on the real PostgreSQL; the writer's spool; the export."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry

from services.common.errors import InvalidArgumentError
from services.common.types import ChatMessage, Severity
from services.guardian.feedback.event import Outcome
from services.guardian.feedback.export import export
from services.guardian.feedback.log import FeedbackLog, FeedbackMetrics
from services.guardian.feedback.migrations import schema_version
from services.guardian.feedback.spool import Spool
from services.guardian.feedback.store import FeedbackQuery, FeedbackStore, decode_cursor, encode_cursor
from services.guardian.orchestrator import ChatReply, ChatTurn
from services.guardian.revision import RevisionRound
from services.policy.types import SamplingParams
from tests.support.feedback import make_event, postgres_schema_url, sqlite_url, verdict


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield sqlite_url(tmp_path)
    else:
        with postgres_schema_url() as url:
            yield url


@pytest.fixture
def store(store_url: str) -> Iterator[FeedbackStore]:
    opened = FeedbackStore.open(store_url)
    yield opened
    opened.close()


def test_appending_the_same_event_twice_stores_it_once(store: FeedbackStore) -> None:
    assert store.append([make_event(1), make_event(2)]) == 2
    assert store.append([make_event(2), make_event(3)]) == 1
    assert store.count() == 3
    assert [e.event_id for e in store.scan(FeedbackQuery())] == ["ev-00000001", "ev-00000002", "ev-00000003"]


def test_reopening_a_store_keeps_its_schema_and_events(store_url: str) -> None:
    first = FeedbackStore.open(store_url)
    first.append([make_event(1)])
    first.close()
    second = FeedbackStore.open(store_url)
    with second.engine.connect() as conn:
        assert schema_version(conn) == 1
    assert second.count() == 1
    second.close()


def test_cursor_pages_cover_every_event_once_in_order(store: FeedbackStore) -> None:
    store.append([make_event(n) for n in range(25)])
    seen, cursor = [], ""
    while True:
        page = store.page(FeedbackQuery(after=decode_cursor(cursor), limit=10))
        seen += [e.event_id for e in page.events]
        if not page.events:
            break
        cursor = page.cursor
    assert seen == [f"ev-{n:08d}" for n in range(25)]
    store.append([make_event(99)])
    assert [e.event_id for e in store.page(FeedbackQuery(after=decode_cursor(cursor))).events] == [
        "ev-00000099"
    ]


def test_filters_select_by_tenant_verdict_outcome_dimension_and_time(store: FeedbackStore) -> None:
    t0 = datetime(2026, 11, 1, tzinfo=UTC)
    store.append(
        [
            make_event(1, tenant="a", dims=("privacy_confidentiality",), created_at=t0),
            make_event(2, tenant="b", outcome=Outcome.PASSED, created_at=t0 + timedelta(hours=1)),
            make_event(3, tenant="a", outcome=Outcome.FALLBACK, created_at=t0 + timedelta(hours=2)),
        ]
    )

    def ids(**kw: object) -> list[str]:
        return [e.event_id[-1] for e in store.scan(FeedbackQuery(**kw))]  # type: ignore[arg-type]

    assert ids(tenant="a") == ["1", "3"]
    assert ids(draft_verdict=Severity.UNSAFE) == ["1", "3"]
    assert ids(verdict=Severity.SAFE) == ["1", "2", "3"]
    assert ids(outcome=Outcome.PASSED) == ["2"]
    assert ids(dimension="privacy_confidentiality") == ["1"]
    assert ids(since=t0 + timedelta(minutes=30), until=t0 + timedelta(hours=2)) == ["2"]


def test_bad_cursor_and_limit_are_refused() -> None:
    assert decode_cursor(encode_cursor(42)) == 42
    with pytest.raises(InvalidArgumentError, match="cursor"):
        decode_cursor("not-a-cursor")
    with pytest.raises(InvalidArgumentError, match="limit"):
        FeedbackQuery(limit=0)


def test_concurrent_writers_never_leave_a_gap_behind_a_reader_cursor(store: FeedbackStore) -> None:
    """Rows become visible in `seq` order, so a reader that advanced past a seq never misses one."""

    def write(start: int) -> None:
        for n in range(start, start + 40, 4):
            store.append([make_event(n + k) for k in range(4)])

    threads = [threading.Thread(target=write, args=(s,)) for s in (0, 1000, 2000)]
    seen: list[str] = []
    after = 0
    for t in threads:
        t.start()
    while any(t.is_alive() for t in threads) or store.count(FeedbackQuery(after=after)):
        page = store.page(FeedbackQuery(after=after, limit=7))
        seen += [e.event_id for e in page.events]
        after = page.last_seq
    for t in threads:
        t.join()
    seen += [e.event_id for e in store.scan(FeedbackQuery(after=after))]
    assert len(seen) == len(set(seen)) == 120


def _turn_and_reply(n: int) -> tuple[ChatTurn, ChatReply]:
    messages = (ChatMessage(role="user", content=f"我叫张伟，电话13812345678，咳嗽怎么办？{n}"),)
    draft = "张伟您好，试试偏方。"
    reply = ChatReply(
        text="请到呼吸科就诊。",
        verdict=verdict(Severity.SAFE),
        input_verdict=verdict(Severity.SAFE),
        finish_reason="stop",
        replaced=True,
        revised=True,
        revisions=1,
        rounds=[
            RevisionRound(0, draft, verdict(Severity.UNSAFE, "pseudoscience")),
            RevisionRound(1, "请到呼吸科就诊。", verdict(Severity.SAFE), critique="推荐了偏方"),
        ],
    )
    return ChatTurn(messages=messages, params=SamplingParams(), tenant="h1"), reply


class FlakyStore:
    """Opens the real store only while `up` is set."""

    def __init__(self, url: str) -> None:
        self.url, self.up = url, False

    def __call__(self) -> FeedbackStore:
        if not self.up:
            raise ConnectionError("database down")
        return FeedbackStore.open(self.url)


async def test_events_spooled_while_the_store_is_down_are_replayed_and_none_is_lost(tmp_path: Path) -> None:
    opener = FlakyStore(sqlite_url(tmp_path))
    spool = Spool(tmp_path / "spool")
    log = FeedbackLog(
        opener, spool, FeedbackMetrics(CollectorRegistry()), flush_interval_s=0.01, retry_interval_s=0.05
    )
    await log.start()
    for n in range(30):
        log.record(*_turn_and_reply(n))
    await log.flush()
    assert spool.pending() == 30, "the store is down: every event waits on disk"
    opener.up = True
    for _ in range(100):
        await asyncio.sleep(0.05)
        if not spool.segments():
            break
    await log.close()
    store = FeedbackStore.open(opener.url)
    events = list(store.scan(FeedbackQuery()))
    store.close()
    assert len(events) == 30 and not spool.segments()
    text = json.dumps([e.model_dump(mode="json") for e in events], ensure_ascii=False)
    assert "张伟" not in text and "13812345678" not in text, "personal data is redacted before it is written"
    assert events[0].redactions.get("phone") == 1 and events[0].outcome is Outcome.REVISED


async def test_a_full_queue_spills_to_disk_instead_of_dropping(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    log = FeedbackLog(
        lambda: FeedbackStore.open(sqlite_url(tmp_path)),
        spool,
        FeedbackMetrics(CollectorRegistry()),
        max_queue=2,
    )
    for n in range(5):  # not started: nothing drains the queue
        log.record(*_turn_and_reply(n))
    assert spool.pending() == 3
    await log.start()
    await log.close()
    store = FeedbackStore.open(sqlite_url(tmp_path))
    assert store.count() == 5
    store.close()


def test_spool_replay_skips_a_line_cut_short_by_a_crash(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    segment = spool.write([make_event(1), make_event(2)])
    segment.write_text(segment.read_text() + '{"event_id": "cut sh', encoding="utf-8")
    store = FeedbackStore.open(sqlite_url(tmp_path))
    assert spool.replay(store.append) == 2 and not spool.segments()
    store.close()


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_export_writes_trl_columns_with_a_versioned_schema(
    store: FeedbackStore, tmp_path: Path, fmt: str
) -> None:
    store.append(
        [make_event(1), make_event(2, outcome=Outcome.PASSED), make_event(3, outcome=Outcome.FALLBACK)]
    )
    out = tmp_path / f"dpo.{fmt}"
    manifest = export(store, "dpo", fmt, out, FeedbackQuery())  # type: ignore[arg-type]
    rows = _read(out, fmt)
    assert manifest.rows == len(rows) == 1 and manifest.events_scanned == 3
    row = rows[0]
    assert row["schema"] == "medguard.export.dpo.v1" and row["event_id"] == "ev-00000001"
    assert row["prompt"][0]["role"] == "user"
    assert row["chosen"][0]["role"] == "assistant" and "呼吸科" in row["chosen"][0]["content"]
    assert "偏方第1号" in row["rejected"][0]["content"]
    manifest_file = json.loads(out.with_name(out.name + ".manifest.json").read_text())
    assert manifest_file["sha256"] == manifest.sha256 and manifest_file["schema"] == "medguard.export.dpo.v1"

    grpo = tmp_path / f"grpo.{fmt}"
    export(store, "grpo", fmt, grpo, FeedbackQuery())  # type: ignore[arg-type]
    assert [r["event_id"] for r in _read(grpo, fmt)] == ["ev-00000001", "ev-00000003"]
    assert all("chosen" not in r and r["prompt"] for r in _read(grpo, fmt))
    sft = tmp_path / f"sft.{fmt}"
    export(store, "sft", fmt, sft, FeedbackQuery())  # type: ignore[arg-type]
    assert [r["messages"][-1]["role"] for r in _read(sft, fmt)] == ["assistant", "assistant"]


def _read(path: Path, fmt: str) -> list[dict[str, object]]:
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    import pyarrow.parquet as pq

    return list(pq.read_table(path).to_pylist())


async def test_a_store_down_at_start_is_reopened_without_traffic(tmp_path: Path) -> None:
    opener = FlakyStore(sqlite_url(tmp_path))
    log = FeedbackLog(
        opener, Spool(tmp_path / "spool"), FeedbackMetrics(CollectorRegistry()), retry_interval_s=0.05
    )
    await log.start()
    assert log.store_or_none() is None
    opener.up = True
    for _ in range(100):
        await asyncio.sleep(0.05)
        if log.store_or_none() is not None:
            break
    assert log.store_or_none() is not None, "GET /v1/feedback works again once the database is back"
    await log.close()
