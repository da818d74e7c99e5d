#!/usr/bin/env bash
# Build and launch ScamDrill. Extra arguments go to the program, e.g.
#   scripts/run.sh --locale he-IL
#   scripts/run.sh --scenario popup-locker --locale en-GB
#   scripts/run.sh check
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/deps.sh build
exec cargo run --quiet -- "$@"
