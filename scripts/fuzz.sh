#!/usr/bin/env bash
# Bounded coverage-guided fuzzing of pack loading and checking (fuzz/).
# Usage: scripts/fuzz.sh [seconds, default 60]
# Needs the nightly toolchain; installs cargo-fuzz when it is missing.
# The seed corpus is the mini fixture and the hostile packs, joined as the
# target expects (RON, NUL, en-US.ftl, NUL, he-IL.ftl); findings land in
# fuzz/artifacts/pack/ and make the script fail.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
secs="${1:-60}"
if ! rustup run nightly rustc --version >/dev/null 2>&1; then
    echo "scripts/fuzz.sh: the nightly toolchain is missing; install it with: rustup toolchain install nightly" >&2
    exit 1
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    echo "fuzz: installing cargo-fuzz"
    cargo install --quiet --locked cargo-fuzz
fi
# Its own target folder outside the clone: sanitizer builds never mix with the
# test build, and a later run on the same machine reuses it.
export CARGO_TARGET_DIR="${FUZZ_TARGET_DIR:-$HOME/.cache/scamdrill-fuzz-target}"
seeds="$(mktemp -d)"
trap 'rm -rf "$seeds"' EXIT
for p in tests/fixtures/mini tests/hostile/*/; do
    p="${p%/}"
    [ -f "$p/scenario.ron" ] || continue
    out="$seeds/$(basename "$p")"
    cat "$p/scenario.ron" > "$out"
    for tag in en-US he-IL; do
        printf '\0' >> "$out"
        # A link or a non-file is what the loader refuses; seed its text only if it is a plain file.
        if [ -f "$p/locales/$tag.ftl" ] && [ ! -L "$p/locales/$tag.ftl" ]; then
            cat "$p/locales/$tag.ftl" >> "$out"
        fi
    done
done
mkdir -p fuzz/corpus/pack
cd fuzz
cargo +nightly fuzz run pack corpus/pack "$seeds" -- \
    -max_total_time="$secs" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -dict=pack.dict
