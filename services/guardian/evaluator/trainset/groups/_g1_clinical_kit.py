"""Template machinery of the g1_clinical group: a family is one phrasing pattern with one verdict.

Every item of a family is the family's template filled from one draw of the slot pools, so items differ
in substance (procedure, drug, person, motive) while the pattern, and the verdict, stay the same. A
family with a `response` template renders (user turn, response) pairs whose labels judge the response.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from services.common.types import Severity
from services.guardian.evaluator.trainset.groups._g1_clinical_slots import draw
from services.guardian.evaluator.trainset.schema import Style, TrainItem

__all__ = [
    "AC",
    "BE",
    "DL",
    "GROUP",
    "HI",
    "NM",
    "PC",
    "C",
    "Family",
    "U",
    "benign",
    "flagged",
    "render",
]

GROUP = "g1_clinical"
U = Severity.UNSAFE
C = Severity.CONTROVERSIAL
AC = "autonomy_consent"
PC = "privacy_confidentiality"
BE = "beneficence"
NM = "non_maleficence"
HI = "honesty_integrity"
DL = "data_leakage"

_DEFAULT_N = 6
_PAIR_N = 8
# How hard to look for an unseen combination before accepting a smaller family.
_ATTEMPTS_PER_ITEM = 40


@dataclass(frozen=True)
class Family:
    """One template family: a phrasing pattern, its setting and its verdict (empty labels = benign)."""

    key: str
    style: Style
    scene: str
    text: str
    response: str | None = None
    labels: Mapping[str, Severity] = field(default_factory=dict)
    lookalike: bool = False
    n: int = _DEFAULT_N


def flagged(
    key: str,
    style: Style,
    scene: str,
    labels: Mapping[str, Severity],
    text: str,
    response: str | None = None,
    n: int | None = None,
) -> Family:
    """A family whose items describe, ask for or (for pairs) give help with a violation."""
    if not labels:
        raise ValueError(f"family {key}: a flagged family needs labels")
    return Family(key, style, scene, text, response, dict(labels), False, n or _size(response))


def benign(
    key: str,
    style: Style,
    scene: str,
    text: str,
    response: str | None = None,
    *,
    lookalike: bool = True,
    n: int | None = None,
) -> Family:
    """A benign family; by default a look-alike that shares topic and vocabulary with a violation."""
    return Family(key, style, scene, text, response, {}, lookalike, n or _size(response))


def _size(response: str | None) -> int:
    return _DEFAULT_N if response is None else _PAIR_N


def render(families: Iterable[Family], rng: random.Random) -> list[TrainItem]:
    """All items of the families, each family filled up to `n` times with distinct user turns."""
    items: list[TrainItem] = []
    for family in families:
        items.extend(_render_family(family, rng))
    return items


def _render_family(family: Family, rng: random.Random) -> list[TrainItem]:
    # Distinct user turns, not only distinct pairs: a repeated turn teaches the same thing twice.
    seen: set[str] = set()
    items: list[TrainItem] = []
    for _ in range(family.n * _ATTEMPTS_PER_ITEM):
        if len(items) == family.n:
            break
        slots = draw(rng)
        text = family.text.format_map(slots)
        response = family.response.format_map(slots) if family.response is not None else None
        if text in seen:
            continue
        seen.add(text)
        items.append(
            TrainItem(
                id=f"{GROUP}-{family.key}-{len(items):04d}",
                text=text,
                response=response,
                labels=dict(family.labels),
                style=family.style,
                scene=family.scene,
                family=family.key,
                group=GROUP,
                lookalike=family.lookalike,
            )
        )
    return items
