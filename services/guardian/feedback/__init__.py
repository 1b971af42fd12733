"""Feedback log for preference training: every chat turn, with personal data redacted before it is written."""

from __future__ import annotations

from pathlib import Path

__all__ = ["default_spool_dir", "default_store_url"]


def _home() -> Path:
    return Path.home() / ".cache" / "medguard" / "feedback"


def default_store_url() -> str:
    """The store both the guardian and the trainer use when none is set: SQLite (WAL) in the user's cache."""
    return f"sqlite:///{_home() / 'feedback.db'}"


def default_spool_dir() -> Path:
    """Where events wait while the store is down, beside the default SQLite file."""
    return _home() / "spool"
