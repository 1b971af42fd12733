"""Feedback stores for tests: a SQLite file, and a throwaway schema on the real PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from services.common.types import ChatMessage, DimensionHit, Severity, Verdict
from services.guardian.feedback.event import FeedbackEvent, Outcome, RoundRecord

PG_URL = os.environ.get("MEDGUARD_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@contextmanager
def postgres_schema_url() -> Iterator[str]:
    """A URL whose search_path is a fresh schema on the test database (dropped afterwards)."""
    import psycopg

    plain = PG_URL.replace("postgresql+psycopg://", "postgresql://")
    try:
        admin = psycopg.connect(plain, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        if os.environ.get("MEDGUARD_TEST_REQUIRE_POSTGRES"):
            raise
        pytest.skip(f"PostgreSQL at {plain} is not reachable ({exc}); scripts/test.sh starts it")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
        try:
            yield f"{PG_URL}?options=-csearch_path%3D{schema}"
        finally:
            admin.execute(f'DROP SCHEMA "{schema}" CASCADE')


def sqlite_url(folder: Path) -> str:
    """A SQLite store file in `folder`."""
    return f"sqlite:///{folder / 'feedback.db'}"


def verdict(severity: Severity, *dims: str) -> Verdict:
    """A verdict hitting `dims` at `severity`."""
    hits = [DimensionHit(id=d, severity=severity, score=0.9, rationale="测试") for d in dims]
    return Verdict(severity=severity, dimensions=hits, evaluator_version="test")


def make_event(
    n: int,
    *,
    tenant: str = "default",
    outcome: Outcome = Outcome.REVISED,
    dims: tuple[str, ...] = ("pseudoscience",),
    created_at: datetime | None = None,
) -> FeedbackEvent:
    """A synthetic event; `n` varies its text and time."""
    failed = outcome in (Outcome.REVISED, Outcome.FALLBACK, Outcome.REPLACED)
    draft = f"试试祖传偏方第{n}号，三天就好。"
    final = f"咳嗽持续请到呼吸科就诊（第{n}例），不要自行使用偏方。" if failed else draft
    draft_verdict = verdict(Severity.UNSAFE, *dims) if failed else verdict(Severity.SAFE)
    rounds = [RoundRecord(index=0, text=draft, verdict=draft_verdict)]
    if failed:
        rounds.append(RoundRecord(index=1, text=final, critique="推荐了偏方", verdict=verdict(Severity.SAFE)))
    return FeedbackEvent(
        event_id=f"ev-{n:08d}",
        created_at=created_at or datetime(2026, 11, 1, tzinfo=UTC) + timedelta(seconds=n),
        tenant=tenant,
        conversation=[ChatMessage(role="user", content=f"咳嗽两周了怎么办？（{n}）")],
        draft=draft,
        rounds=rounds,
        final=final,
        input_verdict=verdict(Severity.SAFE),
        verdict=verdict(Severity.SAFE),
        outcome=outcome,
        adapter="base",
    )
