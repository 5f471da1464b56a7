#!/usr/bin/env bash
# Opens ReflectDesk: `bash scripts/start.sh [reflectdesk arguments]`.
#
# The first run installs the system libraries Qt needs (asking for sudo if not root),
# makes .venv in the project root and installs ReflectDesk into it the way a user gets
# it (`pip install .`, not editable, so the packaged resources are what runs). Later runs
# reinstall only when the source changed, then start at once. Works from any folder.
#
#   bash scripts/start.sh                  # the window, on the default database
#   bash scripts/start.sh --db ./try.db    # the window, on another database
#   bash scripts/start.sh --help           # the command-line options
#
# REFLECTDESK_VENV=/path/to/venv picks another venv; PYTHON=/path/to/python3.11 the
# Python that makes it.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
RD_SCRIPT=start.sh
# shellcheck source=scripts/_venv.sh
source scripts/_venv.sh

bash scripts/install-system-deps.sh --quiet ||
    rd_die "the system libraries Qt needs are missing (see scripts/install-system-deps.sh)."
rd_ensure_venv
rd_install app
exec "$(rd_venv_dir)/bin/reflectdesk" "$@"
