"""Would a frozen decoder judge better than the trained encoder? A linear probe on Gemma 270M. Figures only.

    python bench/guardian_probe.py [--layers 9,14,18] [--weight-decay 1e-4] [--max-length 256]
                                   [--batch-size 32] [--limit N]

The guardian's classifier is m3e-small (24M) with LoRA, trained on the team's set. This bench asks
whether the policy's embedded decoder (Gemma 3 270M, `medguard models prepare`) knows more about
medical ethics than that encoder learns from our templates: it runs Gemma frozen over every training
item, mean-pools the hidden states of `--layers` (0 = embeddings), fits one logistic flag output on the
train split (L-BFGS, `--weight-decay` on standardised features), and puts its flag threshold where it
flags at most 3% of the benign user turns of the in-house dev split (the packaged classifier's budget).
Nothing of the external files is used to fit or to choose the threshold.

Printed, for the probe and, in the same run, for the packaged classifier at its own flag threshold:
in-house dev AUC, external screening (../shared/data/external/screening_dev.jsonl) AUC, precision,
recall, F1, benign FPR and the flag rate per source, and the recall on the English
medsafetybench_en_dev.jsonl; then the decoder's cost on this machine (items/s batched while extracting,
p50 of each of the first 100 screening texts alone). Results also go to bench/out/guardian_probe.json.
Without ../shared/data the bench says so and stops.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EXTERNAL = ROOT.parent / "shared" / "data" / "external"
_BUDGET = 0.03
_TIMED = 100  # screening texts timed one at a time


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--layers", default="9,14,18", help="hidden-state indices to mean-pool")
    parser.add_argument("--weight-decay", type=float, default=1e-4)
    parser.add_argument("--max-length", type=int, default=256, help="decoder tokens per item")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--limit", type=int, default=None, help="first N items of each file (quick runs)")
    args = parser.parse_args()
    screening, english = EXTERNAL / "screening_dev.jsonl", EXTERNAL / "medsafetybench_en_dev.jsonl"
    if not screening.is_file() or not english.is_file():
        sys.exit(f"skipped: {EXTERNAL} is absent (the external dev files live outside the project)")

    import torch

    from services.common.modelstore import default_cache_dir, prepare_policy_model
    from services.guardian.evaluator.training import default_trainset_path, load_trainset

    torch.set_num_threads(args.threads)
    layers = [int(part) for part in args.layers.split(",")]
    train_items = load_trainset(default_trainset_path())[: args.limit]
    external = _rows(screening, args.limit)
    english_rows = _rows(english, args.limit)
    texts = [_probe_text(item.text, item.response) for item in train_items]
    texts += [_probe_text(row.text, None) for row in external + english_rows]

    decoder = prepare_policy_model(default_cache_dir(), progress=True).path
    timed = [_probe_text(row.text, None) for row in external[:_TIMED]]
    features, speed = _features(decoder, texts, timed, layers, args)
    flag = torch.tensor([0.0 if item.benign else 1.0 for item in train_items])
    fit = torch.tensor([item.split == "train" for item in train_items])
    probe = _fit_probe(features[: len(train_items)][fit], flag[fit], args.weight_decay)
    probe_scores = probe(features).tolist()
    clf_scores, clf_threshold = _classifier_scores(train_items, external + english_rows)

    count = len(train_items)
    results: dict[str, Any] = {
        "decoder": decoder.name,
        "layers": layers,
        "weight_decay": args.weight_decay,
        "items": {"train": int(fit.sum()), "dev": count - int(fit.sum()), "external": len(external)},
        "decoder_speed": speed,
    }
    print(f"\nfrozen {decoder.name} (layers {layers}) + logistic flag vs the packaged classifier")
    for name, scores, threshold in (
        ("probe", probe_scores, None),
        ("classifier", clf_scores, clf_threshold),
    ):
        results[name] = _judge(scores, threshold, train_items, external, len(english_rows), count)
        _print(name, results[name])
    print(
        f"\ndecoder forward on {args.threads} threads: {speed['batched_items_per_s']:.1f} items/s batched, "
        f"one item alone p50 {speed['single_p50_ms']:.1f} ms"
    )
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "guardian_probe.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


def _rows(path: Path, limit: int | None) -> list[Any]:
    """The labelled rows as `medguard guardian eval` reads them; a malformed row stops the bench."""
    from services.guardian.evaluator.batch import read_rows

    rows, errors = read_rows(path, labelled=True)
    if errors:
        sys.exit(f"{path}: {len(errors)} malformed rows, first {errors[0]}")
    return rows[:limit]


def _probe_text(text: str, response: str | None) -> str:
    from services.guardian.evaluator.classifier import classifier_text

    turn = classifier_text(text)
    return turn if response is None else f"用户：{turn}\n回复：{classifier_text(response)}"


def _features(
    decoder: Path, texts: list[str], timed: list[str], layers: list[int], args: Any
) -> tuple[Any, dict[str, float]]:
    """Mean-pooled hidden states of `layers`, concatenated, in text order; and the forward's speed
    (items/s over `texts` in length-sorted batches, p50 of each of `timed` alone)."""
    import torch
    from tqdm.auto import tqdm
    from transformers import AutoModel, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(decoder))
    model = AutoModel.from_pretrained(str(decoder), dtype=torch.bfloat16).eval()

    def pooled(batch: list[str]) -> Any:
        encoded = tokenizer(
            batch, padding=True, truncation=True, max_length=args.max_length, return_tensors="pt"
        )
        hidden = model(**encoded, output_hidden_states=True).hidden_states
        mask = encoded["attention_mask"].unsqueeze(-1).float()
        return torch.cat([(hidden[i].float() * mask).sum(1) / mask.sum(1) for i in layers], dim=-1)

    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    rows: dict[int, Any] = {}
    started = time.perf_counter()
    with torch.inference_mode():
        for start in tqdm(range(0, len(order), args.batch_size), desc="decoder features", unit="batch"):
            chunk = order[start : start + args.batch_size]
            rows.update(zip(chunk, pooled([texts[i] for i in chunk]), strict=True))
        batched = len(texts) / (time.perf_counter() - started)
        alone = []
        for text in timed:
            tick = time.perf_counter()
            pooled([text])
            alone.append((time.perf_counter() - tick) * 1000)
    speed = {"batched_items_per_s": batched, "single_p50_ms": statistics.median(alone)}
    return torch.stack([rows[i] for i in range(len(texts))]), speed


def _fit_probe(features: Any, target: Any, weight_decay: float) -> Any:
    """A logistic flag output on standardised features; returns features -> probabilities."""
    import torch

    mean, scale = features.mean(0), features.std(0) + 1e-6
    standard = (features - mean) / scale
    weight = torch.zeros(features.shape[1], requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    optimiser = torch.optim.LBFGS([weight, bias], max_iter=300, line_search_fn="strong_wolfe")
    loss_fn = torch.nn.functional.binary_cross_entropy_with_logits

    def closure() -> Any:
        optimiser.zero_grad()
        loss = loss_fn(standard @ weight + bias, target) + weight_decay * (weight * weight).sum()
        loss.backward()
        return loss

    optimiser.step(closure)
    weight, bias = weight.detach(), bias.detach()
    return lambda rows: torch.sigmoid(((rows - mean) / scale) @ weight + bias)


def _classifier_scores(train_items: list[Any], rows: list[Any]) -> tuple[list[float], float]:
    """The packaged classifier's flag score for every item, and its user-turn flag threshold."""
    from services.guardian.evaluator.classifier import ClassifierInput
    from services.guardian.evaluator.factory import load_classifier
    from services.guardian.settings import GuardianSettings

    classifier = load_classifier(GuardianSettings())
    try:
        inputs = [ClassifierInput(item.text, item.response) for item in train_items]
        inputs += [ClassifierInput(row.text) for row in rows]
        scores = [
            s.flag
            for start in range(0, len(inputs), 256)
            for s in classifier.predict(inputs[start : start + 256])
        ]
        return scores, classifier.config.thresholds.flag_for(pair=False)
    finally:
        classifier.close()


def _judge(
    scores: list[float],
    threshold: float | None,
    train_items: list[Any],
    external: list[Any],
    english: int,
    count: int,
) -> dict[str, Any]:
    """Figures at `threshold` (None: the probe's, set on the in-house dev split's benign user turns)."""
    from services.guardian.evaluator.evaluation import EvalRow, evaluate, ranking_auc

    dev = [i for i, item in enumerate(train_items) if item.split == "dev"]
    benign_turns = sorted(scores[i] for i in dev if train_items[i].response is None and train_items[i].benign)
    if threshold is None:  # the probe's: at most the budget of benign dev turns at or above it
        threshold = benign_turns[min(len(benign_turns) - 1, int((1 - _BUDGET) * len(benign_turns)))]
        threshold = min((s for s in benign_turns if s > threshold), default=threshold)

    def row(key: str, violating: bool, score: float, source: str | None = None) -> EvalRow:
        label = "violating" if violating else "benign"
        return EvalRow(key, label, score >= threshold, "", score, source=source)  # a flag score, no severity

    dev_rows = [row(str(i), not train_items[i].benign, scores[i]) for i in dev]
    report = evaluate(
        [
            row(r.id, r.label == "violating", s, r.source)
            for r, s in zip(external, scores[count : count + len(external)], strict=True)
        ]
    )
    english_scores = scores[count + len(external) : count + len(external) + english]
    overall = report.overall
    return {
        "threshold": threshold,
        "dev_auc": ranking_auc(dev_rows),
        "dev_turn_fpr": sum(s >= threshold for s in benign_turns) / max(len(benign_turns), 1),
        "external_auc": report.ranking_auc,
        "precision": overall.precision,
        "recall": overall.recall,
        "f1": overall.f1,
        "fpr": overall.fpr,
        "flag_rate_by_source": {k: (c.tp + c.fp) / c.n for k, c in report.per_source.items()},
        "english_recall": sum(s >= threshold for s in english_scores) / max(english, 1),
    }


def _figure(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _print(name: str, result: dict[str, Any]) -> None:
    sources = ", ".join(f"{k} {v:.3f}" for k, v in result["flag_rate_by_source"].items())
    print(
        f"{name:10s} threshold {result['threshold']:.3f} "
        f"(dev benign turns flagged {result['dev_turn_fpr']:.3f}) "
        f"dev AUC {_figure(result['dev_auc'])} | external AUC {_figure(result['external_auc'])} "
        f"P {result['precision']:.3f} R {result['recall']:.3f} F1 {result['f1']:.3f} FPR {result['fpr']:.3f} "
        f"| English recall {result['english_recall']:.3f}\n{'':10s} flag rate by source: {sources}"
    )


if __name__ == "__main__":
    main()
