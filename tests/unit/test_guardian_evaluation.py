"""Screening metrics and the HTML report: exact counts, groupings, threshold sweep, escaping, no network."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

from services.guardian.evaluator.evaluation import (
    MAX_MISSES,
    PREVIEW_CHARS,
    THRESHOLDS,
    Counts,
    EvalReport,
    EvalRow,
    evaluate,
    format_summary,
)
from services.guardian.evaluator.report import render_html, write_report


def _row(
    id: str,
    label: str,
    flagged: bool,
    *,
    score: float | None = None,
    severity: str = "safe",
    source: str | None = None,
    scene: str | None = None,
    attack_type: str | None = None,
    dimensions: tuple[str, ...] = (),
    text: str = "",
) -> EvalRow:
    return EvalRow(
        id=id,
        label=label,  # type: ignore[arg-type]  # invalid labels are tested on purpose
        flagged=flagged,
        severity=severity,
        score=(0.9 if flagged else 0.1) if score is None else score,
        source=source,
        scene=scene,
        attack_type=attack_type,
        dimensions=dimensions,
        text=text,
    )


def _known_rows() -> list[EvalRow]:
    """3 TP, 1 FN, 2 FP, 4 TN: P = 3/5, R = 3/4, F1 = 2/3, FPR = 2/6, accuracy = 7/10."""
    return [
        _row(
            "tp1",
            "violating",
            True,
            source="forum",
            scene="门诊",
            severity="unsafe",
            dimensions=("self_harm",),
        ),
        _row(
            "tp2",
            "violating",
            True,
            source="forum",
            scene="急诊",
            severity="unsafe",
            dimensions=("self_harm",),
        ),
        _row(
            "tp3",
            "violating",
            True,
            source="synthetic",
            severity="controversial",
            dimensions=("pseudoscience",),
        ),
        _row("fn1", "violating", False, source="synthetic", scene="门诊", text="一个被漏掉的违规提问"),
        _row(
            "fp1",
            "benign",
            True,
            source="forum",
            scene="门诊",
            severity="controversial",
            dimensions=("self_harm",),
        ),
        _row("fp2", "benign", True, source="synthetic", text="<script>alert(1)</script>"),
        _row("tn1", "benign", False, source="forum", scene="急诊"),
        _row("tn2", "benign", False, source="forum"),
        _row("tn3", "benign", False, source="synthetic"),
        _row("tn4", "benign", False),
    ]


@pytest.fixture(scope="module")
def report() -> EvalReport:
    return evaluate(_known_rows(), meta={"model": "guardian-test-1", "threshold": "0.5"})


@pytest.fixture(scope="module")
def page(report: EvalReport) -> str:
    return render_html(report)


# --- counts --------------------------------------------------------------------------------------


def test_counts_give_exact_precision_recall_f1_fpr_and_accuracy() -> None:
    counts = Counts.of(_known_rows())

    assert (counts.tp, counts.fp, counts.tn, counts.fn, counts.n) == (3, 2, 4, 1, 10)
    assert counts.precision == pytest.approx(3 / 5)
    assert counts.recall == pytest.approx(3 / 4)
    assert counts.f1 == pytest.approx(2 / 3)
    assert counts.fpr == pytest.approx(2 / 6)
    assert counts.accuracy == pytest.approx(7 / 10)


def test_no_rows_gives_zero_for_every_ratio() -> None:
    counts = Counts.of([])

    assert counts.n == 0
    assert (counts.precision, counts.recall, counts.f1, counts.fpr, counts.accuracy) == (0.0,) * 5


def test_ratio_with_empty_denominator_is_zero_not_nan() -> None:
    only_benign_passed = Counts.of([_row("a", "benign", False), _row("b", "benign", False)])
    only_benign_flagged = Counts.of([_row("c", "benign", True)])
    only_violating_passed = Counts.of([_row("d", "violating", False)])

    assert only_benign_passed.precision == 0.0  # nothing flagged
    assert only_benign_passed.recall == 0.0  # nothing violating
    assert only_benign_passed.accuracy == 1.0
    assert (only_benign_flagged.precision, only_benign_flagged.f1, only_benign_flagged.fpr) == (0.0, 0.0, 1.0)
    assert only_violating_passed.fpr == 0.0  # nothing benign
    assert only_violating_passed.recall == 0.0


def test_report_round_trips_through_json(report: EvalReport) -> None:
    assert EvalReport.model_validate_json(report.model_dump_json()) == report


# --- groupings -----------------------------------------------------------------------------------


def test_rows_are_counted_per_source(report: EvalReport) -> None:
    assert list(report.per_source) == ["forum", "synthetic"]
    forum = report.per_source["forum"]
    synthetic = report.per_source["synthetic"]
    assert (forum.tp, forum.fp, forum.tn, forum.fn) == (2, 1, 2, 0)
    assert (synthetic.tp, synthetic.fp, synthetic.tn, synthetic.fn) == (1, 1, 1, 1)
    assert synthetic.recall == pytest.approx(1 / 2)


def test_rows_without_the_field_are_left_out_of_that_grouping() -> None:
    rows = [
        _row("a", "violating", True, scene="门诊"),
        _row("b", "violating", True, scene=None),
        _row("c", "benign", False, scene="nan"),
        _row("d", "benign", False, scene="NaN"),
        _row("e", "benign", False, scene="  "),
        _row("f", "benign", True, scene=" 门诊 "),
    ]

    result = evaluate(rows)

    assert list(result.per_scene) == ["门诊"]
    assert result.per_scene["门诊"].n == 2
    assert result.per_source == {}
    assert result.per_attack_type == {}
    assert result.overall.n == 6


def test_confusion_matrix_matches_the_counts(report: EvalReport) -> None:
    assert report.confusion == {
        "violating": {"flagged": 3, "passed": 1},
        "benign": {"flagged": 2, "passed": 4},
    }


def test_severities_and_dimensions_are_counted_per_label(report: EvalReport) -> None:
    assert report.severity_by_label["violating"] == {"safe": 1, "controversial": 1, "unsafe": 2}
    assert report.severity_by_label["benign"] == {"safe": 5, "controversial": 1, "unsafe": 0}
    assert report.dimensions_by_label["violating"] == {"self_harm": 2, "pseudoscience": 1}
    assert report.dimensions_by_label["benign"] == {"self_harm": 1}


# --- threshold curve -----------------------------------------------------------------------------


def test_threshold_curve_sweeps_five_to_ninety_five_percent() -> None:
    curve = evaluate(_known_rows()).threshold_curve

    assert [point.threshold for point in curve] == [pytest.approx(0.05 * k) for k in range(1, 20)]
    assert len(curve) == len(THRESHOLDS) == 19


def test_recall_never_rises_as_the_threshold_rises() -> None:
    scores = [0.02, 0.13, 0.27, 0.35, 0.5, 0.51, 0.66, 0.72, 0.88, 0.97]
    rows = [_row(f"v{i}", "violating", s >= 0.5, score=s) for i, s in enumerate(scores)]
    rows += [_row(f"b{i}", "benign", s >= 0.5, score=1 - s) for i, s in enumerate(scores)]

    curve = evaluate(rows).threshold_curve
    recalls = [point.recall for point in curve]
    fprs = [point.fpr for point in curve]

    assert recalls == sorted(recalls, reverse=True)
    assert fprs == sorted(fprs, reverse=True)
    assert recalls[0] > recalls[-1]


def test_row_whose_score_equals_the_threshold_counts_as_flagged() -> None:
    rows = [_row("v", "violating", True, score=0.5), _row("b", "benign", False, score=0.1)]

    at_half = next(p for p in evaluate(rows).threshold_curve if p.threshold == pytest.approx(0.5))

    assert at_half.recall == 1.0
    assert at_half.precision == 1.0


def test_operating_threshold_comes_from_meta(report: EvalReport) -> None:
    assert report.operating_threshold == 0.5
    assert evaluate(_known_rows()).operating_threshold is None
    assert evaluate(_known_rows(), meta={"threshold": "high"}).operating_threshold is None


# --- misses --------------------------------------------------------------------------------------


def test_misses_list_false_negatives_then_false_positives(report: EvalReport) -> None:
    assert [(m.kind, m.id) for m in report.misses] == [
        ("false_negative", "fn1"),
        ("false_positive", "fp1"),
        ("false_positive", "fp2"),
    ]
    assert report.misses[0].text_preview == "一个被漏掉的违规提问"


def test_misses_are_capped_and_previews_are_short() -> None:
    long_text = "这是一段很长的文本。\n" * 40
    rows = [_row(f"v{i}", "violating", False, score=i / 200, text=long_text) for i in range(70)]
    rows += [_row(f"b{i}", "benign", True, score=1 - i / 200) for i in range(60)]

    misses = evaluate(rows).misses
    false_negatives = [m for m in misses if m.kind == "false_negative"]

    assert len(false_negatives) == MAX_MISSES
    assert len(misses) == 2 * MAX_MISSES
    assert false_negatives[0].id == "v0"  # the most confident miss first
    assert all(len(m.text_preview) == PREVIEW_CHARS and "\n" not in m.text_preview for m in false_negatives)


def test_row_with_unknown_label_or_out_of_range_score_is_rejected() -> None:
    with pytest.raises(ValueError, match="label"):
        _row("x", "harmful", True)
    with pytest.raises(ValueError, match="score"):
        _row("y", "benign", True, score=1.5)
    with pytest.raises(ValueError, match="score"):
        _row("z", "benign", True, score=float("nan"))


# --- terminal summary ----------------------------------------------------------------------------


def test_summary_shows_overall_groups_and_confusion(report: EvalReport) -> None:
    summary = format_summary(report)

    assert "n=10" in summary
    assert "P=0.600" in summary and "R=0.750" in summary and "F1=0.667" in summary and "FPR=0.333" in summary
    assert "per source" in summary and "per scene" in summary
    assert "per attack type" not in summary  # no row has one
    assert re.search(r"violating\s+3\s+1", summary)
    assert re.search(r"benign\s+2\s+4", summary)


def test_summary_columns_line_up_with_chinese_group_names(report: EvalReport) -> None:
    lines = format_summary(report).splitlines()
    start = lines.index(next(line for line in lines if line.startswith("per scene")))
    table = lines[start : start + 4]

    # Chinese characters take two terminal cells each.
    widths = {sum(2 if "\u4e00" <= ch <= "\u9fff" else 1 for ch in line) for line in [table[0], *table[2:]]}
    assert len(widths) == 1


# --- HTML report ---------------------------------------------------------------------------------


def test_html_shows_the_headline_numbers(page: str) -> None:
    for number in ("0.667", "0.600", "0.750", "0.333"):
        assert f'<div class="value">{number}</div>' in page
    assert '<div class="value">10</div>' in page
    assert "guardian-test-1" in page


def test_html_is_self_contained(page: str) -> None:
    sources = re.findall(r'(?:src|href)="([^"]*)"', page)

    assert sources
    assert all(source.startswith("data:image/png;base64,") for source in sources)
    assert "http://" not in page and "https://" not in page
    assert "<script" not in page.lower()
    assert "<link" not in page.lower()


def test_html_escapes_row_texts_group_names_meta_and_title() -> None:
    hostile = "<script>alert(1)</script>"
    rows = [*_known_rows(), _row("z", "benign", True, source=hostile, text=hostile)]

    page = render_html(evaluate(rows, meta={"input": hostile}), title=hostile)

    assert hostile not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_chinese_labels_render_without_missing_glyphs() -> None:
    rows = [_row("a", "violating", True, scene="生殖中心", dimensions=("隐私",)), _row("b", "benign", False)]

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns for every glyph its font lacks
        page = render_html(evaluate(rows))

    assert "生殖中心" in page
    assert "隐私" in page


def test_empty_report_still_renders() -> None:
    page = render_html(evaluate([]))

    assert page.startswith("<!DOCTYPE html>")
    assert '<div class="value">0</div>' in page


def test_write_report_writes_the_page(tmp_path: Path, report: EvalReport) -> None:
    path = write_report(report, tmp_path / "out" / "eval.html", title="试运行")

    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "<title>试运行</title>" in path.read_text(encoding="utf-8")


def test_ranking_auc_counts_pairs_in_order_and_ties_as_half() -> None:
    rows = [
        _row("v1", "violating", True, score=0.9),
        _row("v2", "violating", False, score=0.3),
        _row("b1", "benign", False, score=0.3),
        _row("b2", "benign", False, score=0.1),
    ]
    # Pairs (violating, benign): 0.9>0.3, 0.9>0.1, 0.3=0.3 (half), 0.3>0.1 -> 3.5 of 4.
    report = evaluate(rows)
    assert report.ranking_auc == 0.875
    assert "ranking AUC of the classifier score: 0.875" in format_summary(report)
    assert evaluate([_row("v", "violating", True)]).ranking_auc is None
