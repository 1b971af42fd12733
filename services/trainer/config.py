"""Settings of one trainer run and the record it leaves, as TRL-style dataclasses.

`TrainSpec` is what `python -m services.trainer.entry SPEC.json` reads (it travels as JSON so that
`accelerate launch` can hand it to every process); `TrainResult` is what the run writes beside the
adapter as `train_result.json`. Both round-trip through JSON, nested settings included. Existence of
the folders and files a spec names is checked when training starts, not here: a spec may be written
on one machine and run on another.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar, cast, get_args

__all__ = [
    "DPO_LOSS_TYPES",
    "DpoRunConfig",
    "GrpoRunConfig",
    "LoraSettings",
    "TrainKind",
    "TrainResult",
    "TrainSpec",
]

TrainKind = Literal["dpo", "grpo"]
Device = Literal["cpu", "cuda", "auto"]
# The DPO losses of TRL that need nothing beyond (prompt, chosen, rejected) rows.
DPO_LOSS_TYPES = (
    "sigmoid",
    "hinge",
    "ipo",
    "exo_pair",
    "nca_pair",
    "robust",
    "bco_pair",
    "sppo_hard",
    "aot",
    "aot_unpaired",
    "apo_zero",
    "apo_down",
    "sigmoid_norm",
)

_T = TypeVar("_T")


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise ValueError(message)


@dataclass
class LoraSettings:
    """Shape of a new LoRA adapter (ignored when training continues from an existing adapter)."""

    r: int = field(default=16, metadata={"help": "LoRA rank"})
    alpha: int = field(default=32, metadata={"help": "LoRA scaling numerator (scale = alpha / r)"})
    dropout: float = field(default=0.05, metadata={"help": "dropout on the LoRA input, in [0, 1)"})
    target_modules: list[str] = field(
        default_factory=lambda: ["q_proj", "k_proj", "v_proj", "o_proj"],
        metadata={"help": "names of the linear modules that get an adapter"},
    )

    def __post_init__(self) -> None:
        _require(self.r >= 1, f"lora.r must be at least 1, got {self.r}")
        _require(self.alpha > 0, f"lora.alpha must be positive, got {self.alpha}")
        _require(0.0 <= self.dropout < 1.0, f"lora.dropout must be in [0, 1), got {self.dropout}")
        _require(bool(self.target_modules), "lora.target_modules must name at least one module")


def _check_schedule(prefix: str, learning_rate: float, epochs: float, max_steps: int) -> None:
    _require(learning_rate > 0, f"{prefix}.learning_rate must be positive, got {learning_rate}")
    _require(epochs > 0, f"{prefix}.epochs must be positive, got {epochs}")
    _require(max_steps == -1 or max_steps >= 1, f"{prefix}.max_steps must be -1 (use epochs) or >= 1")


@dataclass
class DpoRunConfig:
    """DPO hyper-parameters (mapped onto TRL's DPOConfig)."""

    beta: float = field(default=0.1, metadata={"help": "strength of the KL pull towards the reference"})
    learning_rate: float = field(default=5e-5, metadata={"help": "peak learning rate of the LoRA weights"})
    epochs: float = field(default=1.0, metadata={"help": "passes over the pairs (when max_steps is -1)"})
    max_steps: int = field(default=-1, metadata={"help": "optimizer steps; -1 = run `epochs`"})
    per_device_batch_size: int = field(default=2, metadata={"help": "pairs per device per micro-batch"})
    gradient_accumulation_steps: int = field(default=1, metadata={"help": "micro-batches per step"})
    max_length: int = field(default=1024, metadata={"help": "tokens of prompt + reply, truncated beyond"})
    loss_type: str = field(default="sigmoid", metadata={"help": f"one of {', '.join(DPO_LOSS_TYPES)}"})
    seed: int = field(default=0, metadata={"help": "seed of init, shuffling and dropout"})
    logging_steps: int = field(default=1, metadata={"help": "log metrics every this many steps"})
    gradient_checkpointing: bool = field(
        default=False, metadata={"help": "recompute activations in backward (less memory, ~20% slower)"}
    )

    def __post_init__(self) -> None:
        _require(self.beta > 0, f"dpo.beta must be positive, got {self.beta}")
        _check_schedule("dpo", self.learning_rate, self.epochs, self.max_steps)
        _require(self.per_device_batch_size >= 1, "dpo.per_device_batch_size must be at least 1")
        _require(self.gradient_accumulation_steps >= 1, "dpo.gradient_accumulation_steps must be at least 1")
        _require(self.max_length >= 8, f"dpo.max_length must be at least 8, got {self.max_length}")
        _require(
            self.loss_type in DPO_LOSS_TYPES,
            f"dpo.loss_type {self.loss_type!r} is not one of {', '.join(DPO_LOSS_TYPES)}",
        )
        _require(self.logging_steps >= 1, "dpo.logging_steps must be at least 1")


@dataclass
class GrpoRunConfig:
    """GRPO hyper-parameters (mapped onto TRL's GRPOConfig)."""

    learning_rate: float = field(default=2e-5, metadata={"help": "peak learning rate of the LoRA weights"})
    epochs: float = field(default=1.0, metadata={"help": "passes over the prompts (when max_steps is -1)"})
    max_steps: int = field(default=-1, metadata={"help": "optimizer steps; -1 = run `epochs`"})
    num_generations: int = field(default=4, metadata={"help": "completions sampled per prompt (>= 2)"})
    max_completion_length: int = field(default=128, metadata={"help": "tokens per sampled completion"})
    per_device_batch_size: int = field(
        default=4, metadata={"help": "completions per device per step; a multiple of num_generations"}
    )
    gradient_accumulation_steps: int = field(default=1, metadata={"help": "micro-batches per step"})
    beta: float = field(default=0.04, metadata={"help": "KL coefficient towards the reference; 0 = none"})
    temperature: float = field(default=1.0, metadata={"help": "sampling temperature of the completions"})
    seed: int = field(default=0, metadata={"help": "seed of init, shuffling and sampling"})
    logging_steps: int = field(default=1, metadata={"help": "log metrics every this many steps"})
    reward_names: list[str] = field(
        default_factory=lambda: ["aggregate"],
        metadata={"help": "reward-service functions (services/reward/trl_rewards.py names), weight 1 each"},
    )
    guardian_weight: float = field(default=1.0, metadata={"help": "weight of the guardian's reward"})
    gradient_checkpointing: bool = field(
        default=False, metadata={"help": "recompute activations in backward (less memory, ~20% slower)"}
    )

    def __post_init__(self) -> None:
        _check_schedule("grpo", self.learning_rate, self.epochs, self.max_steps)
        _require(
            self.num_generations >= 2, "grpo.num_generations must be at least 2 (advantages need a group)"
        )
        _require(self.max_completion_length >= 1, "grpo.max_completion_length must be at least 1")
        _require(
            self.per_device_batch_size >= 1 and self.per_device_batch_size % self.num_generations == 0,
            f"grpo.per_device_batch_size ({self.per_device_batch_size}) must be a positive multiple of "
            f"grpo.num_generations ({self.num_generations})",
        )
        _require(self.gradient_accumulation_steps >= 1, "grpo.gradient_accumulation_steps must be at least 1")
        _require(self.beta >= 0, f"grpo.beta must not be negative, got {self.beta}")
        _require(self.temperature > 0, f"grpo.temperature must be positive, got {self.temperature}")
        _require(self.logging_steps >= 1, "grpo.logging_steps must be at least 1")
        _require(self.guardian_weight >= 0, "grpo.guardian_weight must not be negative")


@dataclass
class TrainSpec:
    """One training run: what to train, on what data, with which settings, and where to put the adapter."""

    kind: TrainKind = field(metadata={"help": "'dpo' (pairs) or 'grpo' (prompts + reward functions)"})
    base_model: str = field(metadata={"help": "local folder of the base causal LM and its tokenizer"})
    dataset: str = field(metadata={"help": "JSONL export (medguard.export.dpo.v1 or .grpo.v1 rows)"})
    output_dir: str = field(metadata={"help": "folder that receives the adapter and train_result.json"})
    init_adapter: str = field(
        default="", metadata={"help": "adapter folder to continue from (the promoted one); '' = new LoRA"}
    )
    lora: LoraSettings = field(default_factory=LoraSettings, metadata={"help": "shape of a new adapter"})
    dpo: DpoRunConfig = field(default_factory=DpoRunConfig, metadata={"help": "used when kind is 'dpo'"})
    grpo: GrpoRunConfig = field(default_factory=GrpoRunConfig, metadata={"help": "used when kind is 'grpo'"})
    reward_addr: str = field(default="", metadata={"help": "host:port of gRPC Reward (GRPO rewards)"})
    guardian_addr: str = field(default="", metadata={"help": "host:port of gRPC Guardian (GRPO reward)"})
    device: Device = field(default="auto", metadata={"help": "'cpu', 'cuda' or 'auto' (cuda when present)"})

    def __post_init__(self) -> None:
        _require(self.kind in get_args(TrainKind), f"kind must be 'dpo' or 'grpo', got {self.kind!r}")
        _require(self.device in get_args(Device), f"device must be cpu, cuda or auto, got {self.device!r}")
        for name in ("base_model", "dataset", "output_dir"):
            _require(bool(str(getattr(self, name)).strip()), f"{name} must not be empty")
        for name in ("base_model", "dataset", "output_dir", "init_adapter"):
            # Paths are accepted for convenience but stored as str so the spec stays plain JSON.
            setattr(self, name, str(getattr(self, name)))

    def to_json(self) -> str:
        """The spec as indented JSON (nested settings as objects)."""
        return json.dumps(asdict(self), ensure_ascii=False, indent=2)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainSpec:
        """A spec from parsed JSON; unknown keys are an error (a typo must not silently use a default)."""
        values = _known(cls, data, "spec")
        nested = {"lora": LoraSettings, "dpo": DpoRunConfig, "grpo": GrpoRunConfig}
        for key, nested_cls in nested.items():
            if key in values:
                _require(isinstance(values[key], dict), f"spec.{key} must be an object")
                values[key] = nested_cls(**_known(nested_cls, values[key], f"spec.{key}"))
        return _build(cls, values, "spec")

    @classmethod
    def from_json(cls, path: Path | str) -> TrainSpec:
        """Read a spec written by `to_json`."""
        return cls.from_dict(_read_object(Path(path)))


@dataclass
class TrainResult:
    """What one run produced, written as `train_result.json` beside the adapter."""

    kind: TrainKind = field(metadata={"help": "'dpo' or 'grpo'"})
    adapter_dir: str = field(metadata={"help": "folder of the saved adapter"})
    steps: int = field(metadata={"help": "optimizer steps taken"})
    train_loss: float = field(metadata={"help": "mean training loss over the run"})
    seconds: float = field(metadata={"help": "wall time of the whole run, loading included"})
    step_seconds: float = field(metadata={"help": "mean wall time of one optimizer step"})
    rows: int = field(metadata={"help": "dataset rows trained on"})
    dataset_sha256: str = field(metadata={"help": "sha256 of the dataset file's bytes"})
    param_delta: float = field(metadata={"help": "L2 norm of the change of the trainable LoRA weights"})
    metrics: dict[str, float] = field(
        default_factory=dict, metadata={"help": "TRL's last logged metrics (rewards/margins, reward, ...)"}
    )

    def to_json(self) -> str:
        """The result as indented JSON."""
        return json.dumps(asdict(self), ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, path: Path | str) -> TrainResult:
        """Read a result written by `to_json`."""
        return _build(cls, _known(cls, _read_object(Path(path)), "result"), "result")


def _read_object(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path} is not valid JSON: {exc}") from exc
    _require(isinstance(data, dict), f"{path} must hold a JSON object")
    return cast(dict[str, Any], data)


def _known(cls: type[Any], data: dict[str, Any], where: str) -> dict[str, Any]:
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - names)
    _require(not unknown, f"{where}: unknown keys {unknown}; known: {sorted(names)}")
    return dict(data)


def _build(cls: type[_T], values: dict[str, Any], where: str) -> _T:
    try:
        return cls(**values)
    except TypeError as exc:  # a missing required key
        raise ValueError(f"{where}: {exc}") from exc
