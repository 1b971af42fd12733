"""The HealthPrinciples library: the packaged one is complete and grounded; another replaces it by path."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from services.guardian.evaluator.taxonomy import Taxonomy
from services.guardian.principles.library import PrincipleLibrary, default_library_dir
from services.guardian.principles.prompts import RevisionPrompts, default_prompts_path
from services.guardian.principles.toolkit import load_principles
from tests.support.fakes import HashingEmbedder, hashing_toolkit

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
NORMS = SHARED / "norms" / "cn_medical_law_articles.jsonl"


@pytest.fixture(scope="module")
def library() -> PrincipleLibrary:
    return PrincipleLibrary.load()


def test_packaged_library_has_at_least_119_principles_over_every_guardian_dimension(
    library: PrincipleLibrary,
) -> None:
    taxonomy = Taxonomy.load()
    assert len(library) >= 119
    assert len(library.clinical_dimensions) >= 12
    taxonomy.check_ids(sorted(library.dimension_ids()), "library")
    assert library.dimension_ids() == set(taxonomy.ids), "every guardian dimension needs principles"
    for principle in library:
        assert principle.clinical_dimension and principle.title_en and principle.grounding
        assert len(principle.good_reply_zh) >= 2 and principle.avoid_zh


def test_every_cited_article_exists_in_the_statute_corpus(library: PrincipleLibrary) -> None:
    if not NORMS.is_file():
        pytest.skip(f"{NORMS} is absent (a user's fresh clone has no ../shared)")
    articles = {(row["law"], row["article"]) for row in map(json.loads, NORMS.open(encoding="utf-8"))}
    cited = [(g.law, g.article) for p in library for g in p.grounding if g.is_law]
    missing = [c for c in cited if c not in articles]
    assert cited and not missing, missing
    assert sum(1 for p in library if p.norms) / len(library) >= 0.8, "most principles rest on a statute"


def test_no_sentence_of_the_shared_data_is_copied_into_the_library(library: PrincipleLibrary) -> None:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent (a user's fresh clone has no ../shared)")
    runs: set[str] = set()
    for path in (SHARED / "norms").glob("*.jsonl"):
        for line in path.open(encoding="utf-8"):
            text = re.sub(r"\s", "", json.dumps(json.loads(line), ensure_ascii=False))
            runs.update(text[i : i + 20] for i in range(len(text) - 19))
    for principle in library:
        own = re.sub(
            r"\s", "", principle.principle_zh + "".join(principle.good_reply_zh + principle.avoid_zh)
        )
        copied = [own[i : i + 20] for i in range(len(own) - 19) if own[i : i + 20] in runs]
        assert not copied, f"{principle.id} copies {copied[0]!r}"


def _english_library(root: Path) -> Path:
    folder = root / "ama-en"
    folder.mkdir()
    manifest = {"id": "ama-principles-en", "version": "v0", "language": "en", "files": ["consent.yaml"]}
    part = {
        "clinical_dimension": {"id": "consent", "name_zh": "知情同意", "name_en": "Consent"},
        "principles": [
            {
                "id": "HP-AMA-001",
                "version": 1,
                "title_zh": "知情同意",
                "title_en": "Informed consent",
                "dimensions": ["autonomy_consent"],
                "principle_zh": "Patients decide about their care after learning risks and alternatives.",
                "applies_when_zh": "Questions about consent forms.",
                "good_reply_zh": ["Explain the right to be informed.", "Suggest asking the surgeon."],
                "avoid_zh": ["Helping to hide risks from a patient."],
                "grounding": [{"source": "AMA Code of Medical Ethics", "section": "Opinion 2.1.1"}],
            }
        ],
    }
    (folder / "library.yaml").write_text(yaml.safe_dump(manifest), encoding="utf-8")
    (folder / "consent.yaml").write_text(yaml.safe_dump(part, allow_unicode=True), encoding="utf-8")
    return folder


def test_another_library_replaces_the_packaged_one_by_path_alone(tmp_path: Path) -> None:
    toolkit = hashing_toolkit(tmp_path / "cache", library_dir=_english_library(tmp_path))
    assert toolkit.library.name == "ama-principles-en@v0"
    (found,) = toolkit.search("consent form risks", ["autonomy_consent"], k=1)
    assert found.principle.id == "HP-AMA-001" and found.dimension_match


def test_a_principle_with_an_unknown_dimension_fails_at_load(tmp_path: Path) -> None:
    folder = _english_library(tmp_path)
    text = (folder / "consent.yaml").read_text(encoding="utf-8").replace("autonomy_consent", "no_such_dim")
    (folder / "consent.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match="no_such_dim"):
        load_principles(
            library_dir=folder, encoder_dir=tmp_path, taxonomy=Taxonomy.load(), embedder=HashingEmbedder()
        )


def test_a_malformed_principle_file_is_named_in_the_error(tmp_path: Path) -> None:
    folder = _english_library(tmp_path)
    (folder / "consent.yaml").write_text(
        "clinical_dimension: {id: consent}\nprinciples: []\n", encoding="utf-8"
    )
    with pytest.raises(ValueError, match=r"consent\.yaml"):
        PrincipleLibrary.load(folder)


def test_prompt_templates_must_use_exactly_the_fields_the_code_fills(tmp_path: Path) -> None:
    RevisionPrompts.load()  # the packaged file is valid
    data = yaml.safe_load(default_prompts_path().read_text(encoding="utf-8"))
    data["revise"] = data["revise"].replace("{critique}", "{critic}")
    broken = tmp_path / "prompts.yaml"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ValueError, match="revise"):
        RevisionPrompts.load(broken)


def test_library_content_digest_changes_with_any_file(tmp_path: Path) -> None:
    folder = _english_library(tmp_path)
    before = PrincipleLibrary.load(folder).digest
    path = folder / "consent.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("Opinion 2.1.1", "Opinion 2.1.2"), encoding="utf-8"
    )
    assert PrincipleLibrary.load(folder).digest != before
    assert default_library_dir().is_dir()
