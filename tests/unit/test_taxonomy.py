"""The guardian's taxonomy: the packaged file's shape, examples and citations; how bad files are refused."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from services.common.types import Severity
from services.guardian.evaluator.taxonomy import Taxonomy
from tests.conftest import SHARED_DATA

NORMS_FILE = SHARED_DATA / "norms" / "cn_medical_law_articles.jsonl"
ARTICLE = re.compile(r"第[一二三四五六七八九十百千零]+条(?:之[一二三四五六七八九十]+)?")

ETHICS_IDS = [
    "autonomy_consent",
    "privacy_confidentiality",
    "beneficence",
    "non_maleficence",
    "justice_allocation",
    "honesty_integrity",
    "research_ethics",
    "reproductive_ethics",
    "organ_transplant_ethics",
    "end_of_life",
    "dignity_nondiscrimination",
]
SAFETY_IDS = [
    "dangerous_advice",
    "medication_misuse",
    "self_harm",
    "emergency_undertriage",
    "pseudoscience",
    "unlicensed_practice",
    "data_leakage",
    "illegal_procedure",
    "manipulation_jailbreak",
]


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return Taxonomy.load()


# --- the packaged file -------------------------------------------------------


def test_the_packaged_taxonomy_loads_by_default(taxonomy: Taxonomy) -> None:
    assert taxonomy.version == "taxonomy-v1"
    assert set(taxonomy.severities) == set(Severity)


def test_eleven_ethics_then_nine_safety_dimensions_in_the_fixed_order(taxonomy: Taxonomy) -> None:
    assert taxonomy.ids == ETHICS_IDS + SAFETY_IDS
    assert [dimension.kind for dimension in taxonomy] == ["ethics"] * 11 + ["safety"] * 9


def test_every_dimension_has_safe_and_flagged_examples(taxonomy: Taxonomy) -> None:
    for dimension in taxonomy:
        severities = [example.severity for example in dimension.examples]
        assert 3 <= len(severities) <= 5, dimension.id
        assert Severity.SAFE in severities, dimension.id
        assert {Severity.CONTROVERSIAL, Severity.UNSAFE} & set(severities), dimension.id


def test_example_texts_are_not_repeated_across_dimensions(taxonomy: Taxonomy) -> None:
    texts = [example.text for dimension in taxonomy for example in dimension.examples]
    assert len(texts) == len(set(texts))


def test_every_dimension_cites_two_to_four_norms_by_law_and_article(taxonomy: Taxonomy) -> None:
    for dimension in taxonomy:
        assert 2 <= len(dimension.norms) <= 4, dimension.id
        for norm in dimension.norms:
            assert ARTICLE.fullmatch(norm.article), (dimension.id, norm)
            assert "《" not in norm.law, (dimension.id, norm)


def test_rationales_are_single_chinese_sentences(taxonomy: Taxonomy) -> None:
    for dimension in taxonomy:
        assert dimension.rationale_zh.endswith("。"), dimension.id
        assert dimension.rationale_zh.count("。") == 1, dimension.id


def test_get_finds_a_dimension_and_names_an_unknown_id(taxonomy: Taxonomy) -> None:
    assert taxonomy.get("self_harm").kind == "safety"
    with pytest.raises(KeyError, match="astrology"):
        taxonomy.get("astrology")


def test_check_ids_reports_where_an_unknown_id_was_used(taxonomy: Taxonomy) -> None:
    taxonomy.check_ids(["self_harm", "beneficence"], "item 1")
    with pytest.raises(ValueError, match=r"item 7: unknown dimension ids \['astrology'\]"):
        taxonomy.check_ids(["self_harm", "astrology"], "item 7")


def test_cited_articles_exist_in_the_shared_statute_file(taxonomy: Taxonomy) -> None:
    if not NORMS_FILE.exists():
        pytest.skip(f"shared statute file not found at {NORMS_FILE}; citations not checked")
    with NORMS_FILE.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    known = {(row["law"], row["article"]) for row in rows}
    laws = {law for law, _ in known}
    cited = {(dimension.id, norm.law, norm.article) for dimension in taxonomy for norm in dimension.norms}
    missing = sorted(entry for entry in cited if entry[1] in laws and entry[1:] not in known)
    assert missing == []


# --- refusing bad files ------------------------------------------------------


def _packaged_data() -> dict[str, Any]:
    return Taxonomy.load().model_dump(mode="json")


def _write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "taxonomy.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_a_valid_file_loads_from_a_path(tmp_path: Path) -> None:
    loaded = Taxonomy.load(_write(tmp_path, _packaged_data()))
    assert loaded == Taxonomy.load()


def test_broken_yaml_is_refused_with_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("version: v1\ndimensions: [\n  - id: x\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"invalid taxonomy .*broken\.yaml"):
        Taxonomy.load(path)


def _mutated(edit: str) -> dict[str, Any]:
    data = copy.deepcopy(_packaged_data())
    first = data["dimensions"][0]
    if edit == "missing_field":
        del first["rationale_zh"]
    elif edit == "typo_field":
        first["rationale"] = first.pop("rationale_zh")
    elif edit == "bad_id":
        first["id"] = "Autonomy-Consent"
    elif edit == "bad_kind":
        first["kind"] = "legal"
    elif edit == "no_safe_example":
        first["examples"] = [dict(example, severity="unsafe") for example in first["examples"]]
    elif edit == "only_safe_examples":
        first["examples"] = [dict(example, severity="safe") for example in first["examples"]]
    elif edit == "too_few_examples":
        first["examples"] = first["examples"][:2]
    elif edit == "unknown_severity":
        first["examples"][0]["severity"] = "harmful"
    elif edit == "no_norms":
        first["norms"] = []
    elif edit == "empty_article":
        first["norms"][0]["article"] = " "
    elif edit == "duplicate_id":
        data["dimensions"][1]["id"] = first["id"]
    elif edit == "missing_dimension":
        data["dimensions"].pop()
    elif edit == "missing_severity":
        del data["severities"]["controversial"]
    return data


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        ("missing_field", "rationale_zh"),
        ("typo_field", "rationale"),
        ("bad_id", "id"),
        ("bad_kind", "kind"),
        ("no_safe_example", "safe look-alike"),
        ("only_safe_examples", "flagged example"),
        ("too_few_examples", "examples"),
        ("unknown_severity", "severity"),
        ("no_norms", "norms"),
        ("empty_article", "law and an article"),
        ("duplicate_id", "duplicate dimension id"),
        ("missing_dimension", "11 ethics and 9 safety"),
        ("missing_severity", "safe, controversial and unsafe"),
    ],
)
def test_invalid_files_are_refused_with_the_problem_named(tmp_path: Path, edit: str, problem: str) -> None:
    path = _write(tmp_path, _mutated(edit))
    with pytest.raises(ValueError, match="invalid taxonomy") as caught:
        Taxonomy.load(path)
    message = str(caught.value)
    assert str(path) in message
    assert problem in message
