"""A disk spool for feedback events the store could not take: JSONL segment files, fsynced.

When the database is down the writer appends each failed batch to a new segment; a replay reads the
segments oldest first, hands each to the store (idempotent on event id, so a segment replayed twice
stores its events once) and deletes it only after the store has committed it. A line cut short by a
crash mid-write is skipped with a warning; every complete line is kept.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import ValidationError

from services.common.files import atomic_write_text
from services.guardian.feedback.event import FeedbackEvent

__all__ = ["Spool"]

log = logging.getLogger(__name__)


class Spool:
    """Segments of events waiting to be stored."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._counter = 0

    def write(self, batch: Sequence[FeedbackEvent]) -> Path:
        """Persist `batch` as one new segment (written to a temp name, fsynced, then renamed)."""
        with self._lock:
            self._counter += 1
            name = f"{time.time_ns():020d}-{os.getpid()}-{self._counter:06d}.jsonl"
        return atomic_write_text(self.folder / name, "".join(e.to_json() + "\n" for e in batch), fsync=True)

    def segments(self) -> list[Path]:
        """Segments waiting, oldest first."""
        return sorted(self.folder.glob("*.jsonl"))

    def pending(self) -> int:
        """Events waiting across all segments."""
        return sum(sum(1 for line in p.open(encoding="utf-8") if line.strip()) for p in self.segments())

    def replay(self, append: Callable[[Sequence[FeedbackEvent]], int]) -> int:
        """Hand every segment to `append`, oldest first, deleting each once stored; returns events stored.

        Stops at the first segment `append` fails on (the store is still down) and raises its error.
        """
        stored = 0
        with self._lock:
            for segment in self.segments():
                stored += append(_read(segment))
                segment.unlink()
        return stored


def _read(segment: Path) -> list[FeedbackEvent]:
    out = []
    for number, line in enumerate(segment.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append(FeedbackEvent.model_validate_json(line))
        except ValidationError:
            log.warning("unreadable spooled event skipped", extra={"segment": segment.name, "line": number})
    return out
