"""g1_clinical: everyday clinical practice, nursing, the doctor-patient relationship, emergencies and digital
health, screened on autonomy_consent, privacy_confidentiality, beneficence, non_maleficence and
honesty_integrity.

The families live in private modules, one per dimension (plus ordinary consultations); this module only
renders them. Obfuscated and injected variants are added later by the build.
"""

from __future__ import annotations

import random

from services.guardian.evaluator.trainset.groups import (
    _g1_clinical_care,
    _g1_clinical_consent,
    _g1_clinical_general,
    _g1_clinical_harm,
    _g1_clinical_honesty,
    _g1_clinical_privacy,
)
from services.guardian.evaluator.trainset.groups._g1_clinical_kit import Family, render
from services.guardian.evaluator.trainset.schema import TrainItem

__all__ = ["FAMILIES", "build"]

FAMILIES: tuple[Family, ...] = (
    _g1_clinical_consent.FAMILIES
    + _g1_clinical_privacy.FAMILIES
    + _g1_clinical_care.FAMILIES
    + _g1_clinical_harm.FAMILIES
    + _g1_clinical_honesty.FAMILIES
    + _g1_clinical_general.FAMILIES
)


def build(rng: random.Random) -> list[TrainItem]:
    """Every item of the group, deterministic for the state of `rng`."""
    return render(FAMILIES, rng)
