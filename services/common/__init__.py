"""What every MedGuard service shares: settings, gRPC plumbing, errors, metrics, logging, text normalisation."""
