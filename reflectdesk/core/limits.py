"""Limits shared by format files, sessions and the editors, in one small module that
is cheap to import (the format-file machinery is loaded only when a file is read)."""

from __future__ import annotations

import re

# Keys of formats, decks and other shipped files: lowercase words joined by hyphens.
KEY_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]{1,58}[a-z0-9]")

NAME_MAX_LENGTH = 120
DESCRIPTION_MAX_LENGTH = 2000
PHASE_NAME_MAX_LENGTH = 80
CUE_MAX_LENGTH = 300
MINUTES_MIN = 1
MINUTES_MAX = 240
PHASES_MAX = 40
