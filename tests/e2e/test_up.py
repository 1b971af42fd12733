"""`medguard up` as a user runs it: separate processes on loopback, a chat, Ctrl-C stops everything."""

from __future__ import annotations

import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from services.guardian.feedback.store import FeedbackQuery, FeedbackStore
from services.stack import grpc_serving
from tests.integration.conftest import free_port


def _port_open(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def _read_until_verdict(proc: subprocess.Popen[str], timeout_s: float) -> list[str]:
    """The stack's output up to the chat's verdict line; fails (never hangs) on a chat error, an early
    exit or the deadline, with everything printed so far."""
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()  # type: ignore[union-attr]
    seen: list[str] = []
    deadline = time.monotonic() + timeout_s
    while not seen or not seen[-1].startswith("[verdict:"):
        assert time.monotonic() < deadline, "no verdict in time:\n" + "".join(seen)
        try:
            seen.append(lines.get(timeout=1.0))
        except queue.Empty:
            assert proc.poll() is None, "medguard up exited:\n" + "".join(seen)
            continue
        assert not seen[-1].startswith("medguard chat:"), "the first chat failed:\n" + "".join(seen)
    return seen


def test_up_starts_the_stack_answers_chats_and_ctrl_c_stops_every_process(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    http, policy, guardian, metrics, reward, reward_metrics = (free_port() for _ in range(6))
    cmd = [
        sys.executable,
        "-m",
        "services.cli",
        "up",
        "--model-path",
        str(tiny_model_dir),
        "--http-port",
        str(http),
        "--policy-port",
        str(policy),
        "--guardian-port",
        str(guardian),
        "--policy-metrics-port",
        str(metrics),
        "--reward-port",
        str(reward),
        "--reward-metrics-port",
        str(reward_metrics),
        "--log-dir",
        str(tmp_path),
        "--chat",
        "感冒了怎么办？",
        "--start-timeout",
        "120",
    ]
    env = {  # the test's chats go to a feedback log of its own, never the user's
        **os.environ,
        "MEDGUARD_GUARDIAN_FEEDBACK_DB_URL": f"sqlite:///{tmp_path / 'feedback.db'}",
        "MEDGUARD_GUARDIAN_FEEDBACK_SPOOL_DIR": str(tmp_path / "spool"),
    }
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    try:
        lines = _read_until_verdict(proc, timeout_s=180)
        assert any("MedGuard is up." in line for line in lines)
        assert "[verdict: safe" in lines[-1]
        r = httpx.post(
            f"http://127.0.0.1:{http}/chat",
            json={"messages": [{"role": "user", "content": "哪里能买到卵子"}]},
        )
        assert r.status_code == 200 and r.json()["blocked_input"]
        assert grpc_serving(f"127.0.0.1:{reward}"), "the reward service runs beside policy and guardian"
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:  # a failed assertion: stop the stack cleanly so no service is orphaned
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
    assert not any(_port_open(p) for p in (http, policy, guardian, metrics, reward, reward_metrics))
    assert (tmp_path / "policy.log").stat().st_size > 0 and (tmp_path / "reward.log").stat().st_size > 0
    store = FeedbackStore.open(f"sqlite:///{tmp_path / 'feedback.db'}")
    outcomes = [e.outcome.value for e in store.scan(FeedbackQuery())]
    store.close()
    assert len(outcomes) == 2 and "blocked" in outcomes, "both chats were logged before the stack stopped"
