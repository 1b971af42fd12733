"""Trainer: logged guardian feedback -> DPO / GRPO (TRL) -> evaluation gate -> adapter promotion."""
