"""What every MedGuard service shares: settings, gRPC plumbing, errors, metrics, logs, text normalisation."""
