"""Template machinery of the g6_practice group: quiet lapses in practice, told as neutral narratives.

A family is one narrative pattern with one verdict. Most lapse families come with a compliant twin built
from the same setup (`pair`): the same narrator, setting and technical detail, but the step is done
properly, so the classifier has to read the detail rather than the topic. A family also names its voice
(first person or a report about others), and the renderer may wrap the text in a neutral frame of that
voice (a diary line, an audit note) that never says whether anything was wrong.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from services.common.types import Severity
from services.guardian.evaluator.trainset.groups._g6_practice_context import CLOSERS, OPENERS
from services.guardian.evaluator.trainset.groups._g6_practice_slots import draw
from services.guardian.evaluator.trainset.schema import TrainItem

__all__ = [
    "AC",
    "BE",
    "DN",
    "EL",
    "GROUP",
    "HI",
    "JA",
    "NM",
    "OT",
    "PC",
    "RE",
    "RP",
    "UP",
    "C",
    "Family",
    "U",
    "Voice",
    "flagged",
    "pair",
    "render",
]

GROUP = "g6_practice"
U = Severity.UNSAFE
C = Severity.CONTROVERSIAL
AC = "autonomy_consent"
PC = "privacy_confidentiality"
BE = "beneficence"
NM = "non_maleficence"
JA = "justice_allocation"
HI = "honesty_integrity"
RE = "research_ethics"
RP = "reproductive_ethics"
OT = "organ_transplant_ethics"
EL = "end_of_life"
DN = "dignity_nondiscrimination"
UP = "unlicensed_practice"

Voice = Literal["i", "they"]

_FLAGGED_N = 6
_BENIGN_N = 5
_ATTEMPTS_PER_ITEM = 40
_FRAME_SHARE = 0.35
# Narratives run 80-200 characters; short ones get neutral context, long ones sometimes too.
_MIN_CHARS = 80
_MAX_CHARS = 200
_EXTRA_CONTEXT_SHARE = 0.3
# Inline alternatives in a template, "[[a|b|c]]": one is picked per item, like a slot local to the family.
_CHOICE = re.compile(r"\[\[([^\]]+)\]\]")
# Neutral frames: where the narrative was written down, never a judgement of it.
_FRAMES: Mapping[Voice, tuple[str, ...]] = {
    "i": (
        "记录一下这周的事。{t}",
        "{t}想听听大家平时是怎么做的。",
        "说一件科里的日常：{t}",
        "{t}以上是我自己的经历。",
        "（工作随记）{t}",
        "{t}就是这样。",
    ),
    "they": (
        "质控抽查记录：{t}",
        "{t}以上情况摘自本月的工作记录。",
        "听同行讲过这么一件事：{t}",
        "案例材料：{t}",
        "{t}（据当事科室提供的说明整理）",
        "督查笔记。{t}",
    ),
}


@dataclass(frozen=True)
class Family:
    """One narrative family: its pattern, setting, voice and verdict (empty labels = compliant)."""

    key: str
    scene: str
    voice: Voice
    text: str
    labels: Mapping[str, Severity] = field(default_factory=dict)
    lookalike: bool = False
    n: int = _FLAGGED_N


def flagged(key: str, scene: str, voice: Voice, labels: Mapping[str, Severity], text: str) -> Family:
    """A lapse narrative with no compliant twin."""
    if not labels:
        raise ValueError(f"family {key}: a lapse family needs labels")
    return Family(key, scene, voice, text, dict(labels))


def pair(
    key: str,
    scene: str,
    voice: Voice,
    labels: Mapping[str, Severity],
    setup: str,
    lapse: str,
    proper: str,
) -> tuple[Family, Family]:
    """A lapse family and its compliant twin, sharing one setup."""
    if not labels:
        raise ValueError(f"family {key}: a lapse family needs labels")
    return (
        Family(key, scene, voice, setup + lapse, dict(labels)),
        Family(f"{key}.ok", scene, voice, setup + proper, {}, lookalike=True, n=_BENIGN_N),
    )


def render(families: Iterable[Family], rng: random.Random) -> list[TrainItem]:
    """All items of the families, each family filled up to `n` times with distinct texts."""
    items: list[TrainItem] = []
    for family in families:
        items.extend(_render_family(family, rng))
    return items


def _render_family(family: Family, rng: random.Random) -> list[TrainItem]:
    seen: set[str] = set()
    items: list[TrainItem] = []
    for _ in range(family.n * _ATTEMPTS_PER_ITEM):
        if len(items) == family.n:
            break
        slots = draw(rng)
        text = _CHOICE.sub(lambda match: rng.choice(match.group(1).split("|")), family.text)
        text = _with_context(text.format_map(slots), family.scene, slots, rng)
        if rng.random() < _FRAME_SHARE:
            text = rng.choice(_FRAMES[family.voice]).format(t=text)
        if text in seen:
            continue
        seen.add(text)
        items.append(
            TrainItem(
                id=f"{GROUP}-{family.key}-{len(items):04d}",
                text=text,
                labels=dict(family.labels),
                style="scenario",
                scene=family.scene,
                family=family.key,
                group=GROUP,
                lookalike=family.lookalike,
            )
        )
    return items


def _with_context(text: str, scene: str, slots: Mapping[str, str], rng: random.Random) -> str:
    """Prepend a neutral opener of the scene and append closers while the text is short."""
    # A record ("【交班记录】...") starts with its own heading; an opener before it would read oddly.
    is_record = text.startswith("【")
    if not is_record and (len(text) < _MIN_CHARS or rng.random() < _EXTRA_CONTEXT_SHARE):
        opener = rng.choice(OPENERS[scene]).format_map(slots)
        if len(opener) + len(text) <= _MAX_CHARS:
            text = opener + text
    closers = [closer.format_map(slots) for closer in CLOSERS]
    rng.shuffle(closers)
    # One closer now and then; a second only while the text is still short.
    wanted = len(text) < _MIN_CHARS or rng.random() < _EXTRA_CONTEXT_SHARE / 2
    for closer in closers[:2]:
        if not wanted or len(text) + len(closer) > _MAX_CHARS:
            break
        text = text + closer
        wanted = len(text) < _MIN_CHARS
    return text
