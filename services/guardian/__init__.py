"""Guardian service: the front door (/chat, /v1/chat/completions) and the medical-ethics judge."""
