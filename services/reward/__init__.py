"""Reward service: multi-dimensional, criteria-injected scoring with safety kept apart from proficiency.

The gRPC contract is proto/medguard/reward/v1/reward.proto; the model and servicer land with the
reward-model work.
"""
