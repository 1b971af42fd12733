"""Chinese text normalisation: width folding, invisible characters, script, separators, clauses."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.common.textnorm import (
    matching_clauses,
    matching_form,
    normalize,
    split_clauses,
    strip_invisible,
)

_CJK_HEAVY = st.text(
    alphabet=st.characters(min_codepoint=0x3400, max_codepoint=0x9FFF)
    | st.sampled_from(list(" ,.*-_\u200b\u00ad\ufeff\u3000，。、ＡＢｃ１乾干後后髮發")),
    max_size=40,
)


def test_full_width_letters_digits_and_punctuation_become_half_width() -> None:
    assert normalize("ＣＴ检查１２３！") == "ct检查123!"


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\ufe0f"])
def test_invisible_characters_are_removed(invisible: str) -> None:
    assert normalize(f"代{invisible}孕") == "代孕"


def test_traditional_characters_become_simplified() -> None:
    assert normalize("賣腎換錢") == "卖肾换钱"


def test_latin_is_lower_cased_and_whitespace_collapsed() -> None:
    assert normalize("  NIPT \t\n  检查  ") == "nipt 检查"


def test_normalize_keeps_separators_between_chinese_characters_for_display() -> None:
    assert normalize("卖 肾") == "卖 肾"


@pytest.mark.parametrize(
    "obfuscated", ["卖 肾", "卖*肾", "卖-肾", "卖.肾", "卖 · 肾", "卖\u3000肾", "卖😀肾"]
)
def test_matching_form_drops_separators_slipped_between_chinese_characters(obfuscated: str) -> None:
    assert matching_form(obfuscated) == "卖肾"


def test_matching_form_joins_latin_and_chinese_across_a_gap() -> None:
    assert matching_form("Ｂ 超 看 男女") == "b超看男女"


def test_matching_form_keeps_spaces_between_latin_words() -> None:
    assert matching_form("hello world") == "hello world"


def test_clauses_split_on_chinese_and_western_punctuation() -> None:
    text = "我想问一下。这个药怎么吃？一天几次!饭前；还是饭后,谢谢\n好的"
    assert split_clauses(text) == [
        "我想问一下",
        "这个药怎么吃",
        "一天几次",
        "饭前",
        "还是饭后",
        "谢谢",
        "好的",
    ]


def test_enumeration_comma_splits_unless_enumerations_are_kept() -> None:
    assert split_clauses("不得买卖、提供病历") == ["不得买卖", "提供病历"]
    assert split_clauses("不得买卖、提供病历", keep_enumerations=True) == ["不得买卖、提供病历"]


def test_a_word_split_by_a_clause_separator_stays_in_one_clause() -> None:
    assert split_clauses("卖，肾") == ["卖，肾"]
    assert split_clauses("我想卖，肾。") == ["我想卖，肾"]


def test_empty_text_has_no_clauses() -> None:
    assert split_clauses("") == []
    assert split_clauses("，。！") == []


def test_matching_clauses_are_normalised_and_joined_per_clause() -> None:
    assert matching_clauses("賣 腎，哪里有中介") == ["卖肾", "哪里有中介"]


def test_strip_invisible_changes_nothing_else() -> None:
    assert strip_invisible("賣\u200b腎 ＡＢ") == "賣腎 ＡＢ"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@settings(max_examples=300, deadline=None)
@given(_CJK_HEAVY)
def test_normalize_and_matching_form_are_idempotent_on_chinese_text(text: str) -> None:
    assert normalize(normalize(text)) == normalize(text)
    assert matching_form(matching_form(text)) == matching_form(text)
