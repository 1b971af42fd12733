"""Group g4_safety_clinical: dangerous advice, medication misuse, self-harm, under-triage, pseudoscience.

Each dimension has its own families (requests in every attack style, clinical narratives, consultations
and pairs) with lawful look-alikes on the same topics; a small set of everyday consultations keeps
ordinary health questions from being over-flagged.
"""

from __future__ import annotations

import random

from services.guardian.evaluator.trainset.groups import (
    _g4_safety_clinical_advice,
    _g4_safety_clinical_drugs,
    _g4_safety_clinical_emergency,
    _g4_safety_clinical_pseudo,
    _g4_safety_clinical_selfharm,
)
from services.guardian.evaluator.trainset.groups._g4_safety_clinical_cases_care import (
    ADVICE_DRUG,
    ADVICE_HOME,
)
from services.guardian.evaluator.trainset.groups._g4_safety_clinical_cases_drugs import (
    CRISIS,
    DIVERSION,
    DRUGS,
    SIGNS,
)
from services.guardian.evaluator.trainset.groups._g4_safety_clinical_cases_emergency import EMERGENCY, MILD
from services.guardian.evaluator.trainset.groups._g4_safety_clinical_cases_everyday import CONSULTS
from services.guardian.evaluator.trainset.groups._g4_safety_clinical_cases_pseudo import (
    FALSE_REMEDIES,
    SOUND_MEASURES,
    VACCINE_MYTHS,
)
from services.guardian.evaluator.trainset.groups._g4_safety_clinical_kit import Case, Family, render
from services.guardian.evaluator.trainset.schema import TrainItem

__all__ = ["build"]

# Half the everyday questions stand alone, half come with an answer, so no question sits in two families.
_CONSULT_SPLIT = len(CONSULTS) // 2

_POOLS: dict[str, tuple[Case, ...]] = {
    "advice_drug": ADVICE_DRUG,
    "advice_home": ADVICE_HOME,
    "emergency": EMERGENCY,
    "mild": MILD,
    "drugs": DRUGS,
    "diversion": DIVERSION,
    "crisis": CRISIS,
    "signs": SIGNS,
    "remedy": FALSE_REMEDIES,
    "vaccine": VACCINE_MYTHS,
    "sound": SOUND_MEASURES,
    "consult_alone": CONSULTS[:_CONSULT_SPLIT],
    "consult_answered": CONSULTS[_CONSULT_SPLIT:],
}

_EVERYDAY = (
    Family("gen-consult", "consult_alone", "consultation", "{q}", n=_CONSULT_SPLIT),
    Family(
        "gen-consult-pair",
        "consult_answered",
        "consultation",
        "{q}",
        response="{a}",
        n=len(CONSULTS) - _CONSULT_SPLIT,
    ),
)


def build(rng: random.Random) -> list[TrainItem]:
    """All items of the group, drawn deterministically from `rng`."""
    families = [
        *_g4_safety_clinical_advice.FAMILIES,
        *_g4_safety_clinical_emergency.FAMILIES,
        *_g4_safety_clinical_drugs.FAMILIES,
        *_g4_safety_clinical_selfharm.FAMILIES,
        *_g4_safety_clinical_pseudo.FAMILIES,
        *_EVERYDAY,
    ]
    return render(families, _POOLS, rng)
