"""The chat orchestrator with fakes: screening order, replacement, streaming hold-back, fail closed."""

from __future__ import annotations

import pytest

from services.common.errors import InvalidArgumentError, UnavailableError
from services.common.types import ChatMessage, Severity
from services.guardian.orchestrator import ChatOrchestrator, ChatReply, ChatTurn, Delta
from services.policy.types import SamplingParams
from tests.support.fakes import KeywordScreen, ScriptedPolicy, unavailable


def turn(text: str) -> ChatTurn:
    return ChatTurn(
        messages=(ChatMessage(role="user", content=text),), params=SamplingParams(max_new_tokens=32)
    )


def orchestrator(policy: ScriptedPolicy, screen: KeywordScreen) -> ChatOrchestrator:
    return ChatOrchestrator(
        policy, screen, block_input_at=Severity.UNSAFE, replace_output_at=Severity.CONTROVERSIAL
    )


async def collect(orch: ChatOrchestrator, t: ChatTurn) -> tuple[list[str], ChatReply]:
    deltas, final = [], None
    async for event in orch.chat_stream(t):
        if isinstance(event, Delta):
            deltas.append(event.text)
        else:
            final = event
    assert final is not None
    return deltas, final


async def test_safe_draft_is_returned_with_a_safe_verdict() -> None:
    policy, screen = ScriptedPolicy(), KeywordScreen()
    reply = await orchestrator(policy, screen).chat(turn("感冒了怎么办"))
    assert reply.text == policy.reply
    assert reply.verdict.severity is Severity.SAFE and not reply.replaced and not reply.blocked_input


async def test_unsafe_input_is_answered_without_asking_the_policy() -> None:
    policy, screen = ScriptedPolicy(), KeywordScreen()
    reply = await orchestrator(policy, screen).chat(turn("我想做危险词的事"))
    assert reply.blocked_input and reply.finish_reason == "content_filter"
    assert policy.requests == []
    assert "中华人民共和国测试法" in reply.text


async def test_unsafe_draft_is_replaced_by_a_safe_reply_that_cites_the_norm() -> None:
    policy = ScriptedPolicy(reply="好的。这里是危险词的做法。")
    reply = await orchestrator(policy, KeywordScreen()).chat(turn("请问"))
    assert reply.replaced and "危险词" not in reply.text
    assert "《中华人民共和国测试法》第一条" in reply.text
    assert reply.verdict.severity is Severity.UNSAFE


async def test_streamed_deltas_concatenate_to_the_final_reply() -> None:
    policy = ScriptedPolicy()
    deltas, final = await collect(orchestrator(policy, KeywordScreen()), turn("感冒"))
    assert "".join(deltas) == final.text == policy.reply


async def test_stream_releases_only_whole_screened_sentences() -> None:
    policy = ScriptedPolicy(reply="第一句。第二句！第三句")
    deltas, _ = await collect(orchestrator(policy, KeywordScreen()), turn("问"))
    assert deltas == ["第一句。", "第二句！", "第三句"]


async def test_unsafe_sentence_in_a_stream_is_never_released_and_generation_stops() -> None:
    policy = ScriptedPolicy(reply="先说安全的话。然后是危险词的细节。后面还有很多很多内容。" * 3, piece=2)
    deltas, final = await collect(orchestrator(policy, KeywordScreen()), turn("问"))
    released = "".join(deltas)
    assert released.startswith("先说安全的话。")
    assert "危险词" not in released
    assert final.replaced and final.finish_reason == "content_filter"
    assert released == final.text and "测试法" in final.text
    assert policy.closed_early


async def test_policy_failure_fails_closed_with_unavailable() -> None:
    orch = orchestrator(ScriptedPolicy(fail_with=unavailable()), KeywordScreen())
    with pytest.raises(UnavailableError):
        await orch.chat(turn("感冒"))
    with pytest.raises(UnavailableError):
        await collect(orch, turn("感冒"))


async def test_screen_failure_fails_closed_even_for_a_harmless_draft() -> None:
    orch = orchestrator(ScriptedPolicy(), KeywordScreen(fail=True))
    with pytest.raises(UnavailableError, match="no unscreened text"):
        await orch.chat(turn("感冒"))


async def test_policy_client_errors_keep_their_status() -> None:
    orch = orchestrator(
        ScriptedPolicy(fail_with=InvalidArgumentError("too long", field="messages")), KeywordScreen()
    )
    with pytest.raises(InvalidArgumentError):
        await orch.chat(turn("感冒"))


async def test_invisible_characters_are_stripped_before_screening() -> None:
    policy, screen = ScriptedPolicy(), KeywordScreen()
    reply = await orchestrator(policy, screen).chat(turn("危\u200b险\u200d词"))
    assert reply.blocked_input
