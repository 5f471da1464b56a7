# shellcheck shell=bash
# Shared by scripts/start.sh, scripts/test.sh and .ci/run (sourced, not run):
# find a Python >= 3.11, make a virtual environment, and install the project into it
# only when the install is missing or out of date.
#
# The caller must have cd'ed to the project root. The venv is $REFLECTDESK_VENV when
# set, else .venv in the project root.

REFLECTDESK_MIN_PYTHON="3.11"

rd_say() { printf '%s: %s\n' "${RD_SCRIPT:-reflectdesk}" "$*"; }
rd_die() { printf '%s: error: %s\n' "${RD_SCRIPT:-reflectdesk}" "$*" >&2; exit 1; }

rd_venv_dir() {
    local venv="${REFLECTDESK_VENV:-.venv}"
    case "$venv" in
        /*) printf '%s\n' "$venv" ;;
        *) printf '%s/%s\n' "$PWD" "$venv" ;;
    esac
}

# True when $1 is a Python interpreter at least REFLECTDESK_MIN_PYTHON.
rd_python_ok() {
    "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' >/dev/null 2>&1
}

# The Python to build the venv with: $PYTHON if set, else python3, else the newest
# python3.X on PATH that is recent enough.
rd_find_python() {
    local candidate
    if [[ -n ${PYTHON:-} ]]; then
        rd_python_ok "$PYTHON" && { printf '%s\n' "$PYTHON"; return 0; }
        rd_die "PYTHON=$PYTHON is not Python >= $REFLECTDESK_MIN_PYTHON."
    fi
    for candidate in python3 python3.14 python3.13 python3.12 python3.11; do
        if command -v "$candidate" >/dev/null 2>&1 && rd_python_ok "$candidate"; then
            printf '%s\n' "$candidate"
            return 0
        fi
    done
    local found="none"
    command -v python3 >/dev/null 2>&1 && found="$(python3 --version 2>&1)"
    rd_die "ReflectDesk needs Python >= $REFLECTDESK_MIN_PYTHON (found: $found). Install a" \
        "newer Python (Debian 12 and Ubuntu 24.04 ship one) or point PYTHON=/path/to/python3.11 at one."
}

# Makes the venv unless a working one is there. Prints nothing when it exists.
rd_ensure_venv() {
    local venv
    venv="$(rd_venv_dir)"
    if [[ -x $venv/bin/python ]] && rd_python_ok "$venv/bin/python"; then
        return 0
    fi
    if [[ -e $venv ]]; then
        # A venv whose Python was removed or upgraded away no longer runs; remake it,
        # but never delete a folder that is not a venv.
        [[ -f $venv/pyvenv.cfg ]] || rd_die "$venv exists but is not a virtual environment."
        rd_say "the virtual environment in $venv no longer works; making it anew."
        rm -rf -- "$venv"
    fi
    local python
    python="$(rd_find_python)"
    rd_say "making a virtual environment in $venv with $("$python" --version 2>&1)."
    "$python" -m venv "$venv" || rd_die "'$python -m venv' failed (on Debian: apt-get install python3-venv)."
}

# A fingerprint of what an install of kind $1 depends on:
#   app   (pip install .)         pyproject.toml, README.md and every file under
#                                 reflectdesk/ and resources/ (path, size, mtime), since
#                                 a non-editable install copies them;
#   test  (pip install -e .[test]) pyproject.toml only: the code is linked, not copied.
# The venv's Python version is part of both.
rd_fingerprint() {
    "$(rd_venv_dir)/bin/python" - "$1" <<'PY'
import hashlib
import os
import sys
from pathlib import Path

kind = sys.argv[1]
digest = hashlib.sha256(f"{kind}\n{sys.version}\n".encode())
digest.update(Path("pyproject.toml").read_bytes())
if kind == "app":
    for top in ("README.md", "reflectdesk", "resources"):
        paths = [Path(top)] if Path(top).is_file() else sorted(Path(top).rglob("*"))
        for path in paths:
            if "__pycache__" in path.parts or not path.is_file():
                continue
            stat = path.stat()
            digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
print(digest.hexdigest())
PY
}

# Installs the project into the venv as kind $1 (app or test) unless the stamp for that
# kind matches. The two kinds replace each other's install of reflectdesk, so installing
# one drops the other's stamp.
rd_install() {
    local kind="$1" venv stamp other want spec=()
    venv="$(rd_venv_dir)"
    case "$kind" in
        app) spec=(.) other="test" ;;
        test) spec=(-e '.[test]') other="app" ;;
        *) rd_die "rd_install: unknown kind '$kind'" ;;
    esac
    stamp="$venv/.reflectdesk-$kind.stamp"
    want="$(rd_fingerprint "$kind")"
    if [[ -f $stamp && "$(cat "$stamp")" == "$want" ]] \
        && "$venv/bin/python" -c 'import importlib.metadata as m; m.version("reflectdesk")' \
            >/dev/null 2>&1; then
        return 0
    fi
    rd_say "installing ReflectDesk into $venv (pip install ${spec[*]})."
    export PIP_DISABLE_PIP_VERSION_CHECK=1
    "$venv/bin/python" -m pip install --quiet --upgrade pip
    rm -f -- "$stamp" "$venv/.reflectdesk-$other.stamp"
    "$venv/bin/python" -m pip install --quiet "${spec[@]}"
    printf '%s\n' "$want" >"$stamp"
}
