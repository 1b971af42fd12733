"""Reward scoring speed on CPU, as Reward.Score runs it (micro-batched). Prints figures only.

  python bench/reward_speed.py [--threads 2] [--replies 64] [--criteria 10] [--precision auto|fp32|bf16|int8]

1. p50 / p99 latency of one Score call holding one reply with `--criteria` criteria.
2. Batched: replies/s and criterion scores/s when `--replies` replies with `--criteria` criteria each
   are scored in one call. Replies, questions and criteria come from the team's held-out groups.
Results also go to bench/out/reward_speed.json.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from tqdm.auto import tqdm

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    from services.common.inference import PRECISIONS

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--replies", type=int, default=64)
    parser.add_argument("--criteria", type=int, default=10)
    parser.add_argument("--single", type=int, default=30, help="single-reply calls timed")
    parser.add_argument("--precision", choices=PRECISIONS, default="auto", help="model arithmetic")
    args = parser.parse_args()

    from services.guardian.evaluator.taxonomy import Taxonomy
    from services.reward.app import load_scorer
    from services.reward.dataset import default_data_dir, load_groups
    from services.reward.settings import RewardSettings
    from services.reward.types import CriterionSpec, RewardItem

    scorer = load_scorer(RewardSettings(threads=args.threads, precision=args.precision))
    groups = load_groups(
        default_data_dir(), safety=Taxonomy.load().ids, proficiency=scorer.scheme.proficiency_ids
    )
    pool = [c.text for g in groups for c in g.criteria]
    items = []
    for i, (group, reply) in enumerate((g, r) for g in groups for r in g.responses):
        criteria = tuple(
            CriterionSpec(f"c{j}", pool[(i * args.criteria + j) % len(pool)]) for j in range(args.criteria)
        )
        items.append(RewardItem(tuple(group.conversation), reply.text, criteria))
        if len(items) == max(args.replies, args.single):
            break
    scorer.score(items[:2])  # warm-up
    single = []
    for item in tqdm(items[: args.single], desc="single calls"):
        started = time.perf_counter()
        scorer.score([item])
        single.append((time.perf_counter() - started) * 1000)
    batch = items[: args.replies]
    started = time.perf_counter()
    scorer.score(batch)
    elapsed = time.perf_counter() - started
    figures = {
        "threads": args.threads,
        "precision": getattr(scorer.model, "precision", "?"),
        "criteria_per_reply": args.criteria,
        "single_call_p50_ms": round(statistics.median(single), 1),
        "single_call_p99_ms": round(sorted(single)[max(0, int(len(single) * 0.99) - 1)], 1),
        "batched_replies_per_s": round(len(batch) / elapsed, 2),
        "batched_scores_per_s": round(len(batch) * (args.criteria + 1) / elapsed, 1),
        "mean_reply_chars": round(statistics.mean(len(i.response) for i in batch), 1),
    }
    for key, value in figures.items():
        print(f"{key:24} {value}")
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "reward_speed.json").write_text(json.dumps(figures, indent=1) + "\n")


if __name__ == "__main__":
    main()
