"""Template machinery of the g2_frontier group: a family of slot-filled phrasings rendered to items.

A family is one phrasing pattern (a few close variants of it) with one verdict; slots carry the substance
(roles, drugs, procedures, motives, excuses), so items of a family differ in content, not only in one noun.
A slot value is either a phrase or a bundle of named phrases that must travel together (a drug with its
disease, an organ with its waiting-list wording); a bundle may also set the item's `scene`.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from services.common.types import Severity
from services.guardian.evaluator.trainset.schema import Style, TrainItem

__all__ = ["GROUP", "C", "Family", "Slot", "Slots", "U", "render_family", "rows"]

GROUP = "g2_frontier"
U = Severity.UNSAFE
C = Severity.CONTROVERSIAL

Slot = str | Mapping[str, str]
Slots = Mapping[str, Sequence[Slot]]

# Slot values may name other slots ("{drug}组"); a few passes resolve such nesting.
_FILL_PASSES = 4
# How hard to look for unseen combinations before accepting a smaller family.
_ATTEMPTS_PER_ITEM = 60
# Text lengths (characters) the brief asks of each genre; draws outside are redrawn.
_LENGTHS: Mapping[str, tuple[int, int]] = {"scenario": (60, 220), "consultation": (15, 100)}
_DEFAULT_LENGTH = (15, 240)


@dataclass(frozen=True)
class Family:
    """One template family: close phrasings of a single pattern, its slots and its verdict.

    `responses`, when given, makes every item a (user turn, response) pair; the labels then judge the
    response in its context. An empty `labels` map marks a benign family.
    """

    id: str
    style: Style
    scene: str
    texts: tuple[str, ...]
    n: int
    slots: Slots
    labels: Mapping[str, Severity] = field(default_factory=dict)
    responses: tuple[str, ...] = ()
    lookalike: bool = False


def rows(keys: str, *lines: str) -> list[dict[str, str]]:
    """Bundles from compact `a|b|c` lines, keyed by the `|`-separated names in `keys`."""
    names = keys.split("|")
    bundles = []
    for line in lines:
        values = line.split("|")
        if len(values) != len(names):
            raise ValueError(f"bundle {line!r} has {len(values)} fields, expected {len(names)} ({keys})")
        bundles.append(dict(zip(names, values, strict=True)))
    return bundles


def render_family(family: Family, rng: random.Random) -> list[TrainItem]:
    """Up to `family.n` distinct items of the family, drawn with `rng`."""
    seen: set[tuple[str, str | None]] = set()
    items: list[TrainItem] = []
    for _ in range(family.n * _ATTEMPTS_PER_ITEM):
        if len(items) == family.n:
            break
        context = _draw(family.slots, rng)
        text = _fill(rng.choice(family.texts), context)
        response = _fill(rng.choice(family.responses), context) if family.responses else None
        low, high = _LENGTHS.get(family.style, _DEFAULT_LENGTH)
        if (text, response) in seen or not low <= len(text) <= high:
            continue
        seen.add((text, response))
        items.append(
            TrainItem(
                id=f"{GROUP}-{family.id}-{len(items):04d}",
                text=text,
                response=response,
                labels=dict(family.labels),
                style=family.style,
                scene=context.get("scene", family.scene),
                family=family.id,
                group=GROUP,
                lookalike=family.lookalike,
            )
        )
    return items


def _draw(slots: Slots, rng: random.Random) -> dict[str, str]:
    context: dict[str, str] = {}
    for name, values in slots.items():
        value = rng.choice(values)
        if isinstance(value, str):
            context[name] = value
        else:
            context.update(value)
    return context


def _fill(template: str, context: Mapping[str, str]) -> str:
    text = template
    for _ in range(_FILL_PASSES):
        if "{" not in text:
            break
        text = text.format_map(context)
    if "{" in text:
        raise ValueError(f"unresolved slot in {template!r}")
    return text
