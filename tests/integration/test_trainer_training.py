"""The trainer's core on the tiny Qwen2: LoRA DPO and GRPO with TRL, in process and under accelerate."""

from __future__ import annotations

import asyncio
import hashlib
import json
import sys
from collections.abc import AsyncIterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from services.guardian.server import GuardianServicer, guardian_service
from services.guardian.settings import GuardianSettings
from services.trainer.config import DpoRunConfig, GrpoRunConfig, LoraSettings, TrainResult, TrainSpec
from services.trainer.launch import SPEC_FILE, TrainingFailedError, launch_command, run_launched
from services.trainer.rewards import guardian_reward, reward_functions, reward_weights
from services.trainer.training import RESULT_FILE, train
from tests.support.fakes import KeywordScreen

# Written for these tests: (question, careful reply, harmful reply).
PAIRS = [
    (
        "孩子发烧三十九度怎么办？",
        "先物理降温并补充水分，精神差或持续高热请尽快就医。",
        "直接给孩子吃大人的退烧药，加倍剂量好得快。",
    ),
    (
        "降压药可以自己停吗？",
        "不要自行停药，调整剂量请先咨询医生并监测血压。",
        "血压正常了就可以停药，不用告诉医生。",
    ),
    (
        "血糖高能吃水果吗？",
        "可以适量吃低糖水果，注意总量并监测血糖。",
        "水果随便吃，血糖高靠多喝水就能降下来。",
    ),
    (
        "怀孕早期可以吃感冒药吗？",
        "孕期用药要先问医生，不要自行购买感冒药。",
        "感冒药都很安全，孕妇想吃就吃。",
    ),
    ("胸口疼得厉害怎么办？", "胸痛伴呼吸困难请立即拨打急救电话。", "胸口疼忍一忍就过去了，不用去医院。"),
    ("抗生素能治病毒感冒吗？", "抗生素对病毒无效，请遵医嘱用药。", "抗生素什么病都能治，感冒就多吃点。"),
    (
        "可以帮我查邻居的病历吗？",
        "患者病历受隐私保护，不能替他人查询。",
        "可以，把邻居的名字告诉我，我帮你查。",
    ),
    ("器官可以买卖吗？", "器官捐献必须自愿无偿，买卖器官违法。", "可以私下买卖器官，价格好商量。"),
]
GRPO_PROMPTS = ["感冒了应该注意什么？", "高血压患者饮食上要注意什么？"]
CRITERIA = [{"id": "rest", "text": "建议多休息", "points": 2.0}]


def write_jsonl(path: Path, rows: Sequence[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def dpo_row(index: int, question: str, chosen: str, rejected: str) -> dict[str, Any]:
    return {
        "schema": "medguard.export.dpo.v1",
        "event_id": f"evt-{index}",
        "prompt": [
            {"role": "system", "content": "你是医院的智能助手。"},
            {"role": "user", "content": question},
        ],
        "chosen": [{"role": "assistant", "content": chosen}],
        "rejected": [{"role": "assistant", "content": rejected}],
        "tenant": "hospital-a",
        "dimensions": ["non_maleficence"],
    }


def grpo_rows() -> list[dict[str, Any]]:
    return [
        {
            "schema": "medguard.export.grpo.v1",
            "event_id": f"evt-g{i}",
            "prompt": [{"role": "user", "content": question}],
            "dimensions": [],
            "criteria": CRITERIA if i == 0 else [],
        }
        for i, question in enumerate(GRPO_PROMPTS)
    ]


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("trainer-data")
    write_jsonl(root / "dpo.jsonl", [dpo_row(i, *pair) for i, pair in enumerate(PAIRS)])
    write_jsonl(root / "grpo.jsonl", grpo_rows())
    return root


def dpo_spec(base: Path, data_dir: Path, out: Path, **dpo: Any) -> TrainSpec:
    settings = {"max_steps": 3, "learning_rate": 1e-3, "max_length": 128, **dpo}
    return TrainSpec(
        kind="dpo",
        base_model=str(base),
        dataset=str(data_dir / "dpo.jsonl"),
        output_dir=str(out),
        lora=LoraSettings(r=4, alpha=8, dropout=0.0),
        dpo=DpoRunConfig(**settings),
        device="cpu",
    )


def grpo_spec(base: Path, data_dir: Path, out: Path, batch: int = 4, **extra: Any) -> TrainSpec:
    grpo = GrpoRunConfig(
        max_steps=1,
        learning_rate=1e-3,
        num_generations=4,
        per_device_batch_size=batch,
        max_completion_length=8,
    )
    return TrainSpec(
        kind="grpo",
        base_model=str(base),
        dataset=str(data_dir / "grpo.jsonl"),
        output_dir=str(out),
        lora=LoraSettings(r=4, alpha=8, dropout=0.0),
        grpo=grpo,
        device="cpu",
        **extra,
    )


def adapter_weights(folder: Path) -> dict[str, Any]:
    from safetensors.torch import load_file

    return load_file(str(folder / "adapter_model.safetensors"))


@pytest.fixture(scope="module")
def dpo_run(tiny_model_dir: Path, data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> TrainResult:
    out = tmp_path_factory.mktemp("dpo-run") / "adapter"
    return train(dpo_spec(tiny_model_dir, data_dir, out), progress=False)


def test_dpo_run_trains_the_lora_and_saves_an_adapter_the_policy_can_load(
    dpo_run: TrainResult, tiny_model_dir: Path, data_dir: Path
) -> None:
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    out = Path(dpo_run.adapter_dir)
    assert dpo_run.steps == 3 and dpo_run.rows == len(PAIRS) and dpo_run.param_delta > 0
    assert dpo_run.dataset_sha256 == hashlib.sha256((data_dir / "dpo.jsonl").read_bytes()).hexdigest()
    assert 0 < dpo_run.step_seconds < dpo_run.seconds
    assert {"rewards/margins", "rewards/accuracies", "loss"} <= set(dpo_run.metrics)
    assert TrainResult.from_json(out / RESULT_FILE) == dpo_run
    weights = adapter_weights(out)
    lora_b = [t for name, t in weights.items() if "lora_B" in name]
    # LoRA's B starts at zero: a non-zero B in the saved file can only come from training.
    assert lora_b and all(t.abs().max() > 0 for t in lora_b)
    assert not any(".ref." in name for name in weights) and not (out / "ref").exists()

    base = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    ids = torch.tensor([[5, 17, 42, 99, 7]])
    with torch.no_grad():
        before = base(ids).logits
        tuned = PeftModel.from_pretrained(base, str(out), adapter_name="medguard-dpo").eval()
        after = tuned(ids).logits
    assert not torch.allclose(before, after)


def test_dpo_continuing_from_an_adapter_starts_from_its_weights(
    dpo_run: TrainResult, tiny_model_dir: Path, data_dir: Path, tmp_path: Path
) -> None:
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    first = Path(dpo_run.adapter_dir)
    spec = replace(
        dpo_spec(tiny_model_dir, data_dir, tmp_path / "next", max_steps=1), init_adapter=str(first)
    )
    result = train(spec, progress=False)
    start, end = adapter_weights(first), adapter_weights(tmp_path / "next")
    assert start.keys() == end.keys()
    moved = torch.sqrt(sum(((end[k] - start[k]) ** 2).sum() for k in start))
    # The change measured from the starting adapter is exactly the run's own change.
    assert result.param_delta > 0 and float(moved) == pytest.approx(result.param_delta, rel=1e-4)
    # The reference is the adapter we continued from, so the first step's implicit rewards are zero.
    assert result.metrics["rewards/chosen"] == pytest.approx(0.0, abs=1e-6)

    base = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    model = PeftModel.from_pretrained(base, str(first), adapter_name="v1")
    model.load_adapter(str(tmp_path / "next"), adapter_name="v2")
    assert {"v1", "v2"} <= set(model.peft_config)


def test_one_grpo_step_with_python_rewards_changes_the_lora_and_reports_rewards(
    tiny_model_dir: Path, data_dir: Path, tmp_path: Path
) -> None:
    seen_criteria: list[Any] = []

    def length_reward(prompts: Sequence[Any], completions: Sequence[Any], **kwargs: Any) -> list[float]:
        seen_criteria.extend(kwargs["criteria"])
        return [len(c[-1]["content"]) / 20 for c in completions]

    def keyword_reward(prompts: Sequence[Any], completions: Sequence[Any], **kwargs: Any) -> list[float]:
        return [1.0 if "医" in c[-1]["content"] else 0.0 for c in completions]

    spec = grpo_spec(tiny_model_dir, data_dir, tmp_path / "grpo", batch=8)  # both prompts, 4 samples each
    result = train(spec, reward_funcs=[length_reward, keyword_reward], progress=False)
    assert result.kind == "grpo" and result.steps == 1 and result.rows == 2
    assert result.param_delta > 0 and result.step_seconds > 0
    assert {"reward", "rewards/length_reward/mean", "rewards/keyword_reward/mean"} <= set(result.metrics)
    # The rubric column reaches the rewards, one row's criteria per completion.
    assert sorted(map(len, seen_criteria)) == [0] * 4 + [len(CRITERIA)] * 4 and CRITERIA in seen_criteria
    assert (tmp_path / "grpo" / "adapter_model.safetensors").is_file()


def test_launch_command_runs_the_trainer_entry_under_accelerate() -> None:
    command = launch_command(Path("/x/spec.json"), num_processes=2, cpu=True)
    assert command[:4] == [sys.executable, "-m", "accelerate.commands.launch", "--quiet"]
    assert command[-3:] == ["-m", "services.trainer.entry", "/x/spec.json"]
    assert command[command.index("--num_processes") + 1] == "2" and "--cpu" in command
    assert command[command.index("--mixed_precision") + 1] == "no"
    with_config = launch_command(Path("s.json"), accelerate_config=Path("ds.yaml"))
    assert with_config[with_config.index("--config_file") + 1] == "ds.yaml"
    assert "--mixed_precision" not in with_config and "--cpu" not in with_config


def test_dpo_launched_through_accelerate_on_cpu_returns_the_written_result(
    tiny_model_dir: Path, data_dir: Path, tmp_path: Path
) -> None:
    spec = replace(dpo_spec(tiny_model_dir, data_dir, tmp_path / "launched", max_steps=2), device="auto")
    result = run_launched(spec, num_processes=1, cpu=True, echo=False)
    out = tmp_path / "launched"
    assert result.steps == 2 and result.param_delta > 0
    assert (out / "adapter_model.safetensors").is_file() and (out / "adapter_config.json").is_file()
    assert TrainSpec.from_json(out / SPEC_FILE).device == "cpu"


def test_a_failing_launched_run_raises_with_the_entrys_error_line(
    tiny_model_dir: Path, data_dir: Path, tmp_path: Path
) -> None:
    spec = replace(dpo_spec(tiny_model_dir, data_dir, tmp_path / "bad"), dataset=str(tmp_path / "none.jsonl"))
    with pytest.raises(TrainingFailedError) as failure:
        run_launched(spec, cpu=True, echo=False)
    assert failure.value.returncode != 0
    assert failure.value.tail[-1].startswith("medguard trainer: ValueError: dataset ")
    assert failure.value.tail[-1].endswith("none.jsonl does not exist")


def test_spec_round_trips_through_json_with_nested_settings(tmp_path: Path) -> None:
    spec = TrainSpec(
        kind="grpo",
        base_model="/models/base",
        dataset="/data/grpo.jsonl",
        output_dir="/out",
        grpo=GrpoRunConfig(num_generations=2, per_device_batch_size=6, reward_names=["aggregate", "safety"]),
        guardian_addr="127.0.0.1:50052",
    )
    path = tmp_path / "spec.json"
    path.write_text(spec.to_json(), encoding="utf-8")
    assert TrainSpec.from_json(path) == spec
    path.write_text(json.dumps({**json.loads(spec.to_json()), "learning_rate": 1e-4}), encoding="utf-8")
    with pytest.raises(ValueError, match=r"unknown keys \['learning_rate'\]"):
        TrainSpec.from_json(path)


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([], "has no rows"),
        (
            [{**dpo_row(7, *PAIRS[0]), "rejected": []}],
            r"dpo\.jsonl:1 \(event evt-7\): missing or empty 'rejected'",
        ),
        (
            [dpo_row(0, *PAIRS[0]), {"prompt": [{"role": "user", "content": "问"}]}],
            r"dpo\.jsonl:2: missing .*chosen",
        ),
        ([{**dpo_row(0, *PAIRS[0]), "schema": "medguard.export.grpo.v1"}], "is not a dpo export"),
    ],
)
def test_bad_dpo_datasets_are_refused_naming_the_row(
    tiny_model_dir: Path, tmp_path: Path, rows: list[dict[str, Any]], message: str
) -> None:
    write_jsonl(tmp_path / "dpo.jsonl", rows)
    with pytest.raises(ValueError, match=message):
        train(dpo_spec(tiny_model_dir, tmp_path, tmp_path / "out"), progress=False)
    assert not (tmp_path / "out").exists()


def test_bad_settings_are_refused_before_training(
    tiny_model_dir: Path, data_dir: Path, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match=r"multiple of grpo\.num_generations"):
        GrpoRunConfig(num_generations=4, per_device_batch_size=6)
    with pytest.raises(ValueError, match="loss_type"):
        DpoRunConfig(loss_type="nonsense")
    with pytest.raises(ValueError, match="kind must be"):
        TrainSpec(kind="ppo", base_model="b", dataset="d", output_dir="o")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"base model folder .* does not exist"):
        train(dpo_spec(tmp_path / "no-model", data_dir, tmp_path / "out"), progress=False)
    with pytest.raises(ValueError, match="GRPO needs rewards"):
        train(grpo_spec(tiny_model_dir, data_dir, tmp_path / "out"), progress=False)


def test_spec_rewards_put_the_guardian_last_with_its_weight() -> None:
    spec = TrainSpec(
        kind="grpo",
        base_model="b",
        dataset="d",
        output_dir="o",
        grpo=GrpoRunConfig(reward_names=["aggregate", "safety"], guardian_weight=0.5),
        reward_addr="127.0.0.1:1",
        guardian_addr="127.0.0.1:2",
    )
    names = [f.__name__ for f in reward_functions(spec)]  # channels connect lazily: nothing is called
    assert names == ["reward_aggregate", "reward_safety", "guardian"]
    assert reward_weights(spec) == [1.0, 1.0, 0.5]


@pytest_asyncio.fixture
async def guardian_grpc() -> AsyncIterator[tuple[str, KeywordScreen]]:
    """A real Guardian gRPC server over a keyword screen."""
    from services.common.grpc_server import GrpcServer

    screen = KeywordScreen(unsafe=("加倍剂量",), controversial=("偏方",))
    servicer = GuardianServicer(screen, max_items=64, max_chars=4000)
    server = GrpcServer(
        "guardian", [guardian_service(servicer)], GuardianSettings(grpc_port=0, metrics_port=0)
    )
    port = await server.start()
    yield f"127.0.0.1:{port}", screen
    await server.stop(0)


async def test_guardian_reward_scores_a_batch_in_one_evaluate_call(
    guardian_grpc: tuple[str, KeywordScreen], tiny_model_dir: Path, data_dir: Path, tmp_path: Path
) -> None:
    target, screen = guardian_grpc
    reward = guardian_reward(target)
    prompts = [[{"role": "user", "content": "孩子发烧怎么办？"}]] * 2 + ["孩子发烧怎么办？"]
    completions = [
        [{"role": "assistant", "content": "物理降温，多喝水，持续高热请就医。"}],
        [{"role": "assistant", "content": "试试祖传偏方。"}],
        "吃退烧药时加倍剂量。",
    ]
    calls = screen.calls
    # The reward is synchronous by TRL's contract; the server runs on this loop, so call it off-loop.
    scores = await asyncio.to_thread(reward, prompts, completions)
    assert scores == [1.0, 0.5, 0.0] and screen.calls == calls + 1 and reward.__name__ == "guardian"

    spec = grpo_spec(tiny_model_dir, data_dir, tmp_path / "guardian-grpo", guardian_addr=target)
    result = await asyncio.to_thread(train, spec, None, False)
    assert result.steps == 1 and "rewards/guardian/mean" in result.metrics
