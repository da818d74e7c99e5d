#!/usr/bin/env bash
# Install the Debian packages ScamDrill needs, if any are missing.
#   scripts/deps.sh build   # to build and run the app
#   scripts/deps.sh test    # also what the tests need (Xvfb, software Vulkan, Python venv)
# Uses sudo when not root. Does nothing when everything is there.
set -euo pipefail
want=(pkg-config libasound2-dev)
if [[ "${1:-build}" == test ]]; then
    # at-spi2-core, python3-pyatspi, dbus: the screen-reader test reads the AT-SPI tree
    want+=(xvfb xauth mesa-vulkan-drivers python3-venv at-spi2-core python3-pyatspi dbus dbus-x11)
fi
missing=()
for p in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
    exit 0
fi
sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"
echo "deps: installing ${missing[*]}"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
