"""Shared fixtures: the tiny random Qwen2 models and adapters, built once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random Qwen2 chat model with a chat template."""
    from tests.support.tiny_model import build_tiny_qwen2

    return build_tiny_qwen2(tmp_path_factory.mktemp("tiny-qwen2"))


@pytest.fixture(scope="session")
def tiny_long_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny model with a 4096-token context: room for the revision loop's prompts."""
    from tests.support.tiny_model import build_tiny_qwen2

    return build_tiny_qwen2(tmp_path_factory.mktemp("tiny-qwen2-4k"), context=4096)


@pytest.fixture(scope="session")
def tiny_base_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same tiny model without a chat template (a 'base' model)."""
    from tests.support.tiny_model import build_tiny_qwen2

    return build_tiny_qwen2(tmp_path_factory.mktemp("tiny-qwen2-base"), chat_template=False)


@pytest.fixture(scope="session")
def tiny_adapter_dirs(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two different random LoRA adapters for the tiny model."""
    from tests.support.tiny_model import build_lora_adapter

    root = tmp_path_factory.mktemp("adapters")
    return (
        build_lora_adapter(tiny_model_dir, root / "one", seed=1),
        build_lora_adapter(tiny_model_dir, root / "two", seed=2),
    )
