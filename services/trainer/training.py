"""The training core: one LoRA DPO or GRPO run with TRL on a local base model.

`train(spec)` loads the base model and tokenizer from `spec.base_model`, wraps it in a LoRA adapter
(new, or `spec.init_adapter` loaded trainable), trains it with TRL's DPOTrainer or GRPOTrainer on the
exported JSONL rows, saves the adapter into `spec.output_dir` (adapter_config.json +
adapter_model.safetensors, loadable by the policy's hf backend) and writes `train_result.json` beside it.

The reference model is never a second copy of the weights: with a PEFT model TRL keeps a frozen copy of
the starting adapter (named "ref") and computes reference log-probs through it, so a new adapter is
judged against the base model and a continued one against the adapter it started from. Only the
"default" adapter is trained and saved.

The same function runs under `accelerate launch` (see launch.py): every process trains, only the main
process writes files.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from services.reward.trl_rewards import RewardFunction
from services.trainer.config import DpoRunConfig, GrpoRunConfig, TrainKind, TrainResult, TrainSpec

__all__ = ["RESULT_FILE", "load_rows", "train"]

log = logging.getLogger(__name__)

RESULT_FILE = "train_result.json"
_CHECKPOINT_DIR = "checkpoints"  # TRL's own output_dir; holds nothing with save_strategy "no"
_ROLES = ("system", "user", "assistant")


def train(
    spec: TrainSpec, reward_funcs: Sequence[RewardFunction] | None = None, progress: bool = True
) -> TrainResult:
    """Run one DPO or GRPO training of a LoRA adapter and save it; returns (and writes) its result.

    `reward_funcs` are the GRPO reward functions; when None they are built from the spec (reward and
    guardian services, see rewards.py). Raises ValueError for a missing base model or adapter folder,
    an empty dataset or a malformed row (named by line and event id).
    """
    started = time.perf_counter()
    _check_paths(spec)
    dataset_path = Path(spec.dataset)
    rows = load_rows(spec.kind, dataset_path)
    rewards = _grpo_rewards(spec, reward_funcs) if spec.kind == "grpo" else _Rewards([], None)
    model, tokenizer = _load_model(spec)
    before = _trainable_snapshot(model)
    timer = _step_timer()
    trainer = _build_trainer(spec, model, tokenizer, rows, rewards, [timer], progress)
    output = trainer.train()
    result = TrainResult(
        kind=spec.kind,
        adapter_dir=str(Path(spec.output_dir).resolve()),
        steps=int(trainer.state.global_step),
        train_loss=float(output.training_loss),
        seconds=round(time.perf_counter() - started, 3),
        step_seconds=timer.mean_seconds(),
        rows=len(rows),
        dataset_sha256=hashlib.sha256(dataset_path.read_bytes()).hexdigest(),
        param_delta=_param_delta(model, before),
        metrics=_last_metrics(trainer.state.log_history),
    )
    if trainer.is_world_process_zero():
        _save(model, spec, result)
    return result


def load_rows(kind: TrainKind, path: Path) -> list[dict[str, Any]]:
    """The TRL columns of an export's rows: prompt/chosen/rejected (DPO) or prompt/criteria (GRPO).

    Other columns (event_id, tenant, dimensions, ...) are dropped. Raises ValueError naming the line
    and event id of the first malformed row, or when there are no rows.
    """
    rows: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{where}: not valid JSON ({exc})") from exc
            if not isinstance(raw, dict):
                raise ValueError(f"{where}: a row must be a JSON object")
            if raw.get("event_id"):
                where += f" (event {raw['event_id']})"
            rows.append(_dpo_row(raw, where) if kind == "dpo" else _grpo_row(raw, where))
    if not rows:
        raise ValueError(f"dataset {path} has no rows")
    return rows


def _check_schema(raw: dict[str, Any], kind: str, where: str) -> None:
    # Any version of our own kind is accepted (older exports stay readable); the fields are checked anyway.
    schema = raw.get("schema")
    if schema is not None and not str(schema).startswith(f"medguard.export.{kind}."):
        raise ValueError(f"{where}: schema {schema!r} is not a {kind} export")


def _messages(raw: dict[str, Any], key: str, where: str) -> list[dict[str, str]]:
    value = raw.get(key)
    if not isinstance(value, list) or not value:
        raise ValueError(f"{where}: missing or empty {key!r} (a list of messages)")
    messages = []
    for message in value:
        if (
            not isinstance(message, dict)
            or message.get("role") not in _ROLES
            or not isinstance(message.get("content"), str)
        ):
            raise ValueError(f"{where}: {key!r} holds a message without a valid role and text content")
        messages.append({"role": message["role"], "content": message["content"]})
    return messages


def _dpo_row(raw: dict[str, Any], where: str) -> dict[str, Any]:
    _check_schema(raw, "dpo", where)
    return {key: _messages(raw, key, where) for key in ("prompt", "chosen", "rejected")}


def _grpo_row(raw: dict[str, Any], where: str) -> dict[str, Any]:
    _check_schema(raw, "grpo", where)
    criteria = raw.get("criteria") or []
    if not isinstance(criteria, list):
        raise ValueError(f"{where}: 'criteria' must be a list")
    try:
        kept = [
            {"id": str(c.get("id", f"c{j}")), "text": str(c["text"]), "points": float(c.get("points", 1.0))}
            for j, c in enumerate(criteria)
        ]
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"{where}: a criterion needs 'text' and numeric 'points' ({exc!r})") from exc
    return {"prompt": _messages(raw, "prompt", where), "criteria": kept}


@dataclass
class _Rewards:
    functions: list[Any]
    weights: list[float] | None  # None = TRL's equal weights


def _grpo_rewards(spec: TrainSpec, reward_funcs: Sequence[RewardFunction] | None) -> _Rewards:
    # Resolved before the model loads, so that a spec without rewards fails in a moment.
    if reward_funcs is not None:
        if not reward_funcs:
            raise ValueError("GRPO needs at least one reward function")
        return _Rewards(list(reward_funcs), None)
    from services.trainer.rewards import reward_functions, reward_weights

    return _Rewards(list(reward_functions(spec)), reward_weights(spec))


def _check_paths(spec: TrainSpec) -> None:
    base = Path(spec.base_model)
    if not (base / "config.json").is_file():
        raise ValueError(f"base model folder {base} does not exist or has no config.json")
    if spec.init_adapter and not (Path(spec.init_adapter) / "adapter_config.json").is_file():
        raise ValueError(f"init_adapter folder {spec.init_adapter} has no adapter_config.json")
    if not Path(spec.dataset).is_file():
        raise ValueError(f"dataset {spec.dataset} does not exist")


def _device(spec: TrainSpec) -> str:
    import torch

    if spec.device == "cuda" and not torch.cuda.is_available():
        raise ValueError("device 'cuda' was asked for but torch sees no CUDA device")
    if spec.device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    return spec.device


def _load_model(spec: TrainSpec) -> tuple[Any, Any]:
    import torch
    from peft import LoraConfig, PeftModel, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(spec.base_model, local_files_only=True)
    if not tokenizer.chat_template:
        raise ValueError(
            f"the tokenizer in {spec.base_model} has no chat template; the rows are conversations"
        )
    bf16 = _device(spec) == "cuda" and torch.cuda.is_bf16_supported()
    dtype = torch.bfloat16 if bf16 else torch.float32
    model: Any = AutoModelForCausalLM.from_pretrained(spec.base_model, dtype=dtype, local_files_only=True)
    if spec.init_adapter:
        model = PeftModel.from_pretrained(model, spec.init_adapter, is_trainable=True)
    else:
        lora = spec.lora
        config = LoraConfig(
            r=lora.r,
            lora_alpha=lora.alpha,
            lora_dropout=lora.dropout,
            target_modules=list(lora.target_modules),
            task_type="CAUSAL_LM",
        )
        model = get_peft_model(model, config)
    return model, tokenizer


def _common_args(spec: TrainSpec, run: DpoRunConfig | GrpoRunConfig, progress: bool) -> dict[str, Any]:
    import torch

    device = _device(spec)
    return {
        "output_dir": str(Path(spec.output_dir) / _CHECKPOINT_DIR),
        "learning_rate": run.learning_rate,
        "num_train_epochs": run.epochs,
        "max_steps": run.max_steps,
        "per_device_train_batch_size": run.per_device_batch_size,
        "gradient_accumulation_steps": run.gradient_accumulation_steps,
        _checkpointing_field(): run.gradient_checkpointing,
        "seed": run.seed,
        "logging_steps": run.logging_steps,
        "report_to": "none",
        "save_strategy": "no",
        "use_cpu": device == "cpu",
        # TRL turns bf16 on unless told; on CPU it only slows and blurs a float32 run.
        "bf16": device == "cuda" and torch.cuda.is_bf16_supported(),
        "dataloader_pin_memory": device == "cuda",
        "disable_tqdm": not progress,
    }


def _checkpointing_field() -> str:
    # transformers 5 renamed the argument; the old name still works but warns on every run.
    import dataclasses

    from transformers import TrainingArguments

    names = {f.name for f in dataclasses.fields(TrainingArguments)}
    return "activation_checkpointing" if "activation_checkpointing" in names else "gradient_checkpointing"


def _build_trainer(
    spec: TrainSpec,
    model: Any,
    tokenizer: Any,
    rows: list[dict[str, Any]],
    rewards: _Rewards,
    callbacks: list[Any],
    progress: bool,
) -> Any:
    from datasets import Dataset

    dataset = Dataset.from_list(rows)
    if spec.kind == "dpo":
        from trl.trainer.dpo_config import DPOConfig
        from trl.trainer.dpo_trainer import DPOTrainer

        dpo = spec.dpo
        args = DPOConfig(
            **_common_args(spec, dpo, progress),
            beta=dpo.beta,
            max_length=dpo.max_length,
            loss_type=[dpo.loss_type],
        )
        return DPOTrainer(
            model=model,
            ref_model=None,
            args=args,
            train_dataset=dataset,
            processing_class=tokenizer,
            callbacks=callbacks,
        )
    return _grpo_trainer(spec, model, tokenizer, dataset, rewards, callbacks, progress)


def _grpo_trainer(
    spec: TrainSpec,
    model: Any,
    tokenizer: Any,
    dataset: Any,
    rewards: _Rewards,
    callbacks: list[Any],
    progress: bool,
) -> Any:
    from trl.trainer.grpo_config import GRPOConfig
    from trl.trainer.grpo_trainer import GRPOTrainer

    grpo = spec.grpo
    args = GRPOConfig(
        **_common_args(spec, grpo, progress),
        num_generations=grpo.num_generations,
        max_completion_length=grpo.max_completion_length,
        beta=grpo.beta,
        temperature=grpo.temperature,
        reward_weights=rewards.weights,
    )
    return GRPOTrainer(
        model=model,
        reward_funcs=rewards.functions,
        args=args,
        train_dataset=dataset,
        processing_class=tokenizer,
        callbacks=callbacks,
    )


class _StepTimerBase:
    """Wall time of each optimizer step (accumulation micro-batches and GRPO generation included)."""

    def __init__(self) -> None:
        self.durations: list[float] = []
        self._start = 0.0

    def on_step_begin(self, *args: Any, **kwargs: Any) -> None:
        self._start = time.perf_counter()

    def on_step_end(self, *args: Any, **kwargs: Any) -> None:
        self.durations.append(time.perf_counter() - self._start)

    def mean_seconds(self) -> float:
        return round(sum(self.durations) / len(self.durations), 4) if self.durations else 0.0


def _step_timer() -> _StepTimerBase:
    # Built at call time so that importing this module does not import transformers.
    from transformers import TrainerCallback

    class StepTimer(_StepTimerBase, TrainerCallback):
        pass

    return StepTimer()


def _trainable_snapshot(model: Any) -> dict[str, Any]:
    return {name: p.detach().float().clone() for name, p in model.named_parameters() if p.requires_grad}


def _param_delta(model: Any, before: dict[str, Any]) -> float:
    import torch

    params = dict(model.named_parameters())
    total = torch.zeros((), dtype=torch.float64)
    for name, start in before.items():
        change = params[name].detach().float().cpu() - start.cpu()
        total += change.double().pow(2).sum()
    return float(total.sqrt())


def _last_metrics(history: Sequence[dict[str, Any]]) -> dict[str, float]:
    # The last per-step log (it has "loss"); the final summary entry (train_runtime, ...) is skipped.
    for entry in reversed(history):
        if "loss" in entry:
            return {k: float(v) for k, v in entry.items() if isinstance(v, int | float)}
    return {}


def _save(model: Any, spec: TrainSpec, result: TrainResult) -> None:
    output_dir = Path(spec.output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    # Only the trained adapter: TRL's frozen "ref" copy would otherwise land in output_dir/ref.
    model.save_pretrained(str(output_dir), selected_adapters=["default"])
    checkpoints = output_dir / _CHECKPOINT_DIR
    if checkpoints.is_dir() and not any(checkpoints.iterdir()):
        shutil.rmtree(checkpoints)
    (output_dir / RESULT_FILE).write_text(result.to_json() + "\n", encoding="utf-8")
    log.info("adapter saved to %s after %d steps (loss %.4f)", output_dir, result.steps, result.train_loss)
