"""OpenAIBackend against a real OpenAI-compatible HTTP server on loopback (FastAPI + uvicorn in a thread).

The fake server behaves like `vllm serve` where it matters: token-by-token SSE with a usage chunk,
vLLM's `stop_reason`, LoRA adapters as extra model names, `/v1/load_lora_adapter` only when runtime
LoRA updating is allowed. Magic user messages (`#500`, `#400`, `#slow`, ...) make it misbehave.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse

from services.common.errors import (
    DeadlineExceededError,
    FailedPreconditionError,
    InvalidArgumentError,
    NotFoundError,
    UnavailableError,
)
from services.common.types import ChatMessage
from services.policy.backends.base import PolicyBackend
from services.policy.backends.openai_backend import OpenAIBackend, OpenAIBackendConfig
from services.policy.types import FinishReason, GenerationRequest, SamplingParams

BASE_MODEL = "medguard-base"
ANSWER = "你好，我是医疗助手。请问有什么可以帮您？"
TOKEN_DELAY_S = 0.01


@dataclass
class FakeServerState:
    """What the fake server saw and what it serves; one per server."""

    bodies: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    loras: dict[str, str] = field(default_factory=dict)
    release_stream: threading.Event = field(default_factory=threading.Event)


def _answer_for(body: dict[str, Any]) -> tuple[list[str], str, str | None]:
    """(tokens, finish_reason, stop_reason) the way vLLM would end the turn."""
    tokens, stop_reason = list(ANSWER), None
    for stop in body.get("stop") or []:
        if stop in ANSWER:
            tokens, stop_reason = list(ANSWER[: ANSWER.index(stop)]), stop
            break
    if len(tokens) > body["max_tokens"]:
        return tokens[: body["max_tokens"]], "length", None
    return tokens, "stop", stop_reason


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    payload = {"error": {"message": message, "type": "BadRequestError", "code": status}}
    return JSONResponse(payload, status_code=status, headers=headers)


def _chunk(delta: dict[str, str], finish: str | None = None, stop_reason: str | None = None) -> str:
    choice = {"index": 0, "delta": delta, "finish_reason": finish, "stop_reason": stop_reason}
    return f"data: {json.dumps({'object': 'chat.completion.chunk', 'choices': [choice]})}\n\n"


async def _sse(body: dict[str, Any], state: FakeServerState, trigger: str) -> AsyncIterator[str]:
    tokens, finish, stop_reason = _answer_for(body)
    yield ": keep-alive comment\n\n"
    yield _chunk({"role": "assistant", "content": ""})
    for index, token in enumerate(tokens):
        yield _chunk({"content": token})
        if index == 0 and trigger == "#gated":
            await asyncio.to_thread(state.release_stream.wait, 10)
        if index == 1 and trigger == "#stream-error":
            yield f"data: {json.dumps({'error': {'message': 'engine died', 'code': 500}})}\n\n"
            return
        if index == 1 and trigger == "#truncated":
            return
        await asyncio.sleep(TOKEN_DELAY_S)
    yield _chunk({}, finish, stop_reason)
    if trigger == "#no-usage":
        return  # a server that ignores stream_options and never says [DONE]
    if body.get("stream_options", {}).get("include_usage"):
        usage = {"prompt_tokens": 11, "completion_tokens": len(tokens), "total_tokens": 11 + len(tokens)}
        yield f"data: {json.dumps({'choices': [], 'usage': usage})}\n\n"
    yield "data: [DONE]\n\n"


def build_app(state: FakeServerState, *, runtime_lora: bool) -> FastAPI:
    """An OpenAI-compatible server with vLLM's LoRA behaviour; records every chat request."""
    app = FastAPI()

    @app.get("/v1/models")
    async def models() -> dict[str, Any]:
        loras = [{"id": name, "object": "model", "parent": BASE_MODEL} for name in state.loras]
        return {"object": "list", "data": [*loras, {"id": BASE_MODEL, "object": "model", "parent": None}]}

    @app.post("/v1/chat/completions", response_model=None)
    async def chat(request: Request) -> JSONResponse | StreamingResponse:
        body = await request.json()
        state.bodies.append(body)
        state.headers.append(dict(request.headers))
        trigger = body["messages"][-1]["content"]
        if body["model"] not in (BASE_MODEL, *state.loras):
            return _error(404, f"The model `{body['model']}` does not exist.")
        if trigger == "#500":
            return _error(500, "CUDA out of memory", headers={"Retry-After": "7"})
        if trigger == "#400":
            return _error(400, "This model's maximum context length is 4096 tokens.")
        if trigger == "#slow":
            await asyncio.sleep(1.0)
        if body.get("stream"):
            return StreamingResponse(_sse(body, state, trigger), media_type="text/event-stream")
        tokens, finish, stop_reason = _answer_for(body)
        choice = {
            "index": 0,
            "message": {"role": "assistant", "content": "".join(tokens)},
            "finish_reason": finish,
            "stop_reason": stop_reason,
        }
        usage = {"prompt_tokens": 11, "completion_tokens": len(tokens), "total_tokens": 11 + len(tokens)}
        return JSONResponse({"model": body["model"], "choices": [choice], "usage": usage})

    if runtime_lora:

        @app.post("/v1/load_lora_adapter")
        async def load_lora(request: Request) -> Any:
            body = await request.json()
            if body["lora_name"] in state.loras:
                return _error(400, f"The lora adapter '{body['lora_name']}' has already been loaded.")
            state.loras[body["lora_name"]] = body["lora_path"]
            return f"Success: LoRA adapter '{body['lora_name']}' added successfully."

    return app


@dataclass
class FakeServer:
    """A running fake server: its /v1 URL and its state."""

    base_url: str
    state: FakeServerState


def _serve(app: FastAPI, state: FakeServerState) -> Iterator[FakeServer]:
    """Run `app` with uvicorn on a free loopback port in a daemon thread until the generator closes."""
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="fake-openai-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the fake OpenAI server did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield FakeServer(base_url=f"http://127.0.0.1:{port}/v1", state=state)
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def server() -> Iterator[FakeServer]:
    """A vLLM-like server with runtime LoRA updating allowed."""
    state = FakeServerState()
    yield from _serve(build_app(state, runtime_lora=True), state)


@pytest.fixture(scope="module")
def locked_server() -> Iterator[FakeServer]:
    """A vLLM-like server started without VLLM_ALLOW_RUNTIME_LORA_UPDATING (no LoRA endpoint)."""
    state = FakeServerState()
    yield from _serve(build_app(state, runtime_lora=False), state)


@pytest.fixture
async def backend(server: FakeServer) -> AsyncIterator[OpenAIBackend]:
    """A started backend with model discovery, an API key and an extra header."""
    server.state.loras.clear()
    config = OpenAIBackendConfig(
        base_url=server.base_url, api_key="sk-test", extra_headers={"X-Tenant": "hospital-7"}, timeout_s=5
    )
    backend = OpenAIBackend(config)
    await backend.start()
    yield backend
    await backend.close()


def ask(content: str = "你好", **params: Any) -> GenerationRequest:
    return GenerationRequest(
        messages=(
            ChatMessage(role="system", content="你是医生。"),
            ChatMessage(role="user", content=content),
        ),
        params=SamplingParams(**params),
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


async def test_backend_satisfies_the_policy_backend_protocol(backend: OpenAIBackend) -> None:
    assert isinstance(backend, PolicyBackend)


async def test_start_discovers_the_base_model_not_a_lora(server: FakeServer) -> None:
    server.state.loras["older-lora"] = "/adapters/older"
    backend = OpenAIBackend(OpenAIBackendConfig(base_url=server.base_url))
    await backend.start()
    try:
        info = backend.info()
    finally:
        await backend.close()
    assert (info.model, info.backend, info.supports_adapters) == (BASE_MODEL, "openai", True)


async def test_generate_forwards_sampling_params_and_reads_usage(
    backend: OpenAIBackend, server: FakeServer
) -> None:
    request = ask(max_new_tokens=64, temperature=0.7, top_p=0.9, top_k=20, repetition_penalty=1.1, seed=7)
    generation = await backend.generate(request)

    body, headers = server.state.bodies[-1], server.state.headers[-1]
    assert body["model"] == BASE_MODEL
    assert body["messages"] == [
        {"role": "system", "content": "你是医生。"},
        {"role": "user", "content": "你好"},
    ]
    assert (body["max_tokens"], body["temperature"], body["top_p"]) == (64, 0.7, 0.9)
    assert (body["top_k"], body["repetition_penalty"], body["seed"]) == (20, 1.1, 7)
    assert headers["authorization"] == "Bearer sk-test"
    assert headers["x-tenant"] == "hospital-7"
    assert generation.text == ANSWER
    assert generation.finish_reason is FinishReason.STOP
    assert (generation.usage.prompt_tokens, generation.usage.completion_tokens) == (11, len(ANSWER))
    assert (generation.model, generation.adapter) == (BASE_MODEL, "")


async def test_unset_extra_sampling_params_are_not_sent(backend: OpenAIBackend, server: FakeServer) -> None:
    await backend.generate(ask())
    body = server.state.bodies[-1]
    assert not {"top_k", "repetition_penalty", "seed", "stop", "stream"} & body.keys()


async def test_finish_reasons_map_to_length_and_stop_string(
    backend: OpenAIBackend, server: FakeServer
) -> None:
    cut = await backend.generate(ask(max_new_tokens=3))
    stopped = await backend.generate(ask(stop=("。",)))

    assert (cut.text, cut.finish_reason) == ("你好，", FinishReason.LENGTH)
    assert (stopped.text, stopped.finish_reason) == ("你好，我是医疗助手", FinishReason.STOP_STRING)
    assert server.state.bodies[-1]["stop"] == ["。"]


async def test_stream_deltas_concatenate_to_the_full_answer(
    backend: OpenAIBackend, server: FakeServer
) -> None:
    chunks = [chunk async for chunk in backend.generate_stream(ask(seed=3))]

    body = server.state.bodies[-1]
    assert body["stream"] is True
    assert body["stream_options"] == {"include_usage": True}
    assert body["seed"] == 3
    deltas, final = chunks[:-1], chunks[-1]
    assert len(deltas) == len(ANSWER)
    assert "".join(chunk.delta for chunk in deltas) == ANSWER
    assert all(chunk.finish_reason is None and chunk.usage is None for chunk in deltas)
    assert (final.delta, final.finish_reason) == ("", FinishReason.STOP)
    assert final.usage is not None
    assert (final.usage.prompt_tokens, final.usage.completion_tokens) == (11, len(ANSWER))


async def test_first_delta_arrives_while_the_server_still_holds_the_rest(
    backend: OpenAIBackend, server: FakeServer
) -> None:
    server.state.release_stream.clear()
    stream = backend.generate_stream(ask("#gated"))
    try:
        first = await asyncio.wait_for(anext(stream), timeout=5)
        assert first.delta == ANSWER[0]
        assert not server.state.release_stream.is_set()  # the server has sent nothing else yet
    finally:
        server.state.release_stream.set()
    rest = [chunk async for chunk in stream]
    assert first.delta + "".join(chunk.delta for chunk in rest) == ANSWER


async def test_stream_maps_length_and_stop_string(backend: OpenAIBackend) -> None:
    cut = [chunk async for chunk in backend.generate_stream(ask(max_new_tokens=2))]
    stopped = [chunk async for chunk in backend.generate_stream(ask(stop=("。",)))]

    assert "".join(c.delta for c in cut) == "你好"
    assert cut[-1].finish_reason is FinishReason.LENGTH
    assert "".join(c.delta for c in stopped) == "你好，我是医疗助手"
    assert stopped[-1].finish_reason is FinishReason.STOP_STRING


async def test_stream_from_a_server_that_ignores_include_usage_reports_zero_usage(
    backend: OpenAIBackend,
) -> None:
    chunks = [chunk async for chunk in backend.generate_stream(ask("#no-usage"))]
    assert chunks[-1].finish_reason is FinishReason.STOP
    assert chunks[-1].usage is not None
    assert (chunks[-1].usage.prompt_tokens, chunks[-1].usage.completion_tokens) == (0, 0)


async def test_error_inside_the_stream_is_unavailable(backend: OpenAIBackend) -> None:
    received: list[str] = []
    with pytest.raises(UnavailableError, match="engine died"):
        async for chunk in backend.generate_stream(ask("#stream-error")):
            received.append(chunk.delta)
    assert "".join(received) == ANSWER[:2]


async def test_stream_cut_off_before_the_end_is_unavailable(
    backend: OpenAIBackend, server: FakeServer
) -> None:
    with pytest.raises(UnavailableError, match="closed the stream") as caught:
        _ = [chunk async for chunk in backend.generate_stream(ask("#truncated"))]
    assert server.base_url in str(caught.value)


async def test_server_error_is_unavailable_with_its_retry_hint(backend: OpenAIBackend) -> None:
    with pytest.raises(UnavailableError, match="CUDA out of memory") as caught:
        await backend.generate(ask("#500"))
    assert caught.value.retry_after_s == 7
    with pytest.raises(UnavailableError, match="HTTP 500"):
        _ = [chunk async for chunk in backend.generate_stream(ask("#500"))]


async def test_bad_request_is_invalid_argument_with_the_server_message(backend: OpenAIBackend) -> None:
    with pytest.raises(InvalidArgumentError, match="maximum context length is 4096"):
        await backend.generate(ask("#400"))
    with pytest.raises(InvalidArgumentError, match="maximum context length is 4096"):
        _ = [chunk async for chunk in backend.generate_stream(ask("#400"))]


async def test_slow_server_is_deadline_exceeded(server: FakeServer) -> None:
    backend = OpenAIBackend(OpenAIBackendConfig(base_url=server.base_url, timeout_s=0.2))
    await backend.start()
    try:
        with pytest.raises(DeadlineExceededError, match="did not answer in time"):
            await backend.generate(ask("#slow"))
    finally:
        await backend.close()


async def test_start_with_nothing_listening_is_unavailable_naming_the_url() -> None:
    base_url = f"http://127.0.0.1:{free_port()}/v1"
    backend = OpenAIBackend(OpenAIBackendConfig(base_url=base_url, timeout_s=2))
    with pytest.raises(UnavailableError) as caught:
        await backend.start()
    assert base_url in str(caught.value)


async def test_generate_before_start_is_a_failed_precondition(server: FakeServer) -> None:
    backend = OpenAIBackend(OpenAIBackendConfig(base_url=server.base_url))
    with pytest.raises(FailedPreconditionError, match="not started"):
        await backend.generate(ask())


async def test_loaded_adapter_is_sent_as_the_model_once_activated(
    backend: OpenAIBackend, server: FakeServer
) -> None:
    info = await backend.load_adapter("ethics-v2", "/adapters/ethics-v2")
    assert server.state.loras == {"ethics-v2": "/adapters/ethics-v2"}
    assert (info.name, info.path, info.active) == ("ethics-v2", "/adapters/ethics-v2", False)

    assert await backend.activate_adapter("ethics-v2") == ("ethics-v2", "")
    generation = await backend.generate(ask())
    assert server.state.bodies[-1]["model"] == "ethics-v2"
    assert (generation.model, generation.adapter) == (BASE_MODEL, "ethics-v2")
    assert [a.active for a in backend.list_adapters()] == [True]
    assert backend.info().active_adapter == "ethics-v2"

    assert await backend.activate_adapter("") == ("", "ethics-v2")
    await backend.generate(ask())
    assert server.state.bodies[-1]["model"] == BASE_MODEL


async def test_request_adapter_overrides_the_active_one(backend: OpenAIBackend, server: FakeServer) -> None:
    await backend.load_adapter("ethics-v3", "/adapters/ethics-v3")
    chunks = [
        chunk
        async for chunk in backend.generate_stream(
            GenerationRequest(messages=(ChatMessage(role="user", content="你好"),), adapter="ethics-v3")
        )
    ]
    assert server.state.bodies[-1]["model"] == "ethics-v3"
    assert chunks[-1].adapter == "ethics-v3"


async def test_unknown_adapter_is_not_found(backend: OpenAIBackend) -> None:
    with pytest.raises(NotFoundError):
        await backend.activate_adapter("never-loaded")
    with pytest.raises(NotFoundError, match="does not exist"):
        await backend.generate(
            GenerationRequest(messages=(ChatMessage(role="user", content="x"),), adapter="nope")
        )


async def test_loading_without_runtime_lora_updating_names_the_server_setting(
    locked_server: FakeServer,
) -> None:
    backend = OpenAIBackend(OpenAIBackendConfig(base_url=locked_server.base_url))
    await backend.start()
    try:
        with pytest.raises(FailedPreconditionError, match="VLLM_ALLOW_RUNTIME_LORA_UPDATING"):
            await backend.load_adapter("ethics-v2", "/adapters/ethics-v2")
        assert backend.list_adapters() == []
    finally:
        await backend.close()
