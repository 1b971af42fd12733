"""The evaluator as the rest of the guardian sees it: judge batches of items, write safe replies.

Layers are combined here: the red-line rule layer (explicit prohibitions, deterministic) and the
trained classifier (what patterns cannot see): the encoder classifier, or the decoder probe, which
has the same outputs. /chat, gRPC Guardian.Evaluate and the batch CLI all
judge through a `Screen`; the layered one micro-batches concurrent requests into one forward pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from services.common.batching import MicroBatcher
from services.common.types import ChatMessage, Verdict, last_user_turn
from services.guardian.evaluator.classifier import ClassifierConfig, ClassifierInput, Scores
from services.guardian.evaluator.feedback import compose_verdict

if TYPE_CHECKING:
    from services.guardian.evaluator.classifier import GuardianClassifier
    from services.guardian.evaluator.probe import DecoderProbe, ProbeConfig
    from services.guardian.evaluator.redlines import RedLineEvaluator
    from services.guardian.evaluator.taxonomy import Taxonomy


@dataclass(frozen=True)
class ScreenItem:
    """One thing to judge: a conversation alone (its last user turn) or with a response."""

    conversation: tuple[ChatMessage, ...]
    response: str | None = None

    @property
    def user_turn(self) -> str:
        """The last user turn: what an input screen judges and the context of a response."""
        return last_user_turn(self.conversation)


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

    def judge_with_scores(self, items: Sequence[ScreenItem]) -> list[tuple[Verdict, Scores | None]]:
        """Rule verdicts now, on the calling thread; there are no model scores."""
        return [(self._rules.evaluate(item.conversation, item.response), None) for item in items]

    def safe_reply(self, verdict: Verdict) -> str:
        """The rule's safe reply for the worst hit."""
        return self._rules.safe_reply(verdict)


class LayeredScreen:
    """Red-line rules and the trained classifier, judged together, micro-batched across requests."""

    def __init__(
        self,
        rules: RedLineEvaluator,
        classifier: GuardianClassifier | DecoderProbe,
        taxonomy: Taxonomy,
        *,
        max_batch: int = 64,
        max_wait_s: float = 0.004,
    ) -> None:
        self._rules = rules
        self._classifier = classifier
        self._taxonomy = taxonomy
        self._batcher: MicroBatcher[ScreenItem, Verdict] = MicroBatcher(
            self.judge, max_items=max_batch, max_wait_s=max_wait_s
        )

    @property
    def version(self) -> str:
        """Rule set and classifier versions, e.g. redlines-v1+guardian-clf-v1."""
        return f"{self._rules.version}+{self._classifier.version}"

    @property
    def classifier_config(self) -> ClassifierConfig | ProbeConfig:
        """The loaded classifier's (or decoder probe's) configuration: thresholds, data hash, metrics."""
        return self._classifier.config

    @property
    def classifier_precision(self) -> str:
        """The arithmetic the classifier serves in: fp32, bf16 or int8."""
        return self._classifier.precision

    @property
    def batches(self) -> int:
        """Forward passes run so far by the micro-batcher."""
        return self._batcher.batches

    async def evaluate(self, items: Sequence[ScreenItem]) -> list[Verdict]:
        """Judge items together with whatever other requests are waiting."""
        return await self._batcher.run(list(items))

    def judge(self, items: Sequence[ScreenItem]) -> list[Verdict]:
        """Judge a batch now, on the calling thread (the batch CLI uses this directly)."""
        return [verdict for verdict, _ in self.judge_with_scores(items)]

    def judge_with_scores(self, items: Sequence[ScreenItem]) -> list[tuple[Verdict, Scores | None]]:
        """Verdicts with the classifier's raw outputs beside them (for evaluation curves)."""
        inputs = [ClassifierInput(text=item.user_turn, response=item.response) for item in items]
        scores = self._classifier.predict(inputs)
        thresholds = self._classifier.config.thresholds
        return [
            (
                compose_verdict(
                    self._rules.evaluate(item.conversation, item.response),
                    score,
                    thresholds,
                    self._taxonomy,
                    self.version,
                    pair=item.response is not None,
                ),
                score,
            )
            for item, score in zip(items, scores, strict=True)
        ]

    def safe_reply(self, verdict: Verdict) -> str:
        """The rule's safe reply for a red line, else the generic one naming dimensions and norms."""
        return self._rules.safe_reply(verdict)

    def close(self) -> None:
        """Stop the batcher's worker thread, then the classifier's own compute thread."""
        self._batcher.close()
        self._classifier.close()
