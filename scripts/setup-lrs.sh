#!/usr/bin/env bash
# Install the Ralph LRS (used by the training-records tests) into a venv.
# Idempotent: a venv that already has the pinned version is left as it is.
#
#   scripts/setup-lrs.sh            # installs into <repo>/.venv-lrs
#   SCAMDRILL_LRS_VENV=/some/dir scripts/setup-lrs.sh
#
# The Rust tests find the venv through SCAMDRILL_LRS_VENV (default
# <repo>/.venv-lrs). See shared/reference/xapi.md for why `requests` is listed:
# ralph-malph 5.1.0 uses it without depending on it.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${SCAMDRILL_LRS_VENV:-$repo/.venv-lrs}"
ralph_version="5.1.0"
python="${PYTHON:-python3}"

installed_version() {
    "$venv/bin/python" - <<'PY' 2>/dev/null || true
from importlib.metadata import version
try:
    # What the launcher and the validator need (ralph.api itself can only be
    # imported with the RALPH_* settings the launcher sets).
    import requests, uvicorn, fastapi, ralph.backends.lrs.fs  # noqa: F401
    from ralph.models.xapi.base.statements import BaseXapiStatement  # noqa: F401
    print(version("ralph-malph"))
except Exception:
    pass
PY
}

if [[ -x "$venv/bin/python" && "$(installed_version)" == "$ralph_version" ]]; then
    echo "setup-lrs: ralph-malph $ralph_version already installed in $venv"
    exit 0
fi

if [[ ! -x "$venv/bin/python" ]]; then
    echo "setup-lrs: creating $venv"
    "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    "ralph-malph[cli,lrs]==$ralph_version" requests
v="$(installed_version)"
if [[ "$v" != "$ralph_version" ]]; then
    echo "setup-lrs: ralph-malph $ralph_version did not install correctly into $venv" >&2
    exit 1
fi
echo "setup-lrs: ralph-malph $v installed in $venv"
