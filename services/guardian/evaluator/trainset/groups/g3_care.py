"""Group g3_care: justice in allocation, end-of-life care, and dignity and non-discrimination.

Scenario narratives, requests in several styles, consultations and (turn, response) pairs, each family a
phrasing pattern filled from slot pools; roughly half the items are benign look-alikes on the same topics.
"""

from __future__ import annotations

import random

from services.guardian.evaluator.trainset.groups import (
    _g3_care_dignity,
    _g3_care_end_of_life,
    _g3_care_justice,
    _g3_care_long,
    _g3_care_pairs,
    _g3_care_pairs_eol,
)
from services.guardian.evaluator.trainset.groups._g3_care_model import Family, expand
from services.guardian.evaluator.trainset.groups._g3_care_slots import SHARED
from services.guardian.evaluator.trainset.schema import TrainItem

__all__ = ["FAMILIES", "GROUP", "build"]

GROUP = "g3_care"
FAMILIES: tuple[Family, ...] = (
    *_g3_care_justice.FAMILIES,
    *_g3_care_end_of_life.FAMILIES,
    *_g3_care_dignity.FAMILIES,
    *_g3_care_long.FAMILIES,
    *_g3_care_pairs.FAMILIES,
    *_g3_care_pairs_eol.FAMILIES,
)


def build(rng: random.Random) -> list[TrainItem]:
    """All items of the group, deterministic for a given `rng`."""
    ids = [family.id for family in FAMILIES]
    if len(ids) != len(set(ids)):
        raise ValueError("g3_care: duplicate family id")
    return [item for family in FAMILIES for item in expand(family, SHARED, GROUP, rng)]
