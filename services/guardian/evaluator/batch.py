"""Batch screening of JSONL files: read rows (reporting bad ones by line), judge in batches, keep order.

Used by `medguard guardian screen` and `medguard guardian eval`. Rows: `id`, `text` (the user turn),
optional `response`; labelled rows add `label` (`violating` | `benign`) and optionally `source`,
`scene`, `attack_type`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from services.common.types import ChatMessage, Verdict
from services.guardian.evaluator.classifier import Scores
from services.guardian.evaluator.screen import ScreenItem

__all__ = ["BatchScreen", "InputRow", "RowError", "judge_rows", "output_record", "read_rows"]

LABELS = ("violating", "benign")


class BatchScreen(Protocol):
    """A screen that judges a batch synchronously and can show its model scores."""

    @property
    def version(self) -> str:
        """Version of the rules and models that judge."""
        ...

    def judge_with_scores(self, items: Sequence[ScreenItem]) -> list[tuple[Verdict, Scores | None]]:
        """Verdict and model scores (None without a model) per item, in order."""
        ...


@dataclass(frozen=True, slots=True)
class RowError:
    """A row that could not be read, by line number (1-based)."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass(frozen=True, slots=True)
class InputRow:
    """One valid input row."""

    line: int
    id: str
    text: str
    response: str | None = None
    label: str | None = None
    source: str | None = None
    scene: str | None = None
    attack_type: str | None = None

    def item(self) -> ScreenItem:
        """The row as a screen item (a one-turn conversation, with the response when given)."""
        return ScreenItem(conversation=(ChatMessage(role="user", content=self.text),), response=self.response)


def read_rows(path: Path, *, labelled: bool = False) -> tuple[list[InputRow], list[RowError]]:
    """Valid rows in file order, and an error per malformed row; blank lines are skipped."""
    rows: list[InputRow] = []
    errors: list[RowError] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = _parse(number, line, labelled)
            except ValueError as exc:
                errors.append(RowError(number, str(exc)))
                continue
            if row.id in seen:
                errors.append(RowError(number, f"duplicate id {row.id!r}"))
                continue
            seen.add(row.id)
            rows.append(row)
    return rows, errors


def _parse(number: int, line: str, labelled: bool) -> InputRow:
    try:
        data: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(data, dict):
        raise ValueError("a row must be a JSON object")
    row_id = data.get("id")
    if isinstance(row_id, bool) or not isinstance(row_id, str | int) or str(row_id) == "":
        raise ValueError("field 'id' must be a non-empty string or an integer")
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("field 'text' must be a non-empty string")
    response = data.get("response")
    if response is not None and not isinstance(response, str):
        raise ValueError("field 'response' must be a string when present")
    label = data.get("label")
    if labelled and label not in LABELS:
        raise ValueError(f"field 'label' must be one of {LABELS}, got {label!r}")
    return InputRow(
        line=number,
        id=str(row_id),
        text=text,
        response=response or None,
        label=label if labelled else None,
        source=_optional_str(data.get("source")),
        scene=_optional_str(data.get("scene")),
        attack_type=_optional_str(data.get("attack_type")),
    )


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def judge_rows(
    screen: BatchScreen, rows: Sequence[InputRow], batch_size: int = 64
) -> Iterator[tuple[InputRow, Verdict, float]]:
    """(row, verdict, flag score) per row, in input order, judged `batch_size` rows at a time.

    The score is the classifier's flag probability, or 1.0 / 0.0 for a rules-only screen.
    """
    for start in range(0, len(rows), batch_size):
        chunk = rows[start : start + batch_size]
        for row, (verdict, scores) in zip(
            chunk, screen.judge_with_scores([r.item() for r in chunk]), strict=True
        ):
            score = scores.flag if scores is not None else float(verdict.flagged)
            yield row, verdict, score


def output_record(row: InputRow, verdict: Verdict) -> dict[str, Any]:
    """The output row of `medguard guardian screen` (documented in docs/guardian.md)."""
    return {
        "id": row.id,
        "severity": verdict.severity.value,
        "flagged": verdict.flagged,
        "dimensions": [
            {"id": hit.id, "severity": hit.severity.value, "score": hit.score} for hit in verdict.dimensions
        ],
        "rationale": verdict.rationale,
        "norms": [norm.cite() for norm in verdict.norms],
        "evaluator_version": verdict.evaluator_version,
    }
