#!/usr/bin/env bash
# One command on a fresh machine: install, then run every check CI runs (stub drift, lint, types, tests).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh
. .venv/bin/activate
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 TOKENIZERS_PARALLELISM=false
# Integration tests use the real PostgreSQL on 127.0.0.1:5432 (database `test`): start it when it is down.
if command -v pg_isready >/dev/null && ! pg_isready -h 127.0.0.1 -q; then
  echo "==> starting PostgreSQL"
  pg_lsclusters -h 2>/dev/null | while read -r version cluster _; do
    pg_ctlcluster "$version" "$cluster" start || true
  done
  for _ in $(seq 30); do pg_isready -h 127.0.0.1 -q && break; sleep 1; done
fi
export MEDGUARD_TEST_REQUIRE_POSTGRES=1   # here a missing PostgreSQL fails the tests instead of skipping them
echo "==> generated stubs match proto/"; python scripts/gen_protos.py --check
echo "==> ruff";  ruff check services tests bench scripts && ruff format --check services tests bench scripts
echo "==> mypy --strict services/"; mypy
echo "==> pytest"; python -m pytest -q -p no:cacheprovider --durations=15 "$@"
