"""The transformers backend: any local causal-LM folder, real token streaming, PEFT LoRA adapters.

Generation runs on one dedicated worker thread (the model and the active adapter are shared
state); the event loop only awaits. Streaming bridges transformers' streamer callbacks into an
asyncio queue, so the first token reaches the caller while the rest is still being generated.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from services.common.errors import (
    FailedPreconditionError,
    InvalidArgumentError,
    UnavailableError,
)
from services.policy.backends.adapters import AdapterBook
from services.policy.backends.prompting import render_prompt
from services.policy.stopping import StopStringFilter
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

log = logging.getLogger(__name__)


class HFBackendConfig(BaseModel):
    """Where the model is and how to run it."""

    model_path: Path
    dtype: str = Field(default="auto", description="auto | float32 | bfloat16 | float16")
    device: str = Field(default="auto", description="auto | cpu | cuda | cuda:N")
    torch_threads: int = Field(default=0, ge=0)
    max_context_tokens: int = Field(default=0, ge=0, description="0 = the model's own limit")


@dataclass
class _Job:
    """One generation on the worker thread; deltas go to `queue` through the loop."""

    request: GenerationRequest
    loop: asyncio.AbstractEventLoop
    queue: asyncio.Queue[str | None] | None = None
    cancel: threading.Event = field(default_factory=threading.Event)


class HFBackend:
    """PolicyBackend on transformers + PEFT."""

    kind = "hf"

    def __init__(self, config: HFBackendConfig) -> None:
        self.config = config
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hf-generate")
        self._model: Any = None
        self._tokenizer: Any = None
        self._device = "cpu"
        self._adapters = AdapterBook()
        self._peft_keys: dict[str, str] = {}

    async def start(self) -> None:
        """Load tokenizer and weights from the local folder (never from a hub)."""
        path = self.config.model_path
        if not (path / "config.json").is_file():
            raise UnavailableError(
                f"no model at {path}: run `medguard models prepare` or set MEDGUARD_POLICY_MODEL_PATH"
            )
        started = time.perf_counter()
        await asyncio.get_running_loop().run_in_executor(self._executor, self._load)
        log.info("model loaded", extra={"path": str(path), "s": round(time.perf_counter() - started, 1)})

    def _load(self) -> None:
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        if self.config.torch_threads:
            torch.set_num_threads(self.config.torch_threads)
        self._device = _pick_device(self.config.device)
        self._tokenizer = AutoTokenizer.from_pretrained(self.config.model_path, local_files_only=True)
        model: Any = AutoModelForCausalLM.from_pretrained(
            self.config.model_path, local_files_only=True, dtype=_torch_dtype(self.config.dtype, self._device)
        )
        self._model = model.to(self._device).eval()

    async def close(self) -> None:
        """Drop the model and stop the worker thread."""
        self._executor.shutdown(wait=True, cancel_futures=True)
        self._model = None

    def info(self) -> ModelInfo:
        """Model folder name, backend kind, context length and active adapter."""
        return ModelInfo(
            model=self.config.model_path.name,
            backend=self.kind,
            max_context_tokens=self._context_limit(),
            active_adapter=self._adapters.active,
            supports_adapters=True,
        )

    def _context_limit(self) -> int:
        model_limit = int(getattr(getattr(self._model, "config", None), "max_position_embeddings", 0) or 0)
        limits = [x for x in (model_limit, self.config.max_context_tokens) if x]
        return min(limits) if limits else 2048

    # -- generation -------------------------------------------------------------------------------

    async def generate(self, request: GenerationRequest) -> Generation:
        """One complete assistant turn."""
        text, reason, usage, adapter = "", FinishReason.STOP, Usage(), ""
        async for chunk in self.generate_stream(request):
            text += chunk.delta
            if chunk.finish_reason is not None:
                reason, usage, adapter = chunk.finish_reason, chunk.usage or usage, chunk.adapter
        return Generation(
            text=text, finish_reason=reason, usage=usage, model=self.info().model, adapter=adapter
        )

    async def generate_stream(self, request: GenerationRequest) -> AsyncIterator[StreamChunk]:
        """Stream deltas as the worker thread produces them; cancelling the consumer stops generation."""
        self._require_model()
        adapter = self._adapters.resolve(request.adapter)
        loop = asyncio.get_running_loop()
        job = _Job(request=request, loop=loop, queue=asyncio.Queue())
        future = loop.run_in_executor(self._executor, self._run_job, job, adapter)
        model = self.info().model
        try:
            while (delta := await _next_delta(job, future)) is not None:
                if delta:
                    yield StreamChunk(delta=delta, model=model, adapter=adapter)
            reason, usage = await future
            yield StreamChunk(finish_reason=reason, usage=usage, model=model, adapter=adapter)
        finally:
            job.cancel.set()

    def _run_job(self, job: _Job, adapter: str) -> tuple[FinishReason, Usage]:
        """Worker thread: render, generate with streaming callbacks, apply stop strings."""
        import torch

        prompt, template_stops = render_prompt(self._tokenizer, job.request.messages)
        ids = self._tokenizer(prompt, return_tensors="pt", add_special_tokens=False)["input_ids"]
        params = job.request.params
        self._check_context(int(ids.shape[1]), params.max_new_tokens)
        stops = StopStringFilter((*params.stop, *template_stops))
        streamer = _QueueStreamer(self._tokenizer, job, stops)
        if params.seed is not None:
            torch.manual_seed(params.seed)
        with self._adapter_scope(adapter), torch.inference_mode():
            output = self._model.generate(
                input_ids=ids.to(self._device),
                attention_mask=torch.ones_like(ids).to(self._device),
                streamer=streamer,
                stopping_criteria=_stopping(job, stops),
                **_generate_kwargs(params, self._tokenizer),
            )
        produced = int(output.shape[1] - ids.shape[1])
        reason = _finish_reason(stops.stopped, produced, params.max_new_tokens)
        return reason, Usage(prompt_tokens=int(ids.shape[1]), completion_tokens=produced)

    def _check_context(self, prompt_tokens: int, max_new_tokens: int) -> None:
        limit = self._context_limit()
        if prompt_tokens + max_new_tokens > limit:
            raise InvalidArgumentError(
                f"prompt ({prompt_tokens} tokens) + max_new_tokens ({max_new_tokens}) exceeds the "
                f"model's context of {limit} tokens",
                field="messages",
            )

    def _require_model(self) -> None:
        if self._model is None:
            raise UnavailableError("the hf backend has not finished loading its model")

    # -- adapters ---------------------------------------------------------------------------------

    def list_adapters(self) -> list[AdapterInfo]:
        """Loaded adapters, in load order, with the active one marked."""
        return self._adapters.listing()

    async def load_adapter(self, name: str, path: str) -> AdapterInfo:
        """Load a PEFT LoRA adapter from `path` under `name` (not activated)."""
        self._require_model()
        self._adapters.require_new(name)
        folder = Path(path)
        if not (folder / "adapter_config.json").is_file():
            raise InvalidArgumentError(f"no adapter_config.json in {folder}", field="path")
        key = f"a{len(self._peft_keys)}"  # PEFT module keys must not contain '.', versioned names do
        await asyncio.get_running_loop().run_in_executor(self._executor, self._attach, key, folder)
        self._peft_keys[name] = key
        return self._adapters.add(name, str(folder))

    def _attach(self, key: str, folder: Path) -> None:
        from peft import PeftModel

        try:
            if isinstance(self._model, PeftModel):
                self._model.load_adapter(str(folder), adapter_name=key)
            else:
                self._model = PeftModel.from_pretrained(self._model, str(folder), adapter_name=key).eval()
        except (ValueError, RuntimeError, KeyError, OSError) as exc:
            raise InvalidArgumentError(f"cannot load adapter from {folder}: {exc}", field="path") from exc

    async def activate_adapter(self, name: str) -> tuple[str, str]:
        """Make `name` (empty = base model) the default adapter; returns (active, previous)."""
        return self._adapters.activate(name)

    def _adapter_scope(self, adapter: str) -> Any:
        from contextlib import nullcontext

        if not self._peft_keys:
            return nullcontext()
        if not adapter:
            return self._model.disable_adapter()
        self._model.set_adapter(self._peft_keys[adapter])
        return nullcontext()


class _QueueStreamer:
    """transformers streamer that decodes incrementally and pushes stop-filtered deltas to the loop."""

    def __init__(self, tokenizer: Any, job: _Job, stops: StopStringFilter) -> None:
        from transformers import TextStreamer

        self._job, self._stops = job, stops
        outer = self

        class _Inner(TextStreamer):
            def on_finalized_text(self, text: str, stream_end: bool = False) -> None:
                outer._emit(stops.feed(text))
                if stream_end:
                    outer._emit(stops.flush())

        self._inner: Any = _Inner(tokenizer, skip_prompt=True, skip_special_tokens=True)

    def put(self, value: Any) -> None:
        self._inner.put(value)

    def end(self) -> None:
        self._inner.end()

    def _emit(self, text: str) -> None:
        if text and self._job.queue is not None:
            self._job.loop.call_soon_threadsafe(self._job.queue.put_nowait, text)


async def _next_delta(job: _Job, future: asyncio.Future[Any]) -> str | None:
    """The next delta, or None once the worker has finished and the queue is drained."""
    assert job.queue is not None
    while True:
        if not job.queue.empty():
            return job.queue.get_nowait()
        if future.done():
            future.result()  # re-raise worker errors
            return None if job.queue.empty() else job.queue.get_nowait()
        getter = asyncio.ensure_future(job.queue.get())
        done, _ = await asyncio.wait({getter, future}, return_when=asyncio.FIRST_COMPLETED)
        if getter in done:
            return getter.result()
        getter.cancel()


def _stopping(job: _Job, stops: StopStringFilter) -> Any:
    from transformers import StoppingCriteria, StoppingCriteriaList

    class _Stop(StoppingCriteria):
        def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> bool:
            return job.cancel.is_set() or stops.stopped

    return StoppingCriteriaList([_Stop()])


def _generate_kwargs(params: SamplingParams, tokenizer: Any) -> dict[str, Any]:
    greedy = params.temperature == 0.0
    kwargs: dict[str, Any] = {
        "max_new_tokens": params.max_new_tokens,
        "do_sample": not greedy,
        "repetition_penalty": params.repetition_penalty,
        "pad_token_id": tokenizer.pad_token_id
        if tokenizer.pad_token_id is not None
        else tokenizer.eos_token_id,
    }
    if not greedy:
        kwargs.update(temperature=params.temperature, top_p=params.top_p, top_k=params.top_k or None)
    else:
        kwargs.update(temperature=None, top_p=None, top_k=None)
    return kwargs


def _finish_reason(stopped: bool, produced: int, max_new_tokens: int) -> FinishReason:
    if stopped:
        return FinishReason.STOP_STRING
    return FinishReason.LENGTH if produced >= max_new_tokens else FinishReason.STOP


def _pick_device(device: str) -> str:
    import torch

    if device != "auto":
        if device.startswith("cuda") and not torch.cuda.is_available():
            raise FailedPreconditionError(f"device {device!r} requested but CUDA is not available")
        return device
    return "cuda" if torch.cuda.is_available() else "cpu"


def _torch_dtype(name: str, device: str) -> Any:
    import torch

    if name == "auto":
        # The checkpoint's own dtype: the embedded Gemma is stored in bf16, which on CPU decodes about
        # twice as fast as an fp32 upcast with near-identical greedy output (see the model store notes).
        return "auto"
    return {"float32": torch.float32, "bfloat16": torch.bfloat16, "float16": torch.float16}[name]
