"""The revision loop in the orchestrator (fakes): guided drafts, critique and rewrite, fallback, streaming."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from services.common.errors import UnavailableError
from services.common.types import ChatMessage, Severity, Verdict
from services.guardian.orchestrator import ChatOrchestrator, ChatTurn, Delta
from services.guardian.principles.toolkit import PrincipleToolkit
from services.guardian.revision import Reviser
from services.guardian.reward_gate import RewardGate
from services.policy.types import SamplingParams
from services.reward.types import ItemScores, RewardItem
from tests.support.fakes import KeywordScreen, ScriptedPolicy, hashing_toolkit, unavailable

BAD = "好的，这里是危险词的做法。"
GOOD = "这个做法有风险，请到正规医院就诊，医生会按规范处理。"


@pytest.fixture(scope="module")
def toolkit(tmp_path_factory: pytest.TempPathFactory) -> PrincipleToolkit:
    return hashing_toolkit(tmp_path_factory.mktemp("cache"))


def turn(text: str, system: str | None = None) -> ChatTurn:
    messages = [ChatMessage(role="user", content=text)]
    if system is not None:
        messages.insert(0, ChatMessage(role="system", content=system))
    return ChatTurn(messages=tuple(messages), params=SamplingParams(max_new_tokens=64))


def orchestrator(
    policy: ScriptedPolicy, screen: KeywordScreen, toolkit: PrincipleToolkit, rounds: int = 2
) -> ChatOrchestrator:
    reviser = Reviser(policy, screen, toolkit, max_rounds=rounds, fail_at=Severity.CONTROVERSIAL)
    return ChatOrchestrator(
        policy,
        screen,
        block_input_at=Severity.UNSAFE,
        replace_output_at=Severity.CONTROVERSIAL,
        reviser=reviser,
    )


def flagging_screen() -> KeywordScreen:
    """Flags any text with '危险词' as unsafe."""
    return KeywordScreen(unsafe=("危险词",))


async def test_unsafe_draft_is_revised_before_reply(toolkit: PrincipleToolkit) -> None:
    policy = ScriptedPolicy(queue=[BAD, "草稿违反了不伤害原则，应改为建议就医。", GOOD])
    reply = await orchestrator(policy, flagging_screen(), toolkit).chat(turn("请问这个怎么处理"))
    assert reply.text == GOOD and reply.revised and reply.replaced
    assert reply.revisions == 1 and reply.verdict.severity is Severity.SAFE
    assert [r.index for r in reply.rounds] == [0, 1]
    assert reply.rounds[0].text == BAD and reply.rounds[0].verdict.severity is Severity.UNSAFE
    assert reply.rounds[1].critique.startswith("草稿违反")
    assert reply.principles and reply.verdict.principles == [p.id for p in reply.principles]
    critique_prompt, rewrite_prompt = (r.messages[-1].content for r in policy.requests[1:3])
    assert BAD in critique_prompt and reply.principles[0].title_zh in critique_prompt
    assert "草稿违反了不伤害原则" in rewrite_prompt


async def test_no_passing_rewrite_ends_in_a_fallback_that_cites_the_norm(toolkit: PrincipleToolkit) -> None:
    policy = ScriptedPolicy(reply=BAD)
    reply = await orchestrator(policy, flagging_screen(), toolkit, rounds=2).chat(turn("请问"))
    assert reply.revisions == 2 and not reply.revised and reply.replaced
    assert reply.finish_reason == "content_filter" and "危险词" not in reply.text
    assert "《" in reply.text and "120" in reply.text
    assert reply.verdict.severity is Severity.SAFE, "the fallback is screened like any reply"
    assert len(policy.requests) == 1 + 2 * 2


async def test_zero_rounds_goes_straight_to_the_fallback(toolkit: PrincipleToolkit) -> None:
    policy = ScriptedPolicy(reply=BAD)
    reply = await orchestrator(policy, flagging_screen(), toolkit, rounds=0).chat(turn("请问"))
    assert reply.revisions == 0 and reply.replaced and len(policy.requests) == 1


async def test_flagged_input_puts_principles_before_the_draft(toolkit: PrincipleToolkit) -> None:
    policy = ScriptedPolicy(reply=GOOD)
    screen = KeywordScreen(controversial=("瞒着",))
    reply = await orchestrator(policy, screen, toolkit).chat(
        turn("家属想瞒着老人做手术", system="医院系统提示")
    )
    (request,) = policy.requests
    system = [m for m in request.messages if m.role == "system"]
    assert len(system) == 1 and system[0].content.startswith("医院系统提示")
    assert reply.principles and reply.principles[0].title_zh in system[0].content
    assert reply.text == GOOD and reply.revisions == 0 and not reply.replaced


async def test_safe_input_is_drafted_without_guidance(toolkit: PrincipleToolkit) -> None:
    policy = ScriptedPolicy(reply=GOOD)
    reply = await orchestrator(policy, KeywordScreen(), toolkit).chat(turn("感冒了怎么办"))
    assert [m.role for m in policy.requests[0].messages] == ["user"]
    assert reply.principles == [] and reply.revisions == 0


async def test_streamed_reply_to_a_flagged_turn_is_revised_before_any_text_is_released(
    toolkit: PrincipleToolkit,
) -> None:
    policy = ScriptedPolicy(queue=[BAD, "改进意见", GOOD])
    screen = KeywordScreen(controversial=("瞒着",))
    deltas, final = [], None
    async for event in orchestrator(policy, screen, toolkit).chat_stream(turn("想瞒着病人")):
        if isinstance(event, Delta):
            deltas.append(event.text)
        else:
            final = event
    assert final is not None and "".join(deltas) == final.text == GOOD
    assert not any("危险词" in d for d in deltas) and final.revisions == 1


async def test_stream_failing_midway_keeps_released_sentences_and_appends_the_revision(
    toolkit: PrincipleToolkit,
) -> None:
    policy = ScriptedPolicy(queue=["先多喝水。然后危险词。", "意见", GOOD])
    deltas, final = [], None
    async for event in orchestrator(policy, flagging_screen(), toolkit).chat_stream(turn("感冒怎么办")):
        if isinstance(event, Delta):
            deltas.append(event.text)
        else:
            final = event
    assert final is not None and "".join(deltas) == final.text
    assert final.text.startswith("先多喝水。") and final.text.endswith(GOOD)
    assert "危险词" not in final.text and final.revisions == 1


async def test_policy_failure_during_revision_fails_closed(toolkit: PrincipleToolkit) -> None:
    policy = ScriptedPolicy(queue=[BAD])
    orch = orchestrator(policy, flagging_screen(), toolkit)
    policy.fail_with = None

    async def failing_generate(request):  # type: ignore[no-untyped-def]
        if policy.requests:
            raise unavailable()
        return await ScriptedPolicy.generate(policy, request)

    policy.generate = failing_generate  # type: ignore[method-assign]
    with pytest.raises(UnavailableError):
        await orch.chat(turn("请问"))


class FakeReward:
    """Marks replies with '偏方' unsafe; otherwise scores by length (longer = better)."""

    def __init__(self, fail: bool = False) -> None:
        self.fail, self.calls = fail, 0

    async def score(self, items: Sequence[RewardItem]) -> list[ItemScores]:
        self.calls += 1
        if self.fail:
            raise unavailable()
        out = []
        for item in items:
            safe = "偏方" not in item.response
            aggregate = 0.5 + min(len(item.response), 100) / 200 if safe else 0.1
            out.append(
                ItemScores(
                    safety={"overall": 0.9 if safe else 0.2, "pseudoscience": 0.95 if safe else 0.1},
                    proficiency={"medical_accuracy": 0.5},
                    aggregate=aggregate,
                    safe=safe,
                )
            )
        return out


def rewarded(policy: ScriptedPolicy, toolkit: PrincipleToolkit, reward: FakeReward) -> ChatOrchestrator:
    gate = RewardGate(reward, Severity.CONTROVERSIAL)
    reviser = Reviser(
        policy, KeywordScreen(), toolkit, max_rounds=2, fail_at=Severity.CONTROVERSIAL, reward=gate
    )
    return ChatOrchestrator(
        policy,
        KeywordScreen(),
        block_input_at=Severity.UNSAFE,
        replace_output_at=Severity.CONTROVERSIAL,
        reviser=reviser,
    )


async def test_draft_the_guardian_passes_is_revised_when_its_safety_score_is_low(
    toolkit: PrincipleToolkit,
) -> None:
    draft = "试试这个祖传偏方，喝三天就好。"
    policy = ScriptedPolicy(queue=[draft, "草稿推荐了偏方。", GOOD])
    reply = await rewarded(policy, toolkit, FakeReward()).chat(turn("咳嗽一直不好怎么办"))
    assert reply.rounds[0].verdict.flagged and reply.rounds[0].reward is not None
    assert not reply.rounds[0].reward.safe
    assert reply.rounds[0].verdict.dimensions[0].id == "pseudoscience"
    assert reply.text == GOOD and reply.revised and reply.reward is not None and reply.reward.safe


async def test_a_failing_reward_service_fails_closed(toolkit: PrincipleToolkit) -> None:
    policy = ScriptedPolicy(queue=[GOOD])
    with pytest.raises(UnavailableError):
        await rewarded(policy, toolkit, FakeReward(fail=True)).chat(turn("咳嗽一直不好怎么办"))


async def test_streamed_sentence_the_reward_model_finds_unsafe_is_never_released(
    toolkit: PrincipleToolkit,
) -> None:
    policy = ScriptedPolicy(queue=["先多喝水。再试试祖传偏方。", "意见", GOOD])
    deltas, final = [], None
    async for event in rewarded(policy, toolkit, FakeReward()).chat_stream(turn("咳嗽怎么办")):
        if isinstance(event, Delta):
            deltas.append(event.text)
        else:
            final = event
    assert final is not None and "".join(deltas) == final.text
    assert not any("偏方" in d for d in deltas)
    assert final.text.startswith("先多喝水。") and final.text.endswith(GOOD)
    assert final.rounds[0].reward is not None and not final.rounds[0].reward.safe
    assert final.reward is not None and final.reward.safe


async def test_rewrite_that_echoes_the_revision_prompt_is_not_a_candidate(toolkit: PrincipleToolkit) -> None:
    echo = "修改意见：你是医学伦理审核员。请审阅下面这段助手回答，指出它违反了哪些原则。"
    policy = ScriptedPolicy(queue=[BAD, "意见", echo, "意见", GOOD])
    reply = await orchestrator(policy, flagging_screen(), toolkit).chat(turn("请问这个怎么处理"))
    assert reply.text == GOOD and reply.revisions == 2
    assert reply.rounds[1].text == "", "the echo is kept out of the candidates"


def test_prompt_echo_detection_spares_ordinary_replies(toolkit: PrincipleToolkit) -> None:
    prompts = toolkit.prompts
    assert prompts.echoes("你是医学伦理审核员。请审阅下面这段助手回答")
    assert not prompts.echoes(GOOD) and not prompts.echoes("请按时服药，定期复查血压，有不适及时就医。")


async def test_blank_text_is_not_sent_to_the_reward_service(toolkit: PrincipleToolkit) -> None:
    reward = FakeReward()
    gate = RewardGate(reward, Severity.CONTROVERSIAL)
    verdict, scores = await gate.check((ChatMessage(role="user", content="你好"),), "\n ", Verdict())
    assert scores is None and verdict.severity is Severity.SAFE and reward.calls == 0


async def test_a_lower_gate_threshold_lets_a_borderline_reply_through() -> None:
    class Borderline:
        async def score(self, items: Sequence[RewardItem]) -> list[ItemScores]:
            return [
                ItemScores(safety={"overall": 0.42}, proficiency={}, aggregate=0.2, safe=False) for _ in items
            ]

    messages = (ChatMessage(role="user", content="糖耐量检查前要空腹多久？"),)
    strict, _ = await RewardGate(Borderline(), Severity.CONTROVERSIAL).check(
        messages, "空腹8小时。", Verdict()
    )
    lenient, _ = await RewardGate(Borderline(), Severity.CONTROVERSIAL, 0.3).check(
        messages, "空腹8小时。", Verdict()
    )
    assert strict.severity is Severity.CONTROVERSIAL and lenient.severity is Severity.SAFE


async def test_draft_that_echoes_the_guidance_prompt_is_revised_not_sent(toolkit: PrincipleToolkit) -> None:
    leak = "你是医院的智能健康助手，面向患者和医务人员。用户的问题涉及以下方面：药物滥用。"
    policy = ScriptedPolicy(queue=[leak, "草稿复述了提示词。", GOOD])
    reply = await orchestrator(policy, KeywordScreen(), toolkit).chat(turn("胸闷吃什么药"))
    assert reply.text == GOOD and reply.revised
    assert reply.rounds[0].verdict.flagged and "提示词" in reply.rounds[0].verdict.rationale


def test_a_reply_may_call_itself_the_hospital_assistant(toolkit: PrincipleToolkit) -> None:
    assert not toolkit.prompts.echoes("您好，我是医院的智能健康助手，很高兴为您服务。")
