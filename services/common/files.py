"""Small file helpers every service shares: atomic replacement of a file, and a file's sha256."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

__all__ = ["atomic_write_text", "sha256_file"]

_CHUNK_BYTES = 1 << 20


def atomic_write_text(path: Path, text: str, *, fsync: bool = False) -> Path:
    """Replace `path` with `text` so that readers see the old file or the new one, never half of one.

    The temporary name is unique per process and thread, so writers sharing a volume do not collide;
    `fsync` makes the content durable before the rename (for data that must survive a crash).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    with temp.open("w", encoding="utf-8") as sink:
        sink.write(text)
        if fsync:
            sink.flush()
            os.fsync(sink.fileno())
    os.replace(temp, path)
    return path


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file's bytes, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(_CHUNK_BYTES):
            digest.update(block)
    return digest.hexdigest()
