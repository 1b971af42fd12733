"""Policy speed on the embedded Gemma (hf backend, CPU) and the overhead /chat adds. Prints figures only.

  python bench/policy_speed.py [--model PATH] [--new-tokens 64] [--repeats 1]

1. hf backend directly: time to first token and decode tokens/s, greedy, N new tokens, 5 prompts.
2. The same prompts through Policy.Generate over gRPC, and through the guardian's POST /chat
   (input screen -> Policy.Generate -> output screen), in one run; the ratio is the /chat overhead.
Results also go to bench/out/policy_speed.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import time
from pathlib import Path

PROMPTS = [
    "感冒了发烧38度，应该怎么办？",
    "高血压患者日常饮食要注意什么？",
    "孩子咳嗽一周了还没好，需要去医院吗？",
    "糖尿病人可以吃水果吗？",
    "最近总是失眠，有什么改善的方法？",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def bench_backend(model: Path, new_tokens: int, repeats: int) -> list[dict[str, float]]:
    """TTFT and decode speed of the hf backend itself, per prompt."""
    from services.common.types import ChatMessage
    from services.policy.backends.hf import HFBackend, HFBackendConfig
    from services.policy.types import GenerationRequest, SamplingParams

    backend = HFBackend(HFBackendConfig(model_path=model))
    started = time.perf_counter()
    await backend.start()
    print(f"model loaded in {time.perf_counter() - started:.1f} s")
    rows = []
    for i, prompt in enumerate(PROMPTS * repeats):
        req = GenerationRequest(
            messages=(ChatMessage(role="user", content=prompt),),
            params=SamplingParams(max_new_tokens=new_tokens),
        )
        t0, first, tokens = time.perf_counter(), None, 0
        async for chunk in backend.generate_stream(req):
            if chunk.delta and first is None:
                first = time.perf_counter()
            if chunk.usage is not None:
                tokens = chunk.usage.completion_tokens
        total = time.perf_counter() - t0
        ttft = (first or time.perf_counter()) - t0
        decode = (tokens - 1) / max(total - ttft, 1e-9) if tokens > 1 else 0.0
        rows.append(
            {
                "ttft_s": ttft,
                "total_s": total,
                "tokens": tokens,
                "decode_tok_s": decode,
                "e2e_tok_s": tokens / total,
            }
        )
        print(
            f"  [{i + 1}/{len(PROMPTS) * repeats}] ttft {ttft:.2f} s, {tokens} tokens,"
            f" {decode:.1f} tok/s decode"
        )
    await backend.close()
    return rows


async def bench_overhead(model: Path, new_tokens: int, repeats: int) -> dict[str, float]:
    """Same prompts via Policy.Generate (gRPC) and via POST /chat, alternating; medians and their ratio."""
    import httpx
    import uvicorn

    from services.common.types import ChatMessage
    from services.guardian.app import create_app
    from services.guardian.settings import GuardianSettings
    from services.policy.app import start_policy
    from services.policy.client import PolicyClient
    from services.policy.settings import PolicySettings
    from services.policy.types import GenerationRequest, SamplingParams

    policy = await start_policy(PolicySettings(grpc_port=0, metrics_port=0, model_path=model))
    port = _free_port()
    settings = GuardianSettings(
        policy_addr=f"127.0.0.1:{policy.server.port}", grpc_port=0, http_port=port, feedback_enabled=False
    )
    server = uvicorn.Server(uvicorn.Config(create_app(settings), port=port, log_config=None))
    task = asyncio.create_task(server.serve())
    while not server.started:  # noqa: ASYNC110 - uvicorn exposes a flag, not an event
        await asyncio.sleep(0.05)
    client = PolicyClient(f"127.0.0.1:{policy.server.port}", timeout_s=600)
    direct, chat = [], []
    async with httpx.AsyncClient(timeout=600) as http:
        for i, prompt in enumerate(PROMPTS * repeats):
            req = GenerationRequest(
                messages=(ChatMessage(role="user", content=prompt),),
                params=SamplingParams(max_new_tokens=new_tokens),
            )
            t0 = time.perf_counter()
            await client.generate(req)
            direct.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            r = await http.post(
                f"http://127.0.0.1:{port}/chat",
                json={"messages": [{"role": "user", "content": prompt}], "max_tokens": new_tokens},
            )
            chat.append(time.perf_counter() - t0)
            r.raise_for_status()
            print(
                f"  [{i + 1}/{len(PROMPTS) * repeats}]"
                f" Policy.Generate {direct[-1]:.2f} s, /chat {chat[-1]:.2f} s"
            )
    await client.close()
    server.should_exit = True
    await task
    await policy.stop(0)
    med_direct, med_chat = statistics.median(direct), statistics.median(chat)
    paired = statistics.median(c - d for c, d in zip(chat, direct, strict=True))
    return {
        "generate_median_s": med_direct,
        "chat_median_s": med_chat,
        "ratio": med_chat / med_direct,
        "added_ms_paired_median": paired * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--model", type=Path, default=None, help="model folder (default: the prepared Gemma)")
    parser.add_argument("--new-tokens", type=int, default=64)
    parser.add_argument("--repeats", type=int, default=1, help="passes over the prompts (backend part)")
    parser.add_argument(
        "--overhead-repeats", type=int, default=3, help="passes over the prompts (/chat part)"
    )
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from services.common.modelstore import default_cache_dir, prepare_policy_model

    model = args.model or prepare_policy_model(default_cache_dir()).path
    print(
        f"== hf backend on {model.name}: greedy, {args.new_tokens} new tokens, {len(PROMPTS)} prompts,"
        f" CPU x{os.cpu_count()}"
    )
    rows = asyncio.run(bench_backend(model, args.new_tokens, args.repeats))
    print("== /chat overhead vs Policy.Generate (same prompts, one run)")
    overhead = asyncio.run(bench_overhead(model, args.new_tokens, args.overhead_repeats))
    summary = {
        "model": model.name,
        "new_tokens": args.new_tokens,
        "ttft_s_median": statistics.median(r["ttft_s"] for r in rows),
        "decode_tok_s_mean": statistics.mean(r["decode_tok_s"] for r in rows),
        "e2e_tok_s_mean": statistics.mean(r["e2e_tok_s"] for r in rows),
        **overhead,
    }
    print("\n== results")
    for key, value in summary.items():
        print(f"  {key:22s} {value:.3f}" if isinstance(value, float) else f"  {key:22s} {value}")
    out = Path(__file__).parent / "out"
    out.mkdir(exist_ok=True)
    (out / "policy_speed.json").write_text(json.dumps({"summary": summary, "per_prompt": rows}, indent=2))


if __name__ == "__main__":
    main()
