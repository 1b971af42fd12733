"""`medguard guardian ...`: train the classifier or the decoder probe, screen a JSONL file, evaluate
on labelled data.

Exit codes: 0 all rows judged; 1 some rows were malformed (reported by line number on stderr, the
rest judged and written); 2 a usage or set-up error (message on stderr).
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
import time
from pathlib import Path
from typing import Any, get_args

from services.guardian.evaluator.views import Pooling

__all__ = ["add_guardian_commands"]


def add_guardian_commands(sub: Any) -> None:
    """Register the `guardian` command group on the top-level subparsers."""
    guardian = sub.add_parser("guardian", help="the ethics evaluator: train, screen, eval, data")
    commands = guardian.add_subparsers(dest="guardian_command", required=True)

    train = commands.add_parser("train", help="train the classifier (LoRA + head) on the team's training set")
    train.add_argument(
        "--output", type=Path, default=None, help="artifact folder (default: the packaged one)"
    )
    train.add_argument("--data", type=Path, default=None, help="training JSONL (default: packaged trainset)")
    train.add_argument(
        "--encoder-dir", type=Path, default=None, help="HF encoder folder (default: m3e-small)"
    )
    # Hyperparameters left out keep TrainConfig's defaults (one place for them; see docs/guardian.md).
    unset = argparse.SUPPRESS
    train.add_argument("--encoder-name", default=unset, help="name recorded in the artifact")
    train.add_argument("--epochs", type=int, default=unset, help="passes over the train split")
    train.add_argument("--batch-size", type=int, default=unset)
    train.add_argument("--seed", type=int, default=unset)
    train.add_argument(
        "--flag-pos-weight", type=float, default=unset, help="loss weight of flagged items on the flag output"
    )
    train.add_argument(
        "--pooling",
        choices=get_args(Pooling),
        default=unset,
        help="whole: one view per item (default); windows: max over the text and its sentence windows",
    )
    train.add_argument("--max-items", type=int, default=None, help="subsample each split (quick runs)")
    train.add_argument("--threads", type=int, default=None)
    train.add_argument(
        "--retune", action="store_true", help="only re-pick the thresholds of the artifact at --output on dev"
    )
    train.set_defaults(func=_cmd_train)

    probe = commands.add_parser(
        "train-probe", help="fit the decoder probe (frozen policy Gemma + linear layer) on the training set"
    )
    probe.add_argument(
        "--output", type=Path, default=None, help="artifact folder (default: the packaged one)"
    )
    probe.add_argument("--data", type=Path, default=None, help="training JSONL (default: packaged trainset)")
    probe.add_argument(
        "--decoder-dir",
        type=Path,
        default=None,
        help="HF decoder folder (default: prepared policy Gemma)",
    )
    probe.add_argument("--layers", default=unset, help="hidden states pooled, e.g. 9,14,18")
    probe.add_argument("--weight-decays", default=unset, help="L2 penalties tried, e.g. 1e-4,1e-3,1e-2")
    probe.add_argument("--max-length", type=int, default=unset, help="decoder tokens per item")
    probe.add_argument("--precision", choices=("bf16", "fp32"), default=unset)
    probe.add_argument("--seed", type=int, default=unset)
    probe.add_argument("--max-items", type=int, default=None, help="first N of each split (quick runs)")
    probe.add_argument("--threads", type=int, default=None)
    probe.set_defaults(func=_cmd_train_probe)

    for name, helptext in (
        ("screen", "judge every row of a JSONL file; write one verdict row per input row"),
        ("eval", "precision / recall / F1 / FPR on labelled rows, per source, scene and attack type"),
    ):
        command = commands.add_parser(name, help=helptext)
        command.add_argument("--input", type=Path, required=True)
        command.add_argument("--batch-size", type=int, default=64)
        command.add_argument("--rules-only", action="store_true", help="judge with the red-line rules alone")
        command.add_argument("--classifier-dir", type=Path, default=None)
        command.add_argument("--no-progress", action="store_true")
        if name == "screen":
            command.add_argument("--output", type=Path, required=True)
            command.set_defaults(func=_cmd_screen)
        else:
            command.add_argument("--report", type=Path, default=None, help="HTML report (default: reports/)")
            command.add_argument("--json", type=Path, default=None, help="also write the figures as JSON")
            command.add_argument("--limit", type=int, default=None, help="first N rows only")
            command.set_defaults(func=_cmd_eval)

    data = commands.add_parser("data", help="rebuild the training set JSONL from the template modules")
    data.add_argument("--stats", action="store_true", help="print statistics only")
    data.add_argument("--output", type=Path, default=None)
    data.set_defaults(func=_cmd_data)


def _cmd_train(args: argparse.Namespace) -> int:
    from services.guardian.evaluator.factory import default_classifier_dir
    from services.guardian.evaluator.training import TrainConfig, default_trainset_path, retune, train

    if args.retune:
        output = args.output or default_classifier_dir()
        done = retune(
            output, args.data, encoder_dir=args.encoder_dir, log=lambda s: print(s, file=sys.stderr)
        )
        print(json.dumps(done.metrics, ensure_ascii=False, indent=1))
        return 0
    config = TrainConfig(
        output_dir=args.output or default_classifier_dir(),
        data=args.data or default_trainset_path(),
        encoder_dir=args.encoder_dir,
        max_items=args.max_items,
        threads=args.threads,
        **{
            name: getattr(args, name)
            for name in ("encoder_name", "epochs", "batch_size", "seed", "flag_pos_weight", "pooling")
            if hasattr(args, name)
        },
    )
    saved = train(config, progress=True, log=lambda line: print(line, file=sys.stderr))
    print(json.dumps(saved.metrics, ensure_ascii=False, indent=1))
    return 0


def _cmd_train_probe(args: argparse.Namespace) -> int:
    from services.guardian.evaluator.factory import default_probe_dir
    from services.guardian.evaluator.probe_training import ProbeTrainConfig, train_probe
    from services.guardian.evaluator.training import default_trainset_path

    chosen: dict[str, Any] = {
        name: getattr(args, name) for name in ("max_length", "precision", "seed") if hasattr(args, name)
    }
    try:
        if hasattr(args, "layers"):
            chosen["layers"] = _numbers(args.layers, int, "--layers")
        if hasattr(args, "weight_decays"):
            chosen["weight_decays"] = _numbers(args.weight_decays, float, "--weight-decays")
        config = ProbeTrainConfig(
            output_dir=args.output or default_probe_dir(),
            data=args.data or default_trainset_path(),
            decoder_dir=args.decoder_dir,
            max_items=args.max_items,
            threads=args.threads,
            **chosen,
        )
    except ValueError as exc:  # a bad number in --layers / --weight-decays, or a setting out of range
        print(f"medguard: train-probe: {exc}", file=sys.stderr)
        return 2
    saved = train_probe(config, progress=True, log=lambda line: print(line, file=sys.stderr))
    print(json.dumps(saved.metrics, ensure_ascii=False, indent=1))
    return 0


def _numbers(text: str, kind: type[int] | type[float], option: str) -> tuple[Any, ...]:
    try:
        return tuple(kind(part) for part in text.split(","))
    except ValueError:
        raise ValueError(f"{option} takes comma-separated numbers, not {text!r}") from None


def _load_batch_screen(args: argparse.Namespace) -> Any:
    from services.guardian.evaluator.factory import load_screen
    from services.guardian.settings import GuardianSettings

    overrides: dict[str, Any] = {"classifier_enabled": not args.rules_only}
    if args.classifier_dir is not None:
        overrides["classifier_dir"] = args.classifier_dir
    return load_screen(GuardianSettings(**overrides))


def _report_errors(errors: list[Any], path: Path) -> None:
    for error in errors:
        print(f"{path}:{error}", file=sys.stderr)
    if errors:
        print(
            f"medguard: {len(errors)} malformed row(s) in {path} skipped; the rest were judged",
            file=sys.stderr,
        )


def _cmd_screen(args: argparse.Namespace) -> int:
    from tqdm.auto import tqdm

    from services.guardian.evaluator.batch import judge_rows, output_record, read_rows

    rows, errors = read_rows(args.input)
    _report_errors(errors, args.input)
    screen = _load_batch_screen(args)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    flagged = 0
    with args.output.open("w", encoding="utf-8") as out:
        bar = tqdm(total=len(rows), desc="screen", unit="row", disable=args.no_progress, file=sys.stderr)
        for row, verdict, _ in judge_rows(screen, rows, args.batch_size):
            out.write(json.dumps(output_record(row, verdict), ensure_ascii=False) + "\n")
            flagged += verdict.flagged
            bar.update()
        bar.close()
    print(f"{len(rows)} rows judged by {screen.version}, {flagged} flagged -> {args.output}", file=sys.stderr)
    return 1 if errors else 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from tqdm.auto import tqdm

    from services.guardian.evaluator.batch import judge_rows, read_rows
    from services.guardian.evaluator.evaluation import EvalRow, evaluate, format_summary
    from services.guardian.evaluator.report import write_report

    rows, errors = read_rows(args.input, labelled=True)
    _report_errors(errors, args.input)
    rows = rows[: args.limit] if args.limit else rows
    screen = _load_batch_screen(args)
    started = time.perf_counter()
    results = []
    for row, verdict, score in tqdm(
        judge_rows(screen, rows, args.batch_size),
        total=len(rows),
        desc="eval",
        unit="row",
        disable=args.no_progress,
        file=sys.stderr,
    ):
        results.append(
            EvalRow(
                id=row.id,
                label="violating" if row.label == "violating" else "benign",
                flagged=verdict.flagged,
                severity=verdict.severity.value,
                score=min(max(score, 0.0), 1.0),
                source=row.source,
                scene=row.scene,
                attack_type=row.attack_type,
                dimensions=tuple(hit.id for hit in verdict.dimensions),
                text=row.text,
            )
        )
    elapsed = time.perf_counter() - started
    report = evaluate(results, meta=_meta(args, screen, elapsed, len(results)))
    print(format_summary(report))
    path = write_report(report, args.report or Path("reports") / f"guardian-eval-{args.input.stem}.html")
    print(f"report: {path}", file=sys.stderr)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n")
    return 1 if errors else 0


def _meta(args: argparse.Namespace, screen: Any, elapsed: float, count: int) -> dict[str, str]:
    meta = {
        "evaluator": screen.version,
        "input": str(args.input),
        "rows": str(count),
        "command": "medguard " + " ".join(shlex.quote(a) for a in sys.argv[1:]),
        "seconds": f"{elapsed:.1f}",
        "rows_per_second": f"{count / elapsed:.1f}" if elapsed > 0 else "",
    }
    classifier = getattr(screen, "classifier_config", None)
    if classifier is not None:
        meta["threshold"] = str(classifier.thresholds.flag)
        meta["threshold_pair"] = str(classifier.thresholds.flag_for(pair=True))
        meta["classifier_data_sha256"] = classifier.data_sha256[:16]
    return meta


def _cmd_data(args: argparse.Namespace) -> int:
    from services.guardian.evaluator.trainset.build import main as build_main

    argv = ["--stats"] if args.stats else []
    if args.output is not None:
        argv += ["--output", str(args.output)]
    return build_main(argv)
