"""Template machinery of the g5_safety_rules group: slot-filled phrasing families rendered to items.

A family is one phrasing pattern (a few close variants of it) with one verdict; its slots carry the
substance (who acts, where, which procedure, which motive or excuse), so items of one family differ in
content, not in a single noun. A slot value is a phrase or a bundle of named phrases that travel together
(a procedure with the law that forbids it); a bundle may set the item's `scene`, and, for families that
ask for it, add labels of its own (`labels` = "dimension:severity dimension:severity").
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from services.common.types import Severity
from services.guardian.evaluator.trainset.schema import Style, TrainItem

__all__ = ["GROUP", "C", "Family", "Slot", "Slots", "U", "en_family", "render", "rows"]

GROUP = "g5_safety_rules"
U = Severity.UNSAFE
C = Severity.CONTROVERSIAL

Slot = str | Mapping[str, str]
Slots = Mapping[str, Sequence[Slot]]

# Slot values may name other slots ("{drug}片"); a few passes resolve such nesting.
_FILL_PASSES = 4
# How hard to look for unseen combinations before accepting a smaller family.
_ATTEMPTS_PER_ITEM = 40


@dataclass(frozen=True)
class Family:
    """One template family: close phrasings of one pattern, its slots and its verdict.

    `responses`, when given, makes every item a (user turn, response) pair whose labels judge the
    response in context. An empty `labels` map marks a benign family; `bundle_labels` adds the labels
    carried by the drawn bundles (a jailbreak inherits the harm of what it tries to extract).
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
    bundle_labels: bool = False
    lang: Literal["zh", "en"] = "zh"


def en_family(
    family_id: str,
    style: Style,
    scene: str,
    texts: tuple[str, ...],
    slots: Slots,
    *,
    labels: Mapping[str, Severity] | None = None,
    responses: tuple[str, ...] = (),
    n: int = 5,
    bundle_labels: bool = False,
) -> Family:
    """An English family; a family without labels is a benign look-alike."""
    return Family(
        id=family_id,
        style=style,
        scene=scene,
        texts=texts,
        n=n,
        slots=slots,
        labels=dict(labels or {}),
        responses=responses,
        lookalike=not labels,
        bundle_labels=bundle_labels,
        lang="en",
    )


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


def render(families: Sequence[Family], rng: random.Random) -> list[TrainItem]:
    """Every family rendered in order; ids are unique because family ids are."""
    ids = [family.id for family in families]
    repeated = sorted({family_id for family_id in ids if ids.count(family_id) > 1})
    if repeated:
        raise ValueError(f"family ids used twice: {repeated}")
    return [item for family in families for item in _render_family(family, rng)]


def _render_family(family: Family, rng: random.Random) -> list[TrainItem]:
    seen: set[tuple[str, str | None]] = set()
    items: list[TrainItem] = []
    for _ in range(family.n * _ATTEMPTS_PER_ITEM):
        if len(items) == family.n:
            break
        context, extra = _draw(family.slots, rng)
        text = _fill(rng.choice(family.texts), context)
        response = _fill(rng.choice(family.responses), context) if family.responses else None
        if (text, response) in seen:
            continue
        seen.add((text, response))
        labels = dict(family.labels)
        if family.bundle_labels:
            labels = _merge(labels, extra)
        items.append(
            TrainItem(
                id=f"{GROUP}-{family.id}-{len(items):04d}",
                text=text,
                response=response,
                labels=labels,
                style=family.style,
                scene=context.get("scene", family.scene),
                family=family.id,
                group=GROUP,
                lookalike=family.lookalike,
                lang=family.lang,
            )
        )
    return items


def _draw(slots: Slots, rng: random.Random) -> tuple[dict[str, str], dict[str, Severity]]:
    context: dict[str, str] = {}
    extra: dict[str, Severity] = {}
    for name, values in slots.items():
        value = rng.choice(values)
        if isinstance(value, str):
            context[name] = value
            continue
        for key, phrase in value.items():
            if key == "labels":
                extra = _merge(extra, _parse_labels(phrase))
            else:
                context[key] = phrase
    return context, extra


def _parse_labels(spec: str) -> dict[str, Severity]:
    labels: dict[str, Severity] = {}
    for part in spec.split():
        dimension, _, severity = part.partition(":")
        labels[dimension] = Severity(severity)
    return labels


def _merge(first: Mapping[str, Severity], second: Mapping[str, Severity]) -> dict[str, Severity]:
    merged = dict(first)
    for dimension, severity in second.items():
        current = merged.get(dimension)
        if current is None or severity.rank > current.rank:
            merged[dimension] = severity
    return merged


def _fill(template: str, context: Mapping[str, str]) -> str:
    text = template
    for _ in range(_FILL_PASSES):
        if "{" not in text:
            break
        text = text.format_map(context)
    if "{" in text:
        raise ValueError(f"unresolved slot in {template!r}")
    return text
