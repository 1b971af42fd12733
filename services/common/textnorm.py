"""Chinese text normalisation that defeats common obfuscation tricks before screening.

`normalize` gives a display-safe canonical text (NFKC width folding, invisible characters removed,
traditional -> simplified, Latin lower-cased, whitespace collapsed). `matching_form` goes further and
drops separators slipped between CJK characters ("卖 肾", "代.孕"); use it for rule matching only,
never for text shown to a person. `split_clauses` cuts text into clauses for clause-level matching.
"""

from __future__ import annotations

import re
import unicodedata

import zhconv

__all__ = ["matching_clauses", "matching_form", "normalize", "split_clauses", "strip_invisible"]


def _invisible_codepoints() -> dict[int, None]:
    """Code points that render as nothing and are used to split words past a filter."""
    ranges = [
        (0x00AD, 0x00AD),  # soft hyphen
        (0x034F, 0x034F),  # combining grapheme joiner
        (0x061C, 0x061C),  # Arabic letter mark
        (0x115F, 0x1160),  # Hangul fillers
        (0x17B4, 0x17B5),  # Khmer inherent vowels (invisible)
        (0x180B, 0x180F),  # Mongolian variation selectors and vowel separator
        (0x200B, 0x200F),  # zero-width space/joiners, LRM/RLM
        (0x202A, 0x202E),  # bidi embeddings and overrides
        (0x2060, 0x2064),  # word joiner, invisible operators
        (0x2066, 0x206F),  # bidi isolates, deprecated format characters
        (0x3164, 0x3164),  # Hangul filler
        (0xFE00, 0xFE0F),  # variation selectors
        (0xFEFF, 0xFEFF),  # byte-order mark / zero-width no-break space
        (0xFFA0, 0xFFA0),  # half-width Hangul filler
        (0xFFF9, 0xFFFB),  # interlinear annotation controls
        (0x1BCA0, 0x1BCA3),  # shorthand format controls
        (0xE0000, 0xE007F),  # tag characters
        (0xE0100, 0xE01EF),  # variation selectors supplement
    ]
    return {cp: None for start, end in ranges for cp in range(start, end + 1)}


_INVISIBLE = _invisible_codepoints()
_WHITESPACE_RUN = re.compile(r"\s+")

_CJK = (
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # unified ideographs, extension A, compatibility
    "\U00020000-\U0003134f"  # extensions B-G
)
# Whitespace, punctuation and symbols that an obfuscator slips between two CJK characters.
_SEPARATOR = (
    r"\s!-/:-@\[-`{-~"  # ASCII punctuation and symbols
    "\u00a1-\u00bf\u00d7\u00f7"  # Latin-1 punctuation and signs
    "\u2010-\u205e"  # general punctuation (dashes, bullets, ellipses, primes)
    "\u2190-\u2bff"  # arrows, maths, technical, box drawing, shapes, dingbats
    "\u3000-\u3003\u3008-\u3020\u3030\u303d\u30fb"  # CJK punctuation and brackets, katakana middle dot
    "\ufe10-\ufe19\ufe30-\ufe6b"  # vertical and small form punctuation
    "\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"  # full-width punctuation (if any survives)
    "\U0001f000-\U0001faff"  # emoji, pictographs, playing cards, mahjong tiles
)
# A gap between two CJK characters, or between a CJK character and a Latin letter or digit ("b 超").
_CJK_GAP = re.compile(
    f"(?<=[{_CJK}])[{_SEPARATOR}]+(?=[{_CJK}0-9a-z])|(?<=[0-9a-z])[{_SEPARATOR}]+(?=[{_CJK}])"
)

_ENUMERATION_COMMAS = "、､"
_CLAUSE_SEPARATORS = "。！？!?；;，,\n\r…｡：:︰"
_CLAUSE_RUN = re.compile(f"[^{re.escape(_CLAUSE_SEPARATORS + _ENUMERATION_COMMAS)}]+")
_CLAUSE_RUN_KEEPING_LISTS = re.compile(f"[^{re.escape(_CLAUSE_SEPARATORS)}]+")


def _normalize_once(text: str) -> str:
    text = text.translate(_INVISIBLE)
    text = unicodedata.normalize("NFKC", text)
    text = zhconv.convert(text, "zh-cn")
    text = text.lower()
    return _WHITESPACE_RUN.sub(" ", text).strip()


def normalize(text: str) -> str:
    """Canonical, display-safe form of `text`.

    Removes zero-width and other invisible characters, folds full-width forms (NFKC), converts
    traditional Chinese to simplified, lower-cases and collapses whitespace. Idempotent.
    """
    once = _normalize_once(text)
    # Lower-casing or script conversion can, rarely, produce text that one more pass changes again
    # (e.g. a character whose lower-case form NFKC folds further); settle on the fixed point.
    for _ in range(3):
        again = _normalize_once(once)
        if again == once:
            return once
        once = again
    return once


def matching_form(text: str) -> str:
    """`normalize(text)` without separators next to CJK characters ("卖 - 肾" -> "卖肾", "b 超" -> "b超").

    For rule matching only: the result is not meant to be shown to anyone.
    """
    return _CJK_GAP.sub("", normalize(text))


def matching_clauses(text: str) -> list[str]:
    """The clauses of `text`, each in matching form, for clause-level rule matching.

    Normalises once, splits into clauses keeping enumerations together (see `split_clauses`), then
    removes the separators next to CJK characters inside each clause.
    """
    return [_CJK_GAP.sub("", clause) for clause in split_clauses(normalize(text), keep_enumerations=True)]


def split_clauses(text: str, *, keep_enumerations: bool = False) -> list[str]:
    """Split `text` into clauses on Chinese and Western sentence and clause punctuation.

    With `keep_enumerations`, the enumeration comma 、 does not split: "不得买卖、提供或公开病历" stays
    one clause, so a negation keeps its scope over every item of the list (what rule matching needs).
    Empty clauses are dropped. A one-character fragment ("卖，肾") is not a clause but most
    likely a word split to dodge a filter, so it stays joined, separator included, to its neighbour.
    """
    clause_run = _CLAUSE_RUN_KEEPING_LISTS if keep_enumerations else _CLAUSE_RUN
    spans: list[tuple[int, int]] = []
    pending_start: int | None = None
    for match in clause_run.finditer(text):
        if not match.group().strip():
            continue
        start = match.start() if pending_start is None else pending_start
        if len(match.group().strip()) == 1:
            pending_start = start
            continue
        spans.append((start, match.end()))
        pending_start = None
    if pending_start is not None:
        tail_end = len(text.rstrip(_CLAUSE_SEPARATORS + _ENUMERATION_COMMAS + " \t"))
        if spans:
            spans[-1] = (spans[-1][0], tail_end)
        else:
            spans.append((pending_start, tail_end))
    return [text[start:end].strip() for start, end in spans]


def strip_invisible(text: str) -> str:
    """`text` with zero-width and other invisible characters removed, and nothing else changed.

    For text that a model reads or a person sees: unlike `normalize`, it keeps the writer's script
    (traditional stays traditional), case and spacing.
    """
    return text.translate(_INVISIBLE)
