"""The evaluator as the rest of the guardian sees it: judge batches of items, write safe replies.

Layers are combined here. Today: the red-line rule layer. The trained classifier joins as a
second layer behind the same interface, so /chat and gRPC Guardian.Evaluate never change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from services.common.types import ChatMessage, Verdict

if TYPE_CHECKING:
    from services.guardian.evaluator.redlines import RedLineEvaluator


@dataclass(frozen=True)
class ScreenItem:
    """One thing to judge: a conversation alone (its last user turn) or with a response."""

    conversation: tuple[ChatMessage, ...]
    response: str | None = None


class Screen(Protocol):
    """What the orchestrator and the gRPC servicer need of an evaluator."""

    @property
    def version(self) -> str:
        """Version of the rules and models that judge."""
        ...

    async def evaluate(self, items: Sequence[ScreenItem]) -> list[Verdict]:
        """One verdict per item, in order."""
        ...

    def safe_reply(self, verdict: Verdict) -> str:
        """A humane reply that names the issue, cites the norm and refers onward."""
        ...


class RuleScreen:
    """Screen backed by the red-line rule layer alone (fast, deterministic, no model)."""

    def __init__(self, rules: RedLineEvaluator) -> None:
        self._rules = rules

    @property
    def version(self) -> str:
        """The rule set's version."""
        return self._rules.version

    async def evaluate(self, items: Sequence[ScreenItem]) -> list[Verdict]:
        """Judge each item with the rule layer."""
        return [self._rules.evaluate(item.conversation, item.response) for item in items]

    def safe_reply(self, verdict: Verdict) -> str:
        """The rule's safe reply for the worst hit."""
        return self._rules.safe_reply(verdict)
