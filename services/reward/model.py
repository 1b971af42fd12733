"""The reward network: a Chinese encoder with LoRA and one linear head read two ways.

A (conversation, response) input yields the safety outputs (`overall` and one per taxonomy
dimension, each p(violation)) and the proficiency outputs (each a score in [0, 1]). A
(criterion + conversation, response) input yields the last output: p(the criterion is met). The
criterion is read as text together with the conversation and the reply (a cross-encoder), so a new
rubric needs no retraining. The committed artifact holds only the LoRA and head weights.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from services.common.compute import ComputeThread, built_on
from services.common.encoder import (
    build_pooled_network,
    check_encoder,
    length_chunks,
    load_lora_head,
    load_tokenizer,
    lora_settings,
)
from services.common.inference import Precision, inference_network, resolve_precision
from services.common.textnorm import matching_form
from services.common.types import ChatMessage

if TYPE_CHECKING:
    import torch
    from transformers import PreTrainedTokenizerBase

__all__ = [
    "ARTIFACT_CONFIG",
    "ARTIFACT_WEIGHTS",
    "ModelInput",
    "RawScores",
    "RewardModel",
    "RewardModelConfig",
    "context_text",
    "criterion_input",
    "encode_inputs",
    "load_reward_network",
]

ARTIFACT_CONFIG = "config.json"
ARTIFACT_WEIGHTS = "weights.safetensors"
_PAD_MULTIPLE = 16
_TOKEN_BUDGET = 4096
_ROLE_ZH = {"user": "用户", "assistant": "助手", "system": "系统"}
_EARLIER_TURNS = 4


class RewardModelConfig(BaseModel):
    """What a trained reward artifact is: saved as config.json beside its weights."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: str = Field(min_length=1, description="e.g. reward-xenc-v1")
    scoring: str = Field(description="scoring scheme id@version it was trained with")
    taxonomy_version: str
    safety: list[str] = Field(min_length=2, description="safety outputs in head order, `overall` first")
    proficiency: list[str] = Field(min_length=1, description="proficiency outputs in head order")
    encoder: str
    encoder_fingerprint: str
    max_length: int = Field(ge=32, le=512)
    lora_r: int = Field(ge=1)
    lora_alpha: int = Field(ge=1)
    seed: int = 0
    data_sha256: str = ""
    train_examples: dict[str, int] = Field(default_factory=dict)
    metrics: dict[str, Any] = Field(default_factory=dict)

    @property
    def outputs(self) -> int:
        """Head width: safety + proficiency + the criterion output."""
        return len(self.safety) + len(self.proficiency) + 1


@dataclass(frozen=True, slots=True)
class ModelInput:
    """One encoder input: `first` (context, or criterion + context) paired with the response."""

    first: str
    response: str


@dataclass(frozen=True, slots=True)
class RawScores:
    """Model outputs of one item: p(violation) per safety output, proficiency scores, p(met) per criterion."""

    violation: dict[str, float]
    proficiency: dict[str, float]
    criteria: list[float]


def context_text(conversation: Sequence[ChatMessage]) -> str:
    """The conversation as the model reads it: the last user turn first, then up to 4 earlier turns.

    Truncation cuts from the end, so the turn being answered is the last thing to go.
    """
    turns = [m for m in conversation if m.content.strip()]
    last = max((i for i, m in enumerate(turns) if m.role == "user"), default=len(turns) - 1)
    if last < 0:
        return ""
    text = turns[last].content
    earlier = turns[max(0, last - _EARLIER_TURNS) : last]
    if earlier:
        text += "\n此前对话：" + "\n".join(f"{_ROLE_ZH[m.role]}：{m.content}" for m in earlier)
    return text


def criterion_input(criterion: str, context: str, response: str) -> ModelInput:
    """The cross-encoder input of one criterion: criterion first, then the conversation; the reply second."""
    return ModelInput(first=f"评分标准：{criterion}\n对话：{context}", response=response)


def encode_inputs(
    tokenizer: PreTrainedTokenizerBase, inputs: Sequence[ModelInput], max_length: int
) -> dict[str, torch.Tensor]:
    """Tokenise as sentence pairs (the longer side truncated first), each on its own, then pad."""
    encoded = [
        tokenizer(
            matching_form(item.first),
            matching_form(item.response) or "（空）",
            truncation="longest_first",
            max_length=max_length,
        )
        for item in inputs
    ]
    padded = tokenizer.pad(encoded, padding=True, pad_to_multiple_of=_PAD_MULTIPLE, return_tensors="pt")
    return dict(padded)


def load_reward_network(artifact_dir: Path, encoder_dir: Path, config: RewardModelConfig) -> Any:
    """Rebuild the trained network: LoRA merged into the encoder, head weights loaded."""
    network = build_pooled_network(encoder_dir, config.outputs)
    settings = lora_settings(config.lora_r, config.lora_alpha)
    return load_lora_head(
        network, artifact_dir / ARTIFACT_WEIGHTS, settings, f"reward artifact {artifact_dir}"
    )


class RewardModel:
    """A loaded artifact that scores batches; thread-safe (one forward pass at a time).

    Loaded by `load`, all its torch work runs on a compute thread of its own, whoever calls it (see
    services/common/compute.py); `close()` stops that thread.
    """

    def __init__(
        self,
        config: RewardModelConfig,
        network: Any,
        tokenizer: PreTrainedTokenizerBase,
        compute: ComputeThread | None = None,
    ) -> None:
        self.config = config
        self._network = network.eval()
        self._tokenizer = tokenizer
        self._compute = compute
        self._lock = threading.Lock()
        self.device = "cpu"
        self.precision = "fp32"  # what it computes in: fp32, bf16, int8, or fp16 on CUDA

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
        device: str = "cpu",
    ) -> RewardModel:
        """Load encoder + trained parts; FailedPreconditionError when the encoder is not the trained one.

        `device` "cpu" (the packed network in `precision`, see services/common/inference.py), "cuda" /
        "cuda:N" (fp16) or "auto" (cuda when present)."""
        import torch

        if device == "auto":
            device = "cuda" if torch.cuda.is_available() else "cpu"
        config = RewardModelConfig.model_validate(json.loads((artifact_dir / ARTIFACT_CONFIG).read_text()))
        check_encoder(
            encoder_dir,
            config.encoder_fingerprint,
            f"reward model {config.version}",
            config.encoder,
            "medguard reward train",
        )

        def build() -> Any:
            network = load_reward_network(artifact_dir, encoder_dir, config)
            if device.startswith("cuda"):
                return network.to(device=device, dtype=torch.float16)
            return inference_network(network, precision)

        network, compute, _ = built_on(None, threads, "reward-torch", build)
        model = cls(config, network, load_tokenizer(encoder_dir), compute)
        model.device = device
        model.precision = "fp16" if device.startswith("cuda") else resolve_precision(precision)
        return model

    def close(self) -> None:
        """Stop the compute thread (a model built directly, without `load`, has none)."""
        if self._compute is not None:
            self._compute.close()

    def score(self, items: Sequence[tuple[Sequence[ChatMessage], str, Sequence[str]]]) -> list[RawScores]:
        """Raw scores of (conversation, response, criterion texts) items, in order, in few forward passes."""
        inputs: list[ModelInput] = []
        owners: list[tuple[int, int]] = []  # (item, -1 for the pair input or the criterion's index)
        for index, (conversation, response, criteria) in enumerate(items):
            context = context_text(conversation)
            inputs.append(ModelInput(context, response))
            owners.append((index, -1))
            for position, text in enumerate(criteria):
                inputs.append(criterion_input(text, context, response))
                owners.append((index, position))
        rows = self.probabilities(inputs)
        return self._assemble(items, owners, rows)

    def probabilities(self, inputs: Sequence[ModelInput]) -> list[list[float]]:
        """Sigmoid outputs of each input, in order; batches are cut by length to limit padding."""
        if self._compute is not None:
            return self._compute.call(self._probabilities, inputs)
        return self._probabilities(inputs)

    def _probabilities(self, inputs: Sequence[ModelInput]) -> list[list[float]]:
        import torch

        order = sorted(range(len(inputs)), key=lambda i: _length(inputs[i]))
        rows: list[list[float]] = [[] for _ in inputs]
        with self._lock, torch.inference_mode():
            for chunk in self._chunks(order, inputs):
                batch = encode_inputs(self._tokenizer, [inputs[i] for i in chunk], self.config.max_length)
                batch = {k: v.to(self.device) for k, v in batch.items()}
                logits = self._network(**batch).float()
                for index, row in zip(chunk, torch.sigmoid(logits).tolist(), strict=True):
                    rows[index] = row
        return rows

    def _chunks(self, order: Sequence[int], inputs: Sequence[ModelInput]) -> list[list[int]]:
        return length_chunks(order, lambda i: _length(inputs[i]), self.config.max_length, _TOKEN_BUDGET)

    def _assemble(
        self,
        items: Sequence[tuple[Sequence[ChatMessage], str, Sequence[str]]],
        owners: Sequence[tuple[int, int]],
        rows: Sequence[Sequence[float]],
    ) -> list[RawScores]:
        safety, proficiency = self.config.safety, self.config.proficiency
        pair_rows: dict[int, Sequence[float]] = {}
        met: list[list[float]] = [[0.0] * len(criteria) for _, _, criteria in items]
        for (index, position), row in zip(owners, rows, strict=True):
            if position < 0:
                pair_rows[index] = row
            else:
                met[index][position] = row[-1]
        out = []
        for index in range(len(items)):
            row = pair_rows[index]
            out.append(
                RawScores(
                    violation=dict(zip(safety, row[: len(safety)], strict=True)),
                    proficiency=dict(
                        zip(proficiency, row[len(safety) : len(safety) + len(proficiency)], strict=True)
                    ),
                    criteria=met[index],
                )
            )
        return out


def _length(item: ModelInput) -> int:
    return len(item.first) + len(item.response)
