"""File ▸ Print… (Ctrl+P, the platform's Print key) and saving a session's PDFs
(File ▸ Export): what the main window prints and saves for the session and group chosen.

Ctrl+P prints; saving a PDF has its own keys (File ▸ Export). Printing runs the export
of the document chosen (ui/exports/print_actions.Printing), made on first use."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from reflectdesk.operations.export_names import SessionKind
from reflectdesk.store.database import Store
from reflectdesk.ui.common.translation import Translates
from reflectdesk.ui.privacy.vault_controller import VaultController

if TYPE_CHECKING:
    from reflectdesk.ui.exports.export_actions import Exports
    from reflectdesk.ui.exports.print_actions import Printing
    from reflectdesk.ui.exports.print_choice import PrintChoiceDialog
    from reflectdesk.ui.groups.group_page import GroupPage
    from reflectdesk.ui.room.session_page import SessionPage

MakeAction = Callable[
    [str, QKeySequence.StandardKey | str | None, Callable[[], object] | None, str, str], QAction
]

SESSION_KINDS: dict[str, SessionKind] = {
    "summary": "summary",
    "handout": "handout",
    "register": "register",
}


class PrintHost(Protocol):
    """What is chosen in the window, and its exports."""

    @property
    def group_page(self) -> GroupPage: ...

    @property
    def session_page(self) -> SessionPage | None: ...

    @property
    def exports(self) -> Exports: ...


class PrintCommands(Translates):
    """The Print… action and the register's export action, for the session open or
    chosen in ``host``'s group page and for its group."""

    def __init__(
        self,
        window: QMainWindow,
        store: Store,
        vault: VaultController,
        host: PrintHost,
        make_action: MakeAction,
    ) -> None:
        self._window, self._store, self._vault, self._host = window, store, vault, host
        self._printing: Printing | None = None
        self.choice: PrintChoiceDialog | None = None  # the last one opened (tests look)
        self.print_action = make_action(
            self.tr("&Print…"), QKeySequence.StandardKey.Print, self.choose, "print", "Ctrl+P"
        )
        self.export_register_action = make_action(
            self.tr("Attendance &Register (PDF)…"),
            None,
            self._export_register,
            "exportRegister",
            "",
        )

    @property
    def printing(self) -> Printing:
        if self._printing is None:
            from reflectdesk.ui.exports.print_actions import Printing  # on first print

            window = self._window
            status = window.statusBar()
            self._printing = Printing(
                self._store, self._vault, window, lambda text: status.showMessage(text, 8000)
            )
        return self._printing

    def printable(self) -> list[str]:
        """What can be printed now: a session's documents, then the group's bulletin."""
        kinds = ["summary", "handout", "register"] if self._session_id() else []
        return kinds + (["bulletin"] if self._group_id() else [])

    def choose(self) -> None:
        """Ask what to print, then print it."""
        from reflectdesk.ui.exports.print_choice import PrintChoiceDialog

        kinds = self.printable()
        if not kinds:
            message = self.tr("Choose a group or a session to print.")
            self._window.statusBar().showMessage(message, 5000)
            return
        dialog = PrintChoiceDialog(kinds, self._window)
        dialog.accepted.connect(lambda: self.print_document(dialog.chosen()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.choice = dialog

    def print_document(self, kind: str) -> None:
        if kind == "bulletin":
            if group_id := self._group_id():
                self.printing.group_pdf(group_id, bulletin=True)
        elif (session_kind := SESSION_KINDS.get(kind)) and (session_id := self._session_id()):
            self.printing.session_pdf(session_id, session_kind)

    def _session_id(self) -> str:
        if (page := self._host.session_page) is not None:
            return page.session_id
        return self._host.group_page.sessions.current_session_id()

    def _group_id(self) -> str:
        if (page := self._host.session_page) is not None:
            return page.record.group_id
        return self._host.group_page.group_id

    def _export_register(self) -> None:
        self.export("register")

    def export(self, kind: SessionKind) -> None:
        """Save the chosen session's summary, handout or register as PDF."""
        if session_id := self._session_id():
            self._host.exports.session_pdf(session_id, kind)
        else:
            self._window.statusBar().showMessage(self.tr("Choose a session first."), 5000)
