#!/usr/bin/env bash
# Installs the Debian packages that Qt (PySide6 from PyPI) needs and that a fresh Debian
# or Ubuntu machine lacks; installs nothing that is already there.
#
#   bash scripts/install-system-deps.sh         # libraries for offscreen tests and a real window
#   bash scripts/install-system-deps.sh --ci    # also xvfb, PDF tools, packaging linters, strace,
#                                               # PostgreSQL (the hub's tests)
#   bash scripts/install-system-deps.sh --quiet # say nothing when nothing is missing
#
# Runs `apt-get update` only when something must be installed, uses sudo when not root,
# and on a system without dpkg prints a note and exits 0.
set -euo pipefail

usage() {
    sed -n '2,11s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

ci=0
quiet=0
for arg in "$@"; do
    case "$arg" in
        --ci) ci=1 ;;
        -q | --quiet) quiet=1 ;;
        -h | --help) usage; exit 0 ;;
        *) echo "install-system-deps: unknown option '$arg'" >&2; usage >&2; exit 2 ;;
    esac
done

say() { printf 'install-system-deps: %s\n' "$*"; }

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    [[ $quiet == 1 ]] && exit 0
    say "no dpkg/apt-get here, so this is not a Debian-based system; nothing installed."
    say "Qt needs EGL/OpenGL, fontconfig, freetype, xkbcommon, dbus, glib and the xcb"
    say "libraries (xcb-cursor, xcb-icccm, ...): install them with your package manager."
    exit 0
fi

# Offscreen Qt (the tests): QT_QPA_PLATFORM=offscreen still loads these.
packages=(
    libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3 libglib2.0-0
    libx11-6 libxcb1 fonts-dejavu-core
)
# A real window through Qt's xcb platform plugin.
packages+=(
    libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
    libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0
    libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
)
if [[ $ci == 1 ]]; then
    # A virtual screen (xvfb-run needs xauth, only a Recommends of xvfb), PDF checks
    # (pdftotext, qpdf --check), the packaging linters that .ci/run uses
    # (desktop-file-validate, appstreamcli), strace, which proves the stand-alone bundle
    # opens no .py source (packaging/smoke_bundle.py --strace), and what the .deb's
    # install test reads the desktop's file-type registration with (linux/ci_deb.sh).
    packages+=(xvfb xauth poppler-utils qpdf desktop-file-utils appstream strace)
    packages+=(shared-mime-info xdg-utils)
    # The hub's tests run against a real PostgreSQL (tests/postgres_server.py starts a
    # throwaway server from these binaries, in /usr/lib/postgresql/<major>/bin, as the
    # postgres user the package makes); runuser, which runs it as that user, is in
    # util-linux, which every Debian has.
    packages+=(postgresql)
fi

if ! command -v python3 >/dev/null 2>&1; then
    packages+=(python3 python3-venv)
elif ! python3 -c 'import ensurepip' >/dev/null 2>&1; then
    # Debian splits ensurepip (and so `python3 -m venv`) out of python3. A python3 that
    # is not Debian's (pyenv, a container image) has it already and needs nothing.
    packages+=(python3-venv)
fi

installed() {
    local status
    status="$(dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null || true)"
    [[ $status == *"ok installed"* ]]
}

missing=()
for pkg in "${packages[@]}"; do
    # Debian 13 and Ubuntu 24.04 renamed some libraries for the 64-bit time_t
    # transition (libglib2.0-0 -> libglib2.0-0t64); the renamed one counts too.
    if ! installed "$pkg" && ! installed "${pkg}t64"; then
        missing+=("$pkg")
    fi
done

if [[ ${#missing[@]} == 0 ]]; then
    [[ $quiet == 1 ]] || say "all ${#packages[@]} system packages are present."
    exit 0
fi

say "missing: ${missing[*]}"
if [[ $EUID == 0 ]]; then
    as_root=(env)
elif command -v sudo >/dev/null 2>&1; then
    if [[ -t 0 ]]; then
        as_root=(sudo env)
    else
        as_root=(sudo -n env)  # no terminal to ask for a password on: fail, don't hang
    fi
    say "installing them with sudo (you may be asked for your password)."
else
    say "cannot install them: not running as root and sudo is not available." >&2
    say "ask an administrator to run:" >&2
    say "  apt-get update && apt-get install --no-install-recommends ${missing[*]}" >&2
    exit 1
fi

apt_env=(DEBIAN_FRONTEND=noninteractive)
"${as_root[@]}" "${apt_env[@]}" apt-get update -qq

# Names this release does not know (a renamed library on another Debian or Ubuntu
# release) would fail the whole install: warn and install the rest.
has_candidate() {
    local candidate
    candidate="$(LC_ALL=C apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ { print $2 }')"
    [[ -n $candidate && $candidate != "(none)" ]]
}
to_install=()
for pkg in "${missing[@]}"; do
    if has_candidate "$pkg"; then
        to_install+=("$pkg")
    elif has_candidate "${pkg}t64"; then
        to_install+=("${pkg}t64")
    else
        say "warning: no package named '$pkg' on this release; skipped." >&2
    fi
done

if [[ ${#to_install[@]} -gt 0 ]]; then
    "${as_root[@]}" "${apt_env[@]}" apt-get install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends \
        "${to_install[@]}"
fi
say "installed: ${to_install[*]}"
