"""Export a group's planned sessions, or one session, as an iCalendar file (.ics): a save
dialog in the folder last used for calendars (Documents the first time) with a name that
says what it is, then the operation, in the computer's time zone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.operations.calendar_export import calendar_file_name, export_calendar
from reflectdesk.store.database import Store
from reflectdesk.ui.common.dates import system_zone_name
from reflectdesk.ui.common.messages import show_error
from reflectdesk.ui.common.save_folders import SaveFolders
from reflectdesk.ui.common.translation import Translates
from reflectdesk.ui.jobs.task import failure_message

__all__ = ["CalendarExport"]

KIND = "calendar"


class CalendarExport(Translates):
    """Asks where, then writes; ``written`` holds the last file and its event count."""

    def __init__(self, parent: QWidget, store: Store, folders: SaveFolders | None = None) -> None:
        self._parent = parent
        self._store = store
        self._folders = folders
        self.dialog: QFileDialog | None = None
        self.written: tuple[Path, int] | None = None

    def start(self, group_id: str, session_id: str | None = None) -> QFileDialog | None:
        """Open the save dialog (without blocking); the file is written when one is
        chosen. None when the name could not be made (the group is gone)."""
        try:
            suggested = calendar_file_name(self._store, group_id, session_id)
        except ReflectDeskError as error:
            show_error(self._parent, self.tr("Could not export the calendar"), error)
            return None
        folders = self._folders if self._folders is not None else SaveFolders()
        start = folders.folder(KIND) / suggested  # absolute: never the working directory
        title = (
            self.tr("Export Calendar")
            if session_id is None
            else self.tr("Export Session to Calendar")
        )
        dialog = QFileDialog(self._parent, title, str(start), self.tr("iCalendar files (*.ics)"))
        dialog.setObjectName("calendarFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("ics")

        def chosen(name: str) -> None:
            path = Path(name)
            folders.remember(KIND, path)
            self.write(group_id, session_id, path)

        dialog.fileSelected.connect(chosen)
        dialog.open()
        self.dialog = dialog
        return dialog

    def write(self, group_id: str, session_id: str | None, path: Path) -> bool:
        try:
            written = export_calendar(
                self._store, group_id, path, session_id=session_id, zone=system_zone_name()
            )
        except (ReflectDeskError, OSError) as error:
            # A full or read-only disk reads as the system says it, never a traceback.
            shown = failure_message(error) or str(error)
            show_error(self._parent, self.tr("Could not export the calendar"), shown)
            return False
        self.written = (written.path, written.events)
        return True
