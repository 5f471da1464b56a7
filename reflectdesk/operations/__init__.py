"""The application layer: one small module per use case, between the ui and the commands
above and reflectdesk.export and reflectdesk.store below.

    identifier_check  which note text an export carries, and the likely identifiers in it
    session_exports   the session summary and the participants' handout (PDF)
    group_exports     the series report and the learning bulletin (PDF)
    tables            a group's CSV tables and its evaluation CSV
    programme_exports a programme's report (PDF), its tables and its REDCap files
    archives          an archive written, an archive imported
    export_language   which language an export is written in (the one default)
    member_list       the people of a pasted list or CSV file added to a group at once
    attendance_list   the CPD attendance list of a session or a series (.xlsx, PDF)

Each use case is a plain function that the window runs as a background job and the
command line runs directly, so a rule such as "no export writes a likely patient
identifier that nobody looked at" holds for both. They take the open Store and plain
values and return frozen dataclasses; they never import Qt, the ui or the commands, and
raise ReflectDeskError (or OSError) for what a user can act on.

Long ones take an optional ``progress(done, total)``, called between steps. A caller may
raise from it to stop the work there (the window raises its own cancel error when Cancel
is pressed); files are written atomically, so a stop leaves no half-written file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

Progress = Callable[[int, int], None]
Paper = Literal["a4", "letter"]


def report(progress: Progress | None, done: int, total: int) -> None:
    """``progress(done, total)`` when the caller asked to hear."""
    if progress is not None:
        progress(done, total)
