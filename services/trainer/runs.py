"""Run records: every trainer run leaves one JSON file (data hash, config, metrics, decision).

`runs/<run_id>.json` under the work dir; `state.json` keeps where the next run's data starts (the
feedback cursor) and the adapter versions promoted so far, newest last, for rollback.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from services.common.files import atomic_write_text

__all__ = ["RunBook", "RunRecord", "TrainerState"]


@dataclass
class RunRecord:
    """What one run did and decided."""

    run_id: str
    kind: str
    started_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat())
    finished_at: str = ""
    status: str = "running"  # running | skipped | promoted | rejected | failed | rolled_back
    adapter: str = ""  # the candidate's versioned name
    adapter_dir: str = ""
    data: dict[str, Any] = field(default_factory=dict)  # rows, sha256, cursor range, export schema
    config: dict[str, Any] = field(default_factory=dict)  # the TrainSpec and the gate config
    train: dict[str, Any] = field(default_factory=dict)  # TrainResult
    benchmark: dict[str, Any] = field(default_factory=dict)  # {"current": ..., "candidate": ...}
    decision: dict[str, Any] = field(default_factory=dict)  # GateDecision
    error: str = ""

    def finish(self, status: str) -> None:
        """Close the record with its final status."""
        self.status, self.finished_at = status, datetime.now(UTC).isoformat()


@dataclass
class TrainerState:
    """Where the next run starts and what has been promoted."""

    cursor: str = ""
    last_run_at: str = ""
    promoted: list[str] = field(default_factory=list)


class RunBook:
    """Reads and writes the records and the state under `work_dir`."""

    def __init__(self, work_dir: Path) -> None:
        self.work_dir = work_dir
        self.runs_dir = work_dir / "runs"
        self.runs_dir.mkdir(parents=True, exist_ok=True)

    def save(self, record: RunRecord) -> Path:
        """Write (or rewrite) a run's record atomically."""
        return _write_json(self.runs_dir / f"{record.run_id}.json", asdict(record))

    def records(self) -> list[RunRecord]:
        """Every record, oldest first."""
        return [
            RunRecord(**json.loads(p.read_text(encoding="utf-8")))
            for p in sorted(self.runs_dir.glob("*.json"))
        ]

    def state(self) -> TrainerState:
        """The saved state (a fresh one before the first run)."""
        path = self.work_dir / "state.json"
        if not path.is_file():
            return TrainerState()
        return TrainerState(**json.loads(path.read_text(encoding="utf-8")))

    def save_state(self, state: TrainerState) -> None:
        """Persist the state atomically."""
        _write_json(self.work_dir / "state.json", asdict(state))

    def next_version(self, prefix: str, kind: str) -> int:
        """1 + the highest version any run of this name has used."""
        stem = f"{prefix}-{kind}@v"
        used = [int(r.adapter[len(stem) :]) for r in self.records() if r.adapter.startswith(stem)]
        return max(used, default=0) + 1


def _write_json(path: Path, data: dict[str, Any]) -> Path:
    return atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
