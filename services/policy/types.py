"""Domain types of the policy service (protobuf-free)."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from services.common.types import ChatMessage


class FinishReason(StrEnum):
    """Why generation ended."""

    STOP = "stop"
    LENGTH = "length"
    STOP_STRING = "stop_string"


class SamplingParams(BaseModel):
    """How to sample. temperature 0 means greedy."""

    model_config = ConfigDict(frozen=True)

    max_new_tokens: int = Field(default=256, ge=1)
    temperature: float = Field(default=0.0, ge=0.0, le=2.0)
    top_p: float = Field(default=1.0, gt=0.0, le=1.0)
    top_k: int = Field(default=0, ge=0)
    stop: tuple[str, ...] = ()
    seed: int | None = None
    repetition_penalty: float = Field(default=1.0, gt=0.0)

    def openai_fields(self) -> dict[str, Any]:
        """The OpenAI/vLLM sampling fields; vLLM's extra knobs only when switched on.

        top_k is left out when off because older vLLM releases spell "off" as -1, newer ones as 0.
        """
        fields: dict[str, Any] = {
            "max_tokens": self.max_new_tokens,
            "temperature": self.temperature,
            "top_p": self.top_p,
        }
        if self.stop:
            fields["stop"] = list(self.stop)
        if self.top_k > 0:
            fields["top_k"] = self.top_k
        if self.repetition_penalty != 1.0:
            fields["repetition_penalty"] = self.repetition_penalty
        if self.seed is not None:
            fields["seed"] = self.seed
        return fields


class GenerationRequest(BaseModel):
    """A conversation to continue with one assistant turn."""

    model_config = ConfigDict(frozen=True)

    messages: tuple[ChatMessage, ...]
    params: SamplingParams = SamplingParams()
    adapter: str = Field(default="", description="adapter name; empty = the active one")


class Usage(BaseModel):
    """Token counts of one generation."""

    prompt_tokens: int = 0
    completion_tokens: int = 0


class Generation(BaseModel):
    """A finished assistant turn."""

    text: str
    finish_reason: FinishReason
    usage: Usage
    model: str
    adapter: str = ""


class StreamChunk(BaseModel):
    """A piece of a streamed generation; the last one carries finish_reason and usage."""

    delta: str = ""
    finish_reason: FinishReason | None = None
    usage: Usage | None = None
    model: str = ""
    adapter: str = ""


class AdapterInfo(BaseModel):
    """A LoRA adapter loaded on a policy backend."""

    name: str
    path: str
    active: bool = False
    loaded_at: int = 0


class ModelInfo(BaseModel):
    """What a policy backend runs."""

    model: str
    backend: str
    max_context_tokens: int
    active_adapter: str = ""
    supports_adapters: bool = False
