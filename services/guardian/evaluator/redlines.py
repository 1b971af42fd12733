"""The red-line rule layer: explicit prohibitions of Chinese medical law, kept as versioned YAML data.

A rule fires on a clause when one of its triggers matches the clause's matching form (see
`services.common.textnorm`) and no exemption cancels it. A trigger lists regexes that must all occur
within `window` characters of each other; exemptions are prohibition, negation and legality-question
markers ("禁止", "违法吗", "举报"), shared by all rules, plus each rule's own benign look-alikes. The
rule layer only matches patterns, so instructions written inside the judged text cannot steer it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from services.common.textnorm import matching_clauses
from services.common.types import (
    ChatMessage,
    DimensionHit,
    Norm,
    Severity,
    Verdict,
    cite_norms,
    last_user_turn,
)

__all__ = ["RedLineEvaluator", "RedLineRule", "RedLineSet", "RuleMatch", "Trigger"]

DEFAULT_RULES_FILE = "redlines.v1.yaml"
_VOCAB_REF = re.compile(r"@([a-z][a-z0-9_]*)")
_FOLD_SPACE = re.compile(r"(?<=[。；，：！？、）》”])\s+")
# Cap on regex hits per term considered when looking for a co-occurrence, to bound the search.
_MAX_HITS_PER_TERM = 16


class Trigger(BaseModel):
    """Regexes that must all occur in one clause, within `window` characters of each other."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    terms: list[re.Pattern[str]] = Field(min_length=1, description="all must match the clause")
    window: int | None = Field(
        default=None, ge=1, description="max span, first start to last end; None = the whole clause"
    )
    unless: list[re.Pattern[str]] = Field(
        default_factory=list, description="benign look-alikes: any hit in the clause disables this trigger"
    )
    clauses: int = Field(
        default=1, ge=1, le=4, description="how many consecutive clauses the terms may spread over"
    )

    @field_validator("terms")
    @classmethod
    def _terms_not_empty(cls, terms: list[re.Pattern[str]]) -> list[re.Pattern[str]]:
        for term in terms:
            if term.search("") is not None:
                raise ValueError(f"term {term.pattern!r} matches the empty string (it would fire anywhere)")
        return terms

    def find(self, clause: str) -> tuple[int, int] | None:
        """Span of the tightest co-occurrence of all terms in `clause`, or None."""
        if len(self.terms) == 1:
            first = self.terms[0].search(clause)
            return first.span() if first and not self._disabled(clause) else None
        hits: list[list[tuple[int, int]]] = []
        for term in self.terms:
            hits.append(list(itertools.islice(_spans(term, clause), _MAX_HITS_PER_TERM)))
            if not hits[-1]:
                return None
        if self._disabled(clause):
            return None
        best: tuple[int, int] | None = None
        for combo in itertools.product(*hits):
            span = (min(start for start, _ in combo), max(end for _, end in combo))
            fits = self.window is None or span[1] - span[0] <= self.window
            if fits and (best is None or span[1] - span[0] < best[1] - best[0]):
                best = span
        return best

    def _disabled(self, clause: str) -> bool:
        return any(pattern.search(clause) for pattern in self.unless)


def _spans(pattern: re.Pattern[str], text: str) -> Iterable[tuple[int, int]]:
    return (match.span() for match in pattern.finditer(text))


class RedLineRule(BaseModel):
    """One red line as loaded from YAML: what it forbids, the law behind it, how to match and answer it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    dimension: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="dimension id, e.g. reproductive_ethics")
    severity: Severity
    title_zh: str = Field(min_length=1)
    rationale_zh: str = Field(min_length=1, description="one Chinese sentence naming the issue")
    norms: list[Norm] = Field(min_length=1)
    safe_reply_zh: str = Field(min_length=1)
    triggers: list[Trigger] = Field(min_length=1)
    exempt: list[re.Pattern[str]] = Field(default_factory=list, description="rule-specific exemptions")
    common_exempt: bool = Field(default=True, description="whether the set's shared exemptions apply")

    @field_validator("severity")
    @classmethod
    def _not_safe(cls, severity: Severity) -> Severity:
        if severity is Severity.SAFE:
            raise ValueError("a red-line rule must be 'unsafe' or 'controversial'")
        return severity

    @field_validator("norms")
    @classmethod
    def _norms_cite_articles(cls, norms: list[Norm]) -> list[Norm]:
        for norm in norms:
            if not norm.law.strip() or not norm.article.strip():
                raise ValueError("every norm needs both a law and an article")
        return norms

    @field_validator("safe_reply_zh")
    @classmethod
    def _unfold(cls, text: str) -> str:
        return _unfold_chinese(text)

    @property
    def max_clauses(self) -> int:
        """The widest clause span any of this rule's triggers accepts."""
        return max(trigger.clauses for trigger in self.triggers)

    def find(self, clause: str, clauses: int = 1) -> tuple[int, int] | None:
        """Span of the first trigger that fires on `clause` (matching form), ignoring exemptions.

        `clauses` says how many consecutive clauses `clause` joins; only triggers allowed to spread
        that far are tried.
        """
        for trigger in self.triggers:
            span = trigger.find(clause) if trigger.clauses >= clauses else None
            if span is not None:
                return span
        return None

    def is_exempt(self, clause: str) -> bool:
        """True when one of this rule's own exemptions occurs in `clause`."""
        return any(pattern.search(clause) for pattern in self.exempt)


@dataclass(frozen=True, slots=True)
class RuleMatch:
    """A rule that fired: `clause` is the clause in matching form and `span` the hit inside it."""

    rule: RedLineRule
    clause: str
    span: tuple[int, int]

    @property
    def matched_text(self) -> str:
        """The characters of `clause` that the trigger covered."""
        return self.clause[self.span[0] : self.span[1]]


class RedLineSet(BaseModel):
    """A versioned set of red-line rules with the exemptions they share."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: str = Field(min_length=1, description="e.g. redlines-v1")
    dimensions: dict[str, str] = Field(min_length=1, description="dimension id -> Chinese name")
    vocabulary: dict[str, str] = Field(default_factory=dict, description="@name regex fragments")
    common_exempt: list[re.Pattern[str]] = Field(default_factory=list)
    common_exempt_override: list[re.Pattern[str]] = Field(
        default_factory=list, description="stated intent that keeps a hit despite a shared exemption"
    )
    response_exempt: list[re.Pattern[str]] = Field(
        default_factory=list, description="shared exemptions in an assistant's response only: declining"
    )
    response_naming: list[re.Pattern[str]] = Field(
        default_factory=list,
        description="in a response only: a marker ending before the hit names what the act is (属于……)",
    )
    generic_reply_zh: str = Field(min_length=1, description="template with {dimensions} and {norms}")
    rules: list[RedLineRule] = Field(min_length=1)
    # Clause width -> one regex any trigger able to fire at that width must match (None: no screen).
    _screens: dict[int, re.Pattern[str] | None] = PrivateAttr(default_factory=dict)

    def model_post_init(self, context: Any, /) -> None:
        """Build the per-width screens once (see `_first_term_screen`)."""
        widest = max(rule.max_clauses for rule in self.rules)
        self._screens = {
            width: _first_term_screen(
                trigger for rule in self.rules for trigger in rule.triggers if trigger.clauses >= width
            )
            for width in range(1, widest + 1)
        }

    @field_validator("generic_reply_zh")
    @classmethod
    def _generic_reply_template(cls, text: str) -> str:
        try:
            text.format(dimensions="", norms="")
        except (KeyError, IndexError, ValueError) as exc:
            raise ValueError(f"template may use only {{dimensions}} and {{norms}}: {exc!r}") from exc
        return _unfold_chinese(text)

    @model_validator(mode="after")
    def _consistent(self) -> RedLineSet:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.id in seen:
                raise ValueError(f"rule {rule.id!r}: duplicate rule id")
            if rule.dimension not in self.dimensions:
                raise ValueError(f"rule {rule.id!r}: field 'dimension': unknown dimension {rule.dimension!r}")
            seen.add(rule.id)
        return self

    @classmethod
    def load(cls, path: Path | None = None) -> RedLineSet:
        """Load and validate a rule file; the packaged `data/redlines.v1.yaml` by default.

        Raises ValueError naming the file, the rule id and the field when the data is invalid.
        """
        source, text = _read_rules_text(path)
        try:
            raw = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise ValueError(f"{source}: not valid YAML: {exc}") from exc
        if not isinstance(raw, dict):
            raise ValueError(f"{source}: top level must be a mapping with 'version' and 'rules'")
        try:
            return cls.model_validate(_expand_vocabulary(raw, source))
        except ValidationError as exc:
            raise ValueError(_describe_errors(source, raw, exc)) from exc

    def rule(self, rule_id: str) -> RedLineRule | None:
        """The rule with this id, if the set has it."""
        return next((rule for rule in self.rules if rule.id == rule_id), None)

    def match(self, text: str, *, response: bool = False, screened: bool = True) -> list[RuleMatch]:
        """Every rule hit in `text` that no exemption cancels, in clause then rule order.

        `response=True` judges an assistant's words: the `response_exempt` markers join the shared
        exemptions there ("我没办法提供"), and a `response_naming` marker before the hit cancels it
        ("这属于买卖器官"; "代孕属于一份工作" still fires). In a user turn the same words can carry the
        request ("没办法，只能私下买"), so they count only in responses.

        Each clause is tried on its own; rules with a trigger that may spread over several clauses
        are also tried on runs of consecutive clauses, when no single clause of the run fired them.
        `screened=False` skips the first-term screen and tries every rule on every segment: the same
        hits, slower (the reference the screen is tested against).
        """
        forms = matching_clauses(text)
        matches: list[RuleMatch] = []
        fired: set[str] = set()
        for width, screen in self._screens.items():
            for start in range(len(forms) - width + 1):
                segment = "，".join(forms[start : start + width])
                if not screened or screen is None or screen.search(segment):
                    matches.extend(self._match_segment(segment, width, fired, response))
        return matches

    def _match_segment(self, segment: str, width: int, fired: set[str], response: bool) -> list[RuleMatch]:
        shared_exempt = self._shared_exemption(segment, response)
        matches = []
        for rule in self.rules:
            if width > 1 and (rule.id in fired or width > rule.max_clauses):
                continue
            span = rule.find(segment, width)
            if span is None or rule.is_exempt(segment) or (rule.common_exempt and shared_exempt):
                continue
            if response and rule.common_exempt and self._names_the_act(segment, span[0]):
                continue
            fired.add(rule.id)
            matches.append(RuleMatch(rule=rule, clause=segment, span=span))
        return matches

    def _names_the_act(self, clause: str, start: int) -> bool:
        """Whether a naming marker occurs wholly before `start`, the hit's first character."""
        return any(pattern.search(clause, 0, start) for pattern in self.response_naming)

    def _shared_exemption(self, clause: str, response: bool) -> bool:
        markers = itertools.chain(self.common_exempt, self.response_exempt if response else ())
        if not any(pattern.search(clause) for pattern in markers):
            return False
        return not any(pattern.search(clause) for pattern in self.common_exempt_override)


def _first_term_screen(triggers: Iterable[Trigger]) -> re.Pattern[str] | None:
    """One regex that matches wherever any of `triggers` could fire: the alternation of their first terms.

    A trigger fires only where all its terms match, so a segment the screen does not match cannot fire
    any of them, and the per-rule search (most of the rule layer's time) is skipped. Terms are searched
    on their own, so a term with groups (a backreference would change meaning once combined) or its own
    flags leaves the width unscreened.
    """
    firsts = [trigger.terms[0] for trigger in triggers]
    plain = re.compile("").flags
    if not firsts or any(term.groups or term.flags != plain for term in firsts):
        return None
    try:
        return re.compile("|".join(f"(?:{term.pattern})" for term in firsts))
    except re.error:
        return None


def _unfold_chinese(text: str) -> str:
    """Drop the spaces that YAML line folding leaves after Chinese punctuation."""
    return _FOLD_SPACE.sub("", text.strip())


def _read_rules_text(path: Path | None) -> tuple[str, str]:
    if path is not None:
        try:
            return str(path), path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ValueError(f"{path}: cannot read rule file: {exc}") from exc
    resource = resources.files(__package__ or "services.guardian.evaluator") / "data" / DEFAULT_RULES_FILE
    return str(resource), resource.read_text(encoding="utf-8")


def _expand_vocabulary(raw: dict[str, Any], source: str) -> dict[str, Any]:
    """Replace `@name` references in rule and exemption regexes by the set's vocabulary fragments."""
    vocabulary = raw.get("vocabulary") or {}
    if not isinstance(vocabulary, dict):
        raise ValueError(f"{source}: field 'vocabulary' must map names to regex fragments")
    expanded = dict(raw)
    for key in ("common_exempt", "common_exempt_override", "response_exempt", "response_naming"):
        expanded[key] = _expand(raw.get(key, []), vocabulary, f"{source}: field {key!r}")
    rules = raw.get("rules")
    if isinstance(rules, list):
        expanded["rules"] = [_expand_rule(rule, i, vocabulary, source) for i, rule in enumerate(rules)]
    return expanded


def _expand_rule(rule: Any, index: int, vocabulary: Mapping[str, Any], source: str) -> Any:
    if not isinstance(rule, dict):
        return rule
    where = f"{source}: rule {_rule_id(rule, index)!r}"
    out = dict(rule)
    for key in ("triggers", "exempt"):
        if key in rule:
            out[key] = _expand(rule[key], vocabulary, f"{where}, field {key!r}")
    return out


def _expand(value: Any, vocabulary: Mapping[str, Any], where: str) -> Any:
    if isinstance(value, str):
        return _VOCAB_REF.sub(lambda m: _lookup(vocabulary, m.group(1), where), value)
    if isinstance(value, list):
        return [_expand(item, vocabulary, where) for item in value]
    if isinstance(value, dict):
        return {key: _expand(item, vocabulary, where) for key, item in value.items()}
    return value


def _lookup(vocabulary: Mapping[str, Any], name: str, where: str) -> str:
    fragment = vocabulary.get(name)
    if not isinstance(fragment, str):
        raise ValueError(f"{where}: unknown vocabulary reference @{name}")
    return fragment


def _rule_id(rule: Any, index: int) -> str:
    if isinstance(rule, dict) and isinstance(rule.get("id"), str):
        return str(rule["id"])
    return f"#{index}"


def _describe_errors(source: str, raw: Mapping[str, Any], exc: ValidationError) -> str:
    rules = raw.get("rules") if isinstance(raw.get("rules"), list) else None
    lines = []
    for error in exc.errors():
        loc = list(error["loc"])
        where = source
        if rules and len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int) and loc[1] < len(rules):
            where += f": rule {_rule_id(rules[loc[1]], loc[1])!r}"
            loc = loc[2:]
        message = str(error["msg"]).removeprefix("Value error, ")
        if error["type"] == "pattern_regex":
            message += f": {error['input']!r} ({_regex_problem(error['input'])})"
        field = ".".join(str(part) for part in loc)
        lines.append(f"{where}: field {field!r}: {message}" if field else f"{where}: {message}")
    return "invalid red-line rules:\n" + "\n".join(lines)


def _regex_problem(pattern: Any) -> str:
    try:
        re.compile(pattern)
    except (re.error, TypeError) as exc:
        return str(exc)
    return "not a string"


class RedLineEvaluator:
    """Judges a user turn, or a response in its conversation, against a red-line rule set."""

    def __init__(self, rules: RedLineSet, names: Mapping[str, str] | None = None) -> None:
        self._rules = rules
        self.version = rules.version
        # Dimension id -> Chinese name for generic replies: the rule set's own, widened by the taxonomy's.
        self._names = {**rules.dimensions, **(names or {})}

    def evaluate(self, conversation: Sequence[ChatMessage], response: str | None = None) -> Verdict:
        """Verdict on the last user turn, or on `response` when one is given.

        The rule layer judges a response on its own words: a refusal that names the law is safe even
        when the question was not, and a reply that explains how to break the law is not.
        """
        if response is not None:
            return self.verdict_for(self._rules.match(response, response=True))
        return self.verdict_for(self._rules.match(last_user_turn(conversation)))

    def verdict_for(self, matches: Sequence[RuleMatch]) -> Verdict:
        """Fold rule matches into one Verdict (worst severity, one hit per dimension, cited norms)."""
        rules = list({match.rule.id: match.rule for match in matches}.values())
        if not rules:
            return Verdict(rationale="未触及规则层所列的医疗法律红线。", evaluator_version=self.version)
        norms = list(dict.fromkeys(norm for rule in rules for norm in rule.norms))
        titles = "、".join(rule.title_zh for rule in rules)
        cites = "、".join(norm.cite() for norm in norms)
        return Verdict(
            severity=_worst(rule.severity for rule in rules),
            dimensions=_dimension_hits(rules),
            norms=norms,
            rationale=f"触及医疗法律红线：{titles}，依据{cites}。",
            evaluator_version=self.version,
        )

    def safe_reply(self, verdict: Verdict) -> str:
        """The safe reply of the verdict's worst rule hit, or a generic one naming dimensions and norms."""
        worst: RedLineRule | None = None
        for hit in verdict.dimensions:
            for rule_id in hit.rule_ids:
                rule = self._rules.rule(rule_id)
                if rule is not None and (worst is None or rule.severity.rank > worst.severity.rank):
                    worst = rule
        if worst is not None:
            return worst.safe_reply_zh
        return self._generic_reply(verdict)

    def _generic_reply(self, verdict: Verdict) -> str:
        names = [self._names.get(hit.id, hit.id) for hit in verdict.dimensions]
        dimensions = "、".join(dict.fromkeys(names)) or "医疗伦理与法律"
        norms = cite_norms(verdict.norms)
        return self._rules.generic_reply_zh.format(dimensions=dimensions, norms=norms)


def _worst(severities: Iterable[Severity]) -> Severity:
    return max(severities, key=lambda severity: severity.rank, default=Severity.SAFE)


def _dimension_hits(rules: Sequence[RedLineRule]) -> list[DimensionHit]:
    by_dimension: dict[str, list[RedLineRule]] = {}
    for rule in rules:
        by_dimension.setdefault(rule.dimension, []).append(rule)
    hits = [
        DimensionHit(
            id=dimension,
            severity=_worst(rule.severity for rule in group),
            score=1.0,
            rationale="".join(dict.fromkeys(rule.rationale_zh for rule in group)),
            rule_ids=[rule.id for rule in group],
        )
        for dimension, group in by_dimension.items()
    ]
    return sorted(hits, key=lambda hit: -hit.severity.rank)
