#!/usr/bin/env bash
# Runs the test suite: `bash scripts/test.sh [pytest arguments]`.
#
# Installs the system libraries Qt needs, makes .venv in the project root if missing,
# installs ReflectDesk into it in editable mode with the test extra (again only when
# pyproject.toml changed), and runs pytest on a virtual (offscreen) display.
#
#   bash scripts/test.sh                   # everything
#   bash scripts/test.sh tests/core -x     # one folder, stop at the first failure
#
# REFLECTDESK_VENV=/path/to/venv uses another venv (.ci/run points it at a fresh one).
# A run that collects no test fails: "no tests ran" is never a pass.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
RD_SCRIPT=test.sh
# shellcheck source=scripts/_venv.sh
source scripts/_venv.sh

bash scripts/install-system-deps.sh --quiet ||
    rd_die "the system libraries Qt needs are missing (see scripts/install-system-deps.sh)."
rd_ensure_venv
rd_install test

# Without a display and without this, Qt aborts the whole pytest run (exit 134).
export QT_QPA_PLATFORM=offscreen

status=0
"$(rd_venv_dir)/bin/python" -m pytest "$@" || status=$?
if [[ $status == 5 ]]; then
    rd_say "FAILED: pytest collected no tests (exit 5); a run that tests nothing does not pass." >&2
fi
exit "$status"
