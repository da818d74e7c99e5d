#!/usr/bin/env bash
# Bounded coverage-guided fuzzing of pack loading and checking (fuzz/).
# Usage: scripts/fuzz.sh [seconds, default 60]
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`).
# The seed corpus is the mini fixture and the hostile packs, joined as the
# target expects (RON, NUL, en-US.ftl, NUL, he-IL.ftl); findings land in
# fuzz/artifacts/pack/ and make the script fail.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
secs="${1:-60}"
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    echo "scripts/fuzz.sh: cargo-fuzz or the nightly toolchain is missing;" \
         "install with: rustup toolchain install nightly && cargo install cargo-fuzz" >&2
    exit 1
fi
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
