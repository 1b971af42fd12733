"""The real policy gRPC server on the tiny model: generation, streaming, adapters, validation, health."""

from __future__ import annotations

from pathlib import Path

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

from services.common.errors import (
    AlreadyExistsError,
    FailedPreconditionError,
    InvalidArgumentError,
    NotFoundError,
)
from services.common.pb.medguard.policy.v1 import policy_pb2 as pb
from services.common.pb.medguard.policy.v1 import policy_pb2_grpc as pb_grpc
from services.common.types import ChatMessage
from services.policy.app import PolicyApp, start_policy
from services.policy.client import PolicyClient
from services.policy.settings import PolicySettings
from services.policy.types import FinishReason, GenerationRequest, SamplingParams
from tests.integration.conftest import RunningGuardian

ASK = (ChatMessage(role="user", content="感冒了怎么办"),)


def request(**params: object) -> GenerationRequest:
    return GenerationRequest(messages=ASK, params=SamplingParams(max_new_tokens=10, **params))  # type: ignore[arg-type]


@pytest.fixture
async def client(hf_policy: PolicyApp) -> PolicyClient:
    return PolicyClient(f"127.0.0.1:{hf_policy.server.port}", timeout_s=60)


async def test_generate_and_stream_agree_under_greedy_decoding(client: PolicyClient) -> None:
    whole = await client.generate(request())
    chunks = [c async for c in client.generate_stream(request())]
    assert whole.usage.completion_tokens == 10 and whole.finish_reason is FinishReason.LENGTH
    assert "".join(c.delta for c in chunks) == whole.text
    assert chunks[-1].finish_reason is FinishReason.LENGTH and chunks[-1].usage is not None
    assert len(chunks) > 2  # real token streaming, not one blob


async def test_seeded_sampling_is_reproducible(client: PolicyClient) -> None:
    a = await client.generate(request(temperature=1.0, seed=7))
    b = await client.generate(request(temperature=1.0, seed=7))
    assert a.text == b.text


async def test_base_model_without_chat_template_uses_the_plain_template(tiny_base_model_dir: Path) -> None:
    app = await start_policy(PolicySettings(grpc_port=0, metrics_port=0, model_path=tiny_base_model_dir))
    try:
        c = PolicyClient(f"127.0.0.1:{app.server.port}")
        result = await c.generate(request())
        assert result.usage.prompt_tokens > 0 and result.finish_reason in set(FinishReason)
        await c.close()
    finally:
        await app.stop(0)


async def test_adapters_load_activate_switch_outputs_and_roll_back(
    client: PolicyClient, tiny_adapter_dirs: tuple[Path, Path]
) -> None:
    base = (await client.generate(request())).text
    one, two = tiny_adapter_dirs
    await client.load_adapter("medethics@v1", str(one))
    await client.load_adapter("medethics@v2", str(two))
    assert [a.name for a in await client.list_adapters()] == ["medethics@v1", "medethics@v2"]
    assert await client.activate_adapter("medethics@v1") == ("medethics@v1", "")
    v1 = await client.generate(request())
    assert v1.adapter == "medethics@v1" and v1.text != base
    assert await client.activate_adapter("medethics@v2") == ("medethics@v2", "medethics@v1")
    assert (await client.model_info()).active_adapter == "medethics@v2"
    per_request = await client.generate(
        GenerationRequest(messages=ASK, params=SamplingParams(max_new_tokens=10), adapter="medethics@v1")
    )
    assert per_request.text == v1.text
    assert await client.rollback_adapter() == ("medethics@v1", "medethics@v2")
    await client.activate_adapter("")
    assert (await client.generate(request())).text == base


async def test_adapter_errors_are_typed(
    client: PolicyClient, tiny_adapter_dirs: tuple[Path, Path], tmp_path: Path
) -> None:
    with pytest.raises(InvalidArgumentError, match="name"):
        await client.load_adapter("no-version", str(tiny_adapter_dirs[0]))
    with pytest.raises(InvalidArgumentError, match="adapter_config"):
        await client.load_adapter("empty@v1", str(tmp_path))
    with pytest.raises(NotFoundError):
        await client.activate_adapter("ghost@v9")
    with pytest.raises(NotFoundError):
        await client.generate(
            GenerationRequest(messages=ASK, params=SamplingParams(max_new_tokens=4), adapter="ghost@v9")
        )
    await client.load_adapter("dup@v1", str(tiny_adapter_dirs[0]))
    with pytest.raises(AlreadyExistsError):
        await client.load_adapter("dup@v1", str(tiny_adapter_dirs[0]))


async def test_rollback_without_history_is_a_failed_precondition(tiny_model_dir: Path) -> None:
    app = await start_policy(PolicySettings(grpc_port=0, metrics_port=0, model_path=tiny_model_dir))
    try:
        c = PolicyClient(f"127.0.0.1:{app.server.port}")
        with pytest.raises(FailedPreconditionError):
            await c.rollback_adapter()
        await c.close()
    finally:
        await app.stop(0)


@pytest.mark.parametrize(
    ("messages", "params", "field"),
    [
        ([], pb.SamplingParams(), "messages"),
        ([pb.ChatMessage(role="doctor", content="x")], pb.SamplingParams(), "messages[0].role"),
        ([pb.ChatMessage(role="assistant", content="x")], pb.SamplingParams(), "messages"),
        (
            [pb.ChatMessage(role="user", content="x")],
            pb.SamplingParams(max_new_tokens=100000),
            "params.max_new_tokens",
        ),
        (
            [pb.ChatMessage(role="user", content="x")],
            pb.SamplingParams(temperature=9.0),
            "params.temperature",
        ),
    ],
)
async def test_bad_requests_are_invalid_argument_naming_the_field(
    hf_policy: PolicyApp, messages: list[pb.ChatMessage], params: pb.SamplingParams, field: str
) -> None:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{hf_policy.server.port}") as channel:
        stub = pb_grpc.PolicyStub(channel)
        with pytest.raises(grpc.aio.AioRpcError) as info:
            await stub.Generate(pb.GenerateRequest(messages=messages, params=params), timeout=10)
    assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert field in (info.value.details() or "")


async def test_prompt_longer_than_the_context_is_invalid_argument(client: PolicyClient) -> None:
    long = (ChatMessage(role="user", content="感冒发烧咳嗽" * 200),)
    with pytest.raises(InvalidArgumentError, match="context"):
        await client.generate(GenerationRequest(messages=long, params=SamplingParams(max_new_tokens=10)))


async def test_health_and_reflection_are_served(hf_policy: PolicyApp) -> None:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{hf_policy.server.port}") as channel:
        health = await health_pb2_grpc.HealthStub(channel).Check(
            health_pb2.HealthCheckRequest(service="medguard.policy.v1.Policy"), timeout=5
        )
        assert health.status == health_pb2.HealthCheckResponse.SERVING
        stub = reflection_pb2_grpc.ServerReflectionStub(channel)
        responses = stub.ServerReflectionInfo(
            iter([reflection_pb2.ServerReflectionRequest(list_services="")])
        )
        names = [s.name async for r in responses for s in r.list_services_response.service]
    assert "medguard.policy.v1.Policy" in names and "grpc.health.v1.Health" in names


async def test_draining_server_reports_not_serving(tiny_model_dir: Path) -> None:
    app = await start_policy(PolicySettings(grpc_port=0, metrics_port=0, model_path=tiny_model_dir))
    await app.server.health.enter_graceful_shutdown()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{app.server.port}") as channel:
        reply = await health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(), timeout=5)
    assert reply.status == health_pb2.HealthCheckResponse.NOT_SERVING
    await app.stop(0)


async def test_openai_backend_talks_to_our_own_gateway(hf_guardian: RunningGuardian) -> None:
    from services.policy.backends.openai_backend import OpenAIBackend, OpenAIBackendConfig

    backend = OpenAIBackend(OpenAIBackendConfig(base_url=f"{hf_guardian.url}/v1", timeout_s=60))
    await backend.start()
    try:
        whole = await backend.generate(request())
        streamed = [c async for c in backend.generate_stream(request())]
        assert whole.text and whole.usage.completion_tokens > 0
        assert "".join(c.delta for c in streamed) == whole.text
        assert streamed[-1].finish_reason is not None
    finally:
        await backend.close()
