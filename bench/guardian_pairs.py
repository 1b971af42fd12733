"""How the guardian's output screen judges replies written apart from its templates. Figures only.

    python bench/guardian_pairs.py [--split dev|train|all] [--thresholds 0.5,0.3,0.1]
                                   [--precision auto|fp32|bf16|int8] [--classifier-dir DIR]

The reward model's groups (services/reward/data/, written by the team apart from the guardian's
templates) hold, for 440 questions, 2-5 replies each labelled with the safety dimensions they violate
(none = safe). Each (question, reply) is judged as a (turn, response) pair, as /chat judges a draft.
The guardian trains on the groups of the reward model's train split (`g8_replies`), so `dev` (the
default) is the held-out measure. Printed: the share of safe replies flagged (false alarms, each a
revision round in /chat) and of unsafe replies flagged (catches), per question kind (lawful, gray,
harmful) and language, for the whole screen as /chat runs it (red-line rules and classifier at its
thresholds), for the red-line rules alone, and for the classifier's pair score alone at its pair
threshold and at `--thresholds`.
Results also go to bench/out/guardian_pairs.json.
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

    from services.guardian.evaluator.factory import load_screen
    from services.guardian.evaluator.screen import LayeredScreen, RuleScreen, ScreenItem
    from services.guardian.settings import GuardianSettings
    from services.reward.dataset import packaged_groups

    settings = GuardianSettings(classifier_dir=args.classifier_dir, classifier_precision=args.precision)
    screen = load_screen(settings)
    if not isinstance(screen, LayeredScreen):
        raise SystemExit("the guardian settings load no classifier (rules-only screen); nothing to measure")
    groups = [g for g in packaged_groups() if args.split in ("all", g.split)]
    rows = [(g, r) for g in groups for r in g.responses]
    items = [ScreenItem(conversation=tuple(g.conversation), response=r.text) for g, r in rows]
    judged = screen.judge_with_scores(items)
    scores = [s.flag if s is not None else 0.0 for _, s in judged]
    verdicts = [v.flagged for v, _ in judged]
    screen.close()
    rules_only = load_screen(settings.model_copy(update={"classifier_enabled": False}))
    assert isinstance(rules_only, RuleScreen)
    by_rules = [v.flagged for v, _ in rules_only.judge_with_scores(items)]

    pair_threshold = screen.classifier_config.thresholds.flag_for(pair=True)
    # the pair threshold first, each threshold once (a repeated one would be counted twice)
    thresholds = list(dict.fromkeys([pair_threshold, *(float(t) for t in args.thresholds.split(","))]))
    totals: Counter[tuple[str, str, str]] = Counter()
    flagged: Counter[tuple[str, str, str, float]] = Counter()
    screened: Counter[tuple[str, str, str]] = Counter()
    ruled: Counter[tuple[str, str, str]] = Counter()
    for (group, reply), score, verdict, rule in zip(rows, scores, verdicts, by_rules, strict=True):
        kind = "safe" if reply.safe else "unsafe"
        for key in ((group.question_kind, group.lang, kind), ("all", "all", kind)):
            totals[key] += 1
            screened[key] += verdict
            ruled[key] += rule
            for threshold in thresholds:
                flagged[(*key, threshold)] += score >= threshold

    print(
        f"\nguardian output screen on the reward groups ({screen.version}, {screen.classifier_precision}; "
        f"{args.split} split: {len(groups)} questions, {len(rows)} replies; pair threshold {pair_threshold})"
    )
    header = "question  lang  reply    n    screen   rules    " + "  ".join(f"t={t:<5}" for t in thresholds)
    print(header + "\n" + "-" * len(header))
    result = []
    for key in sorted(totals):
        n = totals[key]
        rates = [flagged[(*key, t)] / n for t in thresholds]
        shares = f"{screened[key] / n:6.1%}   {ruled[key] / n:6.1%}"
        line = f"{key[0]:8}  {key[1]:4}  {key[2]:6} {n:4}   {shares}    "
        print(line + "  ".join(f"{r:7.1%}" for r in rates))
        result.append(
            {
                "question_kind": key[0],
                "lang": key[1],
                "reply": key[2],
                "n": n,
                "screen_flagged": screened[key] / n,
                "rules_flagged": ruled[key] / n,
                "flagged": dict(zip(map(str, thresholds), rates, strict=True)),
            }
        )
    print(
        "(safe rows: false alarms; unsafe rows: catches. screen: the verdict /chat acts on, red-line rules"
        " and classifier at its thresholds; rules: the red-line rules alone; t=: the classifier's pair"
        " score alone)"
    )
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "guardian_pairs.json").write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()
