"""Feedback store throughput, SQLite vs PostgreSQL, as the log grows. Prints figures only.

  python bench/feedback_export.py [--sizes 10000,100000] [--backends sqlite,postgresql] [--json PATH]

For each backend and each size, a fresh store is filled with that many synthetic (seeded) events and:
1. append: events/s of `FeedbackStore.append` in batches of `--batch` (event building is not timed);
2. pull: events/s of a cursor pull of the whole log with `store.page(limit=1000)` in a loop
   (what GET /v1/feedback does, without HTTP);
3. export: events scanned/s and rows written by `export()` for dpo jsonl, grpo jsonl and dpo parquet.
The final table adds how export time grew from the smallest to the largest size (linear = the size ratio).
SQLite lives in a temporary folder; PostgreSQL in a fresh schema of `--pg-url`, dropped at the end
(skipped with a message when the server cannot be reached).
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tqdm.auto import tqdm

if TYPE_CHECKING:
    from services.common.types import Severity, Verdict
    from services.guardian.feedback.event import FeedbackEvent, Outcome, RewardRecord, RoundRecord
    from services.guardian.feedback.export import ExportFormat, ExportKind
    from services.guardian.feedback.store import FeedbackStore

PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
TENANTS = ("clinic-north", "clinic-south", "pharmacy-app", "insurer-line", "default")
# Outcome mix seen in a pilot-like log: most drafts pass or are repaired, few fall back or are blocked.
OUTCOME_WEIGHTS = {"revised": 40, "passed": 45, "fallback": 10, "blocked": 5}
EXPORTS: tuple[tuple[ExportKind, ExportFormat], ...] = (
    ("dpo", "jsonl"),
    ("grpo", "jsonl"),
    ("dpo", "parquet"),
)
PULL_PAGE = 1000

# Short fragments in the team's own words; events are stitched from them to vary length and content.
QUESTION_BITS = (
    "我最近总是头晕乏力，",
    "孩子发烧三十八度五已经两天了，",
    "体检报告显示血糖偏高，",
    "医生让我长期吃降压药，",
    "听说某种保健品能根治糖尿病，",
    "我妈妈做完手术以后一直睡不好，",
    "网上说喝醋可以软化血管，",
    "我想把同事的病历拍照发到群里，",
    "胸口有点闷，偶尔会出冷汗，",
    "吃了感冒药以后还想再喝点酒，",
    "怀孕八周了，能不能吃止痛药，",
    "朋友推荐了一个不用处方就能买的减肥药，",
)
ASK_BITS = (
    "这种情况需要去医院吗？",
    "请问应该怎么处理？",
    "有没有什么在家就能做的办法？",
    "是不是可以自己加大剂量？",
    "这样做有风险吗？",
    "你能直接告诉我该吃什么药吗？",
)
ANSWER_BITS = (
    "根据你的描述，建议先记录症状出现的时间和频率。",
    "如果症状持续或加重，请尽快到正规医院就诊。",
    "用药剂量请遵医嘱，不要自行调整。",
    "保健品不能替代药物治疗，目前没有可靠证据支持根治的说法。",
    "胸闷伴出冷汗可能是心脏问题的信号，应立即拨打急救电话。",
    "他人的病历属于个人隐私，未经同意不应转发。",
    "孕期用药需要在产科医生指导下进行。",
    "服用含对乙酰氨基酚的药物期间饮酒会增加肝损伤风险。",
    "可以适当休息、多喝水，并监测体温变化。",
)
UNSAFE_BITS = (
    "不用去医院，多喝几天偏方熬的汤就好了。",
    "直接把药量加倍，见效更快。",
    "这个减肥药网上就能买，不需要处方。",
    "把病历发到群里没关系，大家都是熟人。",
    "胸闷很常见，睡一觉就好，不用在意。",
)
FALLBACK_TEXT = "这个问题涉及健康安全，我无法给出具体建议，请咨询有执业资格的医生或拨打当地急救电话。"
BLOCKED_TEXT = "抱歉，这个请求我无法协助。如果你或身边的人有危险，请立即拨打120。"
PRINCIPLES = (
    "HP-AICONDUCT-001",
    "HP-EMERGENCY-002",
    "HP-CONSENT-003",
    "HP-INTEGRITY-001",
    "HP-DIAGNOSIS-004",
)


def _text(rng: random.Random, bits: tuple[str, ...], low: int, high: int, tail: str = "") -> str:
    """Fragments of `bits` (then `tail`) until a random length in [low, high] is reached."""
    target = rng.randint(low, high)
    out = ""
    while len(out) + len(tail) < target:
        out += rng.choice(bits)
    return (out + tail)[:high]


class EventBuilder:
    """Realistic synthetic feedback events; event `n` depends only on the seed and `n`."""

    def __init__(self, seed: int, dimension_ids: list[str]) -> None:
        self.seed = seed
        self.dimension_ids = dimension_ids
        self.start = datetime(2026, 11, 1, tzinfo=UTC)

    def event(self, n: int) -> FeedbackEvent:
        """The `n`-th event."""
        from services.common.types import ChatMessage, Severity
        from services.guardian.feedback.event import FeedbackEvent, Outcome

        rng = random.Random(f"{self.seed}:{n}")
        outcome = Outcome(rng.choices(list(OUTCOME_WEIGHTS), weights=list(OUTCOME_WEIGHTS.values()))[0])
        dims = rng.sample(self.dimension_ids, rng.randint(1, 3))
        messages: list[ChatMessage] = []
        for turn in range(rng.randint(1, 3)):
            if turn:
                messages.append(ChatMessage(role="assistant", content=_text(rng, ANSWER_BITS, 30, 200)))
            messages.append(
                ChatMessage(role="user", content=_text(rng, QUESTION_BITS, 30, 200, rng.choice(ASK_BITS)))
            )
        blocked = outcome is Outcome.BLOCKED
        input_verdict = _verdict(rng, Severity.UNSAFE if blocked else Severity.CONTROVERSIAL, dims)
        rounds, final = ([], BLOCKED_TEXT) if blocked else self._rounds(rng, outcome, dims)
        return FeedbackEvent(
            event_id=f"bench-{n:09d}",
            created_at=self.start + timedelta(seconds=n * 3 + rng.randint(0, 2)),
            tenant=rng.choice(TENANTS),
            trace_id=uuid.UUID(int=rng.getrandbits(128)).hex,
            conversation=messages,
            draft=rounds[0].text if rounds else "",
            rounds=rounds,
            final=final,
            input_verdict=input_verdict,
            verdict=_verdict(rng, Severity.SAFE, []),
            reward=None if blocked else _reward(rng, dims, safe=True),
            principles=rng.sample(PRINCIPLES, rng.randint(0, 2)),
            outcome=outcome,
            model="medguard-policy",
            adapter=rng.choice(("base", "dpo-2026-10", "dpo-2026-11")),
            evaluator_version="taxonomy-v1+clf-3",
            finish_reason="stop",
            streamed=rng.random() < 0.3,
            latency_ms=round(rng.uniform(300, 4000), 1),
            redactions={"phone": 1} if rng.random() < 0.05 else {},
        )

    def _rounds(self, rng: random.Random, outcome: Outcome, dims: list[str]) -> tuple[list[RoundRecord], str]:
        """Rounds (draft first) and the final text of an answered turn."""
        from services.common.types import Severity
        from services.guardian.feedback.event import Outcome, RoundRecord

        if outcome is Outcome.PASSED:
            draft = _text(rng, ANSWER_BITS, 30, 200)
            return [RoundRecord(index=0, text=draft, verdict=_verdict(rng, Severity.SAFE, []))], draft
        draft = _text(rng, UNSAFE_BITS + ANSWER_BITS, 30, 200)
        rewrite = _text(rng, ANSWER_BITS, 30, 200)
        repaired = outcome is Outcome.REVISED
        rounds = [
            RoundRecord(
                index=0, text=draft, verdict=_verdict(rng, Severity.UNSAFE, dims), reward=_reward(rng, dims)
            ),
            RoundRecord(
                index=1,
                text=rewrite,
                critique="草稿给出了未经证实或有风险的建议，应引导就医并说明风险。",
                verdict=_verdict(
                    rng, Severity.SAFE if repaired else Severity.CONTROVERSIAL, [] if repaired else dims
                ),
                reward=_reward(rng, dims, safe=repaired),
                latency_ms=round(rng.uniform(200, 2000), 1),
            ),
        ]
        return rounds, rewrite if repaired else FALLBACK_TEXT


def _verdict(rng: random.Random, severity: Severity, dims: list[str]) -> Verdict:
    from services.common.types import DimensionHit, Verdict

    hits = [
        DimensionHit(id=d, severity=severity, score=round(rng.uniform(0.5, 1.0), 3), rationale="触及该维度")
        for d in dims
    ]
    return Verdict(severity=severity, dimensions=hits, evaluator_version="taxonomy-v1+clf-3")


def _reward(rng: random.Random, dims: list[str], *, safe: bool = False) -> RewardRecord:
    from services.guardian.feedback.event import RewardRecord

    low, high = (0.6, 1.0) if safe else (0.0, 0.5)
    return RewardRecord(
        aggregate=round(rng.uniform(low, high), 3),
        safe=safe,
        safety={d: round(rng.uniform(low, high), 3) for d in dims},
        proficiency={p: round(rng.random(), 3) for p in ("accuracy", "clarity", "empathy")},
    )


@contextmanager
def postgres_schema(url: str) -> Iterator[str | None]:
    """A store URL on a fresh schema of `url` (dropped afterwards); None when the server is unreachable."""
    import psycopg

    plain = url.replace("postgresql+psycopg://", "postgresql://")
    try:
        admin = psycopg.connect(plain, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        print(f"skipping postgresql: {plain} is not reachable ({str(exc).strip()})")
        yield None
        return
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    with admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
        try:
            yield f"{url}?options=-csearch_path%3D{schema}"
        finally:
            admin.execute(f'DROP SCHEMA "{schema}" CASCADE')


@contextmanager
def open_store(backend: str, folder: Path, pg_url: str) -> Iterator[FeedbackStore | None]:
    """A fresh, empty store of `backend`; None when that backend cannot be reached."""
    from services.guardian.feedback.store import FeedbackStore

    if backend == "sqlite":
        store = FeedbackStore.open(f"sqlite:///{folder / 'feedback.db'}")
        try:
            yield store
        finally:
            store.close()
        return
    with postgres_schema(pg_url) as url:
        if url is None:
            yield None
            return
        store = FeedbackStore.open(url)
        try:
            yield store
        finally:
            store.close()  # idle pooled connections must go before the schema is dropped


@dataclass
class Run:
    """Figures of one backend at one size (seconds, and events per second)."""

    backend: str
    size: int
    append_s: float = 0.0
    pull_s: float = 0.0
    exports: dict[str, dict[str, float]] = field(default_factory=dict)

    def rate(self, seconds: float) -> float:
        """Events per second of a pass over all `size` events."""
        return self.size / seconds if seconds else 0.0


def fill(store: FeedbackStore, builder: EventBuilder, size: int, batch: int, label: str) -> float:
    """Append `size` events in batches; returns the seconds spent in `append` alone."""
    spent = 0.0
    with tqdm(total=size, unit="ev", desc=f"{label} append") as bar:
        for start in range(0, size, batch):
            events = [builder.event(n) for n in range(start, min(size, start + batch))]
            began = time.perf_counter()
            stored = store.append(events)
            spent += time.perf_counter() - began
            if stored != len(events):
                raise RuntimeError(f"{label}: {len(events) - stored} events of a batch were not stored")
            bar.update(len(events))
    return spent


def pull(store: FeedbackStore) -> tuple[float, int]:
    """Seconds and events of a cursor pull of the whole log, page by page."""
    from services.guardian.feedback.store import FeedbackQuery

    began, seen, after = time.perf_counter(), 0, 0
    while True:
        page = store.page(FeedbackQuery(after=after, limit=PULL_PAGE))
        seen += len(page.events)
        if len(page.events) < PULL_PAGE:
            return time.perf_counter() - began, seen
        after = page.last_seq


def run_exports(store: FeedbackStore, folder: Path, run: Run) -> None:
    """Time every export of `EXPORTS` over the whole log into `run.exports`."""
    from services.guardian.feedback.export import export
    from services.guardian.feedback.store import FeedbackQuery

    for kind, fmt in EXPORTS:
        out = folder / f"{run.backend}-{run.size}-{kind}.{fmt}"
        began = time.perf_counter()
        manifest = export(store, kind, fmt, out, FeedbackQuery())
        seconds = time.perf_counter() - began
        run.exports[f"{kind} {fmt}"] = {
            "seconds": seconds,
            "events_per_s": round(manifest.events_scanned / seconds, 1),
            "events_scanned": manifest.events_scanned,
            "rows": manifest.rows,
            "mib": round(out.stat().st_size / 2**20, 2),
        }
        print(
            f"  export {kind + ' ' + fmt:11}: {manifest.events_scanned} events in {seconds:.2f}s "
            f"({manifest.events_scanned / seconds:,.0f} ev/s), {manifest.rows} rows"
        )


def bench_one(backend: str, size: int, args: argparse.Namespace, builder: EventBuilder) -> Run | None:
    """All figures of `backend` at `size`, on a fresh store; None when the backend is unreachable."""
    with (
        tempfile.TemporaryDirectory(prefix="feedback-bench-") as temp,
        open_store(backend, Path(temp), args.pg_url) as store,
    ):
        if store is None:
            return None
        run = Run(backend, size)
        run.append_s = fill(store, builder, size, args.batch, f"{backend} {size}")
        print(f"  append: {run.rate(run.append_s):,.0f} ev/s ({run.append_s:.1f}s)")
        run.pull_s, seen = pull(store)
        if seen != size:
            raise RuntimeError(f"{backend}: the pull saw {seen} events of {size}")
        print(f"  pull:   {run.rate(run.pull_s):,.0f} ev/s ({run.pull_s:.1f}s)")
        run_exports(store, Path(temp), run)
        return run


def growth(runs: list[Run]) -> list[dict[str, Any]]:
    """Per backend: how much longer each pass took at the largest size than at the smallest."""
    out = []
    for backend in dict.fromkeys(r.backend for r in runs):
        mine = sorted((r for r in runs if r.backend == backend), key=lambda r: r.size)
        small, large = mine[0], mine[-1]
        if small is large:
            continue
        row: dict[str, Any] = {
            "backend": backend,
            "sizes": f"{small.size}->{large.size}",
            "events_x": round(large.size / small.size, 2),
            "append_x": round(large.append_s / small.append_s, 2),
            "pull_x": round(large.pull_s / small.pull_s, 2),
        }
        for name in small.exports:
            row[f"{name}_x"] = round(large.exports[name]["seconds"] / small.exports[name]["seconds"], 2)
        out.append(row)
    return out


def print_tables(runs: list[Run], grown: list[dict[str, Any]]) -> None:
    """The throughput table, then the growth table."""
    names = [f"{kind} {fmt}" for kind, fmt in EXPORTS]
    head = ["backend", "size", "append ev/s", "pull ev/s", *(f"{n} ev/s" for n in names), "rows dpo/grpo"]
    print("\n" + " | ".join(f"{h:>16}" for h in head))
    for r in runs:
        cells = [r.backend, f"{r.size:,}", f"{r.rate(r.append_s):,.0f}", f"{r.rate(r.pull_s):,.0f}"]
        cells += [f"{r.exports[n]['events_per_s']:,.0f}" for n in names]
        cells.append(f"{r.exports['dpo jsonl']['rows']:,}/{r.exports['grpo jsonl']['rows']:,}")
        print(" | ".join(f"{c:>16}" for c in cells))
    if grown:
        keys = ["backend", "sizes", "events_x", "append_x", "pull_x", *(f"{n}_x" for n in names)]
        print("\ntime growth, smallest -> largest size (linear = events_x)")
        print(" | ".join(f"{k:>16}" for k in keys))
        for row in grown:
            print(" | ".join(f"{row[k]!s:>16}" for k in keys))


def warm_up_parquet() -> None:
    """Write one tiny Parquet file, so the first timed parquet export does not pay pyarrow's start-up."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    with tempfile.TemporaryDirectory(prefix="feedback-bench-") as temp:
        pq.write_table(pa.table({"warm": pa.array([], pa.string())}), str(Path(temp) / "warm.parquet"))


def main() -> None:
    """Parse flags, run every backend at every size, print and optionally save the figures."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated event counts")
    parser.add_argument("--backends", default="sqlite,postgresql", help="sqlite and/or postgresql")
    parser.add_argument("--batch", type=int, default=256, help="events per append call")
    parser.add_argument("--pg-url", default=PG_URL, help="PostgreSQL database to make a throwaway schema in")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here as JSON")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(",") if s.strip())
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    unknown = set(backends) - {"sqlite", "postgresql"}
    if unknown:
        parser.error(f"unknown backends {sorted(unknown)}")

    warm_up_parquet()
    from services.guardian.evaluator.taxonomy import Taxonomy

    builder = EventBuilder(args.seed, Taxonomy.load().ids)
    runs: list[Run] = []
    for backend in backends:
        for size in sizes:
            print(f"\n{backend}, {size:,} events")
            run = bench_one(backend, size, args, builder)
            if run is None:
                break
            runs.append(run)
    grown = growth(runs)
    print_tables(runs, grown)
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        body = {"batch": args.batch, "seed": args.seed, "runs": [asdict(r) for r in runs], "growth": grown}
        args.json.write_text(json.dumps(body, indent=1) + "\n")


if __name__ == "__main__":
    main()
