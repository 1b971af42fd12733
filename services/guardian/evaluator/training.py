"""`medguard guardian train`: fit the LoRA + head on the team's training set, tune thresholds, save.

The train split fits the weights; the dev split (whole template families held out by the build) sets
the thresholds and gives the metrics saved beside the artifact, with the seed and the data's sha256.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, get_args

from services.guardian.evaluator.classifier import (
    ARTIFACT_CONFIG,
    ARTIFACT_WEIGHTS,
    ClassifierConfig,
    ClassifierInput,
    build_network,
    encoder_fingerprint,
    load_trained_network,
    lora_config,
    pooled_logits,
)
from services.guardian.evaluator.taxonomy import Taxonomy
from services.guardian.evaluator.thresholds import DevMetrics, targets_of, tune
from services.guardian.evaluator.trainset.schema import TrainItem
from services.guardian.evaluator.views import Pooling

__all__ = ["TrainConfig", "default_trainset_path", "load_trainset", "retune", "train"]


def default_trainset_path() -> Path:
    """The packaged training set written by `python -m services.guardian.evaluator.trainset.build`."""
    return Path(__file__).resolve().parent / "data" / "trainset.v1.jsonl"


@dataclass
class TrainConfig:
    """Settings of one training run (TRL-style dataclass; every field has a default)."""

    output_dir: Path = field(metadata={"help": "where the artifact (config.json, weights) is written"})
    data: Path = field(default_factory=default_trainset_path, metadata={"help": "training set JSONL"})
    encoder_dir: Path | None = field(default=None, metadata={"help": "HF encoder folder; m3e-small if None"})
    encoder_name: str = field(default="m3e-small", metadata={"help": "name recorded in the artifact"})
    version: str = field(default="guardian-clf-v1", metadata={"help": "artifact version"})
    epochs: int = field(default=2, metadata={"help": "passes over the train split"})
    batch_size: int = field(default=32, metadata={"help": "items per optimiser step"})
    learning_rate: float = field(default=1e-3, metadata={"help": "peak learning rate of the LoRA weights"})
    head_learning_rate: float = field(default=3e-3, metadata={"help": "peak learning rate of the head"})
    weight_decay: float = field(default=0.01, metadata={"help": "AdamW weight decay"})
    warmup_ratio: float = field(default=0.06, metadata={"help": "share of steps with linear warm-up"})
    lora_r: int = field(default=16, metadata={"help": "LoRA rank"})
    lora_alpha: int = field(default=32, metadata={"help": "LoRA scaling numerator"})
    max_length: int = field(default=192, metadata={"help": "tokens per item (pairs share them)"})
    pooling: Pooling = field(
        default="whole",
        metadata={"help": "whole: one view per item; windows: max over the text and its sentence windows"},
    )
    fpr_budget: float = field(default=0.03, metadata={"help": "max benign false-positive rate on dev"})
    flag_pos_weight: float = field(
        default=1.0,
        metadata={"help": "weight of flagged items in the flag output's loss (prior correction, see docs)"},
    )
    seed: int = field(default=13, metadata={"help": "seed of weights init, shuffling and dropout"})
    max_items: int | None = field(default=None, metadata={"help": "subsample each split (quick runs)"})
    threads: int | None = field(default=None, metadata={"help": "torch CPU threads; None = torch default"})

    def __post_init__(self) -> None:
        self.output_dir = Path(self.output_dir)
        self.data = Path(self.data)
        if self.epochs < 1 or self.batch_size < 1:
            raise ValueError("epochs and batch_size must be at least 1")
        if not 0.0 < self.fpr_budget < 1.0:
            raise ValueError("fpr_budget must be in (0, 1)")
        if self.flag_pos_weight <= 0.0:
            raise ValueError("flag_pos_weight must be positive")
        if self.pooling not in get_args(Pooling):
            raise ValueError(f"pooling must be one of {get_args(Pooling)}, not {self.pooling!r}")
        if not 0.0 <= self.warmup_ratio < 1.0:
            raise ValueError("warmup_ratio must be in [0, 1)")
        if self.max_items is not None and self.max_items < 2:
            raise ValueError("max_items must be at least 2")
        if not self.data.is_file():
            raise ValueError(f"training data {self.data} does not exist")


def load_trainset(path: Path) -> list[TrainItem]:
    """Read and validate every row; ValueError names the line of the first bad row."""
    items = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if line.strip():
            try:
                items.append(TrainItem.model_validate_json(line))
            except ValueError as exc:
                raise ValueError(f"{path}:{number}: {exc}") from exc
    return items


def train(config: TrainConfig, progress: bool = True, log: Callable[[str], None] = print) -> ClassifierConfig:
    """Train, tune thresholds on dev, save the artifact; returns the saved config (with metrics)."""
    import torch

    from services.common.modelstore import locate_encoder

    started = time.monotonic()
    random.seed(config.seed)
    torch.manual_seed(config.seed)
    if config.threads:
        torch.set_num_threads(config.threads)
    taxonomy = Taxonomy.load()
    encoder_dir = config.encoder_dir or locate_encoder()
    items = load_trainset(config.data)
    taxonomy.check_ids([dim for item in items for dim in item.labels], str(config.data))
    train_items, dev_items = _splits(items, config)
    log(f"training on {len(train_items)} items, tuning on {len(dev_items)} dev items ({encoder_dir})")
    network, tokenizer = _prepare(encoder_dir, taxonomy, config)
    _fit(network, tokenizer, train_items, taxonomy.ids, config, progress)
    probabilities = predict_probabilities(
        network, tokenizer, dev_items, config.max_length, config.pooling, progress
    )
    targets = targets_of(dev_items, taxonomy.ids)
    thresholds, metrics = tune(targets, probabilities, dev_items, taxonomy.ids, config.fpr_budget)
    saved = _save(network, config, taxonomy, encoder_dir, thresholds, metrics, len(train_items))
    elapsed = time.monotonic() - started
    log(f"saved {saved.version} to {config.output_dir} in {elapsed:.0f} s: {metrics.headline()}")
    return saved


def retune(
    artifact_dir: Path,
    data: Path | None = None,
    *,
    fpr_budget: float = 0.03,
    encoder_dir: Path | None = None,
    progress: bool = True,
    log: Callable[[str], None] = print,
) -> ClassifierConfig:
    """Re-pick an artifact's thresholds on the dev split of the data it was trained on; weights unchanged."""
    from transformers import AutoTokenizer

    from services.common.modelstore import locate_encoder

    config = ClassifierConfig.model_validate_json((artifact_dir / ARTIFACT_CONFIG).read_text("utf-8"))
    data = data or default_trainset_path()
    if hashlib.sha256(data.read_bytes()).hexdigest() != config.data_sha256:
        raise ValueError(
            f"{artifact_dir} was trained on other data than {data}: its dev split is not held out"
        )
    encoder = encoder_dir or locate_encoder()
    network = load_trained_network(artifact_dir, encoder, config)
    dev_items = [item for item in load_trainset(data) if item.split == "dev"]
    tokenizer = AutoTokenizer.from_pretrained(str(encoder))
    probabilities = predict_probabilities(
        network, tokenizer, dev_items, config.max_length, config.pooling, progress
    )
    targets = targets_of(dev_items, config.dimensions)
    thresholds, metrics = tune(targets, probabilities, dev_items, config.dimensions, fpr_budget)
    updated = config.model_copy(update={"thresholds": thresholds, "metrics": metrics.model_dump(mode="json")})
    (artifact_dir / ARTIFACT_CONFIG).write_text(
        json.dumps(updated.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    log(f"re-tuned {config.version} in {artifact_dir}: {thresholds} ({metrics.headline()})")
    return updated


def _splits(items: Sequence[TrainItem], config: TrainConfig) -> tuple[list[TrainItem], list[TrainItem]]:
    train_items = [item for item in items if item.split == "train"]
    dev_items = [item for item in items if item.split == "dev"]
    if not train_items or not dev_items:
        raise ValueError(f"{config.data} needs both train and dev rows (rebuild the training set)")
    if config.max_items is not None:
        rng = random.Random(config.seed)
        train_items = rng.sample(train_items, min(config.max_items, len(train_items)))
        dev_items = rng.sample(dev_items, min(config.max_items, len(dev_items)))
    return train_items, dev_items


def _prepare(encoder_dir: Path, taxonomy: Taxonomy, config: TrainConfig) -> tuple[Any, Any]:
    import peft
    from transformers import AutoTokenizer

    network = build_network(encoder_dir, len(taxonomy.ids))
    shape = _artifact_config(config, taxonomy, encoder_dir)
    network.encoder = peft.get_peft_model(network.encoder, lora_config(shape))
    return network, AutoTokenizer.from_pretrained(str(encoder_dir))


def _fit(
    network: Any,
    tokenizer: Any,
    items: Sequence[TrainItem],
    dimensions: Sequence[str],
    config: TrainConfig,
    progress: bool,
) -> None:
    import torch
    from tqdm.auto import tqdm
    from transformers import get_linear_schedule_with_warmup

    lora = [p for name, p in network.named_parameters() if p.requires_grad and not name.startswith("head.")]
    optimizer = torch.optim.AdamW(
        [
            {"params": lora, "lr": config.learning_rate},
            {"params": list(network.head.parameters()), "lr": config.head_learning_rate},
        ],
        weight_decay=config.weight_decay,
    )
    steps = config.epochs * math.ceil(len(items) / config.batch_size)
    schedule: Any = get_linear_schedule_with_warmup
    scheduler = schedule(optimizer, int(steps * config.warmup_ratio), steps)
    loss_fn = torch.nn.BCEWithLogitsLoss()
    global_loss = torch.nn.BCEWithLogitsLoss(pos_weight=torch.tensor([config.flag_pos_weight, 1.0]))
    rng = random.Random(config.seed)
    network.train()
    with tqdm(total=steps, desc="train", unit="step", disable=not progress) as bar:
        for epoch in range(config.epochs):
            for batch_items in _length_buckets(items, config.batch_size, rng):
                inputs = [_input(item) for item in batch_items]
                target = torch.tensor(targets_of(batch_items, dimensions), dtype=torch.float32)
                # With window pooling this is multiple-instance learning: the loss sees each item's
                # maximum over its views, so the gradient goes to the view that decides the item.
                logits = pooled_logits(network, tokenizer, inputs, config.max_length, config.pooling)
                # The two global outputs decide flagging; averaged with 40 dimension outputs they would
                # get a 1/21 share of the gradient, so each part is averaged on its own.
                loss = global_loss(logits[:, :2], target[:, :2]) + loss_fn(logits[:, 2:], target[:, 2:])
                loss.backward()
                torch.nn.utils.clip_grad_norm_(network.parameters(), 1.0)
                optimizer.step()
                scheduler.step()
                optimizer.zero_grad(set_to_none=True)
                bar.set_postfix(epoch=epoch + 1, loss=f"{loss.item():.4f}")
                bar.update()
    network.eval()


def _length_buckets(items: Sequence[TrainItem], size: int, rng: random.Random) -> Iterator[list[TrainItem]]:
    """Shuffled batches of similar length (less padding, same expected gradient)."""
    shuffled = list(items)
    rng.shuffle(shuffled)
    pool = size * 32
    batches: list[list[TrainItem]] = []
    for start in range(0, len(shuffled), pool):
        chunk = sorted(
            shuffled[start : start + pool], key=lambda item: len(item.text) + len(item.response or "")
        )
        batches.extend(chunk[i : i + size] for i in range(0, len(chunk), size))
    rng.shuffle(batches)
    yield from batches


def _input(item: TrainItem) -> ClassifierInput:
    return ClassifierInput(text=item.text, response=item.response)


def predict_probabilities(
    network: Any,
    tokenizer: Any,
    items: Sequence[TrainItem],
    max_length: int,
    pooling: Pooling,
    progress: bool,
) -> list[list[float]]:
    """Sigmoid outputs (head layout) for each item, in order, pooled over its views."""
    import torch
    from tqdm.auto import tqdm

    rows: list[list[float]] = []
    network.eval()
    with torch.inference_mode():
        for start in tqdm(range(0, len(items), 64), desc="dev", unit="batch", disable=not progress):
            inputs = [_input(item) for item in items[start : start + 64]]
            logits = pooled_logits(network, tokenizer, inputs, max_length, pooling)
            rows.extend(torch.sigmoid(logits).tolist())
    return rows


def _artifact_config(config: TrainConfig, taxonomy: Taxonomy, encoder_dir: Path) -> ClassifierConfig:
    return ClassifierConfig(
        version=config.version,
        taxonomy_version=taxonomy.version,
        dimensions=taxonomy.ids,
        encoder=config.encoder_name,
        encoder_fingerprint=encoder_fingerprint(encoder_dir),
        max_length=config.max_length,
        lora_r=config.lora_r,
        lora_alpha=config.lora_alpha,
        pooling=config.pooling,
        seed=config.seed,
    )


def _save(
    network: Any,
    config: TrainConfig,
    taxonomy: Taxonomy,
    encoder_dir: Path,
    thresholds: Any,
    metrics: DevMetrics,
    train_count: int,
) -> ClassifierConfig:
    from safetensors.torch import save_file

    from services.common.encoder import trained_weights

    weights = trained_weights(network)
    saved = _artifact_config(config, taxonomy, encoder_dir).model_copy(
        update={
            "thresholds": thresholds,
            "data_sha256": hashlib.sha256(config.data.read_bytes()).hexdigest(),
            "train_items": train_count,
            "metrics": metrics.model_dump(mode="json"),
        }
    )
    config.output_dir.mkdir(parents=True, exist_ok=True)
    save_file(weights, str(config.output_dir / ARTIFACT_WEIGHTS))
    (config.output_dir / ARTIFACT_CONFIG).write_text(
        json.dumps(saved.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    # File names only: the record must not leak the trainer's machine paths into a committed artifact.
    run = {key: value.name if isinstance(value, Path) else value for key, value in asdict(config).items()}
    (config.output_dir / "train_run.json").write_text(json.dumps(run, indent=1) + "\n", encoding="utf-8")
    return saved
