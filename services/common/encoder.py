"""What the trained heads on a Chinese encoder share (guardian classifier, reward model).

An encoder folder is identified by a cheap fingerprint; LoRA weights trained on it are merged back
into the encoder at load time; CPU inference may quantise the linear layers to int8.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import torch
    from transformers import PreTrainedTokenizerBase

__all__ = ["encoder_fingerprint", "load_tokenizer", "lora_settings", "merge_lora", "quantize_int8"]


def encoder_fingerprint(encoder_dir: Path) -> str:
    """A cheap identity of an encoder folder: its config and the names and sizes of its files."""
    digest = hashlib.sha256((encoder_dir / "config.json").read_bytes())
    for path in sorted(encoder_dir.iterdir()):
        if path.is_file():
            digest.update(f"{path.name}:{path.stat().st_size}".encode())
    return digest.hexdigest()


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
