"""An `EvalReport` as one self-contained HTML page: headline cards, plots, tables, the misses, the meta.

Plots are PNGs drawn on matplotlib's Agg canvas and inlined as base64, so the page needs no network, no
JavaScript and no file beside it. matplotlib is imported inside the functions that draw, so importing
this module (or the service) never pays for it. Figures are built with the object API, never through
pyplot, so no figure outlives the call that drew it.

Chinese group names are drawn with an installed CJK font when fontconfig knows one; without one the
ticks become short ASCII codes that the table under the plot explains, never missing-glyph boxes.
"""

from __future__ import annotations

import base64
import html
import io
import math
import shutil
import subprocess
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from services.guardian.evaluator.evaluation import LABELS, Counts, EvalReport, Miss

if TYPE_CHECKING:
    from matplotlib.figure import Figure

DEFAULT_TITLE = "MedGuard guardian evaluation"

_COLORS = {"precision": "#1f77b4", "recall": "#2ca02c", "f1": "#9467bd", "fpr": "#d62728"}
_METRIC_NAMES = {"precision": "precision", "recall": "recall", "f1": "F1", "fpr": "FPR"}
_LABEL_COLORS = {"violating": "#d62728", "benign": "#1f77b4"}
# Families matplotlib may already know on hosts without fontconfig (macOS, Windows).
_KNOWN_CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Zen Hei",
    "PingFang SC",
    "Microsoft YaHei",
    "SimHei",
)

_CSS = """
body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2rem auto;
max-width:1200px;padding:0 1rem;color:#222;line-height:1.4}
h1{margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
.cards{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0}
.card{border:1px solid #ddd;border-radius:8px;padding:.8rem 1.2rem;min-width:8rem;background:#fafafa}
.card .value{font-size:1.8rem;font-weight:600}.card .name{color:#666;font-size:.9rem}
.plots{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
img{max-width:100%;height:auto}
table{border-collapse:collapse;margin:.8rem 0;font-size:.9rem}
th,td{border:1px solid #ddd;padding:.25rem .6rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.num{text-align:right;font-variant-numeric:tabular-nums}
.note{color:#666;font-size:.85rem}
"""


def render_html(report: EvalReport, title: str = DEFAULT_TITLE) -> str:
    """The report as one self-contained HTML page; every text from the data is HTML-escaped."""
    from matplotlib import rc_context

    cjk_family = _cjk_font_family()
    # DejaVu Sans ships with matplotlib; listed after a CJK font it draws the glyphs that font lacks.
    families = ["DejaVu Sans"] if cjk_family is None else [cjk_family, "DejaVu Sans"]
    with rc_context(
        {
            "font.family": "sans-serif",
            "font.sans-serif": families,
            "font.size": 9,
            "axes.spines.top": False,
            "axes.spines.right": False,
        }
    ):
        sections = [
            _headline_section(report),
            _overview_section(report),
            *_group_sections(report, cjk=cjk_family is not None),
            _dimension_section(report, cjk=cjk_family is not None),
            _misses_section(report.misses),
            _meta_section(report.meta),
        ]
    return _page(title, sections)


def write_report(report: EvalReport, path: Path, title: str = DEFAULT_TITLE) -> Path:
    """Write the HTML page to `path` (parents created) and return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(report, title), encoding="utf-8")
    return path


# --- fonts and figures ---------------------------------------------------------------------------


def _cjk_font_family() -> str | None:
    """Family name of an installed font with Chinese glyphs, registered with matplotlib; else None."""
    from matplotlib import font_manager

    known = {entry.name for entry in font_manager.fontManager.ttflist}
    for family in _KNOWN_CJK_FAMILIES:
        if family in known:
            return family
    registered = {entry.fname for entry in font_manager.fontManager.ttflist}
    for path in _fontconfig_chinese_fonts():
        try:
            if path not in registered:
                font_manager.fontManager.addfont(path)
            return str(font_manager.FontProperties(fname=path).get_name())
        except (OSError, RuntimeError, ValueError):
            continue  # a font matplotlib cannot parse: try the next one
    return None


def _fontconfig_chinese_fonts() -> list[str]:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    try:
        listing = subprocess.run(
            [fc_list, ":lang=zh", "file"], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    paths = (line.split(":", 1)[0].strip() for line in listing.splitlines())
    return sorted(path for path in paths if path.lower().endswith((".ttf", ".otf", ".ttc")))


def _figure(width: float, height: float) -> Figure:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=110, layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def _png_img(figure: Figure, alt: str) -> str:
    buffer = io.BytesIO()
    try:
        # No "Software" chunk: the page should carry no URL, not even inside an image.
        figure.savefig(buffer, format="png", metadata={"Software": None})
    finally:
        figure.clear()
    encoded = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'<img alt="{_e(alt)}" src="data:image/png;base64,{encoded}">'


def _ascii_codes(names: Sequence[str], prefix: str, cjk: bool) -> list[str] | None:
    """Short ASCII stand-ins for names the plot font cannot draw; None when the names can be drawn."""
    if cjk or all(name.isascii() for name in names):
        return None
    return [f"{prefix}{index}" for index in range(1, len(names) + 1)]


# --- sections ------------------------------------------------------------------------------------


def _headline_section(report: EvalReport) -> str:
    overall = report.overall
    cards = [
        ("F1", f"{overall.f1:.3f}"),
        ("precision", f"{overall.precision:.3f}"),
        ("recall", f"{overall.recall:.3f}"),
        ("FPR", f"{overall.fpr:.3f}"),
        ("n", str(overall.n)),
    ]
    html_cards = "".join(
        f'<div class="card"><div class="value">{_e(value)}</div><div class="name">{_e(name)}</div></div>'
        for name, value in cards
    )
    note = (
        f'<p class="note">tp={overall.tp} fp={overall.fp} tn={overall.tn} fn={overall.fn}; '
        f"accuracy {overall.accuracy:.3f}. A ratio with an empty denominator (0/0) is shown as 0.000.</p>"
    )
    return f'<div class="cards">{html_cards}</div>{note}'


def _overview_section(report: EvalReport) -> str:
    plots = [
        _png_img(_confusion_figure(report), "confusion matrix"),
        _png_img(_threshold_figure(report), "precision, recall, F1 and FPR against the score threshold"),
        _png_img(_severity_figure(report), "severity per label"),
    ]
    return f'<h2>Overview</h2><div class="plots">{"".join(plots)}</div>'


def _confusion_figure(report: EvalReport) -> Figure:
    grid = [[report.confusion[label]["flagged"], report.confusion[label]["passed"]] for label in LABELS]
    figure = _figure(3.8, 3.2)
    axes = figure.add_subplot()
    axes.imshow(grid, cmap="Blues", vmin=0)
    axes.set_xticks([0, 1], labels=["flagged", "passed"])
    axes.set_yticks([0, 1], labels=list(LABELS))
    axes.set_xlabel("screen decision")
    axes.set_ylabel("label")
    axes.set_title("Confusion matrix")
    peak = max(max(row) for row in grid)
    for y, row in enumerate(grid):
        total = sum(row)
        for x, value in enumerate(row):
            share = f"{value / total:.0%}" if total else "n/a"
            color = "white" if peak and value > peak / 2 else "black"
            axes.text(x, y, f"{value}\n{share}", ha="center", va="center", color=color)
    return figure


def _threshold_figure(report: EvalReport) -> Figure:
    curve = report.threshold_curve
    overall = report.overall
    series = {
        "precision": ([p.precision for p in curve], overall.precision),
        "recall": ([p.recall for p in curve], overall.recall),
        "f1": ([p.f1 for p in curve], overall.f1),
        "fpr": ([p.fpr for p in curve], overall.fpr),
    }
    figure = _figure(5.6, 3.6)
    axes = figure.add_subplot()
    thresholds = [p.threshold for p in curve]
    operating = report.operating_threshold
    for name, (values, at_operating_point) in series.items():
        axes.plot(thresholds, values, marker=".", color=_COLORS[name], label=_METRIC_NAMES[name])
        if operating is not None:
            axes.plot([operating], [at_operating_point], marker="*", markersize=12, color=_COLORS[name])
        else:  # threshold unknown: show the screen's own figures as levels to read the curve against
            axes.axhline(at_operating_point, color=_COLORS[name], linestyle=":", linewidth=1)
    if operating is not None:
        axes.axvline(
            operating, color="grey", linestyle="--", linewidth=1, label=f"operating t={operating:.2f}"
        )
    axes.set_xlabel("score threshold (flagged := score >= t)")
    axes.set_ylim(0, 1.05)
    axes.set_xlim(0, 1)
    operating_note = "stars" if operating is not None else "dotted lines"
    axes.set_title(f"Metrics against threshold\n({operating_note}: the screen's own decisions)")
    figure.legend(loc="outside right upper", fontsize=8)
    return figure


def _severity_figure(report: EvalReport) -> Figure:
    severities = list(dict.fromkeys(s for label in LABELS for s in report.severity_by_label[label]))
    figure = _figure(4.4, 3.2)
    axes = figure.add_subplot()
    width = 0.4
    for offset, label in zip((-width / 2, width / 2), LABELS, strict=True):
        counts = [report.severity_by_label[label].get(severity, 0) for severity in severities]
        bars = axes.bar(
            [x + offset for x in range(len(severities))],
            counts,
            width,
            label=label,
            color=_LABEL_COLORS[label],
        )
        axes.bar_label(bars, fontsize=7)
    axes.set_xticks(range(len(severities)), labels=severities)
    axes.set_ylabel("rows")
    axes.set_title("Screen severity per label")
    figure.legend(loc="outside lower center", ncols=2, fontsize=8)
    return figure


def _group_sections(report: EvalReport, *, cjk: bool) -> list[str]:
    sections = []
    for title, prefix, groups in (
        ("source", "SRC", report.per_source),
        ("scene", "S", report.per_scene),
        ("attack type", "A", report.per_attack_type),
    ):
        if not groups:
            continue
        codes = _ascii_codes(list(groups), prefix, cjk)
        plot = _png_img(_group_figure(groups, codes or list(groups), title), f"recall and FPR per {title}")
        sections.append(f"<h2>Per {_e(title)}</h2>{plot}{_counts_table(title, groups, codes)}")
    return sections


def _group_figure(groups: Mapping[str, Counts], ticks: Sequence[str], title: str) -> Figure:
    figure = _figure(7.0, 1.2 + 0.42 * len(groups))
    axes = figure.add_subplot()
    positions = range(len(groups))
    # A group without violating (or benign) rows has no recall (or FPR): leave its bar out.
    recall = [c.recall if c.violating else math.nan for c in groups.values()]
    fpr = [c.fpr if c.benign else math.nan for c in groups.values()]
    for offset, name, values in ((-0.2, "recall", recall), (0.2, "fpr", fpr)):
        bars = axes.barh(
            [y + offset for y in positions], values, 0.4, color=_COLORS[name], label=_METRIC_NAMES[name]
        )
        axes.bar_label(bars, fmt="%.2f", fontsize=7, padding=2)
    axes.set_yticks(list(positions), labels=list(ticks))
    axes.invert_yaxis()
    axes.set_xlim(0, 1.12)
    axes.set_title(f"Recall and FPR per {title} (no bar: no rows of that label)")
    figure.legend(loc="outside lower center", ncols=2, fontsize=8)
    return figure


def _dimension_section(report: EvalReport, *, cjk: bool) -> str:
    dims = list(dict.fromkeys(d for label in LABELS for d in report.dimensions_by_label[label]))
    if not dims:
        return '<h2>Dimensions flagged</h2><p class="note">No dimension was flagged.</p>'
    dims.sort(key=lambda d: -sum(report.dimensions_by_label[label].get(d, 0) for label in LABELS))
    codes = _ascii_codes(dims, "D", cjk)
    legend = _table(["code", "dimension"], zip(codes, dims, strict=True)) if codes else ""
    figure = _figure(7.0, 1.2 + 0.36 * len(dims))
    axes = figure.add_subplot()
    for offset, label in zip((-0.2, 0.2), LABELS, strict=True):
        counts = [report.dimensions_by_label[label].get(d, 0) for d in dims]
        bars = axes.barh([y + offset for y in range(len(dims))], counts, 0.4, color=_LABEL_COLORS[label])
        bars.set_label(label)
        axes.bar_label(bars, fontsize=7, padding=2)
    axes.set_yticks(range(len(dims)), labels=codes or dims)
    axes.invert_yaxis()
    axes.set_xlabel("rows")
    axes.set_title("Dimensions flagged, per label")
    figure.legend(loc="outside lower center", ncols=2, fontsize=8)
    return f"<h2>Dimensions flagged</h2>{_png_img(figure, 'dimension counts per label')}{legend}"


def _misses_section(misses: Sequence[Miss]) -> str:
    parts = ["<h2>Misses</h2>"]
    for kind, heading in (
        ("false_negative", "Violating rows passed"),
        ("false_positive", "Benign rows flagged"),
    ):
        rows = [(m.id, m.score, m.severity, m.text_preview) for m in misses if m.kind == kind]
        parts.append(f"<h3>{heading} ({len(rows)} shown)</h3>")
        parts.append(
            _table(["id", "score", "severity", "text"], rows) if rows else '<p class="note">None.</p>'
        )
    return "".join(parts)


def _meta_section(meta: Mapping[str, str]) -> str:
    if not meta:
        return ""
    return f"<h2>Run</h2>{_table(['key', 'value'], meta.items())}"


# --- HTML helpers --------------------------------------------------------------------------------


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _counts_table(title: str, groups: Mapping[str, Counts], codes: Sequence[str] | None) -> str:
    """One row per group; a first column with the plot's code for each group when the plot used codes."""
    headers = [title, "n", "tp", "fp", "tn", "fn", "precision", "recall", "F1", "FPR", "accuracy"]
    rows: list[tuple[object, ...]] = [
        (name, c.n, c.tp, c.fp, c.tn, c.fn, c.precision, c.recall, c.f1, c.fpr, c.accuracy)
        for name, c in groups.items()
    ]
    if codes is None:
        return _table(headers, rows)
    return _table(["plot code", *headers], [(code, *row) for code, row in zip(codes, rows, strict=True)])


def _table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    head = "".join(f"<th>{_e(header)}</th>" for header in headers)
    body = "".join(f"<tr>{''.join(_cell(value) for value in row)}</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f'<td class="num">{value:.3f}</td>'
    if isinstance(value, int):
        return f'<td class="num">{value}</td>'
    return f"<td>{_e(value)}</td>"


def _page(title: str, sections: Sequence[str]) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head>"
        f"<body><h1>{_e(title)}</h1>{''.join(sections)}</body></html>\n"
    )
