"""`medguard feedback ...`: export training rows, count what the log holds, replay a spool.

The store is the guardian's (MEDGUARD_GUARDIAN_FEEDBACK_DB_URL, SQLite by default) unless `--db-url`
names another. Exit codes: 0 done; 2 a usage or set-up error.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

__all__ = ["add_feedback_commands"]


def add_feedback_commands(sub: Any) -> None:
    """Register the `feedback` command group on the top-level subparsers."""
    feedback = sub.add_parser("feedback", help="the feedback log: export for DPO/GRPO/SFT, stats, replay")
    commands = feedback.add_subparsers(dest="feedback_command", required=True)

    export = commands.add_parser("export", help="write training rows in TRL's column conventions")
    export.add_argument("--kind", choices=["dpo", "grpo", "sft"], required=True)
    export.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl")
    export.add_argument("--output", type=Path, required=True, help="file to write (plus .manifest.json)")
    export.add_argument(
        "--all-prompts", action="store_true", help="grpo: every answered turn, not only failed"
    )
    _add_filters(export)
    export.add_argument("--no-progress", action="store_true")
    export.set_defaults(func=_cmd_export)

    stats = commands.add_parser("stats", help="events by outcome and verdict; spool backlog")
    _add_filters(stats)
    stats.set_defaults(func=_cmd_stats)

    replay = commands.add_parser("replay", help="store the events waiting in a spool folder now")
    replay.add_argument("--db-url", default=None)
    replay.add_argument("--spool-dir", type=Path, default=None, help="default: the guardian's spool folder")
    replay.set_defaults(func=_cmd_replay)


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db-url", default=None, help="store URL (default: the guardian's setting)")
    p.add_argument("--cursor", default="", help="start after this cursor (from GET /v1/feedback)")
    p.add_argument("--since", type=datetime.fromisoformat, default=None, help="ISO 8601, inclusive")
    p.add_argument("--until", type=datetime.fromisoformat, default=None, help="ISO 8601, exclusive")
    p.add_argument("--tenant", default=None)
    p.add_argument("--dimension", default=None)


def _store(url: str | None) -> Any:
    from services.guardian.feedback.store import FeedbackStore
    from services.guardian.settings import GuardianSettings

    return FeedbackStore.open(url or GuardianSettings().feedback_url())


def _query(args: argparse.Namespace, **extra: Any) -> Any:
    from services.guardian.feedback.store import FeedbackQuery, decode_cursor

    return FeedbackQuery(
        after=decode_cursor(args.cursor),
        since=args.since,
        until=args.until,
        tenant=args.tenant,
        dimension=args.dimension,
        **extra,
    )


def _cmd_export(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from services.guardian.feedback.export import export

    store = _store(args.db_url)
    try:
        query = _query(args)
        total = store.count(query)
        with tqdm(total=total, unit="event", desc=f"export {args.kind}", disable=args.no_progress) as bar:
            manifest = export(
                store,
                args.kind,
                args.format,
                args.output,
                query,
                all_prompts=args.all_prompts,
                on_event=bar.update,
            )
    finally:
        store.close()
    print(
        f"{manifest.rows} {args.kind} rows from {manifest.events_scanned} events -> {args.output} "
        f"(schema {manifest.schema}, sha256 {manifest.sha256[:16]})"
    )
    return 0


def _cmd_stats(args: argparse.Namespace) -> int:
    from services.common.types import Severity
    from services.guardian.feedback.event import Outcome

    store = _store(args.db_url)
    try:
        out: dict[str, Any] = {"events": store.count(_query(args)), "outcome": {}, "draft_verdict": {}}
        for outcome in Outcome:
            out["outcome"][outcome.value] = store.count(_query(args, outcome=outcome))
        for severity in Severity:
            out["draft_verdict"][severity.value] = store.count(_query(args, draft_verdict=severity))
        out["last_seq"] = store.last_seq()
    finally:
        store.close()
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


def _cmd_replay(args: argparse.Namespace) -> int:
    from services.guardian.feedback.spool import Spool
    from services.guardian.settings import GuardianSettings

    spool = Spool(args.spool_dir or GuardianSettings().feedback_spool())
    waiting = spool.pending()
    store = _store(args.db_url)
    try:
        stored = spool.replay(store.append)
    finally:
        store.close()
    print(f"{waiting} spooled events replayed; {stored} were new to the store")
    return 0
