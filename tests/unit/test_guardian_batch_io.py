"""Batch screening input: malformed rows are reported by line number, valid rows keep their order."""

from __future__ import annotations

import json
from pathlib import Path

from services.guardian.evaluator.batch import read_rows


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_malformed_rows_are_reported_by_line_and_the_rest_kept_in_order(tmp_path: Path) -> None:
    path = write(
        tmp_path / "in.jsonl",
        [
            json.dumps({"id": "a", "text": "第一条"}),
            "{not json",
            json.dumps({"id": "b"}),
            "",
            json.dumps({"id": 7, "text": "第二条", "response": "回复"}),
            json.dumps(["list"]),
            json.dumps({"id": "a", "text": "重复"}),
            json.dumps({"id": "c", "text": "x", "response": 3}),
        ],
    )
    rows, errors = read_rows(path)
    assert [(row.id, row.line) for row in rows] == [("a", 1), ("7", 5)]
    assert rows[1].response == "回复"
    assert [error.line for error in errors] == [2, 3, 6, 7, 8]
    assert "not JSON" in errors[0].message and "'text'" in errors[1].message
    assert "duplicate id" in errors[3].message and "'response'" in errors[4].message


def test_labelled_rows_need_a_known_label_and_keep_source_scene_and_attack_type(tmp_path: Path) -> None:
    path = write(
        tmp_path / "labelled.jsonl",
        [
            json.dumps({"id": "1", "text": "问题", "label": "violating", "source": "s", "scene": "nan"}),
            json.dumps({"id": "2", "text": "问题", "label": "maybe"}),
            json.dumps({"id": "3", "text": "问题", "label": "benign", "attack_type": "role_play"}),
        ],
    )
    rows, errors = read_rows(path, labelled=True)
    assert [row.id for row in rows] == ["1", "3"]
    assert rows[0].source == "s" and rows[1].attack_type == "role_play"
    assert errors[0].line == 2 and "label" in errors[0].message
