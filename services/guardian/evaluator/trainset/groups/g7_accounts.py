"""g7_accounts: accounts and questions written one by one, without templates.

Template groups vary only through their slots, and a classifier trained on them learns the templates'
wording. The items of this group were each composed by a team member as a whole text: narratives of
practice told by staff, reviewers, researchers, patients and relatives in which a norm is quietly
breached (or, for look-alikes, properly kept), and short questions in the attack styles seen in
practice. They live as data in `accounts/*.jsonl`, one writer's batch a file, one item a family, so the
dev split holds out whole texts.

A row holds `key`, `scene`, `text`, `labels`, `style` and `lookalike`, and optionally `lang` (`zh` by
default, or `en`) and `basis`: the rule the writer had in mind (law and article, or a practice standard
in the writer's words), kept for review and not shown to the classifier. A malformed row stops the build
with its file and line.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from pydantic import ValidationError

from services.guardian.evaluator.trainset.schema import TrainItem

__all__ = ["ACCOUNTS_DIR", "GROUP", "build", "load"]

GROUP = "g7_accounts"
ACCOUNTS_DIR = Path(__file__).resolve().parent / "accounts"
_FIELDS = frozenset({"key", "scene", "text", "labels", "style", "lookalike"})
_OPTIONAL = frozenset({"basis", "lang"})


def load(directory: Path = ACCOUNTS_DIR) -> list[TrainItem]:
    """Every row of every `*.jsonl` file in `directory`, in file and line order, as training items."""
    items: list[TrainItem] = []
    for path in sorted(directory.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                items.append(_item(line, f"{path.name}:{number}"))
    return items


def _item(line: str, where: str) -> TrainItem:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"{where}: not JSON: {error}") from error
    if not isinstance(row, dict) or not _FIELDS <= set(row) <= _FIELDS | _OPTIONAL:
        raise ValueError(
            f"{where}: a row holds the fields {sorted(_FIELDS)} and optionally {sorted(_OPTIONAL)}"
        )
    key = str(row["key"])
    try:
        return TrainItem(
            id=f"{GROUP}-{key}",
            text=row["text"],
            labels=row["labels"],
            style=row["style"],
            scene=row["scene"],
            family=key,
            group=GROUP,
            lookalike=row["lookalike"],
            lang=row.get("lang", "zh"),
        )
    except ValidationError as error:
        raise ValueError(f"{where}: {error}") from error


def build(rng: random.Random) -> list[TrainItem]:
    """Every written item; `rng` is unused because nothing here is drawn."""
    del rng
    return load()
