"""`medguard trainer ...`: one run now, the service loop, rollback, the run records, the benchmark.

Settings come from MEDGUARD_TRAINER_* (services/trainer/settings.py); flags override the common ones.
Exit codes: 0 done (a skipped or rejected run is a normal outcome); 1 the run failed; 2 usage error.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

__all__ = ["add_trainer_commands"]


def add_trainer_commands(sub: Any) -> None:
    """Register the `trainer` command group on the top-level subparsers."""
    trainer = sub.add_parser("trainer", help="feedback -> DPO/GRPO adapter -> gate -> promote; rollback")
    commands = trainer.add_subparsers(dest="trainer_command", required=True)

    run = commands.add_parser("run", help="one run now (trains when enough new rows, or always with --force)")
    run.add_argument("--kind", choices=["dpo", "grpo"], default=None, help="default: the method setting")
    run.add_argument("--force", action="store_true", help="train on whatever new rows exist")
    _add_common(run)
    run.set_defaults(func=_cmd_run)

    serve = commands.add_parser("serve", help="the service loop (schedule / new-data trigger, /metrics)")
    _add_common(serve)
    serve.set_defaults(func=_cmd_serve)

    rollback = commands.add_parser("rollback", help="return the policy to the adapter active before")
    _add_common(rollback)
    rollback.set_defaults(func=_cmd_rollback)

    runs = commands.add_parser("runs", help="list the run records")
    runs.add_argument("--work-dir", type=Path, default=None)
    runs.add_argument("--json", action="store_true", help="full records as JSON")
    runs.set_defaults(func=_cmd_runs)


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--work-dir", type=Path, default=None)
    p.add_argument("--db-url", default=None, help="feedback store URL")
    p.add_argument("--policy", default=None, help="policy host:port")
    p.add_argument("--guardian", default=None, help="guardian gRPC host:port")
    p.add_argument("--reward", default=None, help="reward host:port ('' = none)")
    p.add_argument("--base-model", type=Path, default=None, help="the policy's base model folder")
    p.add_argument("--launcher", choices=["inprocess", "accelerate"], default=None)
    p.add_argument("--accelerate-config", type=Path, default=None, help="e.g. a DeepSpeed config")
    p.add_argument("--num-processes", type=int, default=None)
    p.add_argument("--max-steps", type=int, default=None)
    p.add_argument("--min-new-pairs", type=int, default=None)
    p.add_argument("--mcq-dir", type=Path, default=None)


def _settings(args: argparse.Namespace) -> Any:
    from services.trainer.settings import TrainerSettings

    flags = {
        "work_dir": args.work_dir,
        "feedback_db_url": args.db_url,
        "policy_addr": args.policy,
        "guardian_addr": args.guardian,
        "reward_addr": args.reward,
        "base_model": args.base_model,
        "launcher": args.launcher,
        "accelerate_config": args.accelerate_config,
        "num_processes": args.num_processes,
        "max_steps": args.max_steps,
        "min_new_pairs": args.min_new_pairs,
        "mcq_dir": args.mcq_dir,
    }
    return TrainerSettings(**{k: v for k, v in flags.items() if v is not None})


def _cmd_run(args: argparse.Namespace) -> int:
    from services.trainer.app import open_pipeline

    async def go() -> Any:
        async with open_pipeline(_settings(args)) as pipeline:
            return await pipeline.run_once(kind=args.kind, force=args.force)

    try:
        record = asyncio.run(go())
    except Exception as exc:
        print(f"medguard trainer: run failed: {exc} (recorded under runs/)", file=sys.stderr)
        return 1
    _print_record(record)
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    from services.common.logging import configure_logging
    from services.trainer.app import serve

    settings = _settings(args)
    configure_logging("trainer", level=settings.log_level, json_lines=settings.log_json)
    asyncio.run(serve(settings))
    return 0


def _cmd_rollback(args: argparse.Namespace) -> int:
    from services.trainer.app import open_pipeline

    async def go() -> Any:
        async with open_pipeline(_settings(args)) as pipeline:
            return await pipeline.rollback()

    record = asyncio.run(go())
    before = record.decision["rolled_back_from"] or "base model"
    print(f"rolled back: {before} -> {record.adapter or 'base model'}")
    return 0


def _cmd_runs(args: argparse.Namespace) -> int:
    from services.trainer.runs import RunBook
    from services.trainer.settings import TrainerSettings

    book = RunBook(args.work_dir or TrainerSettings().work_dir)
    for record in book.records():
        if args.json:
            print(json.dumps(asdict(record), ensure_ascii=False))
        else:
            _print_record(record)
    return 0


def _print_record(record: Any) -> None:
    rows = record.data.get("rows", 0)
    line = f"{record.run_id}  {record.kind:8s} {record.status:11s} rows={rows}"
    if record.adapter:
        line += f"  adapter={record.adapter}"
    bench = record.benchmark
    if bench:
        cur, cand = bench["current"], bench["candidate"]
        line += f"  pass {cur['pass_rate']:.3f}->{cand['pass_rate']:.3f}"
        if cand.get("reward_mean") is not None and cur.get("reward_mean") is not None:
            line += f"  reward {cur['reward_mean']:.3f}->{cand['reward_mean']:.3f}"
    if record.error:
        line += f"  error: {record.error}"
    print(line)
