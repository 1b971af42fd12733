"""The guardian's training set, written by this team as seeded templates (one module per group)."""
