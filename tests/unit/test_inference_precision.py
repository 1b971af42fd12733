"""The served form of an encoder head: the packed forward computes the padded one; precision choice."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from transformers import BertConfig, BertModel

from services.common.encoder import build_pooled_network
from services.common.inference import (
    bf16_unit,
    bucket_tokens,
    inference_network,
    native_bf16,
    packable,
    resolve_precision,
)


def cpuinfo(tmp_path: Path, flags: str) -> Path:
    path = tmp_path / "cpuinfo"
    path.write_text(f"processor\t: 0\nvendor_id\t: X\nflags\t\t: fpu sse2 {flags}\n\nprocessor\t: 1\n")
    return path


@pytest.mark.parametrize(
    ("flags", "unit"),
    [
        ("avx2 avx512f avx512_bf16", "avx512_bf16"),
        ("avx512f avx512_bf16 amx_tile amx_bf16", "amx"),
        ("avx2 avx512f", "none"),
    ],
)
def test_native_bf16_is_read_from_the_cpu_flags(tmp_path: Path, flags: str, unit: str) -> None:
    path = cpuinfo(tmp_path, flags)
    native = unit != "none"
    assert bf16_unit(path) == unit
    assert native_bf16(path) is native
    assert resolve_precision("auto", path) == ("bf16" if native else "fp32")


def test_auto_never_picks_int8_and_explicit_choices_stand(tmp_path: Path) -> None:
    assert resolve_precision("auto", tmp_path / "missing") == "fp32"
    for precision in ("fp32", "bf16", "int8"):
        assert resolve_precision(precision, tmp_path / "missing") == precision


def test_token_buckets_cover_the_count_with_at_most_an_eighth_more_and_few_heights() -> None:
    heights = [bucket_tokens(count) for count in range(1, 8193)]
    assert all(count <= height for count, height in enumerate(heights, start=1))
    assert all(height - count <= max(15, count / 8) for count, height in enumerate(heights, start=1))
    assert heights == sorted(heights)
    assert [bucket_tokens(n) for n in (1, 16, 17, 79, 128, 129, 1000, 2048)] == [
        16,
        16,
        32,
        80,
        128,
        144,
        1024,
        2048,
    ]
    # 13 octaves of counts (16..8192) come to at most 16 kernel shapes each.
    assert len(set(heights)) <= 16 * 13


@pytest.fixture(scope="module")
def tiny_encoder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=97,
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=4,
        intermediate_size=64,
        max_position_embeddings=64,
    )
    folder = tmp_path_factory.mktemp("tiny-bert")
    BertModel(config).save_pretrained(folder)
    return folder


def padded_batch(lengths: list[int], width: int, *, left: bool) -> dict[str, torch.Tensor]:
    generator = torch.Generator().manual_seed(1)
    ids = torch.randint(1, 97, (len(lengths), width), generator=generator)
    mask = torch.zeros(len(lengths), width, dtype=torch.long)
    types = torch.zeros_like(ids)
    for row, length in enumerate(lengths):
        span = slice(width - length, width) if left else slice(0, length)
        mask[row, span] = 1
        types[row, span][length // 2 :] = 1  # a sentence pair: the second half is segment 1
    ids = ids * mask
    return {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}


@pytest.mark.parametrize("left", [False, True], ids=["right-padded", "left-padded"])
def test_the_packed_forward_computes_the_padded_network(tiny_encoder: Path, left: bool) -> None:
    network = build_pooled_network(tiny_encoder, 5).eval()
    assert packable(network.encoder)
    batch = padded_batch([3, 17, 9, 24, 24, 2], 24, left=left)  # 79 tokens: one zero row to 80
    with torch.inference_mode():
        expected = network(**batch)
        served = inference_network(network, "fp32")
        assert type(served) is not type(network)  # the packed form, not the padded one
        got = served(**batch)
    assert torch.allclose(got, expected, atol=1e-5)


def test_in_bf16_a_row_scores_the_same_alone_and_in_a_batch_up_to_rounding(tiny_encoder: Path) -> None:
    served = inference_network(build_pooled_network(tiny_encoder, 5).eval(), "bf16")
    batch = padded_batch([5, 20, 11], 20, left=False)
    with torch.inference_mode():
        together = served(**batch)
        alone = [
            served(
                **{k: v[row : row + 1, : int(batch["attention_mask"][row].sum())] for k, v in batch.items()}
            )
            for row in range(3)
        ]
    # bf16 matrix products round differently with the batch's size, nothing more (int8 differs by more:
    # its activation scale is the whole batch's).
    assert torch.allclose(torch.cat(alone), together, atol=2e-3)


def test_bf16_keeps_the_head_in_fp32_and_int8_quantises_the_linears(tiny_encoder: Path) -> None:
    bf16 = inference_network(build_pooled_network(tiny_encoder, 5).eval(), "bf16")
    assert next(bf16.encoder.parameters()).dtype is torch.bfloat16
    assert bf16.head.weight.dtype is torch.float32
    int8 = inference_network(build_pooled_network(tiny_encoder, 5).eval(), "int8")
    assert not any(type(module) is torch.nn.Linear for module in int8.modules())
    batch = padded_batch([4, 9], 9, left=False)
    with torch.inference_mode():
        assert int8(**batch).shape == bf16(**batch).shape == (2, 5)
