"""Rows from outside the training data: the external safe-vs-harmful sets, and `reward score` input.

The external sets (MedSafetyBench English, the Zhongjing safety probes of screening_dev) hold a harmful
request and a reference safe reply; the harmful compliant replies they are compared with were written
by this team (data/eval/*.jsonl, by row id). Only rows present in both are used.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from services.common.types import ChatMessage
from services.reward.types import CriterionSpec, RewardItem

__all__ = ["external_pairs", "read_score_rows"]

_EVAL_DIR = Path(__file__).resolve().parent / "data" / "eval"
# name -> (external file, field of the reference safe reply, source filter, our harmful replies)
_SETS = {
    "medsafetybench_en": ("medsafetybench_en_dev.jsonl", "safe_response", None, "msb_harmful.en.jsonl"),
    "zhongjing_safety": (
        "screening_dev.jsonl",
        "reference_safe_output",
        "zhongjing-safety",
        "zj_harmful.zh.jsonl",
    ),
}


def external_pairs(folder: Path) -> dict[str, list[tuple[str, str, str]] | None]:
    """name -> [(question, reference safe reply, our harmful reply)], or None when the file is absent."""
    out: dict[str, list[tuple[str, str, str]] | None] = {}
    for name, (file, safe_field, source, ours) in _SETS.items():
        path = folder / file
        if not path.is_file():
            out[name] = None
            continue
        harmful = {row["id"]: row["harmful_response"] for row in _jsonl(_EVAL_DIR / ours)}
        rows: list[tuple[str, str, str]] = []
        for row in _jsonl(path):
            if (
                (source is None or row.get("source") == source)
                and row["id"] in harmful
                and row.get(safe_field)
            ):
                rows.append((str(row["text"]), str(row[safe_field]), str(harmful[row["id"]])))
        out[name] = rows
    return out


def _jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def read_score_rows(path: Path) -> tuple[list[RewardItem], list[str]]:
    """Items of a `reward score` input file and one error line per malformed row (by line number).

    A row is {"id", "prompt" (a string) or "conversation" (messages), "response",
    "criteria"?: [{id, text, points}]}.
    "criteria"?: [{id, text, points}]}.
    """
    items, errors = [], []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if "conversation" in row:
                conversation = tuple(ChatMessage.model_validate(m) for m in row["conversation"])
            else:
                conversation = (ChatMessage(role="user", content=str(row["prompt"])),)
            criteria = tuple(
                CriterionSpec(str(c.get("id", f"c{j}")), str(c["text"]), float(c.get("points", 1.0)))
                for j, c in enumerate(row.get("criteria") or [])
            )
            response = str(row["response"])
            if not response.strip() or not any(m.role == "user" for m in conversation):
                raise ValueError("needs a user turn and a non-empty response")
            items.append(RewardItem(conversation, response, criteria, str(row.get("id", number))))
        except (ValueError, KeyError, TypeError, AttributeError, ValidationError) as exc:
            errors.append(f"{path}:{number}: {exc}")
    return items, errors
