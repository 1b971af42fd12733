"""A second trained judge: a linear probe on the frozen policy decoder (Gemma 3 270M).

The packaged classifier adapts a small Chinese encoder (m3e-small) to the team's templates; it ranks
items like its training set well and narratives written by others much less well (docs/guardian.md).
The policy's decoder was pretrained on far more text. This judge runs it frozen, mean-pools the
hidden states of a few layers over each item's tokens, standardises them and maps them through one
linear layer to the classifier's head layout (flagged, unsafe, then flagged and unsafe per
dimension), so the screen, the feedback and the thresholds treat it exactly like the classifier.
Only that linear layer is trained (`medguard guardian train-probe`): the artifact is config.json and
probe.safetensors (standardisation, weights), a few hundred KB; the decoder is the one
`medguard models prepare` converts from the packaged GGUF (or any HF decoder folder), checked by
its fingerprint.

A forward of the 270M decoder costs several times the encoder's (bench/guardian_probe.py): it is
chosen by pointing `MEDGUARD_GUARDIAN_CLASSIFIER_DIR` at a probe artifact, not the default.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from services.common.compute import ComputeThread, built_on
from services.common.encoder import length_chunks
from services.common.errors import FailedPreconditionError
from services.common.inference import Precision, resolve_precision
from services.guardian.evaluator.classifier import (
    ARTIFACT_CONFIG,
    ClassifierInput,
    Scores,
    Thresholds,
    classifier_text,
    head_outputs,
    scores_of,
)

if TYPE_CHECKING:
    import torch

__all__ = [
    "PROBE_KIND",
    "PROBE_WEIGHTS",
    "DecoderFeatures",
    "DecoderProbe",
    "LinearProbe",
    "ProbeConfig",
    "artifact_kind",
    "decoder_fingerprint",
    "fit_probe",
]

PROBE_KIND: Literal["decoder-probe"] = "decoder-probe"
PROBE_WEIGHTS = "probe.safetensors"
_TURN_PREFIX = "用户："
_RESPONSE_PREFIX = "\n回复："
# Most padded tokens in one decoder forward: long narratives go in small batches, short turns in large.
_TOKEN_BUDGET = 4096


class ProbeConfig(BaseModel):
    """What a probe artifact is: saved as config.json beside probe.safetensors."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["decoder-probe"] = PROBE_KIND
    version: str = Field(min_length=1, description="e.g. guardian-probe-v1")
    taxonomy_version: str
    dimensions: list[str] = Field(min_length=1, description="head order")
    decoder: str = Field(description="the decoder folder's name, e.g. gemma-3-270m")
    decoder_fingerprint: str = Field(
        description="the decoder folder's identity, as `decoder_fingerprint` computes it"
    )
    layers: list[int] = Field(min_length=1, description="hidden-state indices pooled (0 = embeddings)")
    max_length: int = Field(ge=16, le=2048, description="decoder tokens per item (pairs share them)")
    weight_decay: float = Field(ge=0.0, description="L2 penalty of the fit, on standardised features")
    thresholds: Thresholds = Field(default_factory=Thresholds)
    seed: int = 0
    data_sha256: str = ""
    train_items: int = 0
    metrics: dict[str, Any] = Field(default_factory=dict)


def artifact_kind(artifact_dir: Path) -> str:
    """`decoder-probe` for a probe artifact, `encoder` for a classifier (whose config has no kind)."""
    config = json.loads((artifact_dir / ARTIFACT_CONFIG).read_text("utf-8"))
    kind = config.get("kind", "encoder") if isinstance(config, dict) else None
    if kind not in ("encoder", PROBE_KIND):
        raise FailedPreconditionError(f"{artifact_dir}/{ARTIFACT_CONFIG}: unknown artifact kind {kind!r}")
    return str(kind)


def decoder_fingerprint(decoder_dir: Path) -> str:
    """A cheap identity of a decoder folder: config.json and the names and sizes of its files.

    The model store's manifest is left out (it records when and with which converter the folder was
    written), so every `medguard models prepare` of the same package gives the same fingerprint.
    """
    from services.common.modelstore import MANIFEST_NAME

    digest = hashlib.sha256((decoder_dir / "config.json").read_bytes())
    for path in sorted(decoder_dir.iterdir()):
        if path.is_file() and path.name != MANIFEST_NAME:
            digest.update(f"{path.name}:{path.stat().st_size}".encode())
    return digest.hexdigest()


class DecoderFeatures:
    """Frozen decoder -> one feature row per item: the mean of each chosen layer's hidden states over
    the item's tokens (BOS and padding left out), the layers side by side. Not thread-safe."""

    def __init__(self, decoder_dir: Path, layers: Sequence[int], max_length: int, precision: str) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer

        if precision not in ("fp32", "bf16"):
            raise FailedPreconditionError(
                f"the decoder probe serves in fp32 or bf16, not {precision!r}: "
                "set MEDGUARD_GUARDIAN_CLASSIFIER_PRECISION to fp32, bf16 or auto"
            )
        self._tokenizer = AutoTokenizer.from_pretrained(str(decoder_dir))
        dtype = torch.bfloat16 if precision == "bf16" else torch.float32
        self._model = AutoModel.from_pretrained(str(decoder_dir), dtype=dtype).eval()
        depth = int(self._model.config.num_hidden_layers)
        if any(not 0 <= layer <= depth for layer in layers):
            raise ValueError(f"layers {list(layers)} outside 0..{depth} of {decoder_dir.name}")
        self.layers = list(layers)
        self.max_length = max_length
        self.width = len(self.layers) * int(self._model.config.hidden_size)
        pad = self._tokenizer.pad_token_id
        self._pad = int(pad if pad is not None else 0)
        self._bos = self._tokenizer.bos_token_id

    def token_ids(self, item: ClassifierInput) -> list[int]:
        """BOS, the turn, and for a pair the response; the longer side is cut first to `max_length`."""
        turn = self._encode(_TURN_PREFIX + classifier_text(item.text))
        reply = (
            [] if item.response is None else self._encode(_RESPONSE_PREFIX + classifier_text(item.response))
        )
        budget = self.max_length - (self._bos is not None)
        if len(turn) + len(reply) > budget:
            short = min(len(turn), len(reply), budget // 2)
            keep_turn = short if len(turn) <= len(reply) else budget - short
            turn, reply = turn[:keep_turn], reply[: budget - keep_turn]
        return ([self._bos] if self._bos is not None else []) + turn + reply

    def _encode(self, text: str) -> list[int]:
        ids: list[int] = self._tokenizer.encode(text, add_special_tokens=False)
        return ids

    def __call__(
        self, items: Sequence[ClassifierInput], on_batch: Callable[[int], None] | None = None
    ) -> torch.Tensor:
        """Feature rows in item order (float32); `on_batch(n)` is told after each forward of n items."""
        import torch

        ids = [self.token_ids(item) for item in items]
        order = sorted(range(len(ids)), key=lambda index: len(ids[index]))
        out = torch.empty(len(ids), self.width)
        with torch.inference_mode():
            for chunk in length_chunks(order, lambda i: len(ids[i]) - 3, self.max_length, _TOKEN_BUDGET):
                out[chunk] = self._pooled([ids[i] for i in chunk])
                if on_batch is not None:
                    on_batch(len(chunk))
        return out

    def _pooled(self, rows: list[list[int]]) -> torch.Tensor:
        import torch

        longest = max(len(row) for row in rows)
        input_ids = torch.full((len(rows), longest), self._pad, dtype=torch.long)
        attention = torch.zeros((len(rows), longest), dtype=torch.long)
        for index, row in enumerate(rows):
            input_ids[index, : len(row)] = torch.tensor(row)
            attention[index, : len(row)] = 1
        hidden = self._model(
            input_ids=input_ids, attention_mask=attention, output_hidden_states=True
        ).hidden_states
        weights = attention.clone()
        if self._bos is not None:
            weights[:, 0] = 0  # the first token is an attention sink with outsized activations
        weights_f = weights.unsqueeze(-1).float()
        counts = weights_f.sum(1).clamp(min=1.0)
        return torch.cat([(hidden[layer].float() * weights_f).sum(1) / counts for layer in self.layers], -1)


@dataclass(frozen=True)
class LinearProbe:
    """Standardisation and one linear layer: features -> head-layout logits."""

    mean: torch.Tensor
    scale: torch.Tensor
    weight: torch.Tensor  # [features, outputs]
    bias: torch.Tensor  # [outputs]

    def logits(self, features: torch.Tensor) -> torch.Tensor:
        """Head-layout logits of each feature row."""
        return ((features - self.mean) / self.scale) @ self.weight + self.bias

    def tensors(self) -> dict[str, torch.Tensor]:
        """The safetensors content."""
        return {"mean": self.mean, "scale": self.scale, "weight": self.weight, "bias": self.bias}

    @classmethod
    def from_tensors(
        cls, tensors: dict[str, torch.Tensor], width: int, outputs: int, where: str
    ) -> LinearProbe:
        """Check shapes against the decoder's feature width and the taxonomy's outputs."""
        expected = {"mean": (width,), "scale": (width,), "weight": (width, outputs), "bias": (outputs,)}
        for name, shape in expected.items():
            if name not in tensors or tuple(tensors[name].shape) != shape:
                found = tuple(tensors[name].shape) if name in tensors else "missing"
                raise FailedPreconditionError(f"{where}: tensor {name} is {found}, expected {shape}")
        return cls(**{name: tensors[name].float() for name in expected})


def fit_probe(
    features: torch.Tensor,
    targets: torch.Tensor,
    weight_decay: float,
    *,
    max_iter: int = 300,
    log: Callable[[str], None] | None = None,
) -> LinearProbe:
    """Fit the linear layer by L-BFGS on standardised features.

    The loss averages the two global outputs (flagged, unsafe) apart from the per-dimension outputs,
    as classifier training does, so the outputs that decide flagging are not drowned by 40 others;
    `weight_decay` is the L2 penalty on the weights.
    """
    import torch

    mean = features.mean(0)
    scale = features.std(0) + 1e-6
    standard = (features - mean) / scale
    weight = torch.zeros(features.shape[1], targets.shape[1], requires_grad=True)
    bias = torch.zeros(targets.shape[1], requires_grad=True)
    optimiser: Any = torch.optim.LBFGS([weight, bias], max_iter=max_iter, line_search_fn="strong_wolfe")
    bce = torch.nn.functional.binary_cross_entropy_with_logits
    calls = 0

    def closure() -> Any:
        nonlocal calls
        optimiser.zero_grad()
        logits = standard @ weight + bias
        loss: Any = bce(logits[:, :2], targets[:, :2]) + bce(logits[:, 2:], targets[:, 2:])
        loss = loss + weight_decay * (weight * weight).sum()
        loss.backward()
        calls += 1
        if log is not None and calls % 50 == 0:
            log(f"probe fit: {calls} evaluations, loss {loss.item():.4f}")
        return loss

    optimiser.step(closure)
    return LinearProbe(mean, scale, weight.detach(), bias.detach())


class DecoderProbe:
    """A loaded probe artifact ready to score batches, with the classifier's interface; thread-safe.

    All its torch work runs on one `ComputeThread`: its own, or one the process shares between models.
    """

    def __init__(
        self,
        config: ProbeConfig,
        features: DecoderFeatures,
        probe: LinearProbe,
        precision: str,
        compute: ComputeThread,
        owns_compute: bool,
    ) -> None:
        self.config = config
        self.precision = precision
        self._features = features
        self._probe = probe
        self._compute = compute
        self._owns_compute = owns_compute
        self._lock = threading.Lock()

    @property
    def version(self) -> str:
        """The artifact's version."""
        return self.config.version

    @classmethod
    def load(
        cls,
        artifact_dir: Path,
        decoder_dir: Path,
        *,
        precision: Precision = "auto",
        threads: int | None = None,
        compute: ComputeThread | None = None,
    ) -> DecoderProbe:
        """Load the decoder and the probe; FailedPreconditionError when the decoder is not the one the
        probe was trained on or the artifact's tensors do not fit it."""
        from safetensors.torch import load_file

        config = ProbeConfig.model_validate_json((artifact_dir / ARTIFACT_CONFIG).read_text("utf-8"))
        found = decoder_fingerprint(decoder_dir)
        if found != config.decoder_fingerprint:
            raise FailedPreconditionError(
                f"probe {config.version} was trained on decoder {config.decoder} "
                f"({config.decoder_fingerprint[:12]}), but {decoder_dir} is {found[:12]}: retrain with "
                "`medguard guardian train-probe` or point MEDGUARD_GUARDIAN_DECODER_DIR at the original"
            )
        weights = artifact_dir / PROBE_WEIGHTS
        if not weights.is_file():
            raise FailedPreconditionError(f"probe artifact {artifact_dir} has no {PROBE_WEIGHTS}")
        concrete = resolve_precision(precision)

        def build() -> tuple[DecoderFeatures, LinearProbe]:
            features = DecoderFeatures(decoder_dir, config.layers, config.max_length, concrete)
            outputs = head_outputs(len(config.dimensions))
            return features, LinearProbe.from_tensors(
                load_file(str(weights)), features.width, outputs, str(weights)
            )

        (features, probe), runner, owned = built_on(compute, threads, "probe", build)
        return cls(config, features, probe, concrete, runner, owned)

    def predict(self, items: Sequence[ClassifierInput]) -> list[Scores]:
        """Scores for each item, in order."""
        return self._compute.call(self._predict, items)

    def close(self) -> None:
        """Stop the compute thread if it is the probe's own (a shared one is its owner's)."""
        if self._owns_compute:
            self._compute.close()

    def _predict(self, items: Sequence[ClassifierInput]) -> list[Scores]:
        import torch

        if not items:
            return []
        with self._lock, torch.inference_mode():
            probabilities = torch.sigmoid(self._probe.logits(self._features(items))).tolist()
        return [scores_of(row, self.config.dimensions) for row in probabilities]
