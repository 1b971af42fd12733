#!/usr/bin/env bash
# One command on a fresh machine: install, prepare the embedded models, start the stack and answer a chat.
# The stack keeps running afterwards; Ctrl-C stops it. Extra arguments go to `medguard up`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh
. .venv/bin/activate
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
medguard models prepare
exec medguard up --chat "${MEDGUARD_FIRST_CHAT:-我感冒了，发烧38度，应该怎么办？}" "$@"
