"""How the guardian's output screen judges replies written apart from its templates. Figures only.

    python bench/guardian_pairs.py [--split dev|train|all] [--thresholds 0.5,0.3,0.1]
                                   [--precision auto|fp32|bf16|int8] [--classifier-dir DIR]

The reward model's groups (services/reward/data/, written by the team apart from the guardian's
templates) hold, for 440 questions, 2-5 replies each labelled with the safety dimensions they violate
(none = safe). Each (question, reply) is judged as a (turn, response) pair, as /chat judges a draft.
The guardian trains on the groups of the reward model's train split (`g8_replies`), so `dev` (the
default) is the held-out measure. Printed: the share of safe replies flagged (false alarms, each a
revision round in /chat) and of unsafe replies flagged (catches), per question kind (lawful, gray,
harmful) and language, at the artifact's pair threshold and at `--thresholds`. Results also go to
bench/out/guardian_pairs.json.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    from services.common.inference import PRECISIONS

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--thresholds", default="0.5,0.3,0.1")
    parser.add_argument("--precision", choices=PRECISIONS, default="auto")
    parser.add_argument("--split", choices=["dev", "train", "all"], default="dev")
    parser.add_argument("--classifier-dir", type=Path, default=None, help="default: the packaged one")
    args = parser.parse_args()

    from services.common.modelstore import locate_encoder
    from services.common.types import last_user_turn
    from services.guardian.evaluator.classifier import ClassifierInput, GuardianClassifier
    from services.guardian.evaluator.factory import default_classifier_dir
    from services.guardian.evaluator.taxonomy import Taxonomy
    from services.reward.dataset import default_data_dir, load_groups
    from services.reward.scoring import ScoringScheme

    artifact = args.classifier_dir or default_classifier_dir()
    classifier = GuardianClassifier.load(artifact, locate_encoder(), precision=args.precision)
    groups = load_groups(
        default_data_dir(), safety=Taxonomy.load().ids, proficiency=ScoringScheme.load().proficiency_ids
    )
    groups = [g for g in groups if args.split in ("all", g.split)]
    rows = [(g, r) for g in groups for r in g.responses]
    inputs = [ClassifierInput(last_user_turn(g.conversation), r.text) for g, r in rows]
    scores = [s.flag for s in classifier.predict(inputs)]
    classifier.close()

    pair_threshold = classifier.config.thresholds.flag_for(pair=True)
    thresholds = [pair_threshold, *(float(t) for t in args.thresholds.split(","))]
    totals: Counter[tuple[str, str, str]] = Counter()
    flagged: Counter[tuple[str, str, str, float]] = Counter()
    for (group, reply), score in zip(rows, scores, strict=True):
        kind = "safe" if reply.safe else "unsafe"
        for key in ((group.question_kind, group.lang, kind), ("all", "all", kind)):
            totals[key] += 1
            for threshold in thresholds:
                flagged[(*key, threshold)] += score >= threshold

    print(
        f"\nguardian output screen on the reward groups ({classifier.version}, {classifier.precision}; "
        f"{args.split} split: {len(groups)} questions, {len(rows)} replies; pair threshold {pair_threshold})"
    )
    header = "question  lang  reply    n    " + "  ".join(f"t={t:<5}" for t in thresholds)
    print(header + "\n" + "-" * len(header))
    result = []
    for key in sorted(totals):
        n = totals[key]
        rates = [flagged[(*key, t)] / n for t in thresholds]
        print(f"{key[0]:8}  {key[1]:4}  {key[2]:6} {n:4}    " + "  ".join(f"{r:7.1%}" for r in rates))
        result.append(
            {
                "question_kind": key[0],
                "lang": key[1],
                "reply": key[2],
                "n": n,
                "flagged": dict(zip(map(str, thresholds), rates, strict=True)),
            }
        )
    print("(safe rows: false alarms of the output screen; unsafe rows: catches)")
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "guardian_pairs.json").write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()
