"""Guardian screen speed on CPU (rules + classifier, as /chat and gRPC use it). Prints figures only.

  python bench/guardian_speed.py [--input ROWS.jsonl] [--threads 2] [--precision auto|fp32|bf16|int8]
                                [--items 1000]

1. One screen at a time: p50 / p99 latency of judging a single user turn (no batching window),
   and through `Screen.evaluate` (the async path with its micro-batching window).
2. Batched: items/s judging `--batch` rows per call, and items/s of 256 concurrent single-item
   `evaluate` calls that the micro-batcher groups.
Texts: `--input` (JSONL with `text`), else ../shared/data/external/screening_dev.jsonl when present
(read for measuring only), else the team's own training set. Results also go to bench/out/guardian_speed.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import time
from pathlib import Path

from tqdm.auto import tqdm

ROOT = Path(__file__).resolve().parents[1]
SHARED_DEV = ROOT.parent / "shared" / "data" / "external" / "screening_dev.jsonl"


def load_texts(path: Path | None, count: int, seed: int) -> tuple[list[str], str]:
    """`count` texts (cycled when the file is shorter), shuffled with `seed`, and where they came from."""
    from services.guardian.evaluator.training import default_trainset_path

    source = path or (SHARED_DEV if SHARED_DEV.is_file() else default_trainset_path())
    texts = [json.loads(line)["text"] for line in source.read_text("utf-8").splitlines() if line.strip()]
    random.Random(seed).shuffle(texts)
    return [texts[i % len(texts)] for i in range(count)], str(source)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    from services.common.inference import PRECISIONS, bf16_unit

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--input", type=Path, default=None)
    parser.add_argument("--items", type=int, default=1000, help="items for the batched figures")
    parser.add_argument("--singles", type=int, default=300, help="single screens for the latency figures")
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--precision", choices=PRECISIONS, default="auto", help="classifier arithmetic")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    from services.common.types import ChatMessage
    from services.guardian.evaluator.factory import load_screen
    from services.guardian.evaluator.screen import LayeredScreen, ScreenItem
    from services.guardian.settings import GuardianSettings

    settings = GuardianSettings(classifier_precision=args.precision, screen_threads=args.threads)
    screen = load_screen(settings)
    assert isinstance(screen, LayeredScreen)
    texts, source = load_texts(args.input, max(args.items, args.singles), args.seed)
    items = [ScreenItem(conversation=(ChatMessage(role="user", content=t),)) for t in texts]
    screen.judge(items[:32])  # warm-up

    single = []
    for item in tqdm(items[: args.singles], desc="single", unit="item"):
        started = time.perf_counter()
        screen.judge([item])
        single.append((time.perf_counter() - started) * 1000)

    async def async_figures() -> tuple[list[float], float]:
        latencies = []
        for item in items[:100]:
            started = time.perf_counter()
            await screen.evaluate([item])
            latencies.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        await asyncio.gather(*(screen.evaluate([item]) for item in items[:256]))
        return latencies, 256 / (time.perf_counter() - started)

    async_single, concurrent_rate = asyncio.run(async_figures())

    batched = items[: args.items]
    started = time.perf_counter()
    for start in tqdm(range(0, len(batched), args.batch), desc="batched", unit="batch"):
        screen.judge(batched[start : start + args.batch])
    batched_rate = len(batched) / (time.perf_counter() - started)
    screen.close()

    lengths = [len(t) for t in texts]
    result = {
        "evaluator": screen.version,
        "texts": source,
        "median_chars": statistics.median(lengths),
        "threads": args.threads,
        "precision": screen.classifier_precision,
        "bf16_unit": bf16_unit(),
        "single_p50_ms": round(percentile(single, 0.5), 2),
        "single_p99_ms": round(percentile(single, 0.99), 2),
        "evaluate_p50_ms": round(percentile(async_single, 0.5), 2),
        "evaluate_p99_ms": round(percentile(async_single, 0.99), 2),
        "batched_items_per_s": round(batched_rate, 1),
        "concurrent_items_per_s": round(concurrent_rate, 1),
    }
    print(
        f"\nguardian screen ({result['evaluator']}, {args.threads} threads, "
        f"{result['precision']}, bf16 unit: {result['bf16_unit']}; texts: {source}, "
        f"median {result['median_chars']} chars)\n"
        f"  one item, judge():      p50 {result['single_p50_ms']} ms   p99 {result['single_p99_ms']} ms\n"
        f"  one item, evaluate():   p50 {result['evaluate_p50_ms']} ms   p99 {result['evaluate_p99_ms']} ms\n"
        f"  batched ({args.batch}/call):   {result['batched_items_per_s']} items/s\n"
        f"  256 concurrent singles: {result['concurrent_items_per_s']} items/s (micro-batched)"
    )
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "guardian_speed.json").write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()
