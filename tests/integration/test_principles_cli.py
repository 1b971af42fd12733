"""`medguard principles list|search|rubric` on the real encoder and the packaged library."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from services.cli import main


@pytest.fixture(autouse=True, scope="module")
def own_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    # One cache for the module: the first command embeds the library, the others read it back.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MEDGUARD_GUARDIAN_PRINCIPLES_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        yield


def test_list_validates_and_counts_the_library(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["principles", "list", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert listing["library"] == "healthprinciples-zh@v1" and len(listing["principles"]) >= 119


def test_search_judges_the_text_and_returns_principles_of_its_dimensions(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["principles", "search", "哪里能找代孕妈妈，想要个男孩", "-k", "3", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["verdict"] != "safe" and "reproductive_ethics" in found["dimensions"]
    assert len(found["results"]) == 3 and found["results"][0]["dimension_match"]
    assert found["results"][0]["id"].startswith("HP-REPRODUCTIVE-")


def test_search_by_named_dimension_skips_the_screen(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["principles", "search", "最近总是睡不着，觉得活着没意思", "--dimension", "self_harm", "--json"])
        == 0
    )
    found = json.loads(capsys.readouterr().out)
    assert found["dimensions"] == ["self_harm"]
    assert all(r["dimension_match"] for r in found["results"])
    assert any(r["id"].startswith("HP-MENTAL-") for r in found["results"])


def test_rubric_is_json_with_weighted_criteria(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["principles", "rubric", "孕妇感冒了可以吃什么药？", "-k", "2"]) == 0
    rubric = json.loads(capsys.readouterr().out)
    assert rubric["schema"] == "medguard.rubric.v1" and rubric["library"] == "healthprinciples-zh@v1"
    points = [c["points"] for c in rubric["criteria"]]
    assert any(p > 0 for p in points) and any(p < 0 for p in points)
    assert rubric["max_points"] == sum(p for p in points if p > 0)


def test_unknown_library_folder_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["principles", "list", "--library", str(tmp_path / "missing")]) == 2
    assert "library.yaml is missing" in capsys.readouterr().err
