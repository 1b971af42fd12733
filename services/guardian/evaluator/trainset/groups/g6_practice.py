"""g6_practice: quiet lapses in clinical and research practice, told as neutral narratives.

A staff member, reviewer, researcher, manager or relative describes a concrete situation in which one
specific rule of practice is, or is not, followed; nobody in the text says whether it was wrong. Each
lapse family has a compliant twin that reads the same way, so the verdict rests on the technical detail.
The families live in private modules by area; this module only renders them.
"""

from __future__ import annotations

import random

from services.guardian.evaluator.trainset.groups import (
    _g6_practice_acute,
    _g6_practice_biotech,
    _g6_practice_clinic,
    _g6_practice_digital,
    _g6_practice_forms,
    _g6_practice_research,
    _g6_practice_ward,
)
from services.guardian.evaluator.trainset.groups._g6_practice_kit import Family, render
from services.guardian.evaluator.trainset.schema import TrainItem

__all__ = ["FAMILIES", "build"]

FAMILIES: tuple[Family, ...] = (
    _g6_practice_ward.FAMILIES
    + _g6_practice_clinic.FAMILIES
    + _g6_practice_acute.FAMILIES
    + _g6_practice_research.FAMILIES
    + _g6_practice_digital.FAMILIES
    + _g6_practice_biotech.FAMILIES
    + _g6_practice_forms.FAMILIES
)


def build(rng: random.Random) -> list[TrainItem]:
    """Every item of the group, deterministic for the state of `rng`."""
    return render(FAMILIES, rng)
