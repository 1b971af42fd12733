"""What the classifier reads of one item: the whole text and, with window pooling, its sentence windows.

A narrative usually breaks a norm in one act told among several proper ones ("the nurse took the
history, then seated the patient in the waiting area; two hours later a doctor found the saturation
at 85%"). Pooled over the whole text, that one clause is averaged away, and a 4-layer encoder reads
the story as proper practice. With window pooling an item is scored on every *view* (the whole text
and each window of two consecutive sentences) and takes the maximum per output: a narrative is
flagged when some window of it is, which is what a violation in a story means. Training uses the
same views and the same maximum (multiple-instance learning), so a lawful narrative teaches that
none of its windows is a violation. Windows also reach the part of a long text past the encoder's
token limit, and an instruction appended for the judge is a window of its own that cannot lower the
score of the others.

A (turn, response) pair has one view: the response is judged in its context as a whole.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    import torch

    from services.guardian.evaluator.classifier import ClassifierInput

__all__ = ["Pooling", "expand_views", "max_by_owner", "sentence_windows"]

Pooling = Literal["whole", "windows"]

# Sentence ends, full width and half width, and line breaks: where one act of a story ends.
_SENTENCE_END = re.compile(r"(?<=[。！？；!?;\n])")
# A "sentence" longer than this (run-on narratives, lists joined by commas) is cut at its commas,
# so that a window stays short enough for one clause to matter.
_MAX_PIECE_CHARS = 96
_CLAUSE_END = re.compile(r"(?<=[，,、：:])")
# At most this many windows per item; a longer text is grouped into this many runs of sentences so
# that every part of it is still read (the cost of one item stays bounded).
MAX_WINDOWS = 24


def sentence_windows(text: str) -> list[str]:
    """Windows of two consecutive pieces (the first piece alone opens), in text order, no duplicates.

    A text of one piece has no windows: its whole view is all there is to read.
    """
    pieces = _pieces(text)
    if len(pieces) <= 1:
        return []
    if len(pieces) > MAX_WINDOWS:
        size = -(-len(pieces) // MAX_WINDOWS)
        pieces = ["".join(pieces[i : i + size]) for i in range(0, len(pieces), size)]
    windows: list[str] = []
    for index in range(len(pieces)):
        window = "".join(pieces[max(0, index - 1) : index + 1]).strip()
        if window and window != text.strip() and window not in windows:
            windows.append(window)
    return windows


def expand_views(
    items: Sequence[ClassifierInput], pooling: Pooling
) -> tuple[list[ClassifierInput], list[int]]:
    """Every item's views and, for each view, the index of the item it belongs to.

    The whole item is always the first view of its item; `whole` pooling gives exactly the items.
    """
    views: list[ClassifierInput] = []
    owners: list[int] = []
    for index, item in enumerate(items):
        views.append(item)
        owners.append(index)
        if pooling == "windows" and item.response is None:
            for window in sentence_windows(item.text):
                views.append(dataclasses.replace(item, text=window))
                owners.append(index)
    return views, owners


def max_by_owner(rows: torch.Tensor, owners: Sequence[int], count: int) -> torch.Tensor:
    """Per item, the elementwise maximum of its views' rows (logits or probabilities)."""
    import torch

    index = torch.tensor(list(owners), dtype=torch.long, device=rows.device).unsqueeze(1).expand_as(rows)
    floor = torch.full((count, rows.shape[1]), float("-inf"), dtype=rows.dtype, device=rows.device)
    return floor.scatter_reduce(0, index, rows, reduce="amax", include_self=True)


def _pieces(text: str) -> list[str]:
    pieces: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        if not sentence.strip():
            if pieces:  # a line break after a sentence end stays with that sentence
                pieces[-1] += sentence
            continue
        if len(sentence) <= _MAX_PIECE_CHARS:
            pieces.append(sentence)
        else:
            pieces.extend(clause for clause in _CLAUSE_END.split(sentence) if clause.strip())
    return pieces
