"""`medguard principles ...`: inspect the library, try retrieval, synthesise a rubric.

`search` and `rubric` judge the text with the guardian's evaluator first (its dimensions filter the
principles), unless `--no-screen` is given or dimensions are named with `--dimension`.
Exit codes: 0 done; 2 a usage or set-up error (message on stderr).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

__all__ = ["add_principles_commands"]


def add_principles_commands(sub: Any) -> None:
    """Register the `principles` command group on the top-level subparsers."""
    group = sub.add_parser("principles", help="the HealthPrinciples library: list, search, rubric")
    commands = group.add_subparsers(dest="principles_command", required=True)

    listing = commands.add_parser("list", help="validate the library and list its principles")
    _common(listing)
    listing.set_defaults(func=_cmd_list)

    for name, helptext in (
        ("search", "the principles most relevant to a text (dimension filter + embedding similarity)"),
        ("rubric", "a scoring rubric for an unlabeled query, drawn from its principles (JSON)"),
    ):
        command = commands.add_parser(name, help=helptext)
        command.add_argument("text", help="a user question (or conversation text)")
        command.add_argument("-k", type=int, default=None, help="principles to retrieve (default: setting)")
        command.add_argument(
            "--dimension", action="append", default=[], help="guardian dimension id to filter by (repeatable)"
        )
        command.add_argument("--no-screen", action="store_true", help="do not judge the text first")
        _common(command)
        command.set_defaults(func=_cmd_search if name == "search" else _cmd_rubric)


def _common(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--library", type=Path, default=None, help="library folder (default: packaged zh v1)"
    )
    command.add_argument("--json", action="store_true", help="machine-readable output")


def _toolkit(args: argparse.Namespace) -> Any:
    from services.guardian.evaluator.factory import principles_from_settings
    from services.guardian.settings import GuardianSettings

    settings = GuardianSettings(principles_dir=args.library) if args.library else GuardianSettings()
    return settings, principles_from_settings(settings)


def _verdict(args: argparse.Namespace, settings: Any) -> Any:
    from services.common.types import ChatMessage, DimensionHit, Severity, Verdict
    from services.guardian.evaluator.factory import load_screen
    from services.guardian.evaluator.screen import ScreenItem

    if args.dimension:
        hits = [
            DimensionHit(id=d, severity=Severity.CONTROVERSIAL, score=1.0, rationale="")
            for d in args.dimension
        ]
        return Verdict(severity=Severity.CONTROVERSIAL, dimensions=hits)
    if args.no_screen:
        return Verdict()
    screen = load_screen(settings)
    try:
        (verdict,) = asyncio.run(
            screen.evaluate([ScreenItem((ChatMessage(role="user", content=args.text),))])
        )
    finally:
        close = getattr(screen, "close", None)
        if close is not None:
            close()
    return verdict


def _cmd_list(args: argparse.Namespace) -> int:
    _, toolkit = _toolkit(args)
    library = toolkit.library
    rows = [
        {
            "id": p.id,
            "clinical_dimension": p.clinical_dimension,
            "dimensions": p.dimensions,
            "title_zh": p.title_zh,
        }
        for p in library
    ]
    if args.json:
        print(json.dumps({"library": library.name, "principles": rows}, ensure_ascii=False, indent=1))
        return 0
    print(
        f"{library.name}: {len(library)} principles in {len(library.clinical_dimensions)} clinical dimensions"
    )
    for row in rows:
        print(f"  {row['id']:<20} {','.join(row['dimensions']):<45} {row['title_zh']}")
    return 0


def _cmd_search(args: argparse.Namespace) -> int:
    settings, toolkit = _toolkit(args)
    verdict = _verdict(args, settings)
    dimensions = [hit.id for hit in verdict.dimensions]
    found = toolkit.search(args.text, dimensions, args.k)
    if args.json:
        out = {
            "library": toolkit.library.name,
            "verdict": verdict.severity.value,
            "dimensions": dimensions,
            "results": [
                {
                    "id": s.principle.id,
                    "score": s.score,
                    "similarity": s.similarity,
                    "dimension_match": s.dimension_match,
                    "title_zh": s.principle.title_zh,
                    "grounding": [g.cite() for g in s.principle.grounding],
                }
                for s in found
            ],
        }
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    print(f"verdict: {verdict.severity.value}  dimensions: {', '.join(dimensions) or '-'}", file=sys.stderr)
    for s in found:
        p = s.principle
        print(f"{s.score:6.3f}  {p.id}  {p.title_zh} / {p.title_en}")
        print(f"        {p.principle_zh}")
        print(f"        依据：{'、'.join(g.cite() for g in p.grounding)}")
    return 0


def _cmd_rubric(args: argparse.Namespace) -> int:
    settings, toolkit = _toolkit(args)
    rubric = toolkit.rubric(args.text, _verdict(args, settings), args.k)
    print(json.dumps(rubric.model_dump(mode="json", by_alias=True), ensure_ascii=False, indent=1))
    return 0
