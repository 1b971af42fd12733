"""Policy backends behind one Protocol: `hf` (transformers), `vllm` (in-process engine), `openai` (remote)."""
