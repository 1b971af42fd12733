"""The `medguard` command: run the stack, chat with it, prepare models, manage adapters."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

from services.guardian.cli import add_guardian_commands
from services.guardian.feedback.cli import add_feedback_commands
from services.guardian.principles.cli import add_principles_commands
from services.reward.cli import add_reward_commands
from services.trainer.cli import add_trainer_commands


def _cmd_up(args: argparse.Namespace) -> int:
    from services.stack import StackOptions, run_stack

    options = StackOptions(
        host=args.host,
        http_port=args.http_port,
        policy_port=args.policy_port,
        guardian_grpc_port=args.guardian_port,
        policy_metrics_port=args.policy_metrics_port,
        reward_port=args.reward_port,
        reward_metrics_port=args.reward_metrics_port,
        reward=not args.no_reward,
        model_path=args.model_path,
        cache_dir=args.cache_dir,
        log_dir=args.log_dir,
        chat=args.chat,
        exit_after_chat=args.exit_after_chat,
        start_timeout_s=args.start_timeout,
    )
    return run_stack(options)


def _cmd_chat(args: argparse.Namespace) -> int:
    from services.chat_cli import chat_once

    return asyncio.run(
        chat_once(
            args.url,
            args.message,
            stream=args.stream,
            api_key=args.api_key,
            max_tokens=args.max_tokens,
            show_verdict=not args.quiet,
        )
    )


def _cmd_models_prepare(args: argparse.Namespace) -> int:
    from services.common.modelstore import default_cache_dir, locate_encoder, prepare_policy_model

    prepared = prepare_policy_model(args.cache_dir or default_cache_dir(), progress=True, force=args.force)
    print(f"policy model: {prepared.path}\n  source: {prepared.source}\n  sha256: {prepared.sha256}")
    print(f"encoder:      {locate_encoder()}")
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    if args.service == "policy":
        from services.policy.__main__ import main as policy_main

        policy_main()
    elif args.service == "reward":
        from services.reward.__main__ import main as reward_main

        reward_main()
    elif args.service == "trainer":
        from services.trainer.__main__ import main as trainer_main

        trainer_main()
    else:
        from services.guardian.__main__ import main as guardian_main

        guardian_main()
    return 0


def _cmd_adapters(args: argparse.Namespace) -> int:
    from services.policy.client import PolicyClient

    adapter_path = str(Path(args.path).resolve()) if args.path else ""

    async def run() -> object:
        client = PolicyClient(args.policy, timeout_s=300)
        try:
            if args.action == "list":
                return [a.model_dump() for a in await client.list_adapters()]
            if args.action == "load":
                return (await client.load_adapter(args.name, adapter_path)).model_dump()
            if args.action == "activate":
                active, previous = await client.activate_adapter(args.name)
            else:
                active, previous = await client.rollback_adapter()
            return {"active": active, "previous": previous}
        finally:
            await client.close()

    print(json.dumps(asyncio.run(run()), ensure_ascii=False, indent=2))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of `medguard`."""
    parser = argparse.ArgumentParser(prog="medguard", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    up = sub.add_parser("up", help="start policy, reward and guardian on loopback; Ctrl-C stops all")
    up.add_argument("--host", default="127.0.0.1")
    up.add_argument("--http-port", type=int, default=8080)
    up.add_argument("--policy-port", type=int, default=50051)
    up.add_argument("--guardian-port", type=int, default=50052)
    up.add_argument("--policy-metrics-port", type=int, default=9101)
    up.add_argument("--reward-port", type=int, default=50053)
    up.add_argument("--reward-metrics-port", type=int, default=9103)
    up.add_argument(
        "--no-reward",
        action="store_true",
        help="do not start the reward service; replies are gated by the guardian's verdict alone",
    )
    up.add_argument(
        "--model-path", type=Path, default=None, help="policy model folder (default: embedded Gemma)"
    )
    up.add_argument(
        "--cache-dir", type=Path, default=None, help="model cache (default ~/.cache/medguard/models)"
    )
    up.add_argument(
        "--log-dir", type=Path, default=None, help="service logs (default ~/.cache/medguard/logs)"
    )
    up.add_argument(
        "--chat", default=None, help="send this message once the stack is ready and print the reply"
    )
    up.add_argument("--exit-after-chat", action="store_true", help="stop the stack after --chat (smoke test)")
    up.add_argument("--start-timeout", type=float, default=600.0, help="seconds to wait for readiness")
    up.set_defaults(func=_cmd_up)

    chat = sub.add_parser("chat", help="send one message to a running guardian")
    chat.add_argument("message")
    chat.add_argument("--url", default="http://127.0.0.1:8080")
    chat.add_argument("--stream", action="store_true")
    chat.add_argument("--api-key", default=None)
    chat.add_argument("--max-tokens", type=int, default=None)
    chat.add_argument("--quiet", action="store_true", help="print the reply only")
    chat.set_defaults(func=_cmd_chat)

    models = sub.add_parser("models", help="embedded models").add_subparsers(
        dest="models_command", required=True
    )
    prepare = models.add_parser("prepare", help="convert the packaged Gemma GGUF to safetensors; locate m3e")
    prepare.add_argument("--cache-dir", type=Path, default=None)
    prepare.add_argument("--force", action="store_true", help="rebuild even if a verified copy exists")
    prepare.set_defaults(func=_cmd_models_prepare)

    serve = sub.add_parser("serve", help="run one service in the foreground (settings from MEDGUARD_* env)")
    serve.add_argument("service", choices=["policy", "guardian", "reward", "trainer"])
    serve.set_defaults(func=_cmd_serve)

    adapters = sub.add_parser("adapters", help="LoRA adapters on the policy service")
    adapters.add_argument("action", choices=["list", "load", "activate", "rollback"])
    adapters.add_argument("name", nargs="?", default="", help="versioned name, e.g. medethics-dpo@v2")
    adapters.add_argument("path", nargs="?", default="", help="adapter folder (load)")
    adapters.add_argument("--policy", default="127.0.0.1:50051", help="policy host:port")
    adapters.set_defaults(func=_cmd_adapters)

    add_guardian_commands(sub)
    add_principles_commands(sub)
    add_reward_commands(sub)
    add_feedback_commands(sub)
    add_trainer_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `medguard` console script."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        from services.common.errors import MedGuardError

        if isinstance(exc, MedGuardError):
            print(f"medguard: {exc}", file=sys.stderr)
            return 2
        raise


if __name__ == "__main__":
    sys.exit(main())
