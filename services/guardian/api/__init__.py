"""HTTP front door of the guardian: /chat, OpenAI-compatible /v1/chat/completions, health, metrics."""
