"""The inference form of a trained encoder head (guardian classifier): unpadded, in a chosen precision.

Training runs the Hugging Face encoder on padded batches. Serving does not need the padding: every
linear layer (about 90% of the work on CPU) runs on the real tokens of the batch packed into one
matrix, and only attention sees a padded layout. The packed form reuses the trained modules and
computes the same function (checked against the padded network by the tests).

The packed matrix is grown with zero rows to one of a few bucket heights (`bucket_tokens`, at most an
eighth more rows). oneDNN compiles a kernel for each new matrix shape it meets: with every batch a new
token count, each pass paid that compilation, and a batch of 64 screening texts took 370 ms on first
sight against 240 ms once its shapes were known (2 cores, bf16 on AMX). With buckets the kernels are
compiled once per bucket and then reused.

Precisions, measured on the in-house dev split in docs/guardian.md:
- `fp32`: as trained.
- `bf16`: bfloat16 weights and activations, pooling and head in fp32; scores within about 0.02 of
  fp32. Fast only where the CPU computes bf16 natively (AVX512-BF16 or AMX).
- `int8`: dynamic int8 of every linear layer, faster than bf16 only on CPUs without AMX. Its activations are
  quantised per tensor and per forward pass, so an item's score depends on the other items in its
  batch (2.5% of user turns changed verdict between alone and batched), and BERT's feed-forward
  outliers move scores by up to 0.6; it costs F1. An explicit choice, never the default.
- `auto`: bf16 where the CPU has it natively, else fp32: a verdict must not depend on its batch.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args

if TYPE_CHECKING:
    import torch

__all__ = [
    "PRECISIONS",
    "Precision",
    "bf16_unit",
    "bucket_tokens",
    "inference_network",
    "native_bf16",
    "packable",
    "resolve_precision",
]

Precision = Literal["auto", "fp32", "bf16", "int8"]
PRECISIONS: tuple[str, ...] = get_args(Precision)
_CPUINFO = Path("/proc/cpuinfo")


def bf16_unit(cpuinfo: Path = _CPUINFO) -> Literal["amx", "avx512_bf16", "none"]:
    """Which unit computes bfloat16 on this CPU (Linux CPU flags); "none" when neither or unknown.

    AMX tiles run bf16 matrix products several times faster than AVX512-BF16 (2.1 against about
    0.4 TFLOP/s measured on 2 cores), so speed figures must say which one they ran on.
    """
    try:
        text = cpuinfo.read_text(encoding="ascii", errors="replace")
    except OSError:
        return "none"
    for line in text.splitlines():
        if line.startswith("flags"):
            flags = set(line.partition(":")[2].split())
            return "amx" if "amx_bf16" in flags else "avx512_bf16" if "avx512_bf16" in flags else "none"
    return "none"


def native_bf16(cpuinfo: Path = _CPUINFO) -> bool:
    """True when the CPU computes bfloat16 in hardware (Linux CPU flags); False when unknown."""
    return bf16_unit(cpuinfo) != "none"


def resolve_precision(precision: Precision, cpuinfo: Path = _CPUINFO) -> Literal["fp32", "bf16", "int8"]:
    """The concrete precision `auto` stands for on this machine; others are returned as they are."""
    if precision == "auto":
        return "bf16" if native_bf16(cpuinfo) else "fp32"
    return precision


def bucket_tokens(count: int) -> int:
    """The packed matrix height for `count` real tokens: `count` rounded up to a step of 1/8 to 1/16 of it.

    Steps are powers of two (at least 16), so each octave of counts maps to at most 16 heights.
    """
    if count <= 16:
        return 16
    step = max(16, 1 << (count.bit_length() - 4))
    return -(-count // step) * step


def packable(encoder: Any) -> bool:
    """Whether `encoder` is a plain BERT encoder the packed form computes exactly."""
    config = getattr(encoder, "config", None)
    return (
        type(encoder).__name__ == "BertModel"
        and config is not None
        and getattr(config, "position_embedding_type", "absolute") == "absolute"
        and not getattr(config, "is_decoder", False)
        and not getattr(config, "add_cross_attention", False)
    )


def inference_network(network: Any, precision: Precision) -> torch.nn.Module:
    """`network` (encoder + mean pooling + head, see encoder.build_pooled_network) ready to serve.

    A BERT encoder is packed (see the module docstring); any other encoder keeps its Hugging Face
    forward. Then the precision is applied. The result is for inference only (no dropout, no grads).
    """
    from services.common.encoder import quantize_int8

    concrete = resolve_precision(precision)
    packed = packable(network.encoder)
    served = (_packed_network(network) if packed else network).eval()
    if concrete == "int8":
        return quantize_int8(served)
    if concrete == "bf16":
        import torch

        # The packed encoder pools in fp32, so its head stays fp32; another encoder runs all in bf16.
        (served.encoder if packed else served).to(torch.bfloat16)
    return served


def _packed_network(network: Any) -> torch.nn.Module:
    """A module with `network`'s weights whose forward skips the padding (same inputs, same logits)."""
    import torch
    import torch.nn.functional as F

    bert = network.encoder

    class PackedLayer(torch.nn.Module):
        def __init__(self, layer: Any) -> None:
            super().__init__()
            attention = layer.attention.self
            self.heads = int(attention.num_attention_heads)
            # One matrix product for query, key and value instead of three.
            self.qkv = torch.nn.Linear(attention.query.in_features, 3 * attention.query.out_features)
            parts = (attention.query, attention.key, attention.value)
            with torch.no_grad():
                self.qkv.weight.copy_(torch.cat([part.weight for part in parts]))
                self.qkv.bias.copy_(torch.cat([part.bias for part in parts]))
            self.attention_out = layer.attention.output.dense
            self.attention_norm = layer.attention.output.LayerNorm
            self.up = layer.intermediate.dense
            self.activation = layer.intermediate.intermediate_act_fn
            self.down = layer.output.dense
            self.output_norm = layer.output.LayerNorm

        def forward(self, x: torch.Tensor, layout: PaddedLayout) -> torch.Tensor:
            # x: (bucket height, hidden); its first layout.tokens rows are the real tokens.
            hidden = x.shape[1]
            qkv = x.new_zeros(layout.rows * layout.width, 3 * hidden)
            qkv[layout.slots] = self.qkv(x)[: layout.tokens]
            query, key, value = qkv.view(
                layout.rows, layout.width, 3, self.heads, hidden // self.heads
            ).permute(2, 0, 3, 1, 4)
            attended = F.scaled_dot_product_attention(query, key, value, attn_mask=layout.keys)
            context = torch.zeros_like(x)
            context[: layout.tokens] = attended.transpose(1, 2).reshape(-1, hidden)[layout.slots]
            x = self.attention_norm(self.attention_out(context) + x)
            out: torch.Tensor = self.output_norm(self.down(self.activation(self.up(x))) + x)
            return out

    class PaddedLayout:
        """Where each packed token sits in the (rows, width) layout that attention needs."""

        def __init__(self, mask: torch.Tensor) -> None:
            self.rows = int(mask.shape[0])
            lengths = mask.sum(dim=1)
            self.width = int(lengths.max())
            self.lengths = lengths
            self.tokens = int(lengths.sum())
            self.owner = torch.arange(self.rows, device=mask.device).repeat_interleave(lengths)
            slot = mask.cumsum(dim=1)[mask] - 1  # place among the row's real tokens (any padding side)
            self.slots = self.owner * self.width + slot
            columns = torch.arange(self.width, device=mask.device)
            self.keys = (columns[None, :] < lengths[:, None]).view(self.rows, 1, 1, -1)

    class PackedEncoder(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            embeddings = bert.embeddings
            self.words = embeddings.word_embeddings
            self.positions = embeddings.position_embeddings
            self.token_types = embeddings.token_type_embeddings
            self.norm = embeddings.LayerNorm
            self.layers = torch.nn.ModuleList(PackedLayer(layer) for layer in bert.encoder.layer)

        def forward(
            self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor | None
        ) -> torch.Tensor:
            mask = attention_mask.bool()
            layout = PaddedLayout(mask)
            # Position ids as the Hugging Face BERT gives them: the column, whatever the padding.
            columns = torch.arange(mask.shape[1], device=mask.device).expand_as(mask)[mask]
            types = token_type_ids[mask] if token_type_ids is not None else torch.zeros_like(columns)
            x = self.norm(self.words(input_ids[mask]) + self.positions(columns) + self.token_types(types))
            x = F.pad(x, (0, 0, 0, bucket_tokens(layout.tokens) - layout.tokens))
            for layer in self.layers:
                x = layer(x, layout)
            summed = x.new_zeros(layout.rows, x.shape[1], dtype=torch.float32)
            summed.index_add_(0, layout.owner, x[: layout.tokens].float())
            pooled: torch.Tensor = summed / layout.lengths[:, None].clamp(min=1).float()
            return pooled

    class PackedHeadNet(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = PackedEncoder()
            self.head = network.head

        def forward(
            self,
            input_ids: torch.Tensor,
            attention_mask: torch.Tensor,
            token_type_ids: torch.Tensor | None = None,
        ) -> torch.Tensor:
            logits: torch.Tensor = self.head(self.encoder(input_ids, attention_mask, token_type_ids))
            return logits

    return PackedHeadNet()
