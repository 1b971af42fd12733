"""Policy backend for a remote OpenAI-compatible chat server (`vllm serve`, llama.cpp server, a gateway).

Speaks `/v1/models` and `/v1/chat/completions` (plain and SSE streaming) over one httpx client.
LoRA adapters are what vLLM makes of them: extra served model names, loaded at runtime through
vLLM's `POST /v1/load_lora_adapter`. Every failure leaves as a `MedGuardError` naming the URL.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator

from services.common.errors import (
    DeadlineExceededError,
    FailedPreconditionError,
    InvalidArgumentError,
    MedGuardError,
    NotFoundError,
    PayloadTooLargeError,
    UnavailableError,
)
from services.policy.backends.adapters import AdapterBook
from services.policy.types import (
    AdapterInfo,
    FinishReason,
    Generation,
    GenerationRequest,
    ModelInfo,
    StreamChunk,
    Usage,
)

BACKEND_NAME = "openai"
_DEFAULT_RETRY_AFTER_S = 5
_RUNTIME_LORA_HINT = (
    "the server must allow runtime LoRA loading: run `vllm serve` with --enable-lora and the "
    "environment variable VLLM_ALLOW_RUNTIME_LORA_UPDATING=True"
)


class OpenAIBackendConfig(BaseModel):
    """Where and how to reach the remote OpenAI-compatible server."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    base_url: str = Field(
        default="http://127.0.0.1:8000/v1", description="API root including /v1, e.g. http://gpu-0:8000/v1"
    )
    api_key: SecretStr | None = Field(default=None, description="sent as `Authorization: Bearer` when set")
    model: str = Field(
        default="", description="served model id; empty = discovered from GET /v1/models in start()"
    )
    timeout_s: float = Field(default=60.0, gt=0.0, description="connect / read / write timeout per call, s")
    max_context_tokens: int = Field(default=4096, ge=1, description="the served model's context length")
    extra_headers: dict[str, str] = Field(default_factory=dict, description="added to every request")

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        value = value.strip().rstrip("/")
        if not value.startswith(("http://", "https://")):
            raise ValueError(f"base_url must start with http:// or https://, got {value!r}")
        return value


class OpenAIBackend:
    """`PolicyBackend` over a remote OpenAI-compatible server; adapters are served model names."""

    def __init__(self, config: OpenAIBackendConfig) -> None:
        self._config = config
        self._client: httpx.AsyncClient | None = None
        self._model = config.model
        self._adapters = AdapterBook()

    async def start(self) -> None:
        """Open the HTTP client and check the server answers GET /models (UnavailableError if not)."""
        if self._client is not None:
            return
        client = httpx.AsyncClient(headers=self._headers(), timeout=httpx.Timeout(self._config.timeout_s))
        try:
            served = await self._served_models(client)
            if not self._model:
                self._model = _pick_base_model(served, self._url("models"))
        except BaseException:
            await client.aclose()
            raise
        self._client = client

    async def close(self) -> None:
        """Close the HTTP client; start() may be called again afterwards."""
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    def info(self) -> ModelInfo:
        """The served model id, `openai`, the configured context length and the active adapter."""
        return ModelInfo(
            model=self._model,
            backend=BACKEND_NAME,
            max_context_tokens=self._config.max_context_tokens,
            active_adapter=self._adapters.active,
            supports_adapters=True,
        )

    async def generate(self, request: GenerationRequest) -> Generation:
        """One complete assistant turn from POST /chat/completions."""
        client = self._require_client()
        model, adapter = self._target(request)
        url = self._url("chat/completions")
        with _transport_errors(url):
            response = await client.post(url, json=_chat_body(request, model, stream=False))
        if response.is_error:
            raise _status_error(response, url)
        payload = _json_object(response, url)
        choice = _first_choice(payload, url)
        message = choice.get("message")
        content = message.get("content") if isinstance(message, dict) else None
        return Generation(
            text=content if isinstance(content, str) else "",
            finish_reason=_finish_reason(choice),
            usage=_usage(payload),
            model=self._model,
            adapter=adapter,
        )

    async def generate_stream(self, request: GenerationRequest) -> AsyncIterator[StreamChunk]:
        """Text deltas as the server sends them (SSE); the final chunk has finish_reason and usage."""
        client = self._require_client()
        model, adapter = self._target(request)
        url = self._url("chat/completions")
        state = _StreamState()
        with _transport_errors(url):
            async with client.stream("POST", url, json=_chat_body(request, model, stream=True)) as response:
                if response.is_error:
                    await response.aread()
                    raise _status_error(response, url)
                async for data in _sse_data(response):
                    if data == "[DONE]":
                        state.done = True
                        break
                    delta = state.absorb(_parse_event(data, url))
                    if delta:
                        yield StreamChunk(delta=delta, model=self._model, adapter=adapter)
        yield state.final_chunk(url, model=self._model, adapter=adapter)

    def list_adapters(self) -> list[AdapterInfo]:
        """Adapters loaded through load_adapter, in load order, the active one marked."""
        return self._adapters.listing()

    async def load_adapter(self, name: str, path: str) -> AdapterInfo:
        """Ask vLLM to load the LoRA at `path` (a path on the server) as served model `name`."""
        client = self._require_client()
        self._adapters.require_new(name)
        url = f"{self._server_root()}/v1/load_lora_adapter"
        with _transport_errors(url):
            response = await client.post(url, json={"lora_name": name, "lora_path": path})
        if response.status_code in (400, 404):
            raise FailedPreconditionError(
                f"{url} did not load adapter {name!r} from {path!r}: {_error_message(response)}; "
                f"{_RUNTIME_LORA_HINT}"
            )
        if response.is_error:
            raise _status_error(response, url)
        return self._adapters.add(name, path)

    async def activate_adapter(self, name: str) -> tuple[str, str]:
        """Make `name` (a loaded adapter, or empty for the base model) the default model name."""
        return self._adapters.activate(name)

    def _require_client(self) -> httpx.AsyncClient:
        if self._client is None:
            raise FailedPreconditionError(f"the openai backend for {self._config.base_url} is not started")
        return self._client

    def _target(self, request: GenerationRequest) -> tuple[str, str]:
        """(model name to send, adapter name or empty): the request's adapter wins over the active one."""
        adapter = request.adapter or self._adapters.active  # unknown names pass through to the server
        return adapter or self._model, adapter

    def _url(self, path: str) -> str:
        return f"{self._config.base_url}/{path}"

    def _server_root(self) -> str:
        """base_url without its trailing /v1: vLLM's LoRA endpoints hang off the server root."""
        return self._config.base_url.removesuffix("/v1")

    def _headers(self) -> dict[str, str]:
        headers = {"Accept": "application/json", **self._config.extra_headers}
        if self._config.api_key is not None:
            headers["Authorization"] = f"Bearer {self._config.api_key.get_secret_value()}"
        return headers

    async def _served_models(self, client: httpx.AsyncClient) -> list[dict[str, Any]]:
        """GET /models; any failure is the server being unavailable (or the key being refused)."""
        url = self._url("models")
        with _transport_errors(url):
            response = await client.get(url)
        if response.is_error:
            error = _status_error(response, url)
            if isinstance(error, UnavailableError | FailedPreconditionError):
                raise error
            raise UnavailableError(f"{url} is not an OpenAI-compatible model list: {error.message}")
        data = _json_object(response, url).get("data")
        if not isinstance(data, list):
            raise UnavailableError(f"{url} answered without a `data` list of models")
        return [entry for entry in data if isinstance(entry, dict)]


@dataclass
class _StreamState:
    """What one streamed answer has told so far (per call; never shared)."""

    finish: FinishReason | None = None
    usage: Usage | None = None
    done: bool = False

    def absorb(self, event: dict[str, Any]) -> str:
        """Record finish_reason / usage from one chunk and return its text delta."""
        if isinstance(event.get("usage"), dict):
            self.usage = _usage(event)
        choices = event.get("choices")
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
            return ""  # the usage-only chunk of stream_options.include_usage
        choice = choices[0]
        if choice.get("finish_reason"):
            self.finish = _finish_reason(choice)
        delta = choice.get("delta")
        content = delta.get("content") if isinstance(delta, dict) else None
        return content if isinstance(content, str) else ""

    def final_chunk(self, url: str, *, model: str, adapter: str) -> StreamChunk:
        """The closing chunk; a stream cut off before [DONE] or a finish_reason is an outage."""
        if self.finish is None and not self.done:
            raise UnavailableError(f"{url} closed the stream before the answer finished")
        return StreamChunk(
            finish_reason=self.finish or FinishReason.STOP,
            usage=self.usage or Usage(),
            model=model,
            adapter=adapter,
        )


def _chat_body(request: GenerationRequest, model: str, *, stream: bool) -> dict[str, Any]:
    """The chat-completions request body; vLLM's extra sampling fields only when they differ from off."""
    body: dict[str, Any] = {
        "model": model,
        "messages": [{"role": m.role, "content": m.content} for m in request.messages],
        **request.params.openai_fields(),
    }
    if stream:
        body["stream"] = True
        body["stream_options"] = {"include_usage": True}
    return body


async def _sse_data(response: httpx.Response) -> AsyncIterator[str]:
    """The `data:` payloads of a server-sent event stream, as they arrive (comments and ids skipped)."""
    async for line in response.aiter_lines():
        if line.startswith("data:"):
            yield line[len("data:") :].strip()


def _parse_event(data: str, url: str) -> dict[str, Any]:
    """One streamed JSON chunk; an in-stream `{"error": ...}` becomes the matching MedGuardError."""
    try:
        event = json.loads(data)
    except ValueError as exc:
        raise UnavailableError(f"{url} sent a malformed stream event: {data[:200]!r}") from exc
    if not isinstance(event, dict):
        raise UnavailableError(f"{url} sent a stream event that is not a JSON object: {data[:200]!r}")
    error = event.get("error")
    if error:
        detail = error if isinstance(error, dict) else {"message": str(error)}
        code = detail.get("code")
        message = f"{url} failed mid-stream: {detail.get('message') or detail}"
        if isinstance(code, int) and 400 <= code < 500 and code != 429:
            raise InvalidArgumentError(message)
        raise UnavailableError(f"{message} (retry later)")
    return event


def _finish_reason(choice: dict[str, Any]) -> FinishReason:
    """OpenAI's finish_reason; vLLM's `stop_reason` names the stop string when one ended the turn."""
    if choice.get("finish_reason") == "length":
        return FinishReason.LENGTH
    if isinstance(choice.get("stop_reason"), str):
        return FinishReason.STOP_STRING
    return FinishReason.STOP


def _usage(payload: dict[str, Any]) -> Usage:
    usage = payload.get("usage")
    if not isinstance(usage, dict):
        return Usage()
    return Usage(
        prompt_tokens=_count(usage.get("prompt_tokens")),
        completion_tokens=_count(usage.get("completion_tokens")),
    )


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def _pick_base_model(served: list[dict[str, Any]], url: str) -> str:
    """The first served model that is not a LoRA (vLLM gives LoRA entries a `parent`)."""
    ids = [(str(m["id"]), m.get("parent")) for m in served if m.get("id")]
    for model_id, parent in ids:
        if not parent:
            return model_id
    if ids:
        return ids[0][0]
    raise UnavailableError(f"{url} lists no models; set `model` in the openai backend config")


def _json_object(response: httpx.Response, url: str) -> dict[str, Any]:
    try:
        payload = response.json()
    except ValueError as exc:
        raise UnavailableError(f"{url} answered HTTP {response.status_code} with invalid JSON") from exc
    if not isinstance(payload, dict):
        raise UnavailableError(f"{url} answered with a JSON {type(payload).__name__}, not an object")
    return payload


def _first_choice(payload: dict[str, Any], url: str) -> dict[str, Any]:
    choices = payload.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        raise UnavailableError(f"{url} answered without choices")
    return choices[0]


def _error_message(response: httpx.Response) -> str:
    """The server's own words: OpenAI `{"error": {"message"}}`, vLLM `{"message"}`, FastAPI `{"detail"}`."""
    try:
        body = response.json()
    except ValueError:
        return response.text.strip()[:500] or response.reason_phrase
    if isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, dict) and error.get("message"):
            return str(error["message"])
        if isinstance(error, str) and error:
            return error
        for key in ("message", "detail"):
            if body.get(key):
                return str(body[key])
    return response.text.strip()[:500]


def _retry_after_s(response: httpx.Response) -> int:
    value = response.headers.get("retry-after", "").strip()
    return int(value) if value.isdigit() else _DEFAULT_RETRY_AFTER_S


def _status_error(response: httpx.Response, url: str) -> MedGuardError:
    """The typed error for an HTTP error answer: overload and 5xx are retryable, other 4xx are the request."""
    status = response.status_code
    message = f"{url} answered HTTP {status}: {_error_message(response)}"
    if status == 429 or status >= 500:
        retry_after = _retry_after_s(response)
        return UnavailableError(f"{message} (retry in {retry_after} s)", retry_after_s=retry_after)
    if status in (401, 403):
        return FailedPreconditionError(f"{message} (check the openai backend's api_key)")
    if status == 404:
        return NotFoundError(message)
    if status == 413:
        return PayloadTooLargeError(message)
    return InvalidArgumentError(message)


@contextlib.contextmanager
def _transport_errors(url: str) -> Iterator[None]:
    """Turn httpx's transport failures into UnavailableError / DeadlineExceededError naming `url`."""
    try:
        yield
    except httpx.TimeoutException as exc:
        raise DeadlineExceededError(f"{url} did not answer in time ({type(exc).__name__})") from exc
    except httpx.HTTPError as exc:
        raise UnavailableError(f"cannot reach {url}: {exc or type(exc).__name__}") from exc
