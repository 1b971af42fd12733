"""Training items on frontier medicine: human-subject and animal research, assisted reproduction, organs.

Dimensions: research_ethics, reproductive_ethics and organ_transplant_ethics. The phrase data lives in the
private `_g2_frontier_*` modules, one per topic; this module only renders their families in a fixed order.
"""

from __future__ import annotations

import random

from services.guardian.evaluator.trainset.groups import (
    _g2_frontier_animal,
    _g2_frontier_art_pairs,
    _g2_frontier_art_requests,
    _g2_frontier_art_scenes,
    _g2_frontier_biotech,
    _g2_frontier_organ_pairs,
    _g2_frontier_organ_requests,
    _g2_frontier_organ_scenes,
    _g2_frontier_organ_talk,
    _g2_frontier_sexsel,
    _g2_frontier_sexsel_talk,
    _g2_frontier_trials,
    _g2_frontier_trials_talk,
)
from services.guardian.evaluator.trainset.groups._g2_frontier_kit import Family, render_family
from services.guardian.evaluator.trainset.schema import TrainItem

__all__ = ["build"]

_TOPICS = (
    _g2_frontier_trials,
    _g2_frontier_trials_talk,
    _g2_frontier_animal,
    _g2_frontier_biotech,
    _g2_frontier_art_scenes,
    _g2_frontier_art_requests,
    _g2_frontier_art_pairs,
    _g2_frontier_sexsel,
    _g2_frontier_sexsel_talk,
    _g2_frontier_organ_scenes,
    _g2_frontier_organ_requests,
    _g2_frontier_organ_talk,
    _g2_frontier_organ_pairs,
)


def families() -> list[Family]:
    """Every template family of the group, in build order."""
    return [family for topic in _TOPICS for family in topic.FAMILIES]


def build(rng: random.Random) -> list[TrainItem]:
    """All items of the group; deterministic for a given `rng` state."""
    items: list[TrainItem] = []
    for family in families():
        items.extend(render_family(family, rng))
    return items
