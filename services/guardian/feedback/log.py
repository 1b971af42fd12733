"""The feedback log: every finished chat turn becomes one event, written off the request path.

`record()` only enqueues (the request never waits on the database). A writer task takes batches off
the queue, redacts and builds the events in a worker thread and appends them to the store. When the
store fails, the batch is spooled to disk and replayed once the store answers again; when the queue
is full, the event is built and spooled at once. So no event is dropped: the only window of loss is
a process killed hard with events still queued in memory (at most `flush_interval_s` of traffic;
a normal shutdown drains the queue first).
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from services.common.metrics import LATENCY_BUCKETS
from services.guardian.feedback.event import FeedbackEvent, build_event
from services.guardian.feedback.redact import Redactor
from services.guardian.feedback.spool import Spool
from services.guardian.feedback.store import FeedbackStore

if TYPE_CHECKING:
    from services.guardian.orchestrator import ChatReply, ChatTurn

__all__ = ["FeedbackLog", "FeedbackMetrics"]

log = logging.getLogger(__name__)


class FeedbackMetrics:
    """What the log did with each event, and what is waiting."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.events = Counter(
            "medguard_feedback_events",
            "feedback events by result: stored, duplicate, spooled, replayed",
            ["result"],
            registry=registry,
        )
        self.queued = Gauge("medguard_feedback_queue_depth", "events waiting in memory", registry=registry)
        self.spooled = Gauge("medguard_feedback_spool_events", "events waiting on disk", registry=registry)
        self.write_latency = Histogram(
            "medguard_feedback_write_seconds",
            "time to append one batch",
            buckets=LATENCY_BUCKETS,
            registry=registry,
        )


@dataclass(frozen=True)
class _Pending:
    turn: ChatTurn
    reply: ChatReply
    streamed: bool
    event_id: str
    created_at: datetime


class FeedbackLog:
    """Queue, writer task, spool and replay around one FeedbackStore."""

    def __init__(
        self,
        open_store: Callable[[], FeedbackStore],
        spool: Spool,
        metrics: FeedbackMetrics,
        *,
        max_queue: int = 10_000,
        batch_size: int = 256,
        flush_interval_s: float = 0.2,
        retry_interval_s: float = 5.0,
    ) -> None:
        self._open_store, self._spool, self._metrics = open_store, spool, metrics
        self._redactor = Redactor()
        self._queue: asyncio.Queue[_Pending | None] = asyncio.Queue(maxsize=max_queue)
        self._batch_size, self._flush_s, self._retry_s = batch_size, flush_interval_s, retry_interval_s
        self._store: FeedbackStore | None = None
        self._task: asyncio.Task[None] | None = None
        self._last_retry = 0.0

    async def start(self) -> None:
        """Open the store (a store that is down is retried later) and start the writer."""
        await asyncio.to_thread(self._replay)
        self._metrics.spooled.set(await asyncio.to_thread(self._spool.pending))
        self._task = asyncio.create_task(self._run(), name="feedback-writer")

    def record(self, turn: ChatTurn, reply: ChatReply, *, streamed: bool = False) -> None:
        """Log one finished turn; never blocks the request and never raises."""
        pending = _Pending(turn, reply, streamed, uuid.uuid4().hex, datetime.now(UTC))
        try:
            self._queue.put_nowait(pending)
            self._metrics.queued.set(self._queue.qsize())
        except asyncio.QueueFull:
            # Overload: keep the event on disk rather than drop it or make the request wait.
            self._spool_batch([self._event(pending)])

    def store_or_none(self) -> FeedbackStore | None:
        """The store when it is open (readers use it); None while it is down."""
        return self._store

    async def flush(self) -> None:
        """Wait until every event recorded so far is stored or spooled."""
        await self._queue.join()

    async def close(self) -> None:
        """Drain the queue, stop the writer and release the store."""
        if self._task is not None:
            await self._queue.put(None)
            await self._task
            self._task = None
        if self._store is not None:
            await asyncio.to_thread(self._store.close)

    async def _run(self) -> None:
        while True:
            batch, done = await self._next_batch()
            if batch:
                await asyncio.to_thread(self._persist, batch)
            elif self._store is None or self._spool.segments():
                # Idle: reopen a store that was down (readers of /v1/feedback wait on it) and replay.
                await asyncio.to_thread(self._replay)
            for _ in range(len(batch) + int(done)):
                self._queue.task_done()
            self._metrics.queued.set(self._queue.qsize())
            if done:
                return

    async def _next_batch(self) -> tuple[list[_Pending], bool]:
        """Up to batch_size events, waiting at most flush_interval_s after the first; True at shutdown."""
        try:
            first = await asyncio.wait_for(self._queue.get(), timeout=self._retry_s)
        except TimeoutError:
            return [], False
        if first is None:
            return [], True
        batch, deadline = [first], time.monotonic() + self._flush_s
        while len(batch) < self._batch_size:
            try:
                item = await asyncio.wait_for(
                    self._queue.get(), timeout=max(0.0, deadline - time.monotonic())
                )
            except TimeoutError:
                break
            if item is None:
                return batch, True
            batch.append(item)
        return batch, False

    def _persist(self, batch: list[_Pending]) -> None:
        events = [self._event(p) for p in batch]
        store = self._ensure_store()
        if store is None:
            self._spool_batch(events)
            return
        started = time.perf_counter()
        try:
            stored = store.append(events)
        except Exception:
            log.exception("feedback store append failed; spooling the batch")
            self._store = None
            self._spool_batch(events)
            return
        self._metrics.write_latency.observe(time.perf_counter() - started)
        self._metrics.events.labels("stored").inc(stored)
        self._metrics.events.labels("duplicate").inc(len(events) - stored)
        if self._spool.segments():
            self._replay()

    def _event(self, pending: _Pending) -> FeedbackEvent:
        return build_event(
            pending.turn,
            pending.reply,
            self._redactor,
            event_id=pending.event_id,
            created_at=pending.created_at,
            streamed=pending.streamed,
        )

    def _ensure_store(self) -> FeedbackStore | None:
        if self._store is not None:
            return self._store
        now = time.monotonic()
        if now - self._last_retry < self._retry_s and self._last_retry:
            return None
        self._last_retry = now
        try:
            self._store = self._open_store()
        except Exception:
            log.exception("feedback store unavailable; events are spooled to disk")
            return None
        return self._store

    def _spool_batch(self, events: list[FeedbackEvent]) -> None:
        self._spool.write(events)
        self._metrics.events.labels("spooled").inc(len(events))
        self._metrics.spooled.inc(len(events))

    def _replay(self) -> None:
        store = self._ensure_store()
        if store is None:
            return
        try:
            replayed = self._spool.replay(store.append)
        except Exception:
            log.warning("spool replay failed; retrying later", exc_info=True)
            self._store = None
        else:
            self._metrics.events.labels("replayed").inc(replayed)
        self._metrics.spooled.set(self._spool.pending())
