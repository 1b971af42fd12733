"""Schema of the feedback store and its migrations, applied in order at start.

Each migration has a number and runs once, in a transaction, recorded in `medguard_schema`. A change
to the tables below ships as a new migration that alters the existing ones (never by editing an old
migration), so a store written by an older version is brought forward in place. On PostgreSQL the
migrations of concurrent starts are serialised by an advisory lock.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
    inspect,
    select,
)

__all__ = ["MIGRATIONS", "dimensions", "events", "migrate", "schema_version"]

log = logging.getLogger(__name__)
_MIGRATE_LOCK = 0x6D676D69  # advisory lock key of migrations on PostgreSQL
# BIGINT on PostgreSQL; INTEGER on SQLite, where only "INTEGER PRIMARY KEY" is the autoincrementing rowid.
SeqType = BigInteger().with_variant(Integer(), "sqlite")

metadata = MetaData()

schema_table = Table(
    "medguard_schema",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

events = Table(
    "feedback_events",
    metadata,
    Column("seq", SeqType, primary_key=True, autoincrement=True),
    Column("event_id", String(64), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("tenant", String(128), nullable=False),
    Column("verdict", String(16), nullable=False),
    Column("draft_verdict", String(16)),
    Column("outcome", String(16), nullable=False),
    Column("adapter", String(200), nullable=False, default=""),
    Column("schema_id", String(64), nullable=False),
    Column("payload", Text, nullable=False),
    Index("ix_feedback_events_created_at", "created_at"),
    Index("ix_feedback_events_tenant_seq", "tenant", "seq"),
)

dimensions = Table(
    "feedback_event_dimensions",
    metadata,
    Column("dimension", String(64), primary_key=True),
    Column("seq", SeqType, ForeignKey("feedback_events.seq", ondelete="CASCADE"), primary_key=True),
)


def _create_v1(conn: Connection) -> None:
    metadata.create_all(conn, tables=[events, dimensions])


MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "feedback events, dimensions hit", _create_v1),
]


def schema_version(conn: Connection) -> int:
    """The highest migration applied (0 for an empty database)."""
    if not inspect(conn).has_table(schema_table.name):
        return 0
    return int(conn.execute(select(func.coalesce(func.max(schema_table.c.version), 0))).scalar_one())


def migrate(conn: Connection) -> int:
    """Apply pending migrations inside the caller's transaction; returns the schema version."""
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(_MIGRATE_LOCK)))
    metadata.create_all(conn, tables=[schema_table])
    current = schema_version(conn)
    latest = MIGRATIONS[-1][0]
    if current > latest:
        raise RuntimeError(
            f"the feedback store has schema {current}, newer than this version knows ({latest}); upgrade"
        )
    for version, name, apply in MIGRATIONS:
        if version > current:
            log.info("feedback store migration", extra={"version": version, "migration": name})
            apply(conn)
            conn.execute(
                schema_table.insert().values(version=version, name=name, applied_at=datetime.now(UTC))
            )
    return latest
