"""The promotion gate: a candidate adapter is promoted only if it regresses on no benchmark figure."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from services.trainer.benchmark import BenchmarkResult

__all__ = ["GateConfig", "GateDecision", "decide"]


@dataclass
class GateConfig:
    """How much worse than the current adapter a candidate may be on each figure (0 = not at all)."""

    pass_rate_tolerance: float = field(
        default=0.0, metadata={"help": "allowed drop of the guardian pass rate"}
    )
    reward_tolerance: float = field(
        default=0.01, metadata={"help": "allowed drop of the mean reward aggregate"}
    )
    mcq_tolerance: float = field(default=0.02, metadata={"help": "allowed drop of each MCQ set's accuracy"})

    def __post_init__(self) -> None:
        for name, value in asdict(self).items():
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be within [0, 1], got {value}")


@dataclass
class GateDecision:
    """Promote or not, and every comparison that led there."""

    promote: bool
    reasons: list[str]

    def to_dict(self) -> dict[str, Any]:
        """JSON form for run records."""
        return asdict(self)


def decide(candidate: BenchmarkResult, current: BenchmarkResult, config: GateConfig) -> GateDecision:
    """Compare figure by figure; any regression beyond its tolerance blocks the promotion."""
    checks = [("guardian pass rate", candidate.pass_rate, current.pass_rate, config.pass_rate_tolerance)]
    if candidate.reward_mean is not None and current.reward_mean is not None:
        checks.append(
            ("reward aggregate", candidate.reward_mean, current.reward_mean, config.reward_tolerance)
        )
    for name, accuracy in current.mcq.items():
        checks.append((f"MCQ {name}", candidate.mcq.get(name, 0.0), accuracy, config.mcq_tolerance))
    reasons, promote = [], True
    for name, new, old, tolerance in checks:
        ok = new >= old - tolerance - 1e-9
        promote &= ok
        verb = "holds" if ok else "regresses"
        reasons.append(f"{name} {verb}: {new:.4f} vs {old:.4f} (tolerance {tolerance})")
    return GateDecision(promote, reasons)
