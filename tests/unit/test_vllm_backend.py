"""VLLMBackend: the install hint without vllm, its behaviour on a fake engine, and (GPU only) a real one.

The fake engine mimics vLLM's async engine surface: `from_engine_args`, `get_tokenizer`, `generate`
yielding RequestOutputs with *cumulative* text, `add_lora`, `shutdown`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import AsyncGenerator, AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from services.common.errors import (
    AlreadyExistsError,
    FailedPreconditionError,
    InvalidArgumentError,
    NotFoundError,
    UnavailableError,
)
from services.common.types import ChatMessage
from services.policy.backends.base import PolicyBackend
from services.policy.backends.vllm_backend import VLLMApi, VLLMBackend, VLLMBackendConfig
from services.policy.types import FinishReason, GenerationRequest, SamplingParams

ANSWER = "多喝水，注意休息。如果发热持续，请就医。"


class FakeTokenizer:
    """A chat template of role tags; one token id per character."""

    def apply_chat_template(
        self, messages: list[dict[str, str]], *, tokenize: bool, add_generation_prompt: bool
    ) -> str:
        assert tokenize is False and add_generation_prompt is True
        return "".join(f"<{m['role']}>{m['content']}" for m in messages) + "<assistant>"

    def encode(self, text: str, *, add_special_tokens: bool) -> list[int]:
        assert add_special_tokens is False
        return [ord(char) for char in text]


@dataclass
class FakeCompletion:
    text: str
    token_ids: list[int]
    finish_reason: str | None = None
    stop_reason: str | int | None = None


@dataclass
class FakeRequestOutput:
    prompt_token_ids: list[int]
    outputs: list[FakeCompletion]
    finished: bool


@dataclass
class FakeLoRARequest:
    lora_name: str
    lora_int_id: int
    lora_path: str


@dataclass
class FakeEngine:
    """Decodes ANSWER one character per step, honouring max_tokens and stop strings like vLLM."""

    args: dict[str, Any]
    calls: list[dict[str, Any]] = field(default_factory=list)
    loras: list[FakeLoRARequest] = field(default_factory=list)
    closed_streams: int = 0
    shut_down: bool = False
    fail_with: Exception | None = None
    model_config: Any = None

    async def get_tokenizer(self) -> FakeTokenizer:  # a coroutine, as in vLLM <= 0.10
        return FakeTokenizer()

    async def add_lora(self, lora: FakeLoRARequest) -> bool:
        self.loras.append(lora)
        return True

    def shutdown(self) -> None:
        self.shut_down = True

    async def generate(
        self, prompt: dict[str, list[int]], params: dict[str, Any], request_id: str, *, lora_request: Any
    ) -> AsyncIterator[FakeRequestOutput]:
        self.calls.append(
            {"prompt": prompt, "params": params, "request_id": request_id, "lora": lora_request}
        )
        if self.fail_with is not None:
            raise self.fail_with
        try:
            for step in range(1, len(ANSWER) + 1):
                text, finish, stop_reason = ANSWER[:step], None, None
                for stop in params.get("stop", []):
                    if stop in text:
                        text, finish, stop_reason = text[: text.index(stop)], "stop", stop
                if finish is None and step == params["max_tokens"]:
                    finish = "length"
                if finish is None and step == len(ANSWER):
                    finish = "stop"
                completion = FakeCompletion(text, list(range(step)), finish, stop_reason)
                yield FakeRequestOutput(prompt["prompt_token_ids"], [completion], finish is not None)
                if finish is not None:
                    return
        finally:
            self.closed_streams += 1


@dataclass
class FakeEngineFactory:
    """Stands in for the engine class: `from_engine_args` builds and remembers a FakeEngine."""

    engines: list[FakeEngine] = field(default_factory=list)

    def from_engine_args(self, args: dict[str, Any]) -> FakeEngine:
        engine = FakeEngine(args=args)
        self.engines.append(engine)
        return engine


@pytest.fixture
def factory() -> FakeEngineFactory:
    return FakeEngineFactory()


def make_backend(factory: FakeEngineFactory, **config: Any) -> VLLMBackend:
    api = VLLMApi(
        engine_cls=factory,
        engine_args_cls=dict,
        sampling_params_cls=dict,
        lora_request_cls=FakeLoRARequest,
    )
    return VLLMBackend(VLLMBackendConfig(model_path="/models/qwen-med", **config), api=api)


@pytest.fixture
async def backend(factory: FakeEngineFactory) -> AsyncIterator[VLLMBackend]:
    backend = make_backend(factory, max_model_len=512)
    await backend.start()
    yield backend
    await backend.close()


def ask(content: str = "发烧了怎么办？", adapter: str = "", **params: Any) -> GenerationRequest:
    return GenerationRequest(
        messages=(ChatMessage(role="user", content=content),),
        params=SamplingParams(**params),
        adapter=adapter,
    )


async def test_start_without_vllm_names_the_gpu_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "vllm", None)  # makes `import vllm` fail as if not installed
    backend = VLLMBackend(VLLMBackendConfig(model_path="/models/qwen-med"))
    with pytest.raises(FailedPreconditionError, match=r"pip install 'medguard\[gpu\]'") as caught:
        await backend.start()
    assert "CUDA GPU" in str(caught.value)


async def test_engine_args_come_from_the_config(factory: FakeEngineFactory) -> None:
    backend = make_backend(factory, dtype="bfloat16", gpu_memory_utilization=0.5, max_model_len=2048)
    await backend.start()
    await backend.close()

    assert factory.engines[0].args == {
        "model": "/models/qwen-med",
        "dtype": "bfloat16",
        "gpu_memory_utilization": 0.5,
        "max_model_len": 2048,
        "tensor_parallel_size": 1,
        "enable_lora": True,
        "max_loras": 4,
        "max_lora_rank": 16,
    }
    assert factory.engines[0].shut_down


async def test_backend_satisfies_the_policy_backend_protocol(backend: VLLMBackend) -> None:
    assert isinstance(backend, PolicyBackend)
    assert (backend.info().backend, backend.info().max_context_tokens) == ("vllm", 512)


async def test_generate_renders_the_chat_template_and_maps_sampling_params(
    backend: VLLMBackend, factory: FakeEngineFactory
) -> None:
    generation = await backend.generate(
        ask(temperature=0.7, top_p=0.8, top_k=40, seed=5, repetition_penalty=1.2)
    )

    call = factory.engines[0].calls[-1]
    assert call["prompt"] == {"prompt_token_ids": [ord(c) for c in "<user>发烧了怎么办？<assistant>"]}
    assert call["params"] == {
        "n": 1,
        "max_tokens": 256,
        "temperature": 0.7,
        "top_p": 0.8,
        "top_k": 40,
        "seed": 5,
        "repetition_penalty": 1.2,
    }
    assert call["lora"] is None
    assert (generation.text, generation.finish_reason) == (ANSWER, FinishReason.STOP)
    assert (generation.usage.prompt_tokens, generation.usage.completion_tokens) == (
        len("<user>发烧了怎么办？<assistant>"),
        len(ANSWER),
    )


async def test_off_sampling_knobs_are_left_to_vllm_defaults(
    backend: VLLMBackend, factory: FakeEngineFactory
) -> None:
    await backend.generate(ask())
    assert not {"top_k", "seed", "repetition_penalty", "stop"} & factory.engines[0].calls[-1]["params"].keys()


async def test_stream_turns_cumulative_text_into_deltas(backend: VLLMBackend) -> None:
    chunks = [chunk async for chunk in backend.generate_stream(ask())]

    deltas, final = chunks[:-1], chunks[-1]
    assert [chunk.delta for chunk in deltas] == list(ANSWER)
    assert (final.delta, final.finish_reason) == ("", FinishReason.STOP)
    assert final.usage is not None and final.usage.completion_tokens == len(ANSWER)


async def test_stop_string_and_length_map_to_their_finish_reasons(backend: VLLMBackend) -> None:
    stopped = await backend.generate(ask(stop=("。",)))
    cut = [chunk async for chunk in backend.generate_stream(ask(max_new_tokens=4))]

    assert (stopped.text, stopped.finish_reason) == ("多喝水，注意休息", FinishReason.STOP_STRING)
    assert "".join(chunk.delta for chunk in cut) == ANSWER[:4]
    assert cut[-1].finish_reason is FinishReason.LENGTH


async def test_abandoned_stream_closes_the_engine_request(
    backend: VLLMBackend, factory: FakeEngineFactory
) -> None:
    stream = backend.generate_stream(ask())
    assert isinstance(stream, AsyncGenerator)
    first = await anext(stream)
    await stream.aclose()
    assert first.delta == ANSWER[0]
    assert factory.engines[0].closed_streams == 1


async def test_prompt_longer_than_the_context_is_invalid(factory: FakeEngineFactory) -> None:
    backend = make_backend(factory, max_model_len=8)
    await backend.start()
    with pytest.raises(InvalidArgumentError, match="context holds 8"):
        await backend.generate(ask())


async def test_engine_errors_map_to_typed_errors(backend: VLLMBackend, factory: FakeEngineFactory) -> None:
    factory.engines[0].fail_with = ValueError("temperature must be non-negative")
    with pytest.raises(InvalidArgumentError, match="temperature"):
        await backend.generate(ask())
    factory.engines[0].fail_with = RuntimeError("EngineDeadError")
    with pytest.raises(UnavailableError, match="EngineDeadError"):
        _ = [chunk async for chunk in backend.generate_stream(ask())]


async def test_generate_before_start_is_a_failed_precondition(factory: FakeEngineFactory) -> None:
    with pytest.raises(FailedPreconditionError, match="not started"):
        await make_backend(factory).generate(ask())


async def test_adapters_get_distinct_lora_ids_and_travel_with_requests(
    backend: VLLMBackend, factory: FakeEngineFactory, tmp_path: Path
) -> None:
    for name in ("ethics-v1", "ethics-v2"):
        (tmp_path / name).mkdir()
        await backend.load_adapter(name, str(tmp_path / name))
    engine = factory.engines[0]
    assert [(lora.lora_name, lora.lora_int_id) for lora in engine.loras] == [
        ("ethics-v1", 1),
        ("ethics-v2", 2),
    ]

    assert await backend.activate_adapter("ethics-v2") == ("ethics-v2", "")
    generation = await backend.generate(ask())
    assert engine.calls[-1]["lora"].lora_name == "ethics-v2"
    assert generation.adapter == "ethics-v2"
    await backend.generate(ask(adapter="ethics-v1"))
    assert engine.calls[-1]["lora"].lora_name == "ethics-v1"
    assert [(a.name, a.active) for a in backend.list_adapters()] == [
        ("ethics-v1", False),
        ("ethics-v2", True),
    ]

    assert await backend.activate_adapter("") == ("", "ethics-v2")
    await backend.generate(ask())
    assert engine.calls[-1]["lora"] is None


async def test_adapter_mistakes_are_typed(backend: VLLMBackend, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        await backend.activate_adapter("never-loaded")
    with pytest.raises(NotFoundError):
        await backend.generate(ask(adapter="never-loaded"))
    with pytest.raises(NotFoundError, match="no LoRA adapter folder"):
        await backend.load_adapter("ghost", str(tmp_path / "missing"))
    await backend.load_adapter("ethics-v1", str(tmp_path))
    with pytest.raises(AlreadyExistsError):
        await backend.load_adapter("ethics-v1", str(tmp_path))


async def test_loading_an_adapter_with_lora_off_is_a_failed_precondition(
    factory: FakeEngineFactory, tmp_path: Path
) -> None:
    backend = make_backend(factory, enable_lora=False)
    await backend.start()
    assert "max_loras" not in factory.engines[0].args
    with pytest.raises(FailedPreconditionError, match="enable_lora"):
        await backend.load_adapter("ethics-v1", str(tmp_path))


@pytest.mark.vllm
async def test_real_vllm_engine_generates_and_streams_the_same_greedy_text() -> None:
    pytest.importorskip("vllm")
    model_path = os.environ.get("MEDGUARD_TEST_VLLM_MODEL", "")
    if not model_path:
        pytest.skip("set MEDGUARD_TEST_VLLM_MODEL to a small local chat model folder")
    config = VLLMBackendConfig(model_path=model_path, gpu_memory_utilization=0.3, max_model_len=1024)
    backend = VLLMBackend(config)
    await backend.start()
    try:
        request = ask("你好", max_new_tokens=16, seed=0)
        generation = await backend.generate(request)
        chunks = [chunk async for chunk in backend.generate_stream(request)]
    finally:
        await backend.close()
    assert generation.usage.completion_tokens > 0
    assert "".join(chunk.delta for chunk in chunks) == generation.text
    assert chunks[-1].finish_reason in {FinishReason.STOP, FinishReason.LENGTH}
