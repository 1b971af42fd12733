#!/usr/bin/env bash
# One command on a fresh machine: install, then run every check CI runs (stub drift, lint, types, tests).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh
. .venv/bin/activate
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 TOKENIZERS_PARALLELISM=false
echo "==> generated stubs match proto/"; python scripts/gen_protos.py --check
echo "==> ruff";  ruff check services tests bench scripts && ruff format --check services tests bench scripts
echo "==> mypy --strict services/"; mypy
echo "==> pytest"; python -m pytest -q -p no:cacheprovider --durations=15 "$@"
