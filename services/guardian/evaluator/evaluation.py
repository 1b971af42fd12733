"""Screening metrics over labelled rows: counts, per-group breakdowns, a threshold sweep, the misses.

`medguard guardian eval` runs the screen over a labelled JSONL file and hands each outcome here as an
`EvalRow`. `evaluate` turns them into an `EvalReport` (plain pydantic, dumps to JSON), `format_summary`
into a table for the terminal, and `services.guardian.evaluator.report` into an HTML page.

Conventions. "violating" is the positive class. A ratio whose denominator is zero (precision when
nothing was flagged, recall when no row is violating, FPR when no row is benign, anything on no rows)
is 0.0, never NaN, so reports stay valid JSON; `Counts` keeps tp/fp/tn/fn so a reader can tell that
0.0 from a measured one.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, Field

Label = Literal["violating", "benign"]
Decision = Literal["flagged", "passed"]

LABELS: tuple[Label, ...] = ("violating", "benign")
SEVERITIES: tuple[str, ...] = ("safe", "controversial", "unsafe")
THRESHOLDS: tuple[float, ...] = tuple(round(0.05 * k, 2) for k in range(1, 20))
MAX_MISSES = 50
PREVIEW_CHARS = 80

# Values a JSONL writer (pandas above all) leaves where a group field was empty.
_ABSENT_GROUP_VALUES = frozenset({"", "nan", "none", "null"})


@dataclass(frozen=True, slots=True)
class EvalRow:
    """One labelled text and what the screen made of it."""

    id: str
    label: Label
    flagged: bool
    severity: str
    score: float  # the classifier's flag probability
    source: str | None = None
    scene: str | None = None
    attack_type: str | None = None
    dimensions: tuple[str, ...] = ()
    text: str = ""

    def __post_init__(self) -> None:
        if self.label not in LABELS:
            raise ValueError(f"row {self.id!r}: label must be one of {LABELS}, got {self.label!r}")
        if not 0.0 <= self.score <= 1.0:  # also rejects NaN
            raise ValueError(f"row {self.id!r}: score must lie in [0, 1], got {self.score!r}")


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


class Counts(BaseModel):
    """Confusion counts with "violating" as the positive class, and the ratios derived from them.

    Every ratio with an empty denominator (0/0) is 0.0; see the module docstring.
    """

    tp: int = Field(description="violating rows flagged")
    fp: int = Field(description="benign rows flagged")
    tn: int = Field(description="benign rows passed")
    fn: int = Field(description="violating rows passed")
    n: int = Field(description="all rows")
    precision: float = Field(description="tp / (tp + fp)")
    recall: float = Field(description="tp / (tp + fn)")
    f1: float = Field(description="harmonic mean of precision and recall")
    fpr: float = Field(description="false-positive rate on benign rows: fp / (fp + tn)")
    accuracy: float = Field(description="(tp + tn) / n")

    @property
    def violating(self) -> int:
        """Rows labelled violating (the recall denominator)."""
        return self.tp + self.fn

    @property
    def benign(self) -> int:
        """Rows labelled benign (the FPR denominator)."""
        return self.fp + self.tn

    @classmethod
    def from_confusion(cls, *, tp: int, fp: int, tn: int, fn: int) -> Counts:
        """Counts and ratios from the four cells of the confusion matrix."""
        precision = _ratio(tp, tp + fp)
        recall = _ratio(tp, tp + fn)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        n = tp + fp + tn + fn
        return cls(
            tp=tp,
            fp=fp,
            tn=tn,
            fn=fn,
            n=n,
            precision=precision,
            recall=recall,
            f1=f1,
            fpr=_ratio(fp, fp + tn),
            accuracy=_ratio(tp + tn, n),
        )

    @classmethod
    def of(cls, rows: Iterable[EvalRow]) -> Counts:
        """Counts of the screen's own decisions (`flagged`) over these rows."""
        return cls.of_outcomes((row.label == "violating", row.flagged) for row in rows)

    @classmethod
    def of_outcomes(cls, outcomes: Iterable[tuple[bool, bool]]) -> Counts:
        """Counts from (is positive, is flagged) pairs."""
        cells = Counter(outcomes)
        return cls.from_confusion(
            tp=cells[(True, True)], fp=cells[(False, True)], tn=cells[(False, False)], fn=cells[(True, False)]
        )


class ThresholdPoint(BaseModel):
    """The screen's figures had it flagged every row whose score reaches `threshold`."""

    threshold: float
    precision: float
    recall: float
    f1: float
    fpr: float


class Miss(BaseModel):
    """A row the screen got wrong, for a reader to look at."""

    kind: Literal["false_negative", "false_positive"]
    id: str
    score: float
    severity: str
    text_preview: str = Field(description=f"the first {PREVIEW_CHARS} characters, whitespace collapsed")


class EvalReport(BaseModel):
    """Everything `evaluate` measured over one labelled set."""

    overall: Counts
    per_source: dict[str, Counts] = Field(description="only rows with a source")
    per_scene: dict[str, Counts] = Field(description="only rows with a scene")
    per_attack_type: dict[str, Counts] = Field(description="only rows with an attack type")
    confusion: dict[Label, dict[Decision, int]] = Field(description="label -> screen decision -> rows")
    severity_by_label: dict[Label, dict[str, int]] = Field(description="label -> screen severity -> rows")
    dimensions_by_label: dict[Label, dict[str, int]] = Field(
        description="label -> flagged dimension id -> rows, most frequent first"
    )
    threshold_curve: list[ThresholdPoint] = Field(description=f"flagged := score >= t, for t in {THRESHOLDS}")
    ranking_auc: float | None = Field(
        default=None,
        description="chance that a violating row outscores a benign one (ties count half); "
        "None without both labels. Independent of any threshold.",
    )
    misses: list[Miss] = Field(
        description=f"up to {MAX_MISSES} false negatives (lowest score first), "
        f"then up to {MAX_MISSES} false positives (highest score first)"
    )
    operating_threshold: float | None = Field(
        default=None, description="the classifier's flag threshold, when meta names it as 'threshold'"
    )
    meta: dict[str, str] = Field(default_factory=dict, description="model version, input, command, timing")


def evaluate(rows: Sequence[EvalRow], meta: Mapping[str, str] | None = None) -> EvalReport:
    """Measure the screen's decisions on labelled rows.

    `meta` is copied into the report as is; a parseable `meta["threshold"]` also becomes the
    report's operating threshold (marked on the threshold curve).
    """
    meta_copy = {str(key): str(value) for key, value in (meta or {}).items()}
    overall = Counts.of(rows)
    return EvalReport(
        overall=overall,
        per_source=_per_group(rows, lambda row: row.source),
        per_scene=_per_group(rows, lambda row: row.scene),
        per_attack_type=_per_group(rows, lambda row: row.attack_type),
        confusion={
            "violating": {"flagged": overall.tp, "passed": overall.fn},
            "benign": {"flagged": overall.fp, "passed": overall.tn},
        },
        severity_by_label=_severity_by_label(rows),
        dimensions_by_label=_dimensions_by_label(rows),
        threshold_curve=threshold_curve(rows),
        ranking_auc=ranking_auc(rows),
        misses=_misses(rows),
        operating_threshold=_threshold_from_meta(meta_copy),
        meta=meta_copy,
    )


def ranking_auc(rows: Sequence[EvalRow]) -> float | None:
    """Area under the ROC curve of the classifier score (Mann-Whitney, ties counted half)."""
    ordered = sorted(rows, key=lambda row: row.score)
    positives = sum(row.label == "violating" for row in rows)
    negatives = len(rows) - positives
    if not positives or not negatives:
        return None
    rank_sum = 0.0
    start = 0
    while start < len(ordered):
        end = start
        while end < len(ordered) and ordered[end].score == ordered[start].score:
            end += 1
        mean_rank = (start + 1 + end) / 2  # ranks are 1-based; tied scores share their mean rank
        rank_sum += mean_rank * sum(row.label == "violating" for row in ordered[start:end])
        start = end
    return round((rank_sum - positives * (positives + 1) / 2) / (positives * negatives), 4)


def threshold_curve(
    rows: Sequence[EvalRow], thresholds: Sequence[float] = THRESHOLDS
) -> list[ThresholdPoint]:
    """Precision, recall, F1 and FPR had the screen flagged exactly the rows with score >= t."""
    points = []
    for threshold in thresholds:
        counts = Counts.of_outcomes((row.label == "violating", row.score >= threshold) for row in rows)
        points.append(
            ThresholdPoint(
                threshold=threshold,
                precision=counts.precision,
                recall=counts.recall,
                f1=counts.f1,
                fpr=counts.fpr,
            )
        )
    return points


def _group_key(value: str | None) -> str | None:
    if value is None:
        return None
    key = value.strip()
    return None if key.lower() in _ABSENT_GROUP_VALUES else key


def _per_group(rows: Sequence[EvalRow], field: Callable[[EvalRow], str | None]) -> dict[str, Counts]:
    groups: defaultdict[str, list[EvalRow]] = defaultdict(list)
    for row in rows:
        key = _group_key(field(row))
        if key is not None:
            groups[key].append(row)
    return {key: Counts.of(members) for key, members in sorted(groups.items())}


def _severity_by_label(rows: Sequence[EvalRow]) -> dict[Label, dict[str, int]]:
    table: dict[Label, dict[str, int]] = {}
    for label in LABELS:
        seen = Counter(row.severity for row in rows if row.label == label)
        # The three known severities always appear, in rank order, so reports line up across runs.
        ordered = {severity: seen.pop(severity, 0) for severity in SEVERITIES}
        table[label] = ordered | dict(sorted(seen.items()))
    return table


def _dimensions_by_label(rows: Sequence[EvalRow]) -> dict[Label, dict[str, int]]:
    table: dict[Label, dict[str, int]] = {}
    for label in LABELS:
        seen = Counter(dim for row in rows if row.label == label for dim in set(row.dimensions))
        table[label] = dict(sorted(seen.items(), key=lambda item: (-item[1], item[0])))
    return table


def _misses(rows: Sequence[EvalRow]) -> list[Miss]:
    # The most confident mistakes first: they say most about what the screen has not learnt.
    missed = sorted(
        (row for row in rows if row.label == "violating" and not row.flagged), key=lambda r: (r.score, r.id)
    )
    false_alarms = sorted(
        (row for row in rows if row.label == "benign" and row.flagged), key=lambda r: (-r.score, r.id)
    )
    return [_miss("false_negative", row) for row in missed[:MAX_MISSES]] + [
        _miss("false_positive", row) for row in false_alarms[:MAX_MISSES]
    ]


def _miss(kind: Literal["false_negative", "false_positive"], row: EvalRow) -> Miss:
    preview = " ".join(row.text.split())[:PREVIEW_CHARS]
    return Miss(kind=kind, id=row.id, score=row.score, severity=row.severity, text_preview=preview)


def _threshold_from_meta(meta: Mapping[str, str]) -> float | None:
    try:
        threshold = float(meta["threshold"])
    except (KeyError, ValueError):
        return None
    return threshold if math.isfinite(threshold) and 0.0 <= threshold <= 1.0 else None


def format_summary(report: EvalReport) -> str:
    """The report as a plain-text table for the terminal: overall, per group, confusion matrix."""
    lines = [_overall_line(report.overall)]
    if report.ranking_auc is not None:
        lines.append(f"ranking AUC of the classifier score: {report.ranking_auc:.3f} (threshold-free)")
    for title, groups in (
        ("source", report.per_source),
        ("scene", report.per_scene),
        ("attack type", report.per_attack_type),
    ):
        if groups:
            lines += ["", *_group_table(title, groups)]
    lines += ["", *_confusion_table(report.confusion)]
    return "\n".join(lines)


def _overall_line(counts: Counts) -> str:
    return (
        f"overall  n={counts.n}  P={counts.precision:.3f}  R={counts.recall:.3f}  F1={counts.f1:.3f}  "
        f"FPR={counts.fpr:.3f}  acc={counts.accuracy:.3f}  "
        f"(tp={counts.tp} fp={counts.fp} tn={counts.tn} fn={counts.fn})"
    )


def _display_width(text: str) -> int:
    # Chinese characters take two terminal cells; without this the columns drift.
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _display_width(text))


def _group_table(title: str, groups: Mapping[str, Counts]) -> list[str]:
    width = max(_display_width(name) for name in [f"per {title}", *groups]) + 2
    header = _pad(f"per {title}", width) + f"{'n':>6}{'P':>8}{'R':>8}{'F1':>8}{'FPR':>8}"
    rows = [
        _pad(name, width) + f"{c.n:>6}{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}{c.fpr:>8.3f}"
        for name, c in groups.items()
    ]
    return [header, "-" * _display_width(header), *rows]


def _confusion_table(confusion: Mapping[Label, Mapping[Decision, int]]) -> list[str]:
    lines = ["confusion matrix", f"{'label':<12}{'flagged':>10}{'passed':>10}"]
    for label in LABELS:
        cells = confusion.get(label, {})
        lines.append(f"{label:<12}{cells.get('flagged', 0):>10}{cells.get('passed', 0):>10}")
    return lines
