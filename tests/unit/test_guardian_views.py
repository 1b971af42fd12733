"""Window pooling: which views of an item the classifier reads, and how their scores become one."""

from __future__ import annotations

import torch

from services.guardian.evaluator.classifier import ClassifierInput
from services.guardian.evaluator.views import MAX_WINDOWS, expand_views, max_by_owner, sentence_windows

STORY = "护士询问了病史。随后让病人在候诊区等待！两小时后医生才来？血氧已降到85%；家属很着急"


def test_windows_are_consecutive_sentence_pairs_in_text_order() -> None:
    assert sentence_windows(STORY) == [
        "护士询问了病史。",
        "护士询问了病史。随后让病人在候诊区等待！",
        "随后让病人在候诊区等待！两小时后医生才来？",
        "两小时后医生才来？血氧已降到85%；",
        "血氧已降到85%；家属很着急",
    ]


def test_a_single_sentence_has_no_windows_beyond_itself() -> None:
    assert sentence_windows("医生，我最近老是胃疼，这是怎么回事？") == []
    assert sentence_windows("   ") == []


def test_half_width_punctuation_and_line_breaks_end_sentences() -> None:
    assert sentence_windows("step one; step two? step three!\nstep four\nstep five") == [
        "step one;",
        "step one; step two?",
        "step two? step three!",
        "step three!\nstep four",
        "step four\nstep five",
    ]


def test_a_run_on_sentence_is_cut_at_its_commas() -> None:
    clause = "医生把各项检查结果都向家属做了说明"
    run_on = "，".join([clause] * 8) + "。"
    windows = sentence_windows(run_on)
    assert len(windows) > 1
    assert all(len(window) <= 2 * (len(clause) + 1) for window in windows)


def test_a_long_text_keeps_at_most_max_windows_and_every_sentence_is_read() -> None:
    sentences = [f"第{i}步按规范完成。" for i in range(100)]
    windows = sentence_windows("".join(sentences))
    assert len(windows) <= MAX_WINDOWS
    assert all(any(sentence in window for window in windows) for sentence in sentences)


def test_views_start_with_the_whole_item_and_pairs_are_read_whole() -> None:
    items = [
        ClassifierInput(text=STORY),
        ClassifierInput(text=STORY, response="应立即分诊。不能让病人等待。"),
        ClassifierInput(text="胃疼怎么办？"),
    ]
    views, owners = expand_views(items, "windows")
    assert views[0] == items[0] and owners[: 1 + len(sentence_windows(STORY))] == [0] * 6
    assert [view for view, owner in zip(views, owners, strict=True) if owner == 1] == [items[1]]
    assert [view for view, owner in zip(views, owners, strict=True) if owner == 2] == [items[2]]
    assert all(view.response is None for view, owner in zip(views, owners, strict=True) if owner == 0)


def test_whole_pooling_reads_each_item_once() -> None:
    items = [ClassifierInput(text=STORY), ClassifierInput(text="胃疼怎么办？")]
    assert expand_views(items, "whole") == (items, [0, 1])


def test_an_item_takes_the_elementwise_maximum_of_its_views() -> None:
    rows = torch.tensor([[0.25, 1.5], [0.75, 0.5], [0.5, 0.5], [-1.0, -2.0]])
    pooled = max_by_owner(rows, [0, 0, 0, 1], 2)
    assert pooled.tolist() == [[0.75, 1.5], [-1.0, -2.0]]


def test_the_gradient_reaches_only_the_view_that_decides_the_item() -> None:
    rows = torch.tensor([[0.1], [2.0], [0.5]], requires_grad=True)
    max_by_owner(rows, [0, 0, 0], 1).sum().backward()
    assert rows.grad is not None and rows.grad.squeeze(-1).tolist() == [0.0, 1.0, 0.0]
