"""`medguard up`: run policy, reward and guardian as separate processes on loopback, supervised.

Waits for health (gRPC grpc.health.v1 on the policy and the reward service, HTTP /readyz on the
guardian), prints where
to connect, optionally answers one chat, and on Ctrl-C or SIGTERM drains every process.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

STOP_GRACE_S = 20.0


@dataclass(frozen=True)
class StackOptions:
    """What `medguard up` was asked for."""

    host: str = "127.0.0.1"
    http_port: int = 8080
    policy_port: int = 50051
    guardian_grpc_port: int = 50052
    policy_metrics_port: int = 9101
    reward_port: int = 50053
    reward_metrics_port: int = 9103
    reward: bool = True
    model_path: Path | None = None
    cache_dir: Path | None = None
    log_dir: Path | None = None
    chat: str | None = None
    exit_after_chat: bool = False
    start_timeout_s: float = 600.0


@dataclass
class _Proc:
    name: str
    popen: subprocess.Popen[bytes]
    log: Path


def run_stack(opts: StackOptions) -> int:
    """Start, wait for readiness, serve until interrupted; returns the process exit code."""
    from services.common.modelstore import default_cache_dir, prepare_policy_model

    _check_ports_free(opts)
    model_path = opts.model_path or prepare_policy_model(opts.cache_dir or default_cache_dir()).path
    log_dir = opts.log_dir or (opts.cache_dir or default_cache_dir()).parent / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    procs: list[_Proc] = []
    _raise_on_sigterm()
    try:
        procs.append(_spawn("policy", _policy_env(opts, model_path), log_dir))
        _wait(
            "policy", procs[0], lambda: grpc_serving(f"{opts.host}:{opts.policy_port}"), opts.start_timeout_s
        )
        if opts.reward:
            procs.append(_spawn("reward", _reward_env(opts), log_dir))
            reward_addr = f"{opts.host}:{opts.reward_port}"
            _wait("reward", procs[-1], lambda: grpc_serving(reward_addr), opts.start_timeout_s)
        procs.append(_spawn("guardian", _guardian_env(opts), log_dir))
        _wait("guardian", procs[-1], lambda: _http_ready(opts), opts.start_timeout_s)
        _print_banner(opts, procs)
        rc = _chat(opts) if opts.chat else 0
        if opts.exit_after_chat:
            return rc
        return _supervise(procs)
    except (KeyboardInterrupt, _StartFailed) as exc:
        if isinstance(exc, _StartFailed):
            print(f"medguard up: {exc}", file=sys.stderr)
            return 1
        return 0
    finally:
        _stop_all(procs)


class _StartFailed(Exception):
    pass


def _check_ports_free(opts: StackOptions) -> None:
    ports = [opts.http_port, opts.policy_port, opts.guardian_grpc_port, opts.policy_metrics_port]
    if opts.reward:
        ports += [opts.reward_port, opts.reward_metrics_port]
    for port in ports:
        with socket.socket() as s:
            if s.connect_ex((opts.host, port)) == 0:
                raise SystemExit(
                    f"medguard up: port {opts.host}:{port} is in use (is a stack already running?)"
                )


def _policy_env(opts: StackOptions, model_path: Path) -> dict[str, str]:
    return {
        "MEDGUARD_POLICY_HOST": opts.host,
        "MEDGUARD_POLICY_GRPC_PORT": str(opts.policy_port),
        "MEDGUARD_POLICY_METRICS_PORT": str(opts.policy_metrics_port),
        "MEDGUARD_POLICY_MODEL_PATH": str(model_path),
    }


def _reward_env(opts: StackOptions) -> dict[str, str]:
    return {
        "MEDGUARD_REWARD_HOST": opts.host,
        "MEDGUARD_REWARD_GRPC_PORT": str(opts.reward_port),
        "MEDGUARD_REWARD_METRICS_PORT": str(opts.reward_metrics_port),
    }


def _guardian_env(opts: StackOptions) -> dict[str, str]:
    return {
        "MEDGUARD_GUARDIAN_HOST": opts.host,
        "MEDGUARD_GUARDIAN_HTTP_PORT": str(opts.http_port),
        "MEDGUARD_GUARDIAN_GRPC_PORT": str(opts.guardian_grpc_port),
        "MEDGUARD_GUARDIAN_POLICY_ADDR": f"{opts.host}:{opts.policy_port}",
        # Empty turns the reward gate off (`medguard up --no-reward`).
        "MEDGUARD_GUARDIAN_REWARD_ADDR": f"{opts.host}:{opts.reward_port}" if opts.reward else "",
    }


def _spawn(name: str, extra_env: dict[str, str], log_dir: Path) -> _Proc:
    log = log_dir / f"{name}.log"
    env = {**os.environ, **extra_env, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    with log.open("ab") as sink:
        popen = subprocess.Popen(
            [sys.executable, "-m", f"services.{name}"],
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C reaches the supervisor, which drains children in order
        )
    print(f"  started {name} (pid {popen.pid}), log: {log}", flush=True)
    return _Proc(name, popen, log)


def _wait(name: str, proc: _Proc, ready: Callable[[], bool], timeout_s: float) -> None:
    started = time.monotonic()
    while not ready():
        if proc.popen.poll() is not None:
            tail = proc.log.read_text(errors="replace")[-2000:]
            raise _StartFailed(f"{name} exited with code {proc.popen.returncode}; log tail:\n{tail}")
        waited = time.monotonic() - started
        if waited > timeout_s:
            raise _StartFailed(f"{name} not ready after {timeout_s:.0f} s; see {proc.log}")
        print(f"\r  waiting for {name} ... {waited:5.0f} s", end="", flush=True)
        time.sleep(0.5)
    print(f"\r  {name} ready after {time.monotonic() - started:.1f} s" + " " * 10, flush=True)


def grpc_serving(target: str) -> bool:
    """True when `target` answers grpc.health.v1 with SERVING within a second."""
    import grpc
    from grpc_health.v1 import health_pb2, health_pb2_grpc

    with grpc.insecure_channel(target) as channel:
        try:
            reply = health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(), timeout=1.0)
        except grpc.RpcError:
            return False
    return bool(reply.status == health_pb2.HealthCheckResponse.SERVING)


def _http_ready(opts: StackOptions) -> bool:
    try:
        return httpx.get(f"http://{opts.host}:{opts.http_port}/readyz", timeout=2.0).status_code == 200
    except httpx.HTTPError:
        return False


def _print_banner(opts: StackOptions, procs: list[_Proc]) -> None:
    base = f"http://{opts.host}:{opts.http_port}"
    reward = f"  reward {opts.host}:{opts.reward_port}" if opts.reward else "  (reward gate off)"
    reward_metrics = (
        f"  reward metrics: http://{opts.host}:{opts.reward_metrics_port}/metrics" if opts.reward else ""
    )
    print(
        f'\nMedGuard is up.\n  chat:        POST {base}/chat   (try: medguard chat "感冒了怎么办？")\n'
        f"  OpenAI API:  {base}/v1  (chat/completions, models)\n"
        f"  health:      {base}/healthz  {base}/readyz   metrics: {base}/metrics\n"
        f"  gRPC:        policy {opts.host}:{opts.policy_port}"
        f"  guardian {opts.host}:{opts.guardian_grpc_port}{reward}\n"
        f"  policy metrics: http://{opts.host}:{opts.policy_metrics_port}/metrics{reward_metrics}\n"
        f"  logs:        {', '.join(str(p.log) for p in procs)}\n",
        flush=True,
    )


def _chat(opts: StackOptions) -> int:
    import asyncio

    from services.chat_cli import chat_once

    assert opts.chat is not None
    print(f"> {opts.chat}", flush=True)
    return asyncio.run(
        chat_once(f"http://{opts.host}:{opts.http_port}", opts.chat, stream=True, show_verdict=True)
    )


def _raise_on_sigterm() -> None:
    """SIGTERM stops the stack the way Ctrl-C does."""

    def on_term(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_term)


def _supervise(procs: list[_Proc]) -> int:
    print("Ctrl-C stops the stack.", flush=True)
    while True:
        for proc in procs:
            if proc.popen.poll() is not None:
                print(
                    f"medguard up: {proc.name} exited with code {proc.popen.returncode}; stopping",
                    file=sys.stderr,
                )
                return 1
        time.sleep(0.5)


def _stop_all(procs: list[_Proc]) -> None:
    """SIGTERM in reverse start order (front door first), wait for the drain, then SIGKILL stragglers."""
    for proc in reversed(procs):
        if proc.popen.poll() is None:
            proc.popen.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + STOP_GRACE_S
    for proc in reversed(procs):
        try:
            proc.popen.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.popen.kill()
            proc.popen.wait()
    if procs:
        print("\nMedGuard stopped.", flush=True)
