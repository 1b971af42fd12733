"""Group g5_safety_rules: unlicensed practice, health-data leakage, illegal procedures and jailbreaks.

Besides the four dimensions' own families (narratives, requests, consultations, pairs and their lawful
look-alikes), the group carries two counterweights: ordinary patient consultations across departments,
so that everyday health questions are not over-flagged, and English items over all twenty dimensions.
"""

from __future__ import annotations

import random

from services.guardian.evaluator.trainset.groups import (
    _g5_safety_rules_consult,
    _g5_safety_rules_consult_more_depts,
    _g5_safety_rules_data,
    _g5_safety_rules_data_pairs,
    _g5_safety_rules_en_bioethics,
    _g5_safety_rules_en_clinical,
    _g5_safety_rules_en_safety,
    _g5_safety_rules_illegal,
    _g5_safety_rules_illegal_pairs,
    _g5_safety_rules_jailbreak,
    _g5_safety_rules_unlicensed,
    _g5_safety_rules_unlicensed_pairs,
)
from services.guardian.evaluator.trainset.groups._g5_safety_rules_kit import render
from services.guardian.evaluator.trainset.schema import TrainItem

__all__ = ["build"]


def build(rng: random.Random) -> list[TrainItem]:
    """All items of the group, drawn deterministically from `rng`."""
    families = [
        *_g5_safety_rules_unlicensed.FAMILIES,
        *_g5_safety_rules_unlicensed_pairs.FAMILIES,
        *_g5_safety_rules_data.FAMILIES,
        *_g5_safety_rules_data_pairs.FAMILIES,
        *_g5_safety_rules_illegal.FAMILIES,
        *_g5_safety_rules_illegal_pairs.FAMILIES,
        *_g5_safety_rules_jailbreak.FAMILIES,
        *_g5_safety_rules_consult.FAMILIES,
        *_g5_safety_rules_consult_more_depts.FAMILIES,
        *_g5_safety_rules_en_clinical.FAMILIES,
        *_g5_safety_rules_en_bioethics.FAMILIES,
        *_g5_safety_rules_en_safety.FAMILIES,
    ]
    return render(families, rng)
