"""One trainer run: feedback -> rows -> LoRA (DPO or GRPO) -> benchmark -> gate -> promote or not.

1. Export the rows that arrived since the last run's cursor (TRL columns, export.py) to data/.
2. Unless forced, stop (status `skipped`, nothing written) when fewer than `min_new_pairs` rows came.
3. Train a LoRA adapter, continuing from the adapter the policy serves now (or a new one on the base).
4. Load it on the policy under a new versioned name, `<prefix>-<kind>@v<N>`, without activating it.
5. Run the fixed benchmark on the served adapter and on the candidate, through the policy service.
6. Promote (ActivateAdapter) only when the gate finds no regression; otherwise it stays inactive.
Every run that trains leaves a record in runs/ (data hash, config, train metrics, both benchmarks,
the decision); a failure is recorded with its error too. `rollback()` returns the policy to the
previous adapter and records that.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from services.guardian.feedback.event import Outcome
from services.guardian.feedback.export import EXPORT_SCHEMAS, FAILED_DRAFT, export
from services.guardian.feedback.store import FeedbackQuery, FeedbackStore, decode_cursor, encode_cursor
from services.policy.types import AdapterInfo
from services.trainer.benchmark import BenchmarkConfig, Generator, Judge, Scorer, run_benchmark
from services.trainer.config import (
    Device,
    DpoRunConfig,
    GrpoRunConfig,
    LoraSettings,
    TrainKind,
    TrainResult,
    TrainSpec,
)
from services.trainer.gate import GateConfig, decide
from services.trainer.runs import RunBook, RunRecord

__all__ = ["AdapterPort", "PipelineConfig", "TrainerPipeline"]

log = logging.getLogger(__name__)
TrainFn = Callable[[TrainSpec], TrainResult]


class AdapterPort(Generator, Protocol):
    """The policy service as the trainer needs it (PolicyClient)."""

    async def list_adapters(self) -> list[AdapterInfo]:
        """Loaded adapters, the active one marked."""
        ...

    async def load_adapter(self, name: str, path: str) -> AdapterInfo:
        """Load without activating."""
        ...

    async def activate_adapter(self, name: str) -> tuple[str, str]:
        """(active, previous)."""
        ...

    async def rollback_adapter(self) -> tuple[str, str]:
        """(active, previous)."""
        ...


@dataclass
class PipelineConfig:
    """Everything one run needs besides its peers."""

    work_dir: Path
    base_model: Path
    method: TrainKind = "dpo"
    adapter_prefix: str = "medethics"
    min_new_pairs: int = 50
    device: Device = "auto"
    max_steps: int = -1
    reward_addr: str = ""
    guardian_addr: str = ""
    lora: LoraSettings = field(default_factory=LoraSettings)
    dpo: DpoRunConfig = field(default_factory=DpoRunConfig)
    grpo: GrpoRunConfig = field(default_factory=GrpoRunConfig)
    benchmark: BenchmarkConfig = field(default_factory=BenchmarkConfig)
    gate: GateConfig = field(default_factory=GateConfig)


class TrainerPipeline:
    """Runs and records trainer runs against one feedback store and one policy service."""

    def __init__(
        self,
        config: PipelineConfig,
        store: FeedbackStore,
        policy: AdapterPort,
        judge: Judge,
        scorer: Scorer | None,
        train_fn: TrainFn,
    ) -> None:
        self.config, self.store, self.policy = config, store, policy
        self._judge, self._scorer, self._train = judge, scorer, train_fn
        self.book = RunBook(config.work_dir)

    def pending_rows(self, kind: TrainKind | None = None) -> int:
        """Events since the last run that would yield rows of `kind` (an upper bound for DPO pairs)."""
        after = decode_cursor(self.book.state().cursor)
        if (kind or self.config.method) == "dpo":
            return self.store.count(FeedbackQuery(after=after, outcome=Outcome.REVISED))
        return sum(self.store.count(FeedbackQuery(after=after, outcome=o)) for o in sorted(FAILED_DRAFT))

    async def run_once(self, *, kind: TrainKind | None = None, force: bool = False) -> RunRecord:
        """One run; returns its record (status skipped, promoted, rejected or failed)."""
        kind = kind or self.config.method
        record = RunRecord(run_id=_run_id(), kind=kind)
        state = self.book.state()
        dataset = self.config.work_dir / "data" / f"{record.run_id}.{kind}.jsonl"
        manifest = await asyncio.to_thread(
            export, self.store, kind, "jsonl", dataset, FeedbackQuery(after=decode_cursor(state.cursor))
        )
        record.data = {
            "path": str(dataset),
            "rows": manifest.rows,
            "sha256": manifest.sha256,
            "schema": EXPORT_SCHEMAS[kind],
            "cursor_from": state.cursor,
            "cursor_to": encode_cursor(manifest.last_seq),
            "events_scanned": manifest.events_scanned,
        }
        if manifest.rows == 0 or (manifest.rows < self.config.min_new_pairs and not force):
            dataset.unlink(missing_ok=True)
            dataset.with_name(dataset.name + ".manifest.json").unlink(missing_ok=True)
            record.finish("skipped")
            return record
        try:
            await self._train_and_gate(record, kind)
        except Exception as exc:
            log.exception("trainer run failed")
            record.error = f"{type(exc).__name__}: {exc}"
            record.finish("failed")
            self.book.save(record)
            raise
        state.cursor, state.last_run_at = record.data["cursor_to"], record.finished_at
        if record.status == "promoted":
            state.promoted.append(record.adapter)
        self.book.save_state(state)
        self.book.save(record)
        return record

    async def _train_and_gate(self, record: RunRecord, kind: TrainKind) -> None:
        current = await self._active()
        version = self.book.next_version(self.config.adapter_prefix, kind)
        record.adapter = f"{self.config.adapter_prefix}-{kind}@v{version}"
        out_dir = self.config.work_dir / "adapters" / f"{self.config.adapter_prefix}-{kind}-v{version}"
        record.adapter_dir = str(out_dir)
        spec = self._spec(kind, Path(record.data["path"]), out_dir, current.path if current else "")
        record.config = {"spec": asdict(spec), "gate": asdict(self.config.gate)}
        self.book.save(record)  # a run killed mid-training still leaves its record
        result = await asyncio.to_thread(self._train, spec)
        record.train = asdict(result)
        await self.policy.load_adapter(record.adapter, str(out_dir))
        served = current.name if current else ""
        before = await run_benchmark(served, self.policy, self._judge, self._scorer, self.config.benchmark)
        after = await run_benchmark(
            record.adapter, self.policy, self._judge, self._scorer, self.config.benchmark
        )
        record.benchmark = {"current": before.to_dict(), "candidate": after.to_dict()}
        decision = decide(after, before, self.config.gate)
        record.decision = decision.to_dict()
        if decision.promote:
            await self.policy.activate_adapter(record.adapter)
        record.finish("promoted" if decision.promote else "rejected")
        log.info("trainer run %s: %s %s", record.run_id, record.status, record.adapter)

    def _spec(self, kind: TrainKind, dataset: Path, out_dir: Path, init_adapter: str) -> TrainSpec:
        c = self.config
        dpo, grpo = c.dpo, c.grpo
        if c.max_steps > 0:
            dpo, grpo = replace(dpo, max_steps=c.max_steps), replace(grpo, max_steps=c.max_steps)
        return TrainSpec(
            kind=kind,
            base_model=str(c.base_model),
            dataset=str(dataset),
            output_dir=str(out_dir),
            init_adapter=init_adapter,
            lora=c.lora,
            dpo=dpo,
            grpo=grpo,
            reward_addr=c.reward_addr,
            guardian_addr=c.guardian_addr,
            device=c.device,
        )

    async def _active(self) -> AdapterInfo | None:
        return next((a for a in await self.policy.list_adapters() if a.active), None)

    async def rollback(self) -> RunRecord:
        """Return the policy to the adapter active before the last activation; recorded as a run."""
        record = RunRecord(run_id=_run_id(), kind="rollback")
        active, previous = await self.policy.rollback_adapter()
        record.adapter, record.decision = active, {"rolled_back_from": previous, "now_active": active}
        state = self.book.state()
        if state.promoted and state.promoted[-1] == previous:
            state.promoted.pop()
            self.book.save_state(state)
        record.finish("rolled_back")
        self.book.save(record)
        return record


def _run_id() -> str:
    return f"{datetime.now(UTC).strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:6]}"
