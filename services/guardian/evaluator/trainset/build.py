"""Build the guardian training set from the template modules: validate, augment, split, write JSONL.

    python -m services.guardian.evaluator.trainset.build            # write the packaged JSONL
    python -m services.guardian.evaluator.trainset.build --only g1_clinical --stats   # check one group

The build is deterministic for a seed: the committed file is checked against a rebuild by the tests.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import importlib
import json
import pkgutil
import random
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from services.guardian.evaluator.taxonomy import Taxonomy
from services.guardian.evaluator.trainset import groups
from services.guardian.evaluator.trainset.augment import augment
from services.guardian.evaluator.trainset.schema import TrainItem

__all__ = ["DEFAULT_OUTPUT", "build_items", "group_names", "main", "stats", "write_jsonl"]

DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "data" / "trainset.v1.jsonl"
DEFAULT_SEED = 20261124
DEV_SHARE = 0.15


def group_names() -> list[str]:
    """Names of the template modules under `groups/`."""
    return sorted(
        module.name
        for module in pkgutil.iter_modules(groups.__path__)
        if not module.ispkg and not module.name.startswith("_")
    )


def _group_builder(name: str) -> Callable[[random.Random], list[TrainItem]]:
    module = importlib.import_module(f"{groups.__name__}.{name}")
    builder: Callable[[random.Random], list[TrainItem]] = module.build
    return builder


def _seed_for(seed: int, name: str) -> int:
    return int.from_bytes(hashlib.sha256(f"{seed}:{name}".encode()).digest()[:8], "big")


def build_items(taxonomy: Taxonomy, seed: int = DEFAULT_SEED, only: Sequence[str] = ()) -> list[TrainItem]:
    """All items of the chosen groups (all by default), validated, augmented, deduplicated and split."""
    items: list[TrainItem] = []
    for name in only or group_names():
        written = _group_builder(name)(random.Random(_seed_for(seed, name)))
        for item in written:
            if item.group != name:
                raise ValueError(f"item {item.id}: group {item.group!r} written by module {name!r}")
            taxonomy.check_ids(list(item.labels), f"item {item.id}")
        items.extend(written)
    items = _dedupe(items)
    items.extend(augment(items, random.Random(_seed_for(seed, "augment"))))
    _check_unique_ids(items)
    return sorted((_with_split(item, seed) for item in items), key=lambda item: item.id)


def _dedupe(items: Iterable[TrainItem]) -> list[TrainItem]:
    """Drop exact repeats of (text, response); two repeats with different labels are an error."""
    seen: dict[tuple[str, str | None], TrainItem] = {}
    for item in items:
        key = (item.text.strip(), item.response)
        first = seen.get(key)
        if first is None:
            seen[key] = item
        elif first.labels != item.labels:
            raise ValueError(f"items {first.id} and {item.id}: same text, different labels")
    return list(seen.values())


def _check_unique_ids(items: Sequence[TrainItem]) -> None:
    counts = collections.Counter(item.id for item in items)
    repeated = [item_id for item_id, count in counts.items() if count > 1]
    if repeated:
        raise ValueError(f"duplicate item ids: {repeated[:10]}")


def _with_split(item: TrainItem, seed: int) -> TrainItem:
    # Whole template families go to one side, so dev measures generalisation to unseen templates.
    digest = hashlib.sha256(f"{seed}:{item.group}:{item.family}".encode()).digest()
    split = "dev" if int.from_bytes(digest[:4], "big") / 2**32 < DEV_SHARE else "train"
    return item.model_copy(update={"split": split})


def write_jsonl(items: Sequence[TrainItem], path: Path) -> str:
    """Write items one JSON object a line; return the file's sha256."""
    text = "".join(json.dumps(item.model_dump(mode="json"), ensure_ascii=False) + "\n" for item in items)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return hashlib.sha256(text.encode()).hexdigest()


def stats(items: Sequence[TrainItem]) -> dict[str, object]:
    """Counts that the data card reports: per dimension, style, kind, split and benign share."""
    per_dimension: collections.Counter[str] = collections.Counter()
    for item in items:
        per_dimension.update(f"{dimension}:{severity.value}" for dimension, severity in item.labels.items())
    benign = sum(item.benign for item in items)
    return {
        "items": len(items),
        "benign": benign,
        "benign_share": round(benign / max(len(items), 1), 3),
        "lookalike": sum(item.lookalike for item in items),
        "pairs": sum(item.response is not None for item in items),
        "families": len({(item.group, item.family) for item in items}),
        "split": dict(collections.Counter(item.split for item in items)),
        "style": dict(sorted(collections.Counter(item.style for item in items).items())),
        "group": dict(sorted(collections.Counter(item.group for item in items).items())),
        "lang": dict(collections.Counter(item.lang for item in items)),
        "dimension": dict(sorted(per_dimension.items())),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: build and write (default), or only print statistics."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--only", action="append", default=[], help="group module name (repeatable)")
    parser.add_argument("--stats", action="store_true", help="print statistics, write nothing")
    args = parser.parse_args(argv)
    items = build_items(Taxonomy.load(), seed=args.seed, only=args.only)
    print(json.dumps(stats(items), ensure_ascii=False, indent=1))
    if not args.stats:
        digest = write_jsonl(items, args.output)
        print(f"wrote {len(items)} items to {args.output} (sha256 {digest[:16]})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
