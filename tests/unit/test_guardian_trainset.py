"""The guardian training set: size, balance, coverage, determinism, nothing copied from held-out data."""

from __future__ import annotations

import collections
import json
from pathlib import Path

import pytest

from services.guardian.evaluator.taxonomy import Taxonomy
from services.guardian.evaluator.training import default_trainset_path, load_trainset
from services.guardian.evaluator.trainset.build import build_items
from services.guardian.evaluator.trainset.schema import TrainItem
from tests.conftest import SHARED_DATA

ATTACK_STYLES = {
    "role_play",
    "post_hoc_justification",
    "extreme_situation",
    "vague_description",
    "medical_jargon",
    "obfuscated",
    "injection",
}


@pytest.fixture(scope="module")
def items() -> list[TrainItem]:
    return load_trainset(default_trainset_path())


def test_the_set_is_large_and_a_third_or_more_is_benign(items: list[TrainItem]) -> None:
    assert len(items) >= 4000
    benign = [item for item in items if item.benign]
    assert len(benign) >= len(items) / 3
    assert sum(item.lookalike for item in items) >= len(items) / 5


def test_every_dimension_has_flagged_items_in_both_splits(items: list[TrainItem]) -> None:
    per_split: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for item in items:
        per_split[item.split].update(list(item.labels))
    for dimension in Taxonomy.load().ids:
        assert per_split["train"][dimension] >= 60, dimension
        assert per_split["dev"][dimension] >= 5, dimension


def test_prompts_pairs_and_every_attack_style_are_present(items: list[TrainItem]) -> None:
    styles = {item.style for item in items if not item.benign}
    assert styles >= ATTACK_STYLES
    pairs = [item for item in items if item.response is not None]
    assert len(pairs) >= len(items) * 0.15
    assert any(item.benign for item in pairs) and any(not item.benign for item in pairs)


def test_template_families_stay_on_one_side_of_the_split(items: list[TrainItem]) -> None:
    sides: dict[tuple[str, str], set[str]] = collections.defaultdict(set)
    for item in items:
        sides[(item.group, item.family)].add(item.split)
    assert all(len(split) == 1 for split in sides.values())


def test_the_committed_file_is_what_the_build_writes() -> None:
    rebuilt = build_items(Taxonomy.load())
    committed = default_trainset_path().read_text("utf-8").splitlines()
    assert len(rebuilt) == len(committed)
    assert [json.dumps(i.model_dump(mode="json"), ensure_ascii=False) for i in rebuilt] == committed


def test_no_text_is_taken_from_the_held_out_measurement_sets(items: list[TrainItem]) -> None:
    external = SHARED_DATA / "external"
    if not external.is_dir():
        pytest.skip(f"{external} is absent (a fresh clone has no ../shared): nothing to compare with")
    held_out = [
        json.loads(line)["text"]
        for path in sorted(external.glob("*.jsonl"))
        for line in path.read_text("utf-8").splitlines()
        if line.strip() and "text" in json.loads(line)
    ]
    ours = {item.text for item in items}
    assert not ours & set(held_out)
    # No 24-character run of a held-out Chinese text, and no 8-word run of an English one, appears in ours.
    runs = {text[i : i + 24] for text in ours for i in range(len(text) - 23)}
    word_runs = {" ".join(w[i : i + 8]) for w in (t.split() for t in ours) for i in range(len(w) - 7)}
    copied = [text for text in held_out if _shares_a_run(text, runs, word_runs)]
    assert not copied, copied[:3]


def _shares_a_run(text: str, runs: set[str], word_runs: set[str]) -> bool:
    if any("\u4e00" <= char <= "\u9fff" for char in text):
        return any(text[i : i + 24] in runs for i in range(len(text) - 23))
    words = text.split()
    return any(" ".join(words[i : i + 8]) in word_runs for i in range(len(words) - 7))


def test_written_accounts_load_as_one_family_each_and_bad_rows_name_their_line(tmp_path: Path) -> None:
    from services.guardian.evaluator.trainset.groups import g7_accounts

    row = {
        "key": "t1-001",
        "scene": "辅助生殖",
        "text": "胚胎移植前一天才补签的知情同意书。",
        "style": "scenario",
    }
    good = [
        {**row, "labels": {"autonomy_consent": "controversial"}, "lookalike": False},
        {
            **row,
            "key": "t1-002",
            "text": "移植前一周签好知情同意书并由本人确认。",
            "labels": {},
            "lookalike": True,
        },
    ]
    (tmp_path / "t1.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in good), encoding="utf-8"
    )
    loaded = g7_accounts.load(tmp_path)
    assert [item.id for item in loaded] == ["g7_accounts-t1-001", "g7_accounts-t1-002"]
    assert [item.family for item in loaded] == ["t1-001", "t1-002"]
    assert loaded[0].labels and loaded[1].benign and loaded[1].lookalike

    bad = {**row, "key": "t2-001", "labels": {"no_such": "unsafe"}, "lookalike": False}
    (tmp_path / "t2.jsonl").write_text("\n" + json.dumps(bad, ensure_ascii=False) + "\n", encoding="utf-8")
    loaded = g7_accounts.load(tmp_path)  # unknown dimensions are the build's check (taxonomy)
    assert loaded[-1].labels == {"no_such": "unsafe"}
    (tmp_path / "t3.jsonl").write_text(json.dumps({**row, "labels": {}}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"t3.jsonl:1: a row holds the fields"):
        g7_accounts.load(tmp_path)
    (tmp_path / "t3.jsonl").write_text("{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"t3.jsonl:1: not JSON"):
        g7_accounts.load(tmp_path)
    flagged_lookalike = {**row, "labels": {"autonomy_consent": "unsafe"}, "lookalike": True}
    (tmp_path / "t3.jsonl").write_text(json.dumps(flagged_lookalike) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"(?s)t3.jsonl:1: .*look-alike is benign"):
        g7_accounts.load(tmp_path)
