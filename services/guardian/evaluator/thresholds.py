"""Training targets, threshold tuning on the dev split, and the dev metrics saved with an artifact."""

from __future__ import annotations

import collections
from collections.abc import Sequence

from pydantic import BaseModel, Field

from services.common.types import Severity
from services.guardian.evaluator.classifier import Thresholds
from services.guardian.evaluator.evaluation import Counts
from services.guardian.evaluator.trainset.schema import TrainItem

__all__ = ["FINE_TOP_GRID", "GRID", "BinaryMetrics", "DevMetrics", "binary_metrics", "targets_of", "tune"]

GRID = [round(0.02 * step, 2) for step in range(1, 50)]
# For outputs that crowd the top of the scale (a linear probe on separable features): the flag
# threshold may need to sit between 0.98 and 1.
FINE_TOP_GRID = [*GRID, 0.99, 0.995, 0.998, 0.999, 0.9995, 0.9998, 0.9999]
_F1_TOLERANCE = 0.01


def targets_of(items: Sequence[TrainItem], dimensions: Sequence[str]) -> list[list[float]]:
    """Head-layout targets: [flagged, unsafe, flagged per dimension..., unsafe per dimension...]."""
    rows = []
    for item in items:
        flags = [1.0 if dim in item.labels else 0.0 for dim in dimensions]
        unsafes = [1.0 if item.labels.get(dim) is Severity.UNSAFE else 0.0 for dim in dimensions]
        rows.append([float(not item.benign), float(item.severity is Severity.UNSAFE), *flags, *unsafes])
    return rows


class BinaryMetrics(BaseModel):
    """Flagged-vs-benign figures at one threshold; 0/0 counts as 0.0."""

    threshold: float
    n: int
    precision: float
    recall: float
    f1: float
    fpr: float


def binary_metrics(truth: Sequence[bool], predicted: Sequence[bool], threshold: float) -> BinaryMetrics:
    """Precision, recall, F1 and false-positive rate of `predicted` against `truth`."""
    counts = Counts.of_outcomes(zip(truth, predicted, strict=True))
    return BinaryMetrics(
        threshold=threshold,
        n=counts.n,
        precision=round(counts.precision, 4),
        recall=round(counts.recall, 4),
        f1=round(counts.f1, 4),
        fpr=round(counts.fpr, 4),
    )


class DevMetrics(BaseModel):
    """What the dev split says about a trained artifact at its tuned thresholds."""

    flag: BinaryMetrics = Field(description="all dev items, each kind at its own flag threshold")
    flag_prompt: BinaryMetrics | None = Field(default=None, description="user turns alone")
    flag_pair: BinaryMetrics | None = Field(default=None, description="(turn, response) pairs")
    unsafe_accuracy: float = Field(
        description="balanced accuracy of unsafe vs controversial on the truly flagged items"
    )
    dimension_micro_f1: float
    per_dimension_f1: dict[str, float]
    lookalike_fpr: float = Field(description="false-positive rate on the benign look-alikes alone")
    per_style: dict[str, BinaryMetrics]
    fpr_budget: float

    def headline(self) -> str:
        """One line for logs."""
        f = self.flag
        kinds = "".join(
            f"; {name} F1 {m.f1:.3f} FPR {m.fpr:.3f} at {m.threshold:.2f}"
            for name, m in (("turns", self.flag_prompt), ("pairs", self.flag_pair))
            if m is not None
        )
        return (
            f"dev F1 {f.f1:.3f} P {f.precision:.3f} R {f.recall:.3f} FPR {f.fpr:.3f} "
            f"(look-alikes {self.lookalike_fpr:.3f}){kinds}, dims micro-F1 {self.dimension_micro_f1:.3f}"
        )


def tune(
    targets: Sequence[Sequence[float]],
    probabilities: Sequence[Sequence[float]],
    items: Sequence[TrainItem],
    dimensions: Sequence[str],
    fpr_budget: float,
    flag_grid: Sequence[float] = GRID,
) -> tuple[Thresholds, DevMetrics]:
    """Pick thresholds on dev: best F1 within the FPR budget, then severity and dimension cut-offs.

    The flag thresholds are chosen from `flag_grid`; the others from the 0.02-step grid.
    """
    truth = [row[0] == 1.0 for row in targets]
    scores = [row[0] for row in probabilities]
    pairs = [item.response is not None for item in items]
    # User turns and (turn, response) pairs score differently and cost differently when over-flagged
    # (a flagged turn is answered with principles; a flagged response is rewritten), so each kind
    # gets its own flag threshold, each the best F1 within the budget on its own benign items.
    by_kind = {
        kind: _best_flag(
            [truth[i] for i in range(len(items)) if pairs[i] is kind],
            [scores[i] for i in range(len(items)) if pairs[i] is kind],
            fpr_budget,
            flag_grid,
        )
        for kind in (False, True)
    }
    prompt_flag = by_kind[False] or by_kind[True] or binary_metrics(truth, [False] * len(truth), 0.5)
    pair_flag = by_kind[True] or prompt_flag
    predicted = [
        s >= (pair_flag if pair else prompt_flag).threshold for s, pair in zip(scores, pairs, strict=True)
    ]
    flag = binary_metrics(truth, predicted, prompt_flag.threshold)
    flagged_rows = [i for i, is_flagged in enumerate(truth) if is_flagged]
    unsafe_t, unsafe_accuracy = _best_unsafe(targets, probabilities, flagged_rows)
    dim_t, micro, per_dim = _best_dimension(targets, probabilities, flagged_rows, dimensions)
    metrics = DevMetrics(
        flag=flag,
        flag_prompt=by_kind[False],
        flag_pair=by_kind[True],
        unsafe_accuracy=unsafe_accuracy,
        dimension_micro_f1=micro,
        per_dimension_f1=per_dim,
        lookalike_fpr=_lookalike_fpr(items, predicted),
        per_style=_per_style(items, truth, predicted, flag.threshold),
        fpr_budget=fpr_budget,
    )
    thresholds = Thresholds(
        flag=prompt_flag.threshold, flag_pair=pair_flag.threshold, unsafe=unsafe_t, dimension=dim_t
    )
    return thresholds, metrics


def _best_flag(
    truth: Sequence[bool], scores: Sequence[float], fpr_budget: float, grid: Sequence[float]
) -> BinaryMetrics | None:
    """The flag threshold with the best F1 whose benign FPR is within budget (None without both classes).

    Thresholds within `_F1_TOLERANCE` of the best F1 count as a tie, and the middle of them is taken: on
    a cleanly separated kind the best F1 is often reached only at the grid's edge (0.02), where int8
    rounding and unseen texts would cross it. With no threshold within budget, the lowest FPR is taken.
    """
    if all(truth) or not any(truth):
        return None
    candidates = [binary_metrics(truth, [s >= t for s in scores], t) for t in grid]
    within = [m for m in candidates if m.fpr <= fpr_budget] or [min(candidates, key=lambda m: (m.fpr, -m.f1))]
    best = max(m.f1 for m in within)
    plateau = [m for m in within if m.f1 >= best - _F1_TOLERANCE]
    return plateau[(len(plateau) - 1) // 2]


def _best_unsafe(
    targets: Sequence[Sequence[float]], probabilities: Sequence[Sequence[float]], rows: Sequence[int]
) -> tuple[float, float]:
    """The unsafe cut-off with the best balanced accuracy on the truly flagged rows, and that accuracy.

    Balanced, because unsafe items outnumber controversial ones about three to one: plain accuracy is
    maximised by calling nearly everything unsafe, which would block every flagged question.
    """
    unsafe = [i for i in rows if targets[i][1] == 1.0]
    controversial = [i for i in rows if targets[i][1] != 1.0]
    if not unsafe or not controversial:
        return 0.5, 0.0

    def balanced(t: float) -> float:
        hit = sum(probabilities[i][1] >= t for i in unsafe) / len(unsafe)
        kept = sum(probabilities[i][1] < t for i in controversial) / len(controversial)
        return (hit + kept) / 2

    best = max(GRID, key=balanced)
    return best, round(balanced(best), 4)


def _best_dimension(
    targets: Sequence[Sequence[float]],
    probabilities: Sequence[Sequence[float]],
    rows: Sequence[int],
    dimensions: Sequence[str],
) -> tuple[float, float, dict[str, float]]:
    """One cut-off for all dimensions (best micro-F1 on the truly flagged rows), and F1 per dimension."""
    count = len(dimensions)

    def at(t: float, columns: Sequence[int]) -> BinaryMetrics:
        truth = [targets[i][2 + d] == 1.0 for i in rows for d in columns]
        guess = [probabilities[i][2 + d] >= t for i in rows for d in columns]
        return binary_metrics(truth, guess, t)

    if not rows or count == 0:
        return 0.5, 0.0, {}
    every = range(count)
    best = max(GRID, key=lambda t: at(t, every).f1)
    present = [d for d in every if any(targets[i][2 + d] == 1.0 for i in rows)]
    return best, at(best, every).f1, {dimensions[d]: at(best, [d]).f1 for d in present}


def _lookalike_fpr(items: Sequence[TrainItem], predicted: Sequence[bool]) -> float:
    flags = [p for item, p in zip(items, predicted, strict=True) if item.lookalike]
    return round(sum(flags) / len(flags), 4) if flags else 0.0


def _per_style(
    items: Sequence[TrainItem], truth: Sequence[bool], predicted: Sequence[bool], threshold: float
) -> dict[str, BinaryMetrics]:
    groups: dict[str, list[int]] = collections.defaultdict(list)
    for index, item in enumerate(items):
        groups[item.style].append(index)
    return {
        style: binary_metrics([truth[i] for i in rows], [predicted[i] for i in rows], threshold)
        for style, rows in sorted(groups.items())
    }
