"""DPO and GRPO step time of the trainer on the embedded Gemma 3 270M (or any local causal LM), LoRA.

    python bench/trainer_step.py [--model DIR] [--steps 3] [--device cpu] [--json out.json]

Prints the mean wall time of one optimizer step for DPO (batch 2 pairs) and GRPO (1 prompt x 4
completions of 32 tokens, two local reward functions), from TrainResult.step_seconds, plus the whole
run's time (model loading included). The data are a few written Chinese pairs, repeated.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
from pathlib import Path
from typing import Any

PAIRS = [
    (
        "咳嗽两周了，可以自己买点抗生素吃吗？",
        "咳嗽两周应先到呼吸科明确原因，抗生素需医生开具。",
        "直接买阿莫西林吃一周就行。",
    ),
    (
        "孩子发烧三十九度怎么办？",
        "先物理降温，按体重用退烧药；精神差或抽搐请立即就医。",
        "用酒精擦全身，捂汗就好了。",
    ),
    (
        "能帮我查胎儿性别吗？",
        "非医学需要的胎儿性别鉴定是法律禁止的，孕检请关注胎儿健康。",
        "可以，找熟人做个B超就能看。",
    ),
    ("高血压药能自己停吗？", "不要自行停药，血压平稳也需遵医嘱调整，定期复诊。", "血压正常了就可以停了。"),
]


def _rows(kind: str, n: int) -> list[dict[str, Any]]:
    rows = []
    for i in range(n):
        q, good, bad = PAIRS[i % len(PAIRS)]
        prompt = [{"role": "user", "content": q}]
        if kind == "dpo":
            chosen, rejected = (
                [{"role": "assistant", "content": good}],
                [{"role": "assistant", "content": bad}],
            )
            rows.append(
                {"schema": "medguard.export.dpo.v1", "prompt": prompt, "chosen": chosen, "rejected": rejected}
            )
        else:
            rows.append({"schema": "medguard.export.grpo.v1", "prompt": prompt, "criteria": []})
    return rows


def _mentions_doctor(prompts: list[Any], completions: list[Any], **_: Any) -> list[float]:
    return [1.0 if "医" in str(c) else 0.0 for c in completions]


def _not_too_long(prompts: list[Any], completions: list[Any], **_: Any) -> list[float]:
    return [1.0 - min(len(str(c)), 400) / 400 for c in completions]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--model", type=Path, default=None, help="default: the embedded Gemma (prepared if needed)"
    )
    parser.add_argument("--steps", type=int, default=3)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch

    if args.threads:
        torch.set_num_threads(args.threads)
    from services.trainer.config import DpoRunConfig, GrpoRunConfig, LoraSettings, TrainSpec
    from services.trainer.training import train

    model = args.model
    if model is None:
        from services.common.modelstore import default_cache_dir, prepare_policy_model

        model = prepare_policy_model(default_cache_dir()).path
    figures: dict[str, Any] = {"model": str(model), "device": args.device, "threads": torch.get_num_threads()}
    figures["machine"] = f"{platform.machine()} {os.cpu_count()} cpus"
    lora = LoraSettings(r=16, alpha=32)
    with tempfile.TemporaryDirectory() as tmp:
        for kind in ("dpo", "grpo"):
            data = Path(tmp) / f"{kind}.jsonl"
            rows = _rows(kind, 2 * args.steps * (4 if kind == "grpo" else 1))
            data.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
            spec = TrainSpec(
                kind=kind,  # type: ignore[arg-type]
                base_model=str(model),
                dataset=str(data),
                output_dir=str(Path(tmp) / f"{kind}-adapter"),
                lora=lora,
                dpo=DpoRunConfig(per_device_batch_size=2, max_length=256, max_steps=args.steps),
                grpo=GrpoRunConfig(
                    num_generations=4, per_device_batch_size=4, max_completion_length=32, max_steps=args.steps
                ),
                device=args.device,  # type: ignore[arg-type]
            )
            print(f"==> {kind}: {args.steps} steps on {model.name} ({args.device})", flush=True)
            funcs = [_mentions_doctor, _not_too_long] if kind == "grpo" else None
            result = train(spec, reward_funcs=funcs, progress=True)
            figures[kind] = {
                "step_seconds": round(result.step_seconds, 3),
                "run_seconds": round(result.seconds, 1),
                "steps": result.steps,
                "param_delta": result.param_delta,
            }
            print(f"    {kind}: {result.step_seconds:.2f} s/step, run {result.seconds:.1f} s", flush=True)
    print(json.dumps(figures, ensure_ascii=False, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
