"""The trainer's gate, benchmark and run bookkeeping with fakes (no sockets, no training)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from services.common.types import Severity
from services.guardian.evaluator.screen import ScreenItem
from services.guardian.feedback.event import Outcome
from services.guardian.feedback.store import FeedbackStore
from services.policy.types import AdapterInfo, FinishReason, Generation, GenerationRequest, Usage
from services.trainer.benchmark import BenchmarkConfig, BenchmarkResult, _letters, load_mcq
from services.trainer.config import TrainResult, TrainSpec
from services.trainer.gate import GateConfig, decide
from services.trainer.pipeline import PipelineConfig, TrainerPipeline
from tests.support.feedback import make_event, sqlite_url, verdict

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "external"


class FakePolicy:
    """Adapters by name; replies 'BAD' from adapters listed in `bad`."""

    def __init__(self, bad: Sequence[str] = ()) -> None:
        self.adapters: dict[str, AdapterInfo] = {}
        self.active, self.previous, self.bad = "", "", set(bad)

    async def generate(self, request: GenerationRequest) -> Generation:
        adapter = request.adapter or self.active
        text = "BAD 偏方" if any(adapter.startswith(b) for b in self.bad) else "请到医院就诊。"
        return Generation(
            text=text, model="fake", adapter=adapter, finish_reason=FinishReason.STOP, usage=Usage()
        )

    async def list_adapters(self) -> list[AdapterInfo]:
        return [a.model_copy(update={"active": n == self.active}) for n, a in self.adapters.items()]

    async def load_adapter(self, name: str, path: str) -> AdapterInfo:
        self.adapters[name] = AdapterInfo(name=name, path=path)
        return self.adapters[name]

    async def activate_adapter(self, name: str) -> tuple[str, str]:
        self.previous, self.active = self.active, name
        return name, self.previous

    async def rollback_adapter(self) -> tuple[str, str]:
        self.active, self.previous = self.previous, self.active
        return self.active, self.previous


class FakeJudge:
    """Fails replies that contain 'BAD'."""

    async def evaluate(self, items: Sequence[ScreenItem]) -> list:  # type: ignore[type-arg]
        return [
            verdict(Severity.UNSAFE, "x") if "BAD" in (i.response or "") else verdict(Severity.SAFE)
            for i in items
        ]


def fake_train(spec: TrainSpec) -> TrainResult:
    Path(spec.output_dir).mkdir(parents=True, exist_ok=True)
    rows = len(Path(spec.dataset).read_text(encoding="utf-8").splitlines())
    return TrainResult("dpo", spec.output_dir, 1, 0.5, 0.1, 0.1, rows, "sha", 0.01)


def pipeline(tmp_path: Path, policy: FakePolicy, events: int = 5, **config: object) -> TrainerPipeline:
    store = FeedbackStore.open(sqlite_url(tmp_path))
    store.append([make_event(n) for n in range(events)])
    cfg = PipelineConfig(work_dir=tmp_path / "work", base_model=tmp_path, min_new_pairs=3, **config)  # type: ignore[arg-type]
    cfg.benchmark = BenchmarkConfig(max_new_tokens=8, mcq_limit=0)
    return TrainerPipeline(cfg, store, policy, FakeJudge(), None, fake_train)


async def test_a_candidate_that_regresses_is_loaded_but_never_activated(tmp_path: Path) -> None:
    policy = FakePolicy(bad=["medethics-dpo@v1"])
    run = await pipeline(tmp_path, policy).run_once()
    assert run.status == "rejected" and policy.active == "" and "medethics-dpo@v1" in policy.adapters
    assert run.benchmark["current"]["pass_rate"] == 1.0 and run.benchmark["candidate"]["pass_rate"] == 0.0
    assert any("regresses" in reason for reason in run.decision["reasons"])
    saved = json.loads((tmp_path / "work" / "runs" / f"{run.run_id}.json").read_text())
    assert saved["status"] == "rejected" and saved["data"]["rows"] == 5


async def test_a_candidate_that_holds_is_promoted_and_versions_count_up(tmp_path: Path) -> None:
    policy = FakePolicy()
    pipe = pipeline(tmp_path, policy)
    first = await pipe.run_once()
    assert first.status == "promoted" and policy.active == "medethics-dpo@v1"
    pipe.store.append([make_event(n) for n in range(100, 104)])
    second = await pipe.run_once()
    assert second.adapter == "medethics-dpo@v2" and second.data["rows"] == 4, "only rows since the last run"
    assert second.config["spec"]["init_adapter"].endswith("medethics-dpo-v1"), (
        "continues from the served adapter"
    )
    assert pipe.book.state().promoted == ["medethics-dpo@v1", "medethics-dpo@v2"]
    rolled = await pipe.rollback()
    assert policy.active == "medethics-dpo@v1" and rolled.status == "rolled_back"
    assert pipe.book.state().promoted == ["medethics-dpo@v1"]


async def test_too_few_new_pairs_skip_without_a_record_unless_forced(tmp_path: Path) -> None:
    pipe = pipeline(tmp_path, FakePolicy(), events=2)
    assert (await pipe.run_once()).status == "skipped" and not pipe.book.records()
    assert pipe.pending_rows() == 2
    assert (await pipe.run_once(force=True)).status == "promoted"
    assert pipe.pending_rows() == 0


async def test_a_failed_training_is_recorded_and_its_data_stays_pending(tmp_path: Path) -> None:
    pipe = pipeline(tmp_path, FakePolicy())

    def broken(spec: TrainSpec) -> TrainResult:
        raise RuntimeError("CUDA out of memory")

    pipe._train = broken  # the training function is an injected dependency
    with pytest.raises(RuntimeError):
        await pipe.run_once()
    (record,) = pipe.book.records()
    assert record.status == "failed" and "out of memory" in record.error
    assert pipe.pending_rows() == 5


def test_gate_compares_every_figure_with_its_tolerance() -> None:
    current = BenchmarkResult("a", pass_rate=0.9, reward_mean=0.7, mcq={"medes": 0.5})
    better = BenchmarkResult("b", pass_rate=0.95, reward_mean=0.695, mcq={"medes": 0.49})
    assert decide(better, current, GateConfig(reward_tolerance=0.01, mcq_tolerance=0.02)).promote
    worse_mcq = BenchmarkResult("c", pass_rate=0.95, reward_mean=0.8, mcq={"medes": 0.4})
    decision = decide(worse_mcq, current, GateConfig())
    assert not decision.promote and any(r.startswith("MCQ medes regresses") for r in decision.reasons)
    with pytest.raises(ValueError, match="within"):
        GateConfig(pass_rate_tolerance=2.0)


@pytest.mark.parametrize(
    ("reply", "letters"),
    [("B", "B"), ("答案：A、C", "AC"), ("BD。因为……", "BD"), ("我不知道", ""), ("c", "C")],
)
def test_mcq_answer_letters_are_read_from_the_start_of_a_reply(reply: str, letters: str) -> None:
    assert _letters(reply) == frozenset(letters)


def test_external_mcq_sets_load_into_one_shape() -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared/data/external is absent (a fresh clone has no ../shared)")
    for name in ("medethiceval_mcq_dev.jsonl", "medes_mcq_dev.jsonl", "safetybench_zh_ph_mh_em_dev.jsonl"):
        items = load_mcq(SHARED / name, 20)
        assert len(items) == 20 and all(i.answer and i.options[0][0] == "A" for i in items)


def test_outcome_filter_names_match_the_export(tmp_path: Path) -> None:
    pipe = pipeline(tmp_path, FakePolicy(), events=0)
    pipe.store.append([make_event(1, outcome=Outcome.PASSED), make_event(2)])
    assert pipe.pending_rows("dpo") == 1 and pipe.pending_rows("grpo") == 1


async def test_the_service_trains_when_enough_rows_wait_and_counts_the_run(tmp_path: Path) -> None:
    from prometheus_client import CollectorRegistry

    from services.trainer.app import TrainerMetrics, _tick
    from services.trainer.settings import TrainerSettings

    registry = CollectorRegistry()
    metrics = TrainerMetrics(registry)
    pipe = pipeline(tmp_path, FakePolicy(), events=2)
    settings = TrainerSettings(min_new_pairs=3, schedule_interval_s=3600, work_dir=tmp_path / "work")
    pipe.book.save_state(type(pipe.book.state())(last_run_at="2099-01-01T00:00:00+00:00"))
    await _tick(pipe, settings, metrics)
    assert registry.get_sample_value("medguard_trainer_pending_rows") == 2
    assert (
        registry.get_sample_value("medguard_trainer_runs_total", {"kind": "dpo", "status": "promoted"})
        is None
    )
    pipe.store.append([make_event(n) for n in range(10, 12)])
    await _tick(pipe, settings, metrics)
    assert (
        registry.get_sample_value("medguard_trainer_runs_total", {"kind": "dpo", "status": "promoted"}) == 1
    )
    assert registry.get_sample_value("medguard_trainer_promoted_version") == 1


async def test_an_overdue_schedule_trains_on_fewer_rows(tmp_path: Path) -> None:
    from prometheus_client import CollectorRegistry

    from services.trainer.app import TrainerMetrics, _tick
    from services.trainer.settings import TrainerSettings

    registry = CollectorRegistry()
    pipe = pipeline(tmp_path, FakePolicy(), events=1)
    settings = TrainerSettings(min_new_pairs=50, schedule_interval_s=1, work_dir=tmp_path / "work")
    await _tick(pipe, settings, TrainerMetrics(registry))
    assert (
        registry.get_sample_value("medguard_trainer_runs_total", {"kind": "dpo", "status": "promoted"}) == 1
    )
