"""Feedback -> training rows in TRL's column conventions, written as JSONL or Parquet with a manifest.

Kinds (each row also carries `schema`, `event_id`, `tenant`, `adapter`, `dimensions`):
- `dpo`  (medguard.export.dpo.v1): `prompt` (the conversation as messages), `chosen` (the passing
  revision) and `rejected` (the failed draft), each a list with one assistant message. Only turns the
  revision loop repaired (outcome `revised`) make pairs: a fallback is a template, not the policy's
  own better answer, and teaching it would teach canned refusals.
- `grpo` (medguard.export.grpo.v1): prompt-only rows, `prompt` as messages, for the turns whose draft
  failed (or every answered turn with `all_prompts`), and `criteria` (empty: the reward service
  scores its own dimensions; callers may fill rubric criteria in).
- `sft`  (medguard.export.sft.v1): `messages`, the conversation plus the reply as sent, for turns that
  went out as drafted or as a passing revision.

Readers must ignore columns they do not know; a column is only ever added within a schema version.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from services.common.files import atomic_write_text, sha256_file
from services.guardian.feedback.event import FeedbackEvent, Outcome
from services.guardian.feedback.store import FeedbackQuery, FeedbackStore

__all__ = ["EXPORT_SCHEMAS", "FAILED_DRAFT", "ExportKind", "ExportManifest", "export", "rows_of"]

ExportKind = Literal["dpo", "grpo", "sft"]
ExportFormat = Literal["jsonl", "parquet"]
EXPORT_SCHEMAS: dict[str, str] = {
    "dpo": "medguard.export.dpo.v1",
    "grpo": "medguard.export.grpo.v1",
    "sft": "medguard.export.sft.v1",
}
FAILED_DRAFT = frozenset({Outcome.REVISED, Outcome.FALLBACK, Outcome.REPLACED})  # the draft failed a screen
_PARQUET_CHUNK = 5000


@dataclass
class ExportManifest:
    """What an export holds and how it was made (written beside it as <output>.manifest.json)."""

    schema: str
    kind: str
    format: str
    output: str
    rows: int = 0
    events_scanned: int = 0
    last_seq: int = 0
    sha256: str = ""
    filters: dict[str, Any] = field(default_factory=dict)
    created_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat())

    def write(self, path: Path) -> None:
        """Save as JSON."""
        atomic_write_text(path, json.dumps(asdict(self), ensure_ascii=False, indent=2) + "\n")


def _messages(event: FeedbackEvent) -> list[dict[str, str]]:
    return [{"role": m.role, "content": m.content} for m in event.conversation]


def _base(kind: ExportKind, event: FeedbackEvent) -> dict[str, Any]:
    return {
        "schema": EXPORT_SCHEMAS[kind],
        "event_id": event.event_id,
        "tenant": event.tenant,
        "adapter": event.adapter,
        "dimensions": event.dimension_ids(),
    }


def rows_of(kind: ExportKind, event: FeedbackEvent, *, all_prompts: bool = False) -> list[dict[str, Any]]:
    """The training rows one event yields (none when it carries no signal of that kind)."""
    if kind == "dpo":
        if event.outcome is not Outcome.REVISED or not event.draft.strip() or event.draft == event.final:
            return []
        return [
            {
                **_base(kind, event),
                "prompt": _messages(event),
                "chosen": [{"role": "assistant", "content": event.final}],
                "rejected": [{"role": "assistant", "content": event.draft}],
            }
        ]
    if kind == "grpo":
        wanted = event.outcome is not Outcome.BLOCKED and (all_prompts or event.outcome in FAILED_DRAFT)
        return [{**_base(kind, event), "prompt": _messages(event), "criteria": []}] if wanted else []
    if event.outcome not in (Outcome.PASSED, Outcome.REVISED) or not event.final.strip():
        return []
    return [
        {**_base(kind, event), "messages": [*_messages(event), {"role": "assistant", "content": event.final}]}
    ]


def export(
    store: FeedbackStore,
    kind: ExportKind,
    fmt: ExportFormat,
    output: Path,
    query: FeedbackQuery,
    *,
    all_prompts: bool = False,
    on_event: Callable[[int], None] | None = None,
) -> ExportManifest:
    """Stream every matching event into `output` as rows of `kind`; returns (and writes) the manifest."""
    manifest = ExportManifest(
        schema=EXPORT_SCHEMAS[kind], kind=kind, format=fmt, output=str(output), filters=_filters(query)
    )
    manifest.last_seq = query.after

    def rows() -> Iterator[dict[str, Any]]:
        for seq, event in store.scan_with_seq(query):
            manifest.events_scanned += 1
            manifest.last_seq = seq
            if on_event is not None:
                on_event(1)
            yield from rows_of(kind, event, all_prompts=all_prompts)

    output.parent.mkdir(parents=True, exist_ok=True)
    temp = output.with_name(output.name + ".partial")
    with _collector_paused():
        manifest.rows = _write_jsonl(rows(), temp) if fmt == "jsonl" else _write_parquet(kind, rows(), temp)
    temp.replace(output)
    manifest.sha256 = sha256_file(output)
    manifest.write(output.with_name(output.name + ".manifest.json"))
    return manifest


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Each page keeps a thousand parsed events alive, and the cyclic garbage collector rescans them on
    every burst of allocations (measured: about half of an export's time). Events hold no reference
    cycles, so reference counting frees them; the collector resumes when the export ends."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _write_jsonl(rows: Iterable[dict[str, Any]], path: Path) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as sink:
        for row in rows:
            sink.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def _write_parquet(kind: ExportKind, rows: Iterable[dict[str, Any]], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _arrow_schema(kind)
    n, chunk = 0, []
    with pq.ParquetWriter(str(path), schema) as writer:
        for row in rows:
            chunk.append(row)
            if len(chunk) == _PARQUET_CHUNK:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                n, chunk = n + len(chunk), []
        if chunk or n == 0:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            n += len(chunk)
    return n


def _arrow_schema(kind: ExportKind) -> Any:
    import pyarrow as pa

    message = pa.list_(pa.struct([("role", pa.string()), ("content", pa.string())]))
    base = [
        ("schema", pa.string()),
        ("event_id", pa.string()),
        ("tenant", pa.string()),
        ("adapter", pa.string()),
        ("dimensions", pa.list_(pa.string())),
    ]
    criterion = pa.struct([("id", pa.string()), ("text", pa.string()), ("points", pa.float64())])
    extra = {
        "dpo": [("prompt", message), ("chosen", message), ("rejected", message)],
        "grpo": [("prompt", message), ("criteria", pa.list_(criterion))],
        "sft": [("messages", message)],
    }[kind]
    return pa.schema(base + extra)


def _filters(query: FeedbackQuery) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in asdict(query).items():
        if name != "limit" and value not in (None, 0):
            out[name] = value.isoformat() if isinstance(value, datetime) else str(value)
    return out
