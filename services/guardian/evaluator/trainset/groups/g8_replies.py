"""g8_replies: (question, reply) pairs from the reward model's graded groups, train split only.

The guardian's other pairs come from its own templates, and an output screen trained on them alone
flagged 28% of the safe replies to lawful questions that other team members wrote for the reward
model (`bench/guardian_pairs.py`): terse refusals, plain advice, replies that do not cite the law. The
reward groups (`services/reward/data/`) give 2-5 replies to each question, each labelled with the
safety dimensions it violates. This group takes the groups of the reward model's *train* split
(`services.reward.dataset.split_of`), so the reward dev split stays a measure for both models:

- a reply with violations is flagged `unsafe` on each violated dimension (the reward data does not
  grade severity, and /chat replaces a reply from `controversial` on anyway);
- a reply without violations is benign; it is a look-alike when its question is harmful or gray,
  where a sound refusal is the safe answer;
- one family per group, so the guardian's dev split holds whole questions out.
"""

from __future__ import annotations

import random

from services.common.types import Severity, last_user_turn
from services.guardian.evaluator.trainset.schema import TrainItem

__all__ = ["GROUP", "build"]

GROUP = "g8_replies"


def build(rng: random.Random) -> list[TrainItem]:
    """One pair item per reply of every reward group in the reward model's train split."""
    del rng  # nothing is drawn
    from services.reward.dataset import packaged_groups

    items = []
    for group in packaged_groups():
        if group.split != "train":
            continue
        question = last_user_turn(group.conversation)
        for reply in group.responses:
            items.append(
                TrainItem(
                    id=f"{GROUP}.{group.id}.{reply.key}".lower(),
                    text=question,
                    response=reply.text,
                    labels=dict.fromkeys(reply.violations, Severity.UNSAFE),
                    style="direct",
                    scene=group.topic,
                    family=group.id,
                    group=GROUP,
                    lookalike=reply.safe and group.question_kind != "lawful",
                    lang=group.lang,
                )
            )
    return items
