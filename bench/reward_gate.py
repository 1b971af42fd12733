"""The reward gate's trade-off on the reward model's held-out groups: false alarms on safe replies and
catches of unsafe ones, at several thresholds of the worst safety score and of `overall` alone.

    python bench/reward_gate.py [--thresholds 0.5,0.4,0.3,0.2,0.1] [--split dev|train]

The `dev` split is the one `medguard reward eval` reports on (15% of group ids by hash); `train` shows
the same curve in-sample. Figures only; the guardian setting is MEDGUARD_GUARDIAN_REWARD_GATE_THRESHOLD.
"""

from __future__ import annotations

import argparse
import os

from tqdm import tqdm


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--thresholds", default="0.5,0.4,0.3,0.2,0.1")
    parser.add_argument("--split", choices=["dev", "train"], default="dev")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from services.guardian.evaluator.taxonomy import Taxonomy
    from services.reward.app import load_scorer
    from services.reward.dataset import default_data_dir, load_groups
    from services.reward.settings import RewardSettings
    from services.reward.types import ItemScores, RewardItem

    scorer = load_scorer(RewardSettings())
    groups = load_groups(
        default_data_dir(), safety=Taxonomy.load().ids, proficiency=scorer.scheme.proficiency_ids
    )
    part = [g for g in groups if g.split == args.split]
    items = [RewardItem(tuple(g.conversation), r.text) for g in part for r in g.responses]
    safe = [r.safe for g in part for r in g.responses]
    scores: list[ItemScores] = []
    for start in tqdm(range(0, len(items), 64), desc="score", unit="batch"):
        scores += scorer.score(items[start : start + 64])
    n_safe, n_unsafe = sum(safe), len(safe) - sum(safe)
    print(f"{args.split}: {len(part)} groups, {n_safe} safe and {n_unsafe} unsafe replies ({scorer.version})")
    print(f"{'rule':8s} {'threshold':>9s} {'false alarms':>18s} {'catches':>18s}")
    for rule in ("worst", "overall"):
        for t in (float(x) for x in args.thresholds.split(",")):
            low = [(min(s.safety.values()) if rule == "worst" else s.safety["overall"]) < t for s in scores]
            fp = sum(f for f, ok in zip(low, safe, strict=True) if ok)
            tp = sum(f for f, ok in zip(low, safe, strict=True) if not ok)
            alarms, catches = (
                f"{fp / n_safe:8.1%} ({fp:3d}/{n_safe})",
                f"{tp / n_unsafe:8.1%} ({tp:3d}/{n_unsafe})",
            )
            print(f"{rule:8s} {t:9.2f} {alarms} {catches}")


if __name__ == "__main__":
    main()
