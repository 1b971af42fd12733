"""The versioned prompt files of principle-guided generation, critique, revision and fallback.

Templates are data (`data/prompts/revision.zh.v1.yaml`); this module loads them, checks that each
one uses exactly the fields the code fills in, and renders them. A typo in a field name fails at
start, not in the middle of a patient's chat.
"""

from __future__ import annotations

import string
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from services.guardian.principles.library import Principle, parse_yaml

__all__ = ["RevisionPrompts", "default_prompts_path"]

_FIELDS = {
    "principle_line": {"title", "principle", "actions", "grounding"},
    "guidance_system": {"issues", "principles"},
    "critique": {"question", "draft", "issues", "principles"},
    "revise": {"question", "draft", "critique", "principles", "norms"},
    "fallback": {"issues", "principle", "norms", "referral"},
}
MAX_ACTIONS = 3
ECHO_MIN_CHARS = 10  # a literal run of a template this long in a reply means the prompt was echoed
GUIDANCE_ECHO_CHARS = 14


def default_prompts_path() -> Path:
    """The packaged Chinese prompt file."""
    return Path(__file__).resolve().parent / "data" / "prompts" / "revision.zh.v1.yaml"


class RevisionPrompts(BaseModel):
    """The prompt templates, validated."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    version: str
    language: str
    principle_line: str
    guidance_system: str
    critique: str
    revise: str
    fallback: str
    referrals: dict[str, str] = Field(description="guardian dimension id -> who to refer to; needs 'default'")

    @model_validator(mode="after")
    def _fields_match(self) -> RevisionPrompts:
        for name, expected in _FIELDS.items():
            used = {f for _, f, _, _ in string.Formatter().parse(getattr(self, name)) if f}
            if used != expected:
                raise ValueError(f"template {name} uses {sorted(used)}; the code fills {sorted(expected)}")
        if "default" not in self.referrals:
            raise ValueError("referrals needs a 'default' entry")
        return self

    @property
    def name(self) -> str:
        """id@version, logged with each revision."""
        return f"{self.id}@{self.version}"

    @classmethod
    def load(cls, path: Path | None = None) -> RevisionPrompts:
        """Load and validate a prompt file; the packaged Chinese one by default."""
        return parse_yaml(path or default_prompts_path(), cls, "revision prompts")

    def principle_block(self, principles: Sequence[Principle]) -> str:
        """One line per principle, for the prompts."""
        return "\n".join(
            self.principle_line.format(
                title=p.title_zh,
                principle=p.principle_zh,
                actions="；".join(p.good_reply_zh[:MAX_ACTIONS]),
                grounding="、".join(g.cite() for g in p.grounding),
            )
            for p in principles
        )

    def echoes(self, text: str) -> bool:
        """True when `text` repeats the wording of our own instructions: ECHO_MIN_CHARS consecutive
        characters of the critique or revision template, or GUIDANCE_ECHO_CHARS of the guidance system
        message. A small policy sometimes answers the instruction instead of following it; such a text
        must neither count as a rewrite nor reach the user (it leaks the prompt), however the screens
        judge it. The guidance window is longer because a good reply may well call itself
        "医院的智能健康助手", as that message tells it to."""
        return any(
            text[i : i + n] in runs for n, runs in self._template_runs for i in range(len(text) - n + 1)
        )

    @cached_property
    def _template_runs(self) -> list[tuple[int, frozenset[str]]]:
        """Every window of the templates' own wording, built once (echoes() runs on every judged text)."""
        windows = [
            (ECHO_MIN_CHARS, (self.critique, self.revise)),
            (GUIDANCE_ECHO_CHARS, (self.guidance_system,)),
        ]
        out = []
        for n, templates in windows:
            runs = set[str]()
            for template in templates:
                for literal, _, _, _ in string.Formatter().parse(template):
                    for line in literal.splitlines():
                        runs.update(line[i : i + n] for i in range(len(line) - n + 1))
            out.append((n, frozenset(runs)))
        return out

    def referral(self, dimension_ids: Sequence[str]) -> str:
        """Who to refer to for the first dimension that has an entry."""
        for dimension_id in dimension_ids:
            if dimension_id in self.referrals:
                return self.referrals[dimension_id]
        return self.referrals["default"]
