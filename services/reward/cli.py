"""`medguard reward ...`: train the reward model, evaluate it, score a JSONL file.

Exit codes: 0 done; 1 some input rows were malformed (reported by line on stderr, the rest scored);
2 a usage or set-up error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

__all__ = ["add_reward_commands"]

SHARED_EXTERNAL = Path("../shared/data/external")


def add_reward_commands(sub: Any) -> None:
    """Register the `reward` command group on the top-level subparsers."""
    reward = sub.add_parser("reward", help="the multi-dimensional reward model: train, eval, score")
    commands = reward.add_subparsers(dest="reward_command", required=True)

    train = commands.add_parser("train", help="train the reward model (LoRA + head) on the team's groups")
    train.add_argument(
        "--output", type=Path, default=None, help="artifact folder (default: the packaged one)"
    )
    train.add_argument("--data", type=Path, default=None, help="folder of group JSONL (default: packaged)")
    train.add_argument(
        "--encoder-dir", type=Path, default=None, help="HF encoder folder (default: m3e-small)"
    )
    # Hyperparameters left out keep RewardTrainConfig's defaults (one place for them; docs/reward.md).
    unset = argparse.SUPPRESS
    train.add_argument("--epochs", type=int, default=unset)
    train.add_argument("--learning-rate", type=float, default=unset)
    train.add_argument("--criteria-per-step", type=int, default=unset)
    train.add_argument("--seed", type=int, default=unset)
    train.add_argument("--device", default=unset, help="'cpu' (default), 'cuda', ...")
    train.add_argument("--max-groups", type=int, default=None, help="use only this many groups (quick runs)")
    train.add_argument("--threads", type=int, default=None)
    train.add_argument("--no-guardian-pairs", action="store_true", help="leave out the guardian's pairs")
    train.set_defaults(func=_cmd_train)

    evaluate = commands.add_parser("eval", help="pairwise accuracy per dimension; safe-over-harmful rates")
    evaluate.add_argument("--model-dir", type=Path, default=None, help="artifact (default: the packaged one)")
    evaluate.add_argument("--data", type=Path, default=None, help="folder of group JSONL (default: packaged)")
    evaluate.add_argument(
        "--external", type=Path, default=SHARED_EXTERNAL, help="folder of the external sets"
    )
    evaluate.add_argument("--report", type=Path, default=None, help="also write the figures as JSON here")
    evaluate.add_argument("--no-progress", action="store_true")
    evaluate.set_defaults(func=_cmd_eval)

    score = commands.add_parser(
        "score", help="score every row of a JSONL file (id, prompt|conversation, response)"
    )
    score.add_argument("--input", type=Path, required=True)
    score.add_argument("--output", type=Path, required=True)
    score.add_argument("--model-dir", type=Path, default=None)
    score.add_argument("--batch-size", type=int, default=32)
    score.set_defaults(func=_cmd_score)


def _cmd_train(args: argparse.Namespace) -> int:
    from services.reward.app import default_model_dir
    from services.reward.training import RewardTrainConfig, train_reward

    known = {"epochs", "learning_rate", "criteria_per_step", "seed", "device"}
    extra = {key: value for key, value in vars(args).items() if key in known}
    config = RewardTrainConfig(
        output_dir=args.output or default_model_dir(),
        encoder_dir=args.encoder_dir,
        max_groups=args.max_groups,
        threads=args.threads,
        use_guardian_pairs=not args.no_guardian_pairs,
        **({"data": args.data} if args.data else {}),
        **extra,
    )
    train_reward(config)
    return 0


def _scorer(model_dir: Path | None) -> Any:
    from services.reward.app import load_scorer
    from services.reward.settings import RewardSettings

    return load_scorer(RewardSettings(model_dir=model_dir))


def _cmd_eval(args: argparse.Namespace) -> int:
    from services.guardian.evaluator.taxonomy import Taxonomy
    from services.reward.dataset import default_data_dir, load_groups
    from services.reward.evaluation import evaluate_groups, safe_beats_harmful
    from services.reward.external import external_pairs

    scorer = _scorer(args.model_dir)
    groups = load_groups(
        args.data or default_data_dir(), safety=Taxonomy.load().ids, proficiency=scorer.scheme.proficiency_ids
    )
    held_out = [g for g in groups if g.split == "dev"]
    report: dict[str, Any] = {"model": scorer.version, "held_out_groups": len(held_out)}
    report["held_out"] = evaluate_groups(scorer, held_out, progress=not args.no_progress).summary()
    for name, rows in external_pairs(args.external).items():
        if rows is None:
            print(f"{name}: skipped ({args.external} has no such file)", file=sys.stderr)
            continue
        report[name] = safe_beats_harmful(scorer, rows, progress=not args.no_progress)
    _print_report(report)
    if args.report:
        args.report.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


def _print_report(report: dict[str, Any]) -> None:
    held = report["held_out"]
    print(f"model {report['model']}; held-out groups {report['held_out_groups']}")
    print(f"{'comparison':44} {'accuracy':>9} {'pairs':>6}")
    for name, accuracy in held["pairwise"].items():
        print(f"{name:44} {accuracy:9.3f} {held['pairs'][name]:6d}")
    print(f"criterion accuracy {held.get('criterion_accuracy')}  AUC {held.get('criterion_auc')}")
    for name, figures in report.items():
        if isinstance(figures, dict) and "safe_wins" in figures:
            print(
                f"{name}: safe reply wins {figures['safe_wins']:.3f}, gate separates "
                f"{figures['gate_separates']:.3f} over {figures['rows']} rows"
            )


def _cmd_score(args: argparse.Namespace) -> int:
    from services.reward.external import read_score_rows

    scorer = _scorer(args.model_dir)
    items, errors = read_score_rows(args.input)
    for error in errors:
        print(error, file=sys.stderr)
    with args.output.open("w", encoding="utf-8") as out:
        for start in range(0, len(items), args.batch_size):
            for scores in scorer.score(items[start : start + args.batch_size]):
                out.write(scores.model_dump_json() + "\n")
    print(f"scored {len(items)} rows into {args.output}", file=sys.stderr)
    return 1 if errors else 0
