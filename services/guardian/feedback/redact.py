"""Personal-data redaction for the feedback log, before a chat turn is written for preference training.

`Redactor.redact` replaces names, resident ID numbers, phone numbers, e-mail addresses, home addresses,
medical record numbers and bank card numbers in Chinese or mixed text by fixed placeholders ("[姓名]"),
and counts what it replaced. Cues are kept ("住院号:[病历号]", "[姓名]医生") so the turn stays readable.

Detectors run one kind at a time on a *probe*: a copy of the text with full-width characters folded to
ASCII (one character for one, so offsets hold) and every placeholder blanked out. Each kind's matches are
spliced into both the text and the probe before the next kind runs, so a placeholder is never matched
again. Rounds repeat until nothing changes, so redacting twice gives the same text as redacting once.
Word lists live in `pii.v1.yaml`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from importlib import resources
from types import MappingProxyType

import yaml
from pydantic import BaseModel, ConfigDict, Field

__all__ = ["PLACEHOLDERS", "PiiKind", "Redaction", "Redactor"]

LEXICON_FILE = "pii.v1.yaml"


class PiiKind(StrEnum):
    """A kind of personal data the feedback log must not keep."""

    NAME = "name"
    ID_NUMBER = "id_number"
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
    RECORD_NUMBER = "record_number"
    BANK_CARD = "bank_card"


PLACEHOLDERS: Mapping[PiiKind, str] = MappingProxyType(
    {
        PiiKind.NAME: "[姓名]",
        PiiKind.ID_NUMBER: "[身份证号]",
        PiiKind.PHONE: "[电话]",
        PiiKind.EMAIL: "[邮箱]",
        PiiKind.ADDRESS: "[地址]",
        PiiKind.RECORD_NUMBER: "[病历号]",
        PiiKind.BANK_CARD: "[银行卡号]",
    }
)


@dataclass(frozen=True)
class Redaction:
    """A redacted text and how many items of each kind (`PiiKind` value) were replaced in it."""

    text: str
    counts: dict[str, int] = field(default_factory=dict)
    names: tuple[str, ...] = field(
        default=(), compare=False
    )  # names replaced, so the rest of a conversation can be cleaned of them


Span = tuple[int, int]
Finder = Callable[[str], Iterator[Span]]

# Folds full-width ASCII and the ideographic space one-to-one, so probe offsets are text offsets.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
# Stands in for placeholders in the probe: neither a digit, a letter nor a CJK character.
_BARRIER = "\x00"
_CJK = "\u4e00-\u9fff\u3400-\u4dbf"
_PUNCT = r",.;:!?()\[\]<>\"'，。；：！？、（）《》【】“”‘’…"
# A placeholder can change what a detector of an earlier kind sees next to it ("本人李本人[姓名]"), so
# detection repeats until a round changes nothing: that is what makes redacting twice equal to once.
_MAX_ROUNDS = 4
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


class _Names(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    strong: list[str] = Field(min_length=1)
    weak: list[str] = Field(min_length=1)
    surname: list[str] = Field(min_length=1)
    english: list[str] = Field(min_length=1)


class _Surnames(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    single: list[str] = Field(min_length=50)
    double: list[str] = Field(min_length=1)


class _Address(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    units: list[str] = Field(min_length=1)
    stops: list[str]
    not_address_words: list[str]
    institution_suffixes: list[str]
    labelled_cues: list[str] = Field(min_length=1)
    inline_cues: list[str] = Field(min_length=1)


class _Lexicon(BaseModel):
    """The word lists of `pii.v1.yaml`, validated once when a `Redactor` is built."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: str
    surnames: _Surnames
    honorifics: list[str] = Field(min_length=1)
    preposition_surnames: list[str]
    numeral_prefixes: list[str]
    surname_false_prefixes: list[str]
    name_cues: _Names
    name_stops: list[str]
    not_names: list[str]
    record_cues: list[str] = Field(min_length=1)
    record_cues_english: list[str] = Field(min_length=1)
    id_cues: list[str] = Field(min_length=1)
    bank_cues: list[str] = Field(min_length=1)
    phone_cues: list[str] = Field(min_length=1)
    address: _Address

    @classmethod
    def packaged(cls) -> _Lexicon:
        text = resources.files(__package__ or "services.guardian.feedback").joinpath(LEXICON_FILE)
        return cls.model_validate(yaml.safe_load(text.read_text("utf-8")))


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so the longest cue wins."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit() or ch in "Xx").upper()


def _valid_resident_id(number: str) -> bool:
    """GB 11643 check: a real birth date at characters 7-14 and the weighted checksum as last character."""
    if len(number) != 18:
        return False
    try:
        date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(number[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == number[17]


def _luhn(number: str) -> bool:
    total = 0
    for index, digit in enumerate(reversed(number)):
        value = int(digit) * (2 if index % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _spans(pattern: re.Pattern[str], group: int = 0, keep: Callable[[str], bool] | None = None) -> Finder:
    """A finder yielding the span of `group` of every match whose text passes `keep`."""

    def find(probe: str) -> Iterator[Span]:
        for match in pattern.finditer(probe):
            if keep is None or keep(match.group(group)):
                yield match.span(group)

    return find


class _Draft:
    """The text being redacted, its probe, and the counts so far."""

    def __init__(self, text: str, placeholders: re.Pattern[str]) -> None:
        self.text = text
        self.probe = placeholders.sub(lambda m: _BARRIER * len(m.group()), text.translate(_FOLD))
        self.counts: dict[str, int] = {}
        self.names: list[str] = []

    def replace(self, kind: PiiKind, spans: Iterable[Span]) -> int:
        """Splice the placeholder of `kind` over `spans`; return how many were replaced."""
        placeholder = PLACEHOLDERS[kind]
        text_parts: list[str] = []
        probe_parts: list[str] = []
        last = replaced = 0
        for start, end in sorted(spans):
            if start < last or start >= end:
                continue  # two patterns of one kind may overlap: the earlier one wins
            if kind is PiiKind.NAME:
                self.names.append(self.text[start:end])
            text_parts += [self.text[last:start], placeholder]
            probe_parts += [self.probe[last:start], _BARRIER * len(placeholder)]
            last, replaced = end, replaced + 1
        if replaced:
            self.text = "".join([*text_parts, self.text[last:]])
            self.probe = "".join([*probe_parts, self.probe[last:]])
            self.counts[kind.value] = self.counts.get(kind.value, 0) + replaced
        return replaced


class Redactor:
    """Replaces personal data in chat text by placeholders; build once, call from any thread."""

    def __init__(self) -> None:
        lexicon = _Lexicon.packaged()
        self._placeholders = re.compile(_alternation(PLACEHOLDERS.values()))
        self._names = _NameFinder(lexicon)
        self._addresses = _AddressFinder(lexicon)
        numbers = _NumberPatterns(lexicon)
        self._detectors: Sequence[tuple[PiiKind, Finder]] = (
            (PiiKind.EMAIL, _spans(numbers.email)),
            (PiiKind.ID_NUMBER, _spans(numbers.id_after_cue, 1)),
            (PiiKind.ID_NUMBER, _spans(numbers.id_number, 0, lambda s: _valid_resident_id(_digits(s)))),
            (PiiKind.RECORD_NUMBER, _spans(numbers.record, 1)),
            (PiiKind.BANK_CARD, _spans(numbers.bank_after_cue, 1)),
            (PiiKind.BANK_CARD, _spans(numbers.bank_card, 0, lambda s: _luhn(_digits(s)))),
            (PiiKind.PHONE, _spans(numbers.phone_after_cue, 1, lambda s: 7 <= len(_digits(s)) <= 15)),
            (PiiKind.PHONE, _spans(numbers.mobile)),
            (PiiKind.PHONE, _spans(numbers.landline)),
            (PiiKind.ADDRESS, self._addresses.after_cue),
            (PiiKind.ADDRESS, self._addresses.runs),
            (PiiKind.NAME, self._names.before_honorific),
            (PiiKind.NAME, self._names.after_cue),
            (PiiKind.NAME, self._names.english),
        )

    def redact(self, text: str, known_names: Iterable[str] = ()) -> Redaction:
        """Return `text` with personal data replaced by `PLACEHOLDERS` and the count of each kind.

        `known_names` (found earlier in the same conversation, e.g. "我叫张伟") are replaced wherever
        they appear, with or without a cue: a reply that greets the patient by name repeats it bare.
        """
        draft = _Draft(text, self._placeholders)
        known = sorted({n for n in known_names if len(n) >= 2}, key=len, reverse=True)
        if known:
            literal = re.compile(_alternation(known))
            draft.replace(PiiKind.NAME, [m.span() for m in literal.finditer(draft.text)])
        for _ in range(_MAX_ROUNDS):
            replaced = 0
            for kind, find in self._detectors:
                replaced += draft.replace(kind, list(find(draft.probe)))
            if not replaced:
                break
        return Redaction(draft.text, draft.counts, tuple(dict.fromkeys(draft.names)))

    def redact_text(self, text: str) -> str:
        """Return only the redacted text."""
        return self.redact(text).text


class _NumberPatterns:
    """Patterns for the kinds that are numbers or codes: e-mail, ID, record, bank card, phone."""

    def __init__(self, lexicon: _Lexicon) -> None:
        def after(cues: Iterable[str], gap: str = r"[\s:#是为码]{0,4}") -> str:
            return f"(?:{_alternation(cues)}){gap}"

        self.email = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
        self.id_after_cue = re.compile(after(lexicon.id_cues) + r"(\d{17}[\dXx]|\d{15})(?!\d)")
        self.id_number = re.compile(r"(?<!\d)[1-9]\d{5}[ -]?(?:18|19|20)\d{6}[ -]?\d{3}[\dXx](?![\dA-Za-z])")
        english = _alternation(lexicon.record_cues_english)
        self.record = re.compile(
            f"(?:{_alternation(lexicon.record_cues)}|(?<![A-Za-z])(?i:{english})(?![A-Za-z]))"
            r"[\s:#是为码]{0,4}(?=[A-Za-z-]*\d)([A-Za-z0-9][A-Za-z0-9-]{2,29})(?![A-Za-z0-9])"
        )
        self.bank_after_cue = re.compile(after(lexicon.bank_cues) + r"(\d(?:[ -]?\d){15,18})(?!\d)")
        self.bank_card = re.compile(
            r"(?<![\d.])(?:\d{4}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?|\d{16,19})(?![\dXx])"
        )
        cues = f"(?i:{_alternation(lexicon.phone_cues)})"
        self.phone_after_cue = re.compile(cues + r"[\s:是为]{0,4}(\+?\d[\d\s-]{5,20}\d)(?!\d)")
        self.mobile = re.compile(
            r"(?<![\d+])(?:(?:\+|00)?86[\s-]?|\(\+?86\)\s?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)"
        )
        self.landline = re.compile(
            r"(?<![\d./-])(?:\(0\d{2,3}\)\s?|0\d{2,3}[\s-]?)(?:\d{7,8}|\d{3,4}[\s-]\d{4})(?!\d)"
        )


class _AddressFinder:
    """Chinese addresses: after a cue ("住在", "地址:"), or as a run of address parts ("建国路88号")."""

    def __init__(self, lexicon: _Lexicon) -> None:
        words = lexicon.address
        units = _alternation(words.units)
        stops = "".join(words.stops)
        place = f"(?:(?![{stops}])[{_CJK}])"
        number = "[0-9A-Za-z一二三四五六七八九十百零〇两-]"
        segment = f"(?:{place}{{1,10}}?|{number}{{1,6}})(?:{units})"
        self._run = re.compile(f"(?:{segment}){{2,}}")
        self._segment = re.compile(f"(?:(?P<place>{place}{{1,10}}?)|{number}{{1,6}})(?:{units})")
        self._unit = re.compile(f"\\d|{units}")
        self._not_address = re.compile(_alternation(words.not_address_words))
        self._institution = re.compile(f"{place}{{0,6}}?(?:{_alternation(words.institution_suffixes)})")
        self._labelled = re.compile(
            f"(?:{_alternation(words.labelled_cues)})[\\s:是为]{{0,3}}([^{_PUNCT}\\n\\r{_BARRIER}]{{1,60}})"
        )
        self._inline = re.compile(f"(?:{_alternation(words.inline_cues)})([^{_PUNCT}\\s{_BARRIER}]{{1,40}})")

    def after_cue(self, probe: str) -> Iterator[Span]:
        """What follows an address cue up to the next punctuation, when it holds a unit or a digit."""
        for pattern in (self._labelled, self._inline):
            match = pattern.search(probe)
            while match:
                value = match.group(1).rstrip()
                if self._unit.search(value):
                    yield match.start(1), match.start(1) + len(value)
                    match = pattern.search(probe, match.end())
                else:  # "地址:地址:..." -- a cue may sit inside what was rejected
                    match = pattern.search(probe, match.start(1))

    def runs(self, probe: str) -> Iterator[Span]:
        """Runs of two or more address parts, one of them named, that do not name an institution."""
        for match in self._run.finditer(probe):
            run = match.group()
            named = any(part.group("place") for part in self._segment.finditer(run))
            if not named or self._not_address.search(run) or self._institution.match(probe, match.end()):
                continue
            yield match.span()


class _NameFinder:
    """Chinese names after a cue or before a title, and English names after a cue or a title."""

    def __init__(self, lexicon: _Lexicon) -> None:
        self._single = frozenset(lexicon.surnames.single)
        self._double = frozenset(lexicon.surnames.double)
        self._prepositions = frozenset(lexicon.preposition_surnames)
        self._numerals = frozenset(lexicon.numeral_prefixes)
        self._false_prefixes = frozenset(lexicon.surname_false_prefixes)
        self._stops = tuple(lexicon.name_stops)
        self._not_names = tuple(lexicon.not_names)
        surnames = _alternation([*lexicon.surnames.double, *lexicon.surnames.single])
        self._honorific = re.compile(f"({surnames})(?={_alternation(lexicon.honorifics)})")
        cues = lexicon.name_cues
        self._cue = re.compile(
            f"(?P<strong>{_alternation(cues.strong)})|(?P<weak>{_alternation(cues.weak)})"
            f"|(?P<surname>{_alternation(cues.surname)})"
        )
        self._colon = re.compile(r"\s*:\s*|\s*")
        english_name = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
        self._english = re.compile(
            f"(?:(?i:{_alternation(cues.english)})\\s*:?\\s*|\\b(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)"
            f"({english_name})"
        )

    def before_honorific(self, probe: str) -> Iterator[Span]:
        """A surname right before a title ("陈医生"), unless it ends a common word or follows a number."""
        for match in self._honorific.finditer(probe):
            surname, start = match.group(1), match.start(1)
            if surname in self._prepositions:
                continue
            if len(surname) == 1 and start > 0:
                before = probe[start - 1]
                if before in self._numerals or before + surname in self._false_prefixes:
                    continue
            yield match.span(1)

    def after_cue(self, probe: str) -> Iterator[Span]:
        """The name after a cue such as 我叫, 姓名:, 患者; weak cues need a surname and a clean end."""
        for match in self._cue.finditer(probe):
            colon = self._colon.match(probe, match.end())
            start = colon.end() if colon else match.end()
            kind = match.lastgroup or "weak"
            if kind == "weak" and colon and ":" in colon.group():
                kind = "strong"
            length = self._name_length(probe[start : start + 6], kind)
            if length:
                yield start, start + length

    def english(self, probe: str) -> Iterator[Span]:
        """An English name after "my name is" or a title (Dr, Mr, Ms ...)."""
        for match in self._english.finditer(probe):
            yield match.span(1)

    def _name_length(self, window: str, kind: str) -> int:
        surname = self._surname_length(window)
        if kind == "surname":
            return surname
        run = self._name_run(window, surname)
        if surname and run > surname:
            length = min(run, surname + 2)
        elif kind == "strong" and run >= 2:
            length = min(run, 3)
        else:
            return run if kind == "strong" and surname else 0
        if kind == "weak" and (run > length or window.startswith(self._not_names)):
            return 0  # "患者高血压", "患者康复后": words that merely start with a surname
        return length

    def _surname_length(self, window: str) -> int:
        if window[:2] in self._double:
            return 2
        return 1 if window[:1] in self._single else 0

    def _name_run(self, window: str, surname: int) -> int:
        """How many leading characters could belong to a name: CJK, and no stop word after the surname."""
        for index, char in enumerate(window):
            if not ("\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"):
                return index
            if index >= surname and window.startswith(self._stops, index):
                return index
        return len(window)
