"""Policy backend on vLLM's in-process async engine (one CUDA GPU or more).

vLLM is an optional extra (`pip install 'medguard[gpu]'`) and is imported only in `start()`.
The engine is `AsyncLLMEngine`, which current vLLM releases alias to the V1 `AsyncLLM`; the
conversation is rendered with the model's own chat template and sent as token ids, LoRA adapters
travel as `LoRARequest`s with ids assigned at load time, and streamed text is turned from vLLM's
cumulative outputs into deltas.
"""

from __future__ import annotations

import contextlib
import inspect
import uuid
from collections.abc import AsyncGenerator, AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from services.common.errors import (
    FailedPreconditionError,
    InvalidArgumentError,
    NotFoundError,
    UnavailableError,
)
from services.policy.backends.adapters import AdapterBook
from services.policy.types import (
    AdapterInfo,
    FinishReason,
    Generation,
    GenerationRequest,
    ModelInfo,
    SamplingParams,
    StreamChunk,
    Usage,
)

BACKEND_NAME = "vllm"
INSTALL_HINT = "the vllm backend needs the `vllm` package and a CUDA GPU: pip install 'medguard[gpu]'"


class VLLMBackendConfig(BaseModel):
    """How to build the in-process vLLM engine (the fields map onto vLLM's `AsyncEngineArgs`)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    model_path: str = Field(min_length=1, description="local model folder (HF layout)")
    dtype: str = Field(default="auto", description="auto | float16 | bfloat16 | float32")
    gpu_memory_utilization: float = Field(default=0.9, gt=0.0, le=1.0, description="share of GPU memory")
    max_model_len: int | None = Field(default=None, ge=1, description="context length; None = the model's")
    enable_lora: bool = Field(default=True, description="allow LoRA adapters (load / activate)")
    max_loras: int = Field(default=4, ge=1, description="adapters usable in one batch")
    max_lora_rank: int = Field(default=16, ge=1, description="largest LoRA rank accepted")
    tensor_parallel_size: int = Field(default=1, ge=1, description="GPUs the model is split over")


@dataclass(frozen=True)
class VLLMApi:
    """The vLLM entry points this backend uses; `load_vllm_api()` imports the real ones."""

    engine_cls: Any
    engine_args_cls: Any
    sampling_params_cls: Any
    lora_request_cls: Any
    client_errors: tuple[type[Exception], ...] = (ValueError,)


def load_vllm_api() -> VLLMApi:
    """Import vLLM (and with it torch and CUDA); FailedPreconditionError with the install hint if absent."""
    try:
        import vllm  # noqa: F401  (fails first and clearly when the package is missing)
        from vllm.engine.arg_utils import AsyncEngineArgs
        from vllm.lora.request import LoRARequest
        from vllm.sampling_params import SamplingParams as VLLMSamplingParams

        engine_cls = _engine_class()
    except ImportError as exc:
        raise FailedPreconditionError(f"{INSTALL_HINT} ({exc})") from exc
    return VLLMApi(
        engine_cls=engine_cls,
        engine_args_cls=AsyncEngineArgs,
        sampling_params_cls=VLLMSamplingParams,
        lora_request_cls=LoRARequest,
        client_errors=_client_errors(),
    )


def _engine_class() -> Any:
    """`AsyncLLMEngine` (the V1 `AsyncLLM` in current vLLM), or `AsyncLLM` where the alias is gone."""
    try:
        from vllm.engine.async_llm_engine import AsyncLLMEngine
    except ImportError:
        from vllm.v1.engine.async_llm import AsyncLLM

        return AsyncLLM
    return AsyncLLMEngine


def _client_errors() -> tuple[type[Exception], ...]:
    """Errors vLLM raises for a bad request: ValueError (VLLMValidationError) and VLLMClientError."""
    try:
        from vllm import exceptions
    except ImportError:
        return (ValueError,)
    client_error = getattr(exceptions, "VLLMClientError", None)
    if isinstance(client_error, type) and issubclass(client_error, Exception):
        return (ValueError, client_error)
    return (ValueError,)


class VLLMBackend:
    """`PolicyBackend` on vLLM's in-process async engine, with LoRA adapters as `LoRARequest`s."""

    def __init__(self, config: VLLMBackendConfig, *, api: VLLMApi | None = None) -> None:
        self._config = config
        self._api = api
        self._engine: Any = None
        self._tokenizer: Any = None
        self._max_context = config.max_model_len or 0
        self._adapters = AdapterBook()
        self._loras: dict[str, Any] = {}  # adapter name -> vLLM LoRARequest
        self._next_lora_id = 1  # vLLM reserves 0 for "no adapter"

    async def start(self) -> None:
        """Import vLLM, build the engine (loads the weights onto the GPU) and fetch its tokenizer."""
        if self._engine is not None:
            return
        api = self._api or load_vllm_api()
        engine = self._build_engine(api)
        try:
            tokenizer = engine.get_tokenizer()
            # A coroutine in vLLM <= 0.10, a plain method since.
            tokenizer = await tokenizer if inspect.isawaitable(tokenizer) else tokenizer
        except Exception as exc:
            _shutdown(engine)
            raise UnavailableError(f"vLLM has no tokenizer for {self._config.model_path!r}: {exc}") from exc
        self._api, self._engine, self._tokenizer = api, engine, tokenizer
        self._max_context = _engine_max_len(engine) or self._max_context

    async def close(self) -> None:
        """Shut the engine down (frees the GPU); loaded adapters are forgotten with it."""
        engine, self._engine, self._tokenizer = self._engine, None, None
        self._adapters.clear()
        self._loras.clear()
        if engine is not None:
            _shutdown(engine)

    def info(self) -> ModelInfo:
        """The model path, `vllm`, the engine's context length and the active adapter."""
        return ModelInfo(
            model=self._config.model_path,
            backend=BACKEND_NAME,
            max_context_tokens=self._max_context,
            active_adapter=self._adapters.active,
            supports_adapters=self._config.enable_lora,
        )

    async def generate(self, request: GenerationRequest) -> Generation:
        """One complete assistant turn."""
        adapter = self._adapter_for(request)
        final: Any = None
        async with contextlib.aclosing(self._outputs(request, adapter)) as outputs:
            async for output in outputs:
                final = output
        completion = _completion(final)
        return Generation(
            text=completion.text,
            finish_reason=_finish_reason(completion),
            usage=_usage(final),
            model=self._config.model_path,
            adapter=adapter,
        )

    async def generate_stream(self, request: GenerationRequest) -> AsyncIterator[StreamChunk]:
        """The turn as text deltas while vLLM decodes; the final chunk has finish_reason and usage."""
        adapter = self._adapter_for(request)
        model = self._config.model_path
        emitted, final = 0, None
        async with contextlib.aclosing(self._outputs(request, adapter)) as outputs:
            async for output in outputs:
                final = output
                # vLLM's text is cumulative and only ever grows (it holds back possible stop-string
                # prefixes), so the delta is whatever lies past what was already sent.
                text = _completion(output).text
                if len(text) > emitted:
                    yield StreamChunk(delta=text[emitted:], model=model, adapter=adapter)
                    emitted = len(text)
        completion = _completion(final)
        yield StreamChunk(
            finish_reason=_finish_reason(completion), usage=_usage(final), model=model, adapter=adapter
        )

    def list_adapters(self) -> list[AdapterInfo]:
        """Adapters loaded since start(), in load order, the active one marked."""
        return self._adapters.listing()

    async def load_adapter(self, name: str, path: str) -> AdapterInfo:
        """Load the PEFT LoRA folder at `path` into the engine under `name` (not activated)."""
        engine, api = self._require_engine()
        self._check_new_adapter(name, path)
        lora = api.lora_request_cls(lora_name=name, lora_int_id=self._next_lora_id, lora_path=path)
        try:
            added = await engine.add_lora(lora)
        except api.client_errors as exc:
            raise InvalidArgumentError(
                f"vLLM rejected adapter {name!r} at {path!r}: {exc}", field="path"
            ) from exc
        except Exception as exc:
            raise UnavailableError(f"vLLM failed to load adapter {name!r} from {path!r}: {exc}") from exc
        if added is False:
            raise InvalidArgumentError(f"vLLM did not load adapter {name!r} from {path!r}", field="path")
        self._next_lora_id += 1
        info = self._adapters.add(name, path)
        self._loras[name] = lora
        return info

    async def activate_adapter(self, name: str) -> tuple[str, str]:
        """Make `name` (a loaded adapter, or empty for the base model) the default."""
        return self._adapters.activate(name)

    def _build_engine(self, api: VLLMApi) -> Any:
        config = self._config
        kwargs: dict[str, Any] = {
            "model": config.model_path,
            "dtype": config.dtype,
            "gpu_memory_utilization": config.gpu_memory_utilization,
            "max_model_len": config.max_model_len,
            "tensor_parallel_size": config.tensor_parallel_size,
            "enable_lora": config.enable_lora,
        }
        if config.enable_lora:
            kwargs.update(max_loras=config.max_loras, max_lora_rank=config.max_lora_rank)
        try:
            # Built on the event loop's thread on purpose, as vLLM's own API server does: the engine
            # ties its asyncio plumbing to the running loop. This blocks while the weights load.
            return api.engine_cls.from_engine_args(api.engine_args_cls(**kwargs))
        except Exception as exc:
            raise UnavailableError(
                f"vLLM could not start {config.model_path!r} ({exc}); {INSTALL_HINT}"
            ) from exc

    def _require_engine(self) -> tuple[Any, VLLMApi]:
        if self._engine is None or self._api is None:
            raise FailedPreconditionError(f"the vllm backend for {self._config.model_path!r} is not started")
        return self._engine, self._api

    def _adapter_for(self, request: GenerationRequest) -> str:
        return self._adapters.resolve(request.adapter)

    def _check_new_adapter(self, name: str, path: str) -> None:
        if not self._config.enable_lora:
            raise FailedPreconditionError("LoRA is off: set enable_lora in the vllm backend config")
        self._adapters.require_new(name)
        if not Path(path).is_dir():
            raise NotFoundError(f"no LoRA adapter folder at {path!r}", field="path")

    async def _outputs(self, request: GenerationRequest, adapter: str) -> AsyncGenerator[Any, None]:
        """vLLM's RequestOutputs for one request; closing this generator aborts the request in vLLM."""
        engine, api = self._require_engine()
        prompt = {"prompt_token_ids": self._prompt_ids(request)}
        try:
            params = api.sampling_params_cls(**_sampling_kwargs(request.params))
        except api.client_errors as exc:
            raise InvalidArgumentError(
                f"vLLM rejected the sampling parameters: {exc}", field="params"
            ) from exc
        lora = self._loras[adapter] if adapter else None
        stream = engine.generate(prompt, params, f"medguard-{uuid.uuid4().hex}", lora_request=lora)
        async with contextlib.aclosing(stream):
            try:
                async for output in stream:
                    yield output
            except api.client_errors as exc:
                raise InvalidArgumentError(f"vLLM rejected the request: {exc}") from exc
            except Exception as exc:
                raise UnavailableError(f"the vLLM engine failed: {type(exc).__name__}: {exc}") from exc

    def _prompt_ids(self, request: GenerationRequest) -> list[int]:
        """The conversation through the model's chat template, as token ids (no second BOS)."""
        messages = [{"role": m.role, "content": m.content} for m in request.messages]
        try:
            text = self._tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
            ids = [int(token) for token in self._tokenizer.encode(text, add_special_tokens=False)]
        except Exception as exc:
            raise InvalidArgumentError(
                f"the chat template of {self._config.model_path!r} rejected the conversation: {exc}",
                field="messages",
            ) from exc
        if self._max_context and len(ids) >= self._max_context:
            raise InvalidArgumentError(
                f"the prompt has {len(ids)} tokens; the model's context holds {self._max_context}",
                field="messages",
            )
        return ids


def _sampling_kwargs(params: SamplingParams) -> dict[str, Any]:
    """Keyword arguments for vLLM's SamplingParams; optional knobs only when switched on."""
    return {"n": 1, **params.openai_fields()}


def _completion(output: Any) -> Any:
    if output is None or not output.outputs:
        raise UnavailableError("the vLLM engine finished the request without an output")
    return output.outputs[0]


def _finish_reason(completion: Any) -> FinishReason:
    """vLLM's finish_reason; `stop_reason` is the matched string when a stop string ended the turn."""
    if completion.finish_reason == "length":
        return FinishReason.LENGTH
    if completion.finish_reason == "abort":
        raise UnavailableError("the vLLM engine aborted the request")
    if isinstance(completion.stop_reason, str):
        return FinishReason.STOP_STRING
    return FinishReason.STOP


def _usage(output: Any) -> Usage:
    return Usage(
        prompt_tokens=len(output.prompt_token_ids or ()),
        completion_tokens=len(_completion(output).token_ids or ()),
    )


def _engine_max_len(engine: Any) -> int | None:
    """The engine's resolved context length (V1 engines expose `model_config`)."""
    value = getattr(getattr(engine, "model_config", None), "max_model_len", None)
    return value if isinstance(value, int) and value > 0 else None


def _shutdown(engine: Any) -> None:
    """Stop the engine: `shutdown()` on V1 engines, `shutdown_background_loop()` on the old V0 one."""
    stop = getattr(engine, "shutdown", None) or getattr(engine, "shutdown_background_loop", None)
    if callable(stop):
        stop()
