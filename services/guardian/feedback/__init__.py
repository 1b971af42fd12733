"""Feedback log for preference training: every chat turn, with personal data redacted before it is written."""
