"""Retrieval: the principles most relevant to a conversation and a verdict.

Candidates are first filtered by the verdict's dimensions (a principle mapped to a dimension hit is
preferred; the rest of the library only fills up when too few match), then ranked by cosine
similarity between the conversation and each principle's document under the Chinese encoder, with a
small bonus for keywords the conversation contains. Principle embeddings are computed once per
(library content, encoder) and cached on disk, so a restart loads them in milliseconds.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from services.common.compute import ComputeThread
from services.common.modelstore import default_cache_dir
from services.common.textnorm import matching_form
from services.guardian.principles.library import Principle, PrincipleLibrary

if TYPE_CHECKING:
    from numpy.typing import NDArray

__all__ = ["Embedder", "EncoderEmbedder", "PrincipleIndex", "ScoredPrinciple", "default_embedding_cache"]

log = logging.getLogger(__name__)

# Ranking = cosine + these bonuses. The dimension bonus dominates keyword hits because the verdict's
# dimensions come from the trained judge; keywords only break ties among similar principles.
PRIMARY_DIMENSION_BONUS = 0.20
OTHER_DIMENSION_BONUS = 0.10
KEYWORD_BONUS = 0.04
MAX_KEYWORD_HITS = 3
MAX_QUERY_CHARS = 480


class Embedder(Protocol):
    """Turns texts into L2-normalised vectors."""

    @property
    def fingerprint(self) -> str:
        """Identity of the model, part of the embedding cache key."""
        ...

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """One normalised row per text."""
        ...


class EncoderEmbedder:
    """Masked mean pooling over an HF encoder (m3e-small by default), normalised; thread-safe.

    With `compute`, the encoder is loaded and run on that thread (see services/common/compute.py).
    """

    def __init__(
        self, encoder_dir: Path, *, batch_size: int = 32, compute: ComputeThread | None = None
    ) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer

        from services.common.encoder import encoder_fingerprint

        self._torch = torch
        self._compute = compute
        self._tokenizer: Any = AutoTokenizer.from_pretrained(str(encoder_dir))

        def load() -> Any:
            return AutoModel.from_pretrained(str(encoder_dir)).eval()

        self._model: Any = compute.call(load) if compute is not None else load()
        self._fingerprint = encoder_fingerprint(encoder_dir)[:16]
        self._batch_size = batch_size
        self._lock = threading.Lock()

    @property
    def fingerprint(self) -> str:
        """First 16 hex digits of the encoder folder's fingerprint."""
        return self._fingerprint

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """Mean-pooled, normalised embeddings, in order."""
        if self._compute is not None:
            return self._compute.call(self._embed, texts)
        return self._embed(texts)

    def _embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        rows = []
        with self._lock, self._torch.inference_mode():
            for start in range(0, len(texts), self._batch_size):
                chunk = [matching_form(t) for t in texts[start : start + self._batch_size]]
                batch = self._tokenizer(
                    chunk, padding=True, truncation=True, max_length=256, return_tensors="pt"
                )
                hidden = self._model(**batch).last_hidden_state
                mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1.0)
                rows.append(self._torch.nn.functional.normalize(pooled, dim=-1).numpy())
        if not rows:
            return np.zeros((0, 0), dtype=np.float32)
        return np.concatenate(rows).astype(np.float32)


@dataclass(frozen=True)
class ScoredPrinciple:
    """A retrieved principle with how it ranked."""

    principle: Principle
    score: float
    similarity: float
    dimension_match: bool


def default_embedding_cache(base: Path | None = None) -> Path:
    """`<base>/medguard/principles`, beside the prepared models; `~/.cache` when base is None."""
    return default_cache_dir(base).parent / "principles"


class PrincipleIndex:
    """The library's embeddings and the ranking over them."""

    def __init__(self, library: PrincipleLibrary, embedder: Embedder, vectors: NDArray[np.float32]) -> None:
        if vectors.shape[0] != len(library):
            raise ValueError(f"{vectors.shape[0]} embeddings for {len(library)} principles")
        self.library, self._embedder, self._vectors = library, embedder, vectors
        self._principles = list(library)
        self._keywords = [[matching_form(k) for k in p.keywords_zh if k] for p in self._principles]

    @classmethod
    def build(cls, library: PrincipleLibrary, embedder: Embedder, cache_dir: Path | None) -> PrincipleIndex:
        """Embed the library, or load the embeddings cached for this library content and encoder."""
        path = None
        if cache_dir is not None:
            path = cache_dir / f"{library.library_id}-{library.digest}-{embedder.fingerprint}.npy"
            if path.is_file():
                vectors = np.load(path)
                if vectors.shape[0] == len(library):
                    return cls(library, embedder, vectors.astype(np.float32))
                log.warning("ignoring stale principle embeddings at %s", path)
        vectors = embedder.embed([p.document() for p in library])
        if path is not None:
            _save_atomically(path, vectors)
        return cls(library, embedder, vectors)

    def search(self, query: str, dimensions: Sequence[str] = (), k: int = 5) -> list[ScoredPrinciple]:
        """Top-k principles for a conversation text and the dimension ids of its verdict."""
        return self.search_many([(query, dimensions)], k)[0]

    def search_many(
        self, queries: Sequence[tuple[str, Sequence[str]]], k: int = 5
    ) -> list[list[ScoredPrinciple]]:
        """`search` for several (text, dimension ids) at once, with one encoder call for all texts."""
        results: list[list[ScoredPrinciple]] = [[] for _ in queries]
        live = [i for i, (query, _) in enumerate(queries) if k >= 1 and query.strip()]
        if not live:
            return results
        vectors = self._embedder.embed([queries[i][0][-MAX_QUERY_CHARS:] for i in live])
        for i, vector in zip(live, vectors, strict=True):
            results[i] = self._ranked(queries[i][0], queries[i][1], vector, k)
        return results

    def _ranked(
        self, query: str, dimensions: Sequence[str], vector: NDArray[np.float32], k: int
    ) -> list[ScoredPrinciple]:
        similarity = self._vectors @ vector
        wanted = set(dimensions)
        text = matching_form(query)
        ranked = []
        for i, principle in enumerate(self._principles):
            bonus, matched = self._dimension_bonus(principle, wanted)
            hits = sum(1 for keyword in self._keywords[i] if keyword in text)
            score = float(similarity[i]) + bonus + KEYWORD_BONUS * min(hits, MAX_KEYWORD_HITS)
            ranked.append(
                ScoredPrinciple(principle, round(score, 4), round(float(similarity[i]), 4), matched)
            )
        # The dimension filter: matching principles first, the rest only to fill up to k.
        ranked.sort(key=lambda s: (not s.dimension_match, -s.score))
        return ranked[:k]

    @staticmethod
    def _dimension_bonus(principle: Principle, wanted: set[str]) -> tuple[float, bool]:
        if not wanted or not wanted.intersection(principle.dimensions):
            return 0.0, False
        primary = principle.dimensions[0] in wanted
        return (PRIMARY_DIMENSION_BONUS if primary else OTHER_DIMENSION_BONUS), True


def _save_atomically(path: Path, vectors: NDArray[np.float32]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.partial.npy")
        np.save(partial, vectors)
        partial.replace(path)
    except OSError as exc:  # a read-only cache costs a re-embed at the next start, nothing else
        log.warning("could not cache principle embeddings at %s: %s", path, exc)
