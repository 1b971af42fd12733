"""`medguard guardian train-probe`: fit the decoder probe on the team's training set, tune, save.

The frozen decoder reads every train and dev item once (the long part, with a progress bar: for the
packaged set on 2 CPU cores, 16 min in bf16 with AMX, 46 min in fp32 on AVX2); the linear layer is
then fitted on the train split for each candidate weight decay, the one with the best dev log-loss of
the flag output is kept, and the thresholds are tuned on dev exactly as for the encoder classifier
(`thresholds.tune`).
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from services.guardian.evaluator.classifier import ARTIFACT_CONFIG, ClassifierInput
from services.guardian.evaluator.probe import (
    PROBE_WEIGHTS,
    DecoderFeatures,
    LinearProbe,
    ProbeConfig,
    decoder_fingerprint,
    fit_probe,
)
from services.guardian.evaluator.taxonomy import Taxonomy
from services.guardian.evaluator.thresholds import FINE_TOP_GRID, targets_of, tune
from services.guardian.evaluator.training import default_trainset_path, load_trainset

__all__ = ["ProbeTrainConfig", "train_probe"]


@dataclass
class ProbeTrainConfig:
    """Settings of one probe fit (every field but the output has a default)."""

    output_dir: Path = field(metadata={"help": "where config.json and probe.safetensors are written"})
    data: Path = field(default_factory=default_trainset_path, metadata={"help": "training set JSONL"})
    decoder_dir: Path | None = field(
        default=None, metadata={"help": "HF decoder folder; default: the prepared policy Gemma"}
    )
    version: str = field(default="guardian-probe-v1", metadata={"help": "artifact version"})
    layers: tuple[int, ...] = field(default=(9, 14, 18), metadata={"help": "hidden states pooled"})
    max_length: int = field(default=256, metadata={"help": "decoder tokens per item"})
    weight_decays: tuple[float, ...] = field(
        default=(1e-4,), metadata={"help": "L2 penalties tried; best dev flag log-loss kept"}
    )
    precision: str = field(default="bf16", metadata={"help": "decoder arithmetic: bf16 or fp32"})
    fpr_budget: float = field(default=0.03, metadata={"help": "max benign false-positive rate on dev"})
    seed: int = field(default=13, metadata={"help": "recorded; the fit itself is deterministic"})
    max_items: int | None = field(default=None, metadata={"help": "first N of each split (quick runs)"})
    threads: int | None = field(default=None, metadata={"help": "torch CPU threads; None = torch default"})

    def __post_init__(self) -> None:
        self.output_dir = Path(self.output_dir)
        self.data = Path(self.data)
        self.layers = tuple(self.layers)
        self.weight_decays = tuple(self.weight_decays)
        if not self.layers:
            raise ValueError("layers must name at least one hidden state")
        if not self.weight_decays or any(wd < 0.0 for wd in self.weight_decays):
            raise ValueError("weight_decays must be non-negative, at least one")
        if self.precision not in ("bf16", "fp32"):
            raise ValueError("precision must be bf16 or fp32")
        if not 0.0 < self.fpr_budget < 1.0:
            raise ValueError("fpr_budget must be in (0, 1)")
        if not 16 <= self.max_length <= 2048:
            raise ValueError("max_length must be in [16, 2048]")
        if self.max_items is not None and self.max_items < 2:
            raise ValueError("max_items must be at least 2")
        if not self.data.is_file():
            raise ValueError(f"training data {self.data} does not exist")


def train_probe(
    config: ProbeTrainConfig, progress: bool = True, log: Callable[[str], None] = print
) -> ProbeConfig:
    """Extract decoder features, fit, tune thresholds on dev, save; returns the saved config."""
    import torch
    from tqdm.auto import tqdm

    from services.common.modelstore import default_cache_dir, prepare_policy_model

    started = time.monotonic()
    if config.threads:
        torch.set_num_threads(config.threads)
    torch.manual_seed(config.seed)
    taxonomy = Taxonomy.load()
    items = load_trainset(config.data)
    taxonomy.check_ids([dim for item in items for dim in item.labels], str(config.data))
    train_items = [item for item in items if item.split == "train"][: config.max_items]
    dev_items = [item for item in items if item.split == "dev"][: config.max_items]
    if not train_items or not dev_items:
        raise ValueError(f"{config.data} needs both train and dev rows (rebuild the training set)")
    decoder_dir = config.decoder_dir or prepare_policy_model(default_cache_dir(), progress=progress).path
    layers = list(config.layers)
    log(f"probe on {decoder_dir.name} layers {layers}: {len(train_items)} train, {len(dev_items)} dev items")
    features = DecoderFeatures(decoder_dir, config.layers, config.max_length, config.precision)
    inputs = [ClassifierInput(item.text, item.response) for item in [*train_items, *dev_items]]
    with tqdm(total=len(inputs), desc="decoder features", unit="item", disable=not progress) as bar:
        rows = features(inputs, on_batch=bar.update)
    train_x, dev_x = rows[: len(train_items)], rows[len(train_items) :]
    train_y = torch.tensor(targets_of(train_items, taxonomy.ids))
    dev_targets = targets_of(dev_items, taxonomy.ids)
    probe, weight_decay, losses = _select(train_x, train_y, dev_x, dev_targets, config.weight_decays, log)
    probabilities = torch.sigmoid(probe.logits(dev_x)).tolist()
    thresholds, metrics = tune(
        dev_targets, probabilities, dev_items, taxonomy.ids, config.fpr_budget, flag_grid=FINE_TOP_GRID
    )
    saved = ProbeConfig(
        version=config.version,
        taxonomy_version=taxonomy.version,
        dimensions=taxonomy.ids,
        decoder=decoder_dir.name,
        decoder_fingerprint=decoder_fingerprint(decoder_dir),
        layers=layers,
        max_length=config.max_length,
        weight_decay=weight_decay,
        thresholds=thresholds,
        seed=config.seed,
        data_sha256=hashlib.sha256(config.data.read_bytes()).hexdigest(),
        train_items=len(train_items),
        metrics={**metrics.model_dump(mode="json"), "dev_flag_log_loss": losses},
    )
    _save(config, saved, probe)
    elapsed = time.monotonic() - started
    log(f"saved {saved.version} to {config.output_dir} in {elapsed:.0f} s: {metrics.headline()}")
    return saved


def _select(
    train_x: Any,
    train_y: Any,
    dev_x: Any,
    dev_targets: Sequence[Sequence[float]],
    weight_decays: Sequence[float],
    log: Callable[[str], None],
) -> tuple[LinearProbe, float, dict[str, float]]:
    """Fit once per weight decay; keep the fit whose flag output has the lowest dev log-loss."""
    import torch

    truth = torch.tensor([row[0] for row in dev_targets])
    fits: list[tuple[float, LinearProbe, float]] = []
    for weight_decay in weight_decays:
        probe = fit_probe(train_x, train_y, weight_decay)
        flag = probe.logits(dev_x)[:, 0]
        loss = float(torch.nn.functional.binary_cross_entropy_with_logits(flag, truth))
        log(f"weight decay {weight_decay:g}: dev flag log-loss {loss:.4f}")
        fits.append((loss if math.isfinite(loss) else math.inf, probe, weight_decay))
    loss, probe, weight_decay = min(fits, key=lambda fit: fit[0])
    return probe, weight_decay, {f"{wd:g}": round(fit_loss, 4) for fit_loss, _, wd in fits}


def _save(config: ProbeTrainConfig, saved: ProbeConfig, probe: LinearProbe) -> None:
    from safetensors.torch import save_file

    config.output_dir.mkdir(parents=True, exist_ok=True)
    save_file({k: v.contiguous() for k, v in probe.tensors().items()}, str(config.output_dir / PROBE_WEIGHTS))
    (config.output_dir / ARTIFACT_CONFIG).write_text(
        json.dumps(saved.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    # File names only: the record must not leak the trainer's machine paths into a committed artifact.
    run = {key: value.name if isinstance(value, Path) else value for key, value in asdict(config).items()}
    (config.output_dir / "train_run.json").write_text(json.dumps(run, indent=1) + "\n", encoding="utf-8")
