"""Template machinery for group g3_care: a family is one phrasing pattern filled from slot pools.

A slot value is either a phrase or a small record of phrases that must stay consistent with each other
(a disease with its fitting drug), referenced in a template as `{case[disease]}`.
"""

from __future__ import annotations

import random
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from services.common.types import Severity
from services.guardian.evaluator.trainset.schema import Style, TrainItem

__all__ = ["BENIGN_PER_FAMILY", "C", "Family", "Pool", "Slot", "U", "expand", "pair"]

C = Severity.CONTROVERSIAL
U = Severity.UNSAFE

Slot = str | Mapping[str, str]
Pool = Sequence[Slot]

# Benign families draw a little more per family so that benign items stay near half of the group.
FLAGGED_PER_FAMILY = 6
BENIGN_PER_FAMILY = 8
PAIRS_PER_FAMILY = 8
# Tries per wanted item before a family settles for fewer distinct fills.
_TRIES_PER_ITEM = 40


@dataclass(frozen=True)
class Family:
    """One template family: a text pattern (and, for pairs, a response pattern) with its verdict."""

    id: str
    style: Style
    scene: str
    text: str
    labels: Mapping[str, Severity] = field(default_factory=dict)
    response: str | None = None
    lookalike: bool = False
    n: int = FLAGGED_PER_FAMILY
    slots: Mapping[str, Pool] = field(default_factory=dict)


def expand(family: Family, shared: Mapping[str, Pool], group: str, rng: random.Random) -> list[TrainItem]:
    """Up to `family.n` distinct items of one family, slots drawn with `rng`."""
    pools = {**shared, **family.slots}
    names = _slot_names(family.scene, family.text, family.response or "")
    missing = [name for name in names if name not in pools]
    if missing:
        raise KeyError(f"family {family.id}: no slot pool for {missing}")
    items: list[TrainItem] = []
    seen: set[tuple[str, str | None]] = set()
    for _ in range(family.n * _TRIES_PER_ITEM):
        if len(items) == family.n:
            break
        values = {name: rng.choice(pools[name]) for name in names}
        text = family.text.format(**values)
        response = family.response.format(**values) if family.response is not None else None
        if (text, response) in seen:
            continue
        seen.add((text, response))
        items.append(
            TrainItem(
                id=f"{group}-{family.id}-{len(items):04d}",
                text=text,
                response=response,
                labels=dict(family.labels),
                style=family.style,
                scene=family.scene.format(**values),
                family=family.id,
                group=group,
                lookalike=family.lookalike,
            )
        )
    return items


def pair(
    family_id: str,
    style: Style,
    scene: str,
    text: str,
    response: str,
    slots: Mapping[str, Pool],
    labels: Mapping[str, Severity] | None = None,
) -> Family:
    """A (turn, response) family; with no labels it is a benign look-alike of the request it answers."""
    flagged = dict(labels or {})
    return Family(
        id=family_id,
        style=style,
        scene=scene,
        text=text,
        response=response,
        labels=flagged,
        lookalike=not flagged,
        n=PAIRS_PER_FAMILY,
        slots=slots,
    )


def _slot_names(*templates: str) -> list[str]:
    """Slot names used by the templates, in first-use order (the order fixes the rng draws)."""
    names: list[str] = []
    for template in templates:
        for _, field_name, _, _ in string.Formatter().parse(template):
            if field_name is None:
                continue
            base = field_name.split("[", 1)[0].split(".", 1)[0]
            if base and base not in names:
                names.append(base)
    return names
