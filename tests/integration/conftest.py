"""Real servers on loopback: the gRPC policy (tiny Qwen2 on hf, or a scripted backend) and the guardian."""

from __future__ import annotations

import asyncio
import socket
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest_asyncio
import uvicorn

from services.guardian.app import Overrides, create_app
from services.guardian.settings import GuardianSettings
from services.policy.app import PolicyApp, start_policy
from services.policy.settings import PolicySettings
from tests.support.fakes import ScriptedPolicy


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class RunningGuardian:
    """A guardian served by uvicorn in this event loop."""

    url: str
    grpc_port: int
    server: uvicorn.Server
    task: asyncio.Task[None]

    async def stop(self) -> None:
        self.server.should_exit = True
        await self.task


async def start_guardian(settings: GuardianSettings, overrides: Overrides | None = None) -> RunningGuardian:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    app = create_app(settings, overrides)
    server = uvicorn.Server(uvicorn.Config(app, log_config=None, lifespan="on"))
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:
        if task.done():
            task.result()
        await asyncio.sleep(0.02)
    port = sock.getsockname()[1]
    return RunningGuardian(f"http://127.0.0.1:{port}", int(app.state.grpc_port), server, task)


def guardian_settings(policy_port: int, **extra: object) -> GuardianSettings:
    feedback_dir = Path(tempfile.mkdtemp(prefix="medguard-feedback-"))
    values: dict[str, object] = {
        "feedback_db_url": f"sqlite:///{feedback_dir / 'feedback.db'}",
        "feedback_spool_dir": feedback_dir / "spool",
        "policy_addr": f"127.0.0.1:{policy_port}",
        "grpc_port": 0,
        "http_port": 0,
        "policy_timeout_s": 60,
        "max_input_chars": 2000,
        "max_request_bytes": 20_000,
    }
    return GuardianSettings(**{**values, **extra})  # type: ignore[arg-type]


@pytest_asyncio.fixture(scope="session")
async def hf_policy(tiny_model_dir: Path) -> AsyncIterator[PolicyApp]:
    """The real policy service on the tiny Qwen2 (hf backend)."""
    app = await start_policy(
        PolicySettings(
            grpc_port=0,
            metrics_port=free_port(),
            model_path=tiny_model_dir,
            max_new_tokens_default=12,
            max_new_tokens_limit=64,
        )
    )
    yield app
    await app.stop(0)


@pytest_asyncio.fixture(scope="session")
async def hf_guardian(hf_policy: PolicyApp) -> AsyncIterator[RunningGuardian]:
    """The guardian in front of the hf policy."""
    running = await start_guardian(guardian_settings(hf_policy.server.port, max_new_tokens_default=12))
    yield running
    await running.stop()


@pytest_asyncio.fixture(scope="session")
async def scripted() -> AsyncIterator[tuple[ScriptedPolicy, PolicyApp]]:
    """The real policy gRPC server over a scripted backend (its reply is set per test)."""
    backend = ScriptedPolicy()
    app = await start_policy(PolicySettings(grpc_port=0, metrics_port=0), backend=backend)
    yield backend, app
    await app.stop(0)


@pytest_asyncio.fixture(scope="session")
async def scripted_guardian(scripted: tuple[ScriptedPolicy, PolicyApp]) -> AsyncIterator[RunningGuardian]:
    """The guardian in front of the scripted policy."""
    running = await start_guardian(guardian_settings(scripted[1].server.port))
    yield running
    await running.stop()
