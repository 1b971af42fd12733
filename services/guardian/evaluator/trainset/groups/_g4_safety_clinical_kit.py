"""Template machinery of the g4_safety_clinical group: case records poured into phrasing families.

A *case* is one record of substance (a condition with its drug, the risky act, the excuse, the harm and
the sound alternative) whose fields are phrased to fit every family drawing on its pool, so items of one
family differ in what happens, not in one swapped noun. A family is one phrasing pattern over one pool.

Inside a case value or a template, `[[a|b|c]]` picks one variant; a case's picks are made once per item,
so the user turn and the response of a pair name the same person. A family's labels give a severity or
defer to the case: `"sev"` reads the case's `sev` field (the severity of acting on or endorsing it),
`"ask"` its `ask` field (the severity of asking about it).
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from services.common.types import Severity
from services.guardian.evaluator.trainset.schema import Style, TrainItem

__all__ = ["GROUP", "Case", "Family", "render"]

GROUP = "g4_safety_clinical"

Case = Mapping[str, str]

_CHOICE = re.compile(r"\[\[([^\[\]]*)\]\]")
_FIELD = re.compile(r"\{(\w+)\}")
_DEFERRED = {"sev", "ask"}
# Draws per wanted item before a family settles for fewer distinct items.
_TRIES_PER_ITEM = 30


@dataclass(frozen=True)
class Family:
    """One phrasing pattern over one case pool, with the verdict its items carry.

    `labels` maps a dimension to "unsafe", "controversial", or a case field ("sev", "ask");
    an empty map is a benign family. `tags`, when given, keeps only cases whose `tags` field shares one.
    `response`, when given, makes each item a (user turn, response) pair judged on the response.
    """

    id: str
    pool: str
    style: Style
    text: str
    labels: Mapping[str, str] = field(default_factory=dict)
    response: str | None = None
    lookalike: bool = False
    n: int = 8
    scene: str = ""
    tags: tuple[str, ...] = ()


def render(
    families: Sequence[Family], pools: Mapping[str, Sequence[Case]], rng: random.Random
) -> list[TrainItem]:
    """Every family rendered in order; family ids must be unique."""
    ids = [family.id for family in families]
    repeated = sorted({family_id for family_id in ids if ids.count(family_id) > 1})
    if repeated:
        raise ValueError(f"family ids used twice: {repeated}")
    return [item for family in families for item in _render_family(family, _eligible(family, pools), rng)]


def _eligible(family: Family, pools: Mapping[str, Sequence[Case]]) -> list[Case]:
    cases = [case for case in pools[family.pool] if not family.tags or set(family.tags) & _tags(case)]
    if not cases:
        raise ValueError(f"family {family.id}: no case in pool {family.pool!r} has tags {family.tags}")
    return cases


def _tags(case: Case) -> set[str]:
    return set(case.get("tags", "").split())


def _render_family(family: Family, cases: Sequence[Case], rng: random.Random) -> list[TrainItem]:
    # Walk the cases in a shuffled round so that a family's items differ in substance first.
    order = list(cases)
    rng.shuffle(order)
    seen: set[tuple[str, str | None]] = set()
    items: list[TrainItem] = []
    for attempt in range(family.n * _TRIES_PER_ITEM):
        if len(items) == family.n:
            break
        case = _pick(order[attempt % len(order)], rng)
        text = _fill(family.text, case, rng)
        response = _fill(family.response, case, rng) if family.response is not None else None
        if (text, response) in seen:
            continue
        seen.add((text, response))
        items.append(
            TrainItem(
                id=f"{GROUP}-{family.id}-{len(items):04d}",
                text=text,
                response=response,
                labels=_labels(family, case),
                style=family.style,
                scene=family.scene or case["scene"],
                family=family.id,
                group=GROUP,
                lookalike=family.lookalike,
            )
        )
    return items


def _pick(case: Case, rng: random.Random) -> dict[str, str]:
    return {
        key: _CHOICE.sub(lambda match: rng.choice(match.group(1).split("|")), value)
        for key, value in case.items()
    }


def _fill(template: str, case: Mapping[str, str], rng: random.Random) -> str:
    def field_value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in case:
            raise KeyError(f"template {template!r} needs field {name!r}, absent from case {case}")
        return case[name]

    text = _CHOICE.sub(lambda match: rng.choice(match.group(1).split("|")), _FIELD.sub(field_value, template))
    if "{" in text or "[[" in text:
        raise ValueError(f"unresolved slot in {text!r}")
    return text


def _labels(family: Family, case: Mapping[str, str]) -> dict[str, Severity]:
    labels: dict[str, Severity] = {}
    for dimension, severity in family.labels.items():
        value = case[severity] if severity in _DEFERRED else severity
        if value != Severity.SAFE.value:
            labels[dimension] = Severity(value)
    return labels
