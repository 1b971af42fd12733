"""`medguard reward train`: fit the reward network's LoRA and head on the team's graded groups.

A documented custom loop rather than TRL's RewardTrainer, because one step mixes three kinds of rows
that RewardTrainer's single chosen/rejected format cannot express:
  - reply rows (a group's replies and the guardian's labelled pairs): BCE on each safety output
    (p(violation)) and, for graded replies, on each proficiency output against grade / 2;
  - criterion rows: BCE of the criterion output against met / not met;
  - ranking: within each group of the step, a Bradley-Terry loss on the explicit quality (scoring.py)
    of every (better, worse) pair of safe replies, and on the `overall` safety logit of every
    (safe, unsafe) pair; this is the preference signal (chosen over rejected) of RewardTrainer.
An epoch is one pass over the criterion rows; groups and guardian pairs are spread over its steps.
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
from typing import Any

from services.common.types import ChatMessage
from services.reward.dataset import (
    CriterionExample,
    Examples,
    ReplyExample,
    RewardGroup,
    build_examples,
    default_data_dir,
    load_groups,
)
from services.reward.model import (
    ARTIFACT_CONFIG,
    ARTIFACT_WEIGHTS,
    ModelInput,
    RewardModelConfig,
    context_text,
    criterion_input,
    encode_inputs,
)
from services.reward.scoring import ScoringScheme

__all__ = ["RewardTrainConfig", "guardian_pairs", "load_training_data", "train_reward"]


@dataclass
class RewardTrainConfig:
    """Settings of one reward training run (TRL-style dataclass; every field has a default)."""

    output_dir: Path = field(metadata={"help": "where the artifact (config.json, weights) is written"})
    data: Path = field(default_factory=default_data_dir, metadata={"help": "folder of group JSONL files"})
    guardian_data: Path | None = field(
        default=None,
        metadata={"help": "guardian training set whose pairs add safety labels; None = packaged"},
    )
    use_guardian_pairs: bool = field(default=True, metadata={"help": "add the guardian's labelled pairs"})
    encoder_dir: Path | None = field(default=None, metadata={"help": "HF encoder folder; m3e-small if None"})
    encoder_name: str = field(default="m3e-small", metadata={"help": "name recorded in the artifact"})
    encoder_fingerprint: str | None = field(
        default=None,
        metadata={
            "help": "record this encoder fingerprint instead of the folder's (training on a "
            "converted copy of the same encoder elsewhere, e.g. a GPU machine)"
        },
    )
    version: str = field(default="reward-xenc-v1", metadata={"help": "artifact version"})
    epochs: int = field(default=3, metadata={"help": "passes over the criterion rows"})
    criteria_per_step: int = field(default=24, metadata={"help": "criterion rows per optimiser step"})
    learning_rate: float = field(default=1e-3, metadata={"help": "peak learning rate of the LoRA weights"})
    head_learning_rate: float = field(default=3e-3, metadata={"help": "peak learning rate of the head"})
    weight_decay: float = field(default=0.01, metadata={"help": "AdamW weight decay"})
    warmup_ratio: float = field(default=0.06, metadata={"help": "share of steps with linear warm-up"})
    lora_r: int = field(default=16, metadata={"help": "LoRA rank"})
    lora_alpha: int = field(default=32, metadata={"help": "LoRA scaling numerator"})
    max_length: int = field(default=256, metadata={"help": "tokens per row (both sides together)"})
    dimension_rows_per_reply: int = field(
        default=2, metadata={"help": "criterion rows drawn from a reply's dimension grades per epoch"}
    )
    ranking_weight: float = field(default=1.0, metadata={"help": "weight of the Bradley-Terry terms"})
    ranking_scale: float = field(default=8.0, metadata={"help": "logit scale of quality differences"})
    seed: int = field(default=13, metadata={"help": "seed of init, sampling and dropout"})
    max_groups: int | None = field(default=None, metadata={"help": "use only this many groups (quick runs)"})
    device: str = field(default="cpu", metadata={"help": "'cpu', 'cuda', ..."})
    threads: int | None = field(default=None, metadata={"help": "torch CPU threads; None = torch default"})

    def __post_init__(self) -> None:
        self.output_dir, self.data = Path(self.output_dir), Path(self.data)
        if self.epochs < 1 or self.criteria_per_step < 1 or self.dimension_rows_per_reply < 0:
            raise ValueError("epochs and criteria_per_step must be at least 1")
        if not 0.0 <= self.warmup_ratio < 1.0:
            raise ValueError("warmup_ratio must be in [0, 1)")
        if self.max_groups is not None and self.max_groups < 2:
            raise ValueError("max_groups must be at least 2")
        if not self.data.exists():
            raise ValueError(f"training data {self.data} does not exist")


def guardian_pairs(
    path: Path | None, split: str
) -> list[tuple[tuple[ChatMessage, ...], str, dict[str, float]]]:
    """The guardian training set's (turn, response) pairs of one split, with violation weights."""
    from services.guardian.evaluator.training import default_trainset_path, load_trainset

    pairs: list[tuple[tuple[ChatMessage, ...], str, dict[str, float]]] = []
    for item in load_trainset(path or default_trainset_path()):
        if item.response is not None and item.split == split:
            labels = {dim: 1.0 if sev.value == "unsafe" else 0.5 for dim, sev in item.labels.items()}
            pairs.append(((ChatMessage(role="user", content=item.text),), item.response, labels))
    return pairs


def load_training_data(
    config: RewardTrainConfig, scheme: ScoringScheme, safety: Sequence[str]
) -> tuple[Examples, Examples, str]:
    """(train, dev, sha256 of the data) for a run."""
    groups = load_groups(config.data, safety=safety, proficiency=scheme.proficiency_ids)
    if config.max_groups is not None:
        groups = random.Random(config.seed).sample(groups, min(config.max_groups, len(groups)))
    wording = {d.id: d.criterion_zh for d in scheme.proficiency}
    splits = {}
    for split in ("train", "dev"):
        chosen = [g for g in groups if g.split == split]
        pairs = guardian_pairs(config.guardian_data, split) if config.use_guardian_pairs else []
        if config.max_groups is not None:
            pairs = pairs[: config.max_groups]
        splits[split] = build_examples(
            chosen, pairs, dimension_wording=wording, overall_wording=scheme.overall_safety.criterion_zh
        )
    if not splits["train"].groups or not splits["dev"].groups:
        raise ValueError(f"{config.data} needs groups in both splits (about 15% of ids are held out)")
    return splits["train"], splits["dev"], _data_sha256(config.data)


def train_reward(
    config: RewardTrainConfig, progress: bool = True, log: Callable[[str], None] = print
) -> RewardModelConfig:
    """Train, measure on the held-out groups, save the artifact; returns its config (with metrics)."""
    import torch

    from services.common.encoder import encoder_fingerprint
    from services.common.modelstore import locate_encoder
    from services.guardian.evaluator.taxonomy import Taxonomy

    started = time.monotonic()
    random.seed(config.seed)
    torch.manual_seed(config.seed)
    if config.threads:
        torch.set_num_threads(config.threads)
    scheme, taxonomy = ScoringScheme.load(), Taxonomy.load()
    safety = [scheme.overall_safety.id, *taxonomy.ids]
    encoder_dir = config.encoder_dir or locate_encoder()
    train, dev, sha = load_training_data(config, scheme, taxonomy.ids)
    log(f"training on {train.counts()}, holding out {dev.counts()} ({encoder_dir}, {config.device})")
    shape = RewardModelConfig(
        version=config.version,
        scoring=scheme.name,
        taxonomy_version=taxonomy.version,
        safety=safety,
        proficiency=scheme.proficiency_ids,
        encoder=config.encoder_name,
        encoder_fingerprint=config.encoder_fingerprint or encoder_fingerprint(encoder_dir),
        max_length=config.max_length,
        lora_r=config.lora_r,
        lora_alpha=config.lora_alpha,
        seed=config.seed,
        data_sha256=sha,
        train_examples=train.counts(),
    )
    network, tokenizer = _prepare(encoder_dir, shape, config)
    _Fitter(network, tokenizer, shape, scheme, config).fit(train, progress)
    network.to("cpu")
    metrics = _dev_metrics(network, tokenizer, shape, scheme, dev, progress)
    saved = shape.model_copy(update={"metrics": metrics})
    _save(network, saved, config)
    log(f"saved {saved.version} to {config.output_dir} in {time.monotonic() - started:.0f} s: {metrics}")
    return saved


def _prepare(encoder_dir: Path, shape: RewardModelConfig, config: RewardTrainConfig) -> tuple[Any, Any]:
    import peft

    from services.common.encoder import build_pooled_network, load_tokenizer, lora_settings

    network = build_pooled_network(encoder_dir, shape.outputs)
    network.encoder = peft.get_peft_model(network.encoder, lora_settings(config.lora_r, config.lora_alpha))
    return network.to(config.device), load_tokenizer(encoder_dir)


class _Fitter:
    """The optimisation loop (see the module docstring)."""

    def __init__(
        self,
        network: Any,
        tokenizer: Any,
        shape: RewardModelConfig,
        scheme: ScoringScheme,
        config: RewardTrainConfig,
    ) -> None:
        import torch

        self.network, self.tokenizer, self.config = network, tokenizer, config
        self.n_safety, self.n_prof = len(shape.safety), len(shape.proficiency)
        self.safety_ids, self.prof_order = shape.safety[1:], shape.proficiency
        weights = {d.id: d.weight for d in scheme.proficiency}
        self.prof_weights = torch.tensor([weights[p] for p in shape.proficiency], device=config.device)
        self.rng = random.Random(config.seed)

    def fit(self, train: Examples, progress: bool) -> None:
        import torch
        from tqdm.auto import tqdm
        from transformers import get_linear_schedule_with_warmup

        config = self.config
        criteria_epoch = self._criterion_rows(train)
        steps_per_epoch = max(1, math.ceil(len(criteria_epoch) / config.criteria_per_step))
        steps = config.epochs * steps_per_epoch
        head = list(self.network.head.parameters())
        lora = [
            p for n, p in self.network.named_parameters() if p.requires_grad and not n.startswith("head.")
        ]
        optimizer = torch.optim.AdamW(
            [{"params": lora, "lr": config.learning_rate}, {"params": head, "lr": config.head_learning_rate}],
            weight_decay=config.weight_decay,
        )
        schedule: Any = get_linear_schedule_with_warmup
        scheduler = schedule(optimizer, int(steps * config.warmup_ratio), steps)
        self.network.train()
        with tqdm(total=steps, desc="reward train", unit="step", disable=not progress) as bar:
            for epoch in range(config.epochs):
                criteria = self._criterion_rows(train) if epoch else criteria_epoch
                for batch in self._batches(train, criteria, steps_per_epoch):
                    loss = self._loss(*batch)
                    loss.backward()
                    torch.nn.utils.clip_grad_norm_(self.network.parameters(), 1.0)
                    optimizer.step()
                    scheduler.step()
                    optimizer.zero_grad(set_to_none=True)
                    bar.set_postfix(epoch=epoch + 1, loss=f"{loss.item():.4f}")
                    bar.update()
        self.network.eval()

    def _criterion_rows(self, examples: Examples) -> list[CriterionExample]:
        """The group and safety rows, plus a fresh sample of dimension rows per reply."""
        rows = [c for c in examples.criteria if c.source != "dimension"]
        by_reply: dict[tuple[str, str], list[CriterionExample]] = {}
        for c in examples.criteria:
            if c.source == "dimension":
                by_reply.setdefault((c.conversation[-1].content, c.reply), []).append(c)
        for options in by_reply.values():
            rows.extend(self.rng.sample(options, min(self.config.dimension_rows_per_reply, len(options))))
        self.rng.shuffle(rows)
        return rows

    def _batches(
        self, train: Examples, criteria: list[CriterionExample], steps: int
    ) -> Iterator[tuple[list[RewardGroup], list[ReplyExample], list[CriterionExample]]]:
        groups = list(train.groups)
        extra = [r for r in train.replies if r.grades is None]
        self.rng.shuffle(groups)
        self.rng.shuffle(extra)
        by_group: dict[str, list[ReplyExample]] = {}
        for reply in train.replies:
            if reply.grades is not None:
                by_group.setdefault(reply.group, []).append(reply)
        per_group = math.ceil(len(groups) / steps)
        per_extra = math.ceil(len(extra) / steps)
        per_criteria = math.ceil(len(criteria) / steps)
        for step in range(steps):
            chosen = groups[step * per_group : (step + 1) * per_group]
            replies = [r for g in chosen for r in by_group[g.id]]
            replies += extra[step * per_extra : (step + 1) * per_extra]
            rows = criteria[step * per_criteria : (step + 1) * per_criteria]
            if replies or rows:
                yield chosen, replies, rows

    def _loss(
        self, groups: list[RewardGroup], replies: list[ReplyExample], criteria: list[CriterionExample]
    ) -> Any:
        import torch

        bce = torch.nn.functional.binary_cross_entropy_with_logits
        inputs = [ModelInput(context_text(r.conversation), r.reply) for r in replies]
        inputs += [criterion_input(c.criterion, context_text(c.conversation), c.reply) for c in criteria]
        batch = encode_inputs(self.tokenizer, inputs, self.config.max_length)
        logits = self.network(**{k: v.to(self.config.device) for k, v in batch.items()})
        reply_logits, criterion_logits = logits[: len(replies)], logits[len(replies) :, -1]
        loss = torch.zeros((), device=logits.device)
        if replies:
            loss = loss + bce(reply_logits[:, : self.n_safety], self._safety_targets(replies))
            graded = [i for i, r in enumerate(replies) if r.grades is not None]
            if graded:
                prof = reply_logits[graded, self.n_safety : self.n_safety + self.n_prof]
                loss = loss + bce(prof, self._grade_targets([replies[i] for i in graded]))
                loss = loss + self.config.ranking_weight * self._ranking(groups, replies, reply_logits)
        if criteria:
            met = torch.tensor([float(c.met) for c in criteria], device=logits.device)
            loss = loss + bce(criterion_logits, met)
        return loss

    def _safety_targets(self, replies: list[ReplyExample]) -> Any:
        import torch

        rows = []
        for r in replies:
            dims = [r.unsafe_weight if d in r.violations else 0.0 for d in self.safety_ids]
            rows.append([r.unsafe_weight if r.violations else 0.0, *dims])
        return torch.tensor(rows, device=self.config.device)

    def _grade_targets(self, replies: list[ReplyExample]) -> Any:
        import torch

        rows = [[r.grades[d] for d in self.prof_order] for r in replies if r.grades is not None]
        return torch.tensor(rows, device=self.config.device)

    def _ranking(self, groups: list[RewardGroup], replies: list[ReplyExample], logits: Any) -> Any:
        """Bradley-Terry on quality for (safe, safe) pairs and on `overall` for (safe, unsafe) pairs."""
        import torch

        index = {(r.group, r.reply): i for i, r in enumerate(replies)}
        quality = torch.sigmoid(logits[:, self.n_safety : self.n_safety + self.n_prof]) @ (
            self.prof_weights / self.prof_weights.sum()
        )
        terms = []
        for group in groups:
            for better, worse in group.ranked_pairs():
                b, w = index[(group.id, better.text)], index[(group.id, worse.text)]
                if better.safe and worse.safe:
                    diff = self.config.ranking_scale * (quality[b] - quality[w])
                elif better.safe:
                    diff = logits[w, 0] - logits[b, 0]
                else:
                    continue
                terms.append(-torch.nn.functional.logsigmoid(diff))
        return torch.stack(terms).mean() if terms else torch.zeros((), device=logits.device)


def _dev_metrics(
    network: Any,
    tokenizer: Any,
    shape: RewardModelConfig,
    scheme: ScoringScheme,
    dev: Examples,
    progress: bool,
) -> dict[str, Any]:
    from services.reward.evaluation import evaluate_groups
    from services.reward.model import RewardModel
    from services.reward.scorer import RewardScorer

    scorer = RewardScorer(RewardModel(shape, network, tokenizer), scheme)
    return evaluate_groups(scorer, dev.groups, progress=progress).summary()


def _save(network: Any, saved: RewardModelConfig, config: RewardTrainConfig) -> None:
    from safetensors.torch import save_file

    from services.common.encoder import trained_weights

    weights = trained_weights(network)
    config.output_dir.mkdir(parents=True, exist_ok=True)
    save_file(weights, str(config.output_dir / ARTIFACT_WEIGHTS))
    (config.output_dir / ARTIFACT_CONFIG).write_text(
        json.dumps(saved.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    # File names only: the record must not leak the trainer's machine paths into a committed artifact.
    run = {k: v.name if isinstance(v, Path) else v for k, v in asdict(config).items()}
    (config.output_dir / "train_run.json").write_text(json.dumps(run, indent=1) + "\n", encoding="utf-8")


def _data_sha256(data: Path) -> str:
    """sha256 over the group files' names and bytes, in name order."""
    digest = hashlib.sha256()
    for path in sorted(data.glob("*.jsonl")) if data.is_dir() else [data]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()
