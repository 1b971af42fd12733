"""The durable feedback store: SQLite (WAL) by default, PostgreSQL by URL, through SQLAlchemy 2 Core.

Events are kept whole as JSON beside the columns readers filter on (time, tenant, verdicts, outcome)
and a child table of the dimensions hit. `seq` is the stable cursor: rows are read in `seq` order
and a reader resumes after the last `seq` it saw. For that to be safe, `seq` order must be commit
order; SQLite serialises writers anyway, and on PostgreSQL each append takes a transaction-scoped
advisory lock, so a row with a lower `seq` can never become visible after one with a higher `seq`
(a reader would otherwise skip it for good). Appends are idempotent on `event_id`.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, Select, create_engine, event, exists, func, select, text
from sqlalchemy.dialects import postgresql, sqlite

from services.common.errors import InvalidArgumentError
from services.common.types import Severity
from services.guardian.feedback.event import FeedbackEvent, Outcome
from services.guardian.feedback.migrations import dimensions, events, migrate

__all__ = ["FeedbackPage", "FeedbackQuery", "FeedbackStore", "decode_cursor", "encode_cursor"]

log = logging.getLogger(__name__)
_APPEND_LOCK = 0x6D656467  # advisory lock key of appends on PostgreSQL ("medg")
MAX_PAGE = 1000


def encode_cursor(seq: int) -> str:
    """The opaque cursor that resumes after `seq`."""
    return base64.urlsafe_b64encode(json.dumps({"v": 1, "seq": seq}).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    """The `seq` a cursor resumes after; "" is the start of the log."""
    if not cursor:
        return 0
    try:
        body = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        seq = body["seq"] if body.get("v") == 1 else None
    except (binascii.Error, ValueError, TypeError, KeyError, AttributeError):
        seq = None
    if not isinstance(seq, int) or seq < 0:
        raise InvalidArgumentError("not a cursor returned by this API", field="cursor")
    return seq


@dataclass(frozen=True)
class FeedbackQuery:
    """Which events to read: after a cursor, optionally filtered."""

    after: int = 0
    limit: int = 100
    since: datetime | None = None
    until: datetime | None = None
    tenant: str | None = None
    verdict: Severity | None = None
    draft_verdict: Severity | None = None
    outcome: Outcome | None = None
    dimension: str | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.limit <= MAX_PAGE:
            raise InvalidArgumentError(f"must be between 1 and {MAX_PAGE}", field="limit")


@dataclass
class FeedbackPage:
    """One page of events and where to resume."""

    events: list[FeedbackEvent] = field(default_factory=list)
    seqs: list[int] = field(default_factory=list)
    last_seq: int = 0

    @property
    def cursor(self) -> str:
        """Cursor of the next page (equal to the request's when nothing new was found)."""
        return encode_cursor(self.last_seq)


class FeedbackStore:
    """Appends and reads feedback events; safe to share between threads."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name

    @classmethod
    def open(cls, url: str) -> FeedbackStore:
        """Connect to `url` (sqlite:///path or postgresql+psycopg://...) and apply pending migrations."""
        if url.startswith("sqlite:///"):
            Path(url.removeprefix("sqlite:///")).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, pool_pre_ping=True)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        store = cls(engine)
        with engine.begin() as conn:
            migrate(conn)
        return store

    def close(self) -> None:
        """Release the connection pool."""
        self.engine.dispose()

    def append(self, batch: Sequence[FeedbackEvent]) -> int:
        """Store `batch` in one transaction; events already stored are skipped. Returns how many were new."""
        if not batch:
            return 0
        with self.engine.begin() as conn:
            if self.dialect == "postgresql":
                conn.execute(select(func.pg_advisory_xact_lock(_APPEND_LOCK)))
            rows = [_row(e) for e in {e.event_id: e for e in batch}.values()]
            insert = postgresql.insert(events) if self.dialect == "postgresql" else sqlite.insert(events)
            stmt = insert.on_conflict_do_nothing(index_elements=["event_id"]).returning(
                events.c.seq, events.c.event_id
            )
            stored = {event_id: seq for seq, event_id in conn.execute(stmt, rows).all()}
            by_id = {e.event_id: e for e in batch}
            dims = [
                {"seq": seq, "dimension": d}
                for eid, seq in stored.items()
                for d in by_id[eid].dimension_ids()
            ]
            if dims:
                conn.execute(dimensions.insert(), dims)
        return len(stored)

    def page(self, query: FeedbackQuery) -> FeedbackPage:
        """Events after `query.after`, oldest first, at most `query.limit`."""
        stmt = _filtered(query).order_by(events.c.seq).limit(query.limit)
        with self.engine.connect() as conn:
            rows = conn.execute(stmt).all()
        page = FeedbackPage(last_seq=query.after)
        for seq, payload in rows:
            page.events.append(FeedbackEvent.model_validate_json(payload))
            page.seqs.append(seq)
            page.last_seq = seq
        return page

    def scan_with_seq(self, query: FeedbackQuery) -> Iterator[tuple[int, FeedbackEvent]]:
        """(seq, event) of every matching event after `query.after`, page by page (constant memory)."""
        query = replace(query, limit=MAX_PAGE)
        while True:
            page = self.page(query)
            yield from zip(page.seqs, page.events, strict=True)
            if len(page.events) < query.limit:
                return
            query = replace(query, after=page.last_seq)

    def scan(self, query: FeedbackQuery) -> Iterator[FeedbackEvent]:
        """Every matching event after `query.after`, oldest first."""
        return (event for _, event in self.scan_with_seq(query))

    def count(self, query: FeedbackQuery | None = None) -> int:
        """How many events match (after the query's cursor)."""
        sub = _filtered(query or FeedbackQuery()).subquery()
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(sub)).scalar_one())

    def last_seq(self) -> int:
        """The highest `seq` stored (0 when empty): a cursor taken now covers everything so far."""
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.coalesce(func.max(events.c.seq), 0))).scalar_one())

    def ping(self) -> None:
        """Raise when the database cannot be reached."""
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))


def _filtered(query: FeedbackQuery) -> Select[int, str]:
    stmt = select(events.c.seq, events.c.payload).where(events.c.seq > query.after)
    if query.since is not None:
        stmt = stmt.where(events.c.created_at >= query.since)
    if query.until is not None:
        stmt = stmt.where(events.c.created_at < query.until)
    if query.tenant is not None:
        stmt = stmt.where(events.c.tenant == query.tenant)
    if query.verdict is not None:
        stmt = stmt.where(events.c.verdict == query.verdict.value)
    if query.draft_verdict is not None:
        stmt = stmt.where(events.c.draft_verdict == query.draft_verdict.value)
    if query.outcome is not None:
        stmt = stmt.where(events.c.outcome == query.outcome.value)
    if query.dimension is not None:
        hit = (dimensions.c.seq == events.c.seq) & (dimensions.c.dimension == query.dimension)
        stmt = stmt.where(exists().where(hit))
    return stmt


def _row(e: FeedbackEvent) -> dict[str, object]:
    draft = e.draft_verdict
    return {
        "event_id": e.event_id,
        "created_at": e.created_at,
        "tenant": e.tenant,
        "verdict": e.verdict.severity.value,
        "draft_verdict": draft.severity.value if draft is not None else None,
        "outcome": e.outcome.value,
        "adapter": e.adapter,
        "schema_id": e.schema_id,
        "payload": e.to_json(),
    }


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
    cursor.execute("PRAGMA synchronous=NORMAL")  # durable across process crashes in WAL mode
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
