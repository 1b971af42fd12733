"""Everything principle-guided work needs, loaded once: library, index, prompts, rubric scheme, names.

`load_principles` is called by the composition root (and the CLI) with the guardian's settings; the
orchestrator, the revision loop and rubric synthesis receive the `PrincipleToolkit` it returns.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from services.common.compute import ComputeThread
from services.common.errors import UnavailableError
from services.common.types import ChatMessage, Verdict, cite_norms, last_user_turn
from services.guardian.evaluator.taxonomy import Taxonomy
from services.guardian.principles.library import Principle, PrincipleLibrary
from services.guardian.principles.prompts import RevisionPrompts
from services.guardian.principles.retrieval import (
    Embedder,
    EncoderEmbedder,
    PrincipleIndex,
    ScoredPrinciple,
    default_embedding_cache,
)
from services.guardian.principles.rubric import Rubric, RubricScheme, synthesize_rubric

__all__ = ["PrincipleToolkit", "load_principles"]

log = logging.getLogger(__name__)

MAX_ISSUES = 2
NEUTRAL_PRINCIPLE = "依法依规、把您的健康和安全放在首位"


@dataclass(frozen=True)
class PrincipleToolkit:
    """The loaded library with its retrieval index, prompt templates and rubric scheme."""

    library: PrincipleLibrary
    index: PrincipleIndex
    prompts: RevisionPrompts
    rubric_scheme: RubricScheme
    taxonomy: Taxonomy
    top_k: int = 3

    def search(
        self, query: str, dimensions: Sequence[str] = (), k: int | None = None
    ) -> list[ScoredPrinciple]:
        """Top-k principles for a text and dimension ids (blocking: runs the encoder)."""
        return self.index.search(query, dimensions, k or self.top_k)

    async def for_verdict(
        self, conversation: Sequence[ChatMessage], verdict: Verdict, draft: str | None = None
    ) -> list[Principle]:
        """The principles for a conversation (and draft) judged as `verdict`, off the event loop."""
        (found,) = await self.for_verdicts([(conversation, verdict, draft)])
        return found

    async def for_verdicts(
        self, items: Sequence[tuple[Sequence[ChatMessage], Verdict, str | None]]
    ) -> list[list[Principle]]:
        """`for_verdict` for several (conversation, verdict, draft) with one encoder call.

        A failure of retrieval is UnavailableError (HTTP 503): no reply goes out unguided by it."""
        queries = [
            (last_user_turn(conversation) + ("\n" + draft if draft else ""), [hit.id for hit in v.dimensions])
            for conversation, v, draft in items
        ]
        try:
            found = await asyncio.to_thread(self.index.search_many, queries, self.top_k)
        except Exception as exc:
            log.exception("principle retrieval failed")
            raise UnavailableError("principle retrieval failed; no unguided reply is released") from exc
        return [[s.principle for s in ranked] for ranked in found]

    def issues(self, verdict: Verdict) -> str:
        """The dimensions hit, by name, for prompts: e.g. 自主与知情同意、隐私与保密."""
        names = [self._name(hit.id) for hit in verdict.dimensions[:MAX_ISSUES]]
        return "、".join(dict.fromkeys(names)) or "医学伦理与安全"

    def guidance(self, verdict: Verdict, principles: Sequence[Principle]) -> ChatMessage:
        """The system message that puts the principles before the policy drafts."""
        text = self.prompts.guidance_system.format(
            issues=self.issues(verdict), principles=self.prompts.principle_block(principles)
        )
        return ChatMessage(role="system", content=text)

    def fallbacks(self, verdict: Verdict, principles: Sequence[Principle]) -> list[str]:
        """Replies built from the principles, best first: each names the issue, cites the norm, refers
        onward. They differ only in the principle they name; the last names none (the screen judges
        them in order and the first that passes is sent)."""
        norms = [n for p in principles[:2] for n in p.norms] + list(verdict.norms)
        titles = [p.title_zh for p in principles[:2]] + [NEUTRAL_PRINCIPLE]
        return [
            self.prompts.fallback.format(
                issues=self.issues(verdict),
                principle=title,
                norms=cite_norms(norms[:3]),
                referral=self.prompts.referral([hit.id for hit in verdict.dimensions]),
            )
            for title in titles
        ]

    def rubric(self, query: str, verdict: Verdict, k: int | None = None) -> Rubric:
        """A rubric for an unlabeled query, given the guardian's verdict on it (blocking)."""
        retrieved = self.search(query, [hit.id for hit in verdict.dimensions], k)
        safety = frozenset(d.id for d in self.taxonomy if d.kind == "safety")
        return synthesize_rubric(
            query, retrieved, verdict, self.rubric_scheme, library=self.library.name, safety_dimensions=safety
        )

    def _name(self, dimension_id: str) -> str:
        try:
            return self.taxonomy.get(dimension_id).name_zh
        except KeyError:
            return dimension_id


def load_principles(
    *,
    library_dir: Path | None,
    encoder_dir: Path,
    taxonomy: Taxonomy,
    prompts_path: Path | None = None,
    rubric_path: Path | None = None,
    cache_dir: Path | None = None,
    top_k: int = 3,
    embedder: Embedder | None = None,
    compute: ComputeThread | None = None,
) -> PrincipleToolkit:
    """Load and validate the library, check its dimension ids, and build (or load) its embeddings.

    The default embedder (the encoder at `encoder_dir`) runs on `compute` when given.
    """
    library = PrincipleLibrary.load(library_dir)
    taxonomy.check_ids(sorted(library.dimension_ids()), f"principles library {library.name}")
    embedder = embedder or EncoderEmbedder(encoder_dir, compute=compute)
    scheme = RubricScheme.load(rubric_path)
    taxonomy.check_ids([generic.dimension for generic in scheme.generic], f"rubric scheme {scheme.name}")
    index = PrincipleIndex.build(library, embedder, cache_dir or default_embedding_cache())
    return PrincipleToolkit(
        library=library,
        index=index,
        prompts=RevisionPrompts.load(prompts_path),
        rubric_scheme=scheme,
        taxonomy=taxonomy,
        top_k=top_k,
    )
