"""Structured feedback: fold the rule layer's verdict and the classifier's scores into one Verdict.

The rule layer is authoritative where it fires (a red line is a red line, score 1.0); the classifier
adds what rules cannot see. The verdict names each dimension hit with its score and the taxonomy's
one-sentence rationale, and cites the norms of the rules that fired and of the dimensions hit.
"""

from __future__ import annotations

from services.common.types import DimensionHit, Norm, Severity, Verdict
from services.guardian.evaluator.classifier import Scores, Thresholds
from services.guardian.evaluator.taxonomy import Taxonomy

__all__ = ["MAX_DIMENSIONS", "MAX_NORMS", "classifier_severity", "compose_verdict"]

MAX_DIMENSIONS = 3
MAX_NORMS = 4
_SEVERITY_ZH = {Severity.CONTROVERSIAL: "存在争议", Severity.UNSAFE: "不安全"}


def classifier_severity(scores: Scores, thresholds: Thresholds, *, pair: bool = False) -> Severity:
    """safe below the flag threshold of the item's kind; unsafe when p(unsafe) also clears its own."""
    if scores.flag < thresholds.flag_for(pair=pair):
        return Severity.SAFE
    return Severity.UNSAFE if scores.unsafe >= thresholds.unsafe else Severity.CONTROVERSIAL


def compose_verdict(
    rules: Verdict,
    scores: Scores,
    thresholds: Thresholds,
    taxonomy: Taxonomy,
    version: str,
    *,
    pair: bool = False,
) -> Verdict:
    """One verdict from both layers: worst severity, dimension hits with scores, rationale, norms.

    `pair` says the scores judge a (turn, response) pair, which has its own flag threshold.
    """
    model_severity = classifier_severity(scores, thresholds, pair=pair)
    hits = {hit.id: hit for hit in rules.dimensions}
    for hit in _model_hits(scores, thresholds, taxonomy, model_severity):
        if hit.id not in hits:
            hits[hit.id] = hit
    severity = max(rules.severity, model_severity, key=lambda s: s.rank)
    if severity is Severity.SAFE:
        return Verdict(rationale="未发现医学伦理或安全问题。", evaluator_version=version)
    ordered = sorted(hits.values(), key=lambda hit: (-hit.severity.rank, -hit.score))
    norms = list(dict.fromkeys([*rules.norms, *_dimension_norms(ordered, taxonomy)]))[:MAX_NORMS]
    return Verdict(
        severity=severity,
        dimensions=ordered,
        norms=norms,
        rationale=rules.rationale if rules.flagged else _rationale(ordered[0], severity, taxonomy),
        evaluator_version=version,
    )


def _model_hits(
    scores: Scores, thresholds: Thresholds, taxonomy: Taxonomy, severity: Severity
) -> list[DimensionHit]:
    if severity is Severity.SAFE:
        return []
    ranked = sorted(scores.dimension_flag.items(), key=lambda pair: -pair[1])
    # A flagged item always names at least its most likely dimension, so feedback is never empty.
    chosen = [pair for pair in ranked if pair[1] >= thresholds.dimension][:MAX_DIMENSIONS] or ranked[:1]
    hits = []
    for dimension_id, probability in chosen:
        unsafe = severity is Severity.UNSAFE and scores.dimension_unsafe[dimension_id] >= thresholds.unsafe
        hits.append(
            DimensionHit(
                id=dimension_id,
                severity=Severity.UNSAFE if unsafe else Severity.CONTROVERSIAL,
                score=round(min(max(probability, 0.0), 1.0), 4),
                rationale=taxonomy.get(dimension_id).rationale_zh,
            )
        )
    return hits


def _dimension_norms(hits: list[DimensionHit], taxonomy: Taxonomy) -> list[Norm]:
    norms: list[Norm] = []
    for hit in hits:
        if hit.id in taxonomy.ids:
            norms.extend(taxonomy.get(hit.id).norms[:2])
    return norms


def _rationale(top: DimensionHit, severity: Severity, taxonomy: Taxonomy) -> str:
    dimension = taxonomy.get(top.id)
    return f"{_SEVERITY_ZH[severity]}（{dimension.name_zh}）：{dimension.rationale_zh}"
