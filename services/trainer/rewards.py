"""GRPO reward functions of a training spec: the reward service's dimensions and the guardian's verdict.

Every function is a plain synchronous `(prompts, completions, **kwargs) -> list[float]` callable, as
TRL's GRPOTrainer expects; prompts and completions may be strings or message lists.

The guardian reward maps the verdict's overall severity onto [0, 1], monotone in safety:
safe -> 1.0, controversial -> 0.5, unsafe -> 0.0. A verdict without a severity (never sent by a
conforming server) scores 0.0, so a broken judge cannot reward anything (fail closed).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from services.common.grpc_client import call_blocking, open_blocking_channel
from services.common.pb.medguard.guardian.v1 import guardian_pb2 as pb
from services.common.pb.medguard.guardian.v1 import guardian_pb2_grpc as pb_grpc
from services.guardian.client import evaluate_request
from services.guardian.evaluator.screen import ScreenItem
from services.reward.trl_rewards import RewardFunction, RewardFunctions, to_items
from services.trainer.config import TrainSpec

__all__ = ["GUARDIAN_REWARD", "guardian_reward", "reward_functions", "reward_weights"]

GUARDIAN_REWARD = {
    pb.SEVERITY_SAFE: 1.0,
    pb.SEVERITY_CONTROVERSIAL: 0.5,
    pb.SEVERITY_UNSAFE: 0.0,
}


def guardian_reward(target: str, timeout_s: float = 30.0) -> RewardFunction:
    """A reward function (named "guardian") judging each (prompt, completion) with Guardian.Evaluate.

    One Evaluate call per batch; a failed call raises the typed MedGuard error of its gRPC status,
    which stops training rather than rewarding unjudged text.
    """
    stub = pb_grpc.GuardianStub(open_blocking_channel(target))  # the closure keeps the channel alive

    def guardian(prompts: Sequence[Any], completions: Sequence[Any], **kwargs: Any) -> list[float]:
        items = [ScreenItem(i.conversation, i.response) for i in to_items(prompts, completions)]
        reply = call_blocking(stub.Evaluate, evaluate_request(items), timeout_s=timeout_s, peer="guardian")
        if len(reply.verdicts) != len(items):
            raise RuntimeError(f"guardian returned {len(reply.verdicts)} verdicts for {len(items)} items")
        return [GUARDIAN_REWARD.get(v.severity, 0.0) for v in reply.verdicts]

    return guardian


def reward_functions(spec: TrainSpec) -> list[RewardFunction]:
    """The spec's GRPO rewards: `spec.grpo.reward_names` on the reward service, then the guardian's.

    Raises ValueError when the spec names neither a reward nor a guardian address.
    """
    if not spec.reward_addr and not spec.guardian_addr:
        raise ValueError("GRPO needs rewards: set reward_addr and/or guardian_addr in the spec")
    functions: list[RewardFunction] = []
    if spec.reward_addr:
        functions.extend(RewardFunctions(spec.reward_addr).functions(spec.grpo.reward_names))
    if spec.guardian_addr:
        functions.append(guardian_reward(spec.guardian_addr))
    return functions


def reward_weights(spec: TrainSpec) -> list[float]:
    """GRPOConfig.reward_weights in the order of `reward_functions(spec)`: 1 per service reward, then
    `grpo.guardian_weight`."""
    weights = [1.0] * len(spec.grpo.reward_names) if spec.reward_addr else []
    if spec.guardian_addr:
        weights.append(spec.grpo.guardian_weight)
    return weights
