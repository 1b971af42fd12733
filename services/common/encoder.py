"""What the trained heads on a Chinese encoder share (guardian classifier, reward model).

An encoder folder is identified by a cheap fingerprint; LoRA weights trained on it are merged back
into the encoder at load time; CPU inference may quantise the linear layers to int8.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import torch
    from transformers import PreTrainedTokenizerBase

__all__ = [
    "build_pooled_network",
    "check_encoder",
    "encoder_fingerprint",
    "length_chunks",
    "load_lora_head",
    "load_tokenizer",
    "lora_settings",
    "merge_lora",
    "quantize_int8",
    "trained_weights",
]


def encoder_fingerprint(encoder_dir: Path) -> str:
    """A cheap identity of an encoder folder: its config and the names and sizes of its files."""
    digest = hashlib.sha256((encoder_dir / "config.json").read_bytes())
    for path in sorted(encoder_dir.iterdir()):
        if path.is_file():
            digest.update(f"{path.name}:{path.stat().st_size}".encode())
    return digest.hexdigest()


def check_encoder(encoder_dir: Path, expected: str, what: str, encoder_name: str, retrain: str) -> None:
    """FailedPreconditionError when `encoder_dir` is not the encoder an artifact was trained on."""
    from services.common.errors import FailedPreconditionError

    fingerprint = encoder_fingerprint(encoder_dir)
    if fingerprint != expected:
        raise FailedPreconditionError(
            f"{what} was trained on encoder {encoder_name} ({expected[:12]}), but {encoder_dir} is "
            f"{fingerprint[:12]}; retrain with `{retrain}` or point the encoder setting at the original"
        )


def build_pooled_network(encoder_dir: Path, outputs: int) -> Any:
    """Encoder + masked mean pooling + dropout + a linear head with `outputs` logits."""
    import torch
    from transformers import AutoModel

    class PooledHeadNet(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = AutoModel.from_pretrained(str(encoder_dir))
            self.dropout = torch.nn.Dropout(0.1)
            self.head = torch.nn.Linear(int(self.encoder.config.hidden_size), outputs)

        def forward(self, **batch: torch.Tensor) -> torch.Tensor:
            hidden = self.encoder(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1.0)
            logits: torch.Tensor = self.head(self.dropout(pooled))
            return logits

    return PooledHeadNet()


def load_lora_head(network: Any, weights_path: Path, settings: Any, where: str) -> Any:
    """`network` (from build_pooled_network) with the saved LoRA merged in and the head loaded."""
    from safetensors.torch import load_file

    weights = load_file(str(weights_path))
    lora = {k.removeprefix("lora."): v for k, v in weights.items() if k.startswith("lora.")}
    network.encoder = merge_lora(network.encoder, lora, settings, where)
    network.head.load_state_dict(
        {k.removeprefix("head."): v for k, v in weights.items() if k.startswith("head.")}
    )
    return network


def trained_weights(network: Any) -> dict[str, torch.Tensor]:
    """What an artifact saves of a network with a peft-wrapped encoder: `lora.*` and `head.*` tensors."""
    import peft

    weights = {
        f"lora.{k}": v.detach().contiguous()
        for k, v in peft.get_peft_model_state_dict(network.encoder).items()
    }
    weights.update({f"head.{k}": v.detach().contiguous() for k, v in network.head.state_dict().items()})
    return weights


def length_chunks(
    order: Sequence[int],
    length: Callable[[int], int],
    max_length: int,
    token_budget: int,
    max_rows: int | None = None,
) -> list[list[int]]:
    """Length-sorted indices cut so that no forward pass pads more than `token_budget` tokens.

    On CPU a batch costs its padded size: one long text in a batch of short ones would make every
    row as long as it, so long texts go in small batches and short ones in large ones.
    """
    chunks: list[list[int]] = []
    current: list[int] = []
    for index in order:
        longest = min(length(index) + 3, max_length)
        full = max_rows is not None and len(current) >= max_rows
        if current and ((len(current) + 1) * longest > token_budget or full):
            chunks.append(current)
            current = []
        current.append(index)
    if current:
        chunks.append(current)
    return chunks


def lora_settings(r: int, alpha: int, targets: str | list[str] = "all-linear") -> Any:
    """The peft LoRA configuration of an encoder adaptation."""
    import peft

    return peft.LoraConfig(r=r, lora_alpha=alpha, target_modules=targets, lora_dropout=0.05)


def merge_lora(encoder: Any, lora: Mapping[str, torch.Tensor], settings: Any, where: str) -> Any:
    """`encoder` with the trained LoRA weights applied and merged (a plain module again)."""
    import peft

    adapted = peft.get_peft_model(encoder, settings)
    result: Any = peft.set_peft_model_state_dict(adapted, dict(lora))
    unexpected = list(getattr(result, "unexpected_keys", []))
    if unexpected:
        raise ValueError(f"{where}: unexpected LoRA weights {unexpected[:3]}")
    return adapted.merge_and_unload()


def quantize_int8(network: torch.nn.Module) -> torch.nn.Module:
    """Dynamic int8 quantisation of every Linear layer (CPU inference)."""
    import warnings

    import torch

    with warnings.catch_warnings():
        # Eager dynamic quantisation is deprecated in favour of torchao, which is not a dependency;
        # it remains the simplest int8 path on CPU and is checked against fp32 by the tests.
        warnings.simplefilter("ignore")
        quantize: Any = torch.ao.quantization.quantize_dynamic
        quantized: torch.nn.Module = quantize(network, {torch.nn.Linear}, dtype=torch.qint8)
    return quantized


def load_tokenizer(encoder_dir: Path) -> PreTrainedTokenizerBase:
    """The encoder folder's tokenizer."""
    from transformers import AutoTokenizer

    tokenizer: PreTrainedTokenizerBase = AutoTokenizer.from_pretrained(str(encoder_dir))
    return tokenizer
