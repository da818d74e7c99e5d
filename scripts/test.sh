#!/usr/bin/env bash
# Run the whole test suite: engine, CLI, records against a real Ralph LRS,
# headless GUI tests and the Xvfb screenshot test (PNGs under target/screenshots/).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/deps.sh test
scripts/setup-lrs.sh
# Lints are errors, with and without the GUI.
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --no-default-features --all-targets -- -D warnings
cargo build --quiet
cargo test --quiet "$@"
# The shipped library must check clean and autoplay every path in every locale.
cargo run --quiet -- check
cargo run --quiet -- autoplay > /dev/null
# Coverage-guided fuzzing of pack loading and checking, bounded to a minute.
scripts/fuzz.sh 60
