"""Render a conversation into a prompt: the tokenizer's chat template, or a plain one for base models."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from services.common.types import ChatMessage

PLAIN_LABELS = {"system": "系统", "user": "用户", "assistant": "助手"}
PLAIN_STOPS = ("\n用户：", "\n系统：")


def plain_prompt(messages: Sequence[ChatMessage]) -> str:
    """A template for base models without a chat template: labelled turns ending in the assistant label."""
    lines = [f"{PLAIN_LABELS[m.role]}：{m.content}" for m in messages]
    return "\n".join([*lines, f"{PLAIN_LABELS['assistant']}："])


def render_prompt(tokenizer: Any, messages: Sequence[ChatMessage]) -> tuple[str, tuple[str, ...]]:
    """The prompt text and any stop strings the template needs (the plain template stops at the next turn)."""
    if getattr(tokenizer, "chat_template", None):
        rendered = tokenizer.apply_chat_template(
            [m.model_dump() for m in messages], add_generation_prompt=True, tokenize=False
        )
        return str(rendered), ()
    return plain_prompt(messages), PLAIN_STOPS
