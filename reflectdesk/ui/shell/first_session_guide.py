"""Help ▸ Your First Session: eight short steps from an empty list to a session's
summary, for a GP trainer. The menu paths and keys in it are read from the window's
actions when it opens (ui/shell/shortcut_overview.py), so they always match the menus."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMainWindow, QTextBrowser, QVBoxLayout

from reflectdesk.ui.shell.shortcut_overview import ShortcutOverview

# Readable on a 1366×768 laptop without the dialog reaching the taskbar.
DIALOG_SIZE = (640, 620)


class FirstSessionGuide(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("firstSessionGuide")
        self.setWindowTitle(self.tr("Your first session"))
        self._overview = ShortcutOverview(window)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setAccessibleName(self.tr("Your first session"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(self.guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(*DIALOG_SIZE)

    def _where(self, object_name: str) -> str:
        """The menu path and key of an action, in bold; "the menus" if it has none."""
        path = self._overview.menu_path(object_name) or self.tr("the menus")
        return f"<b>{html.escape(path)}</b>"

    def steps(self) -> list[tuple[str, str]]:
        """(heading, text) of each step; the text is HTML with the paths filled in."""
        w = self._where
        return [
            (
                self.tr("Create a group"),
                self.tr(
                    "Choose %1. Give the group a name and choose its format (a Balint "
                    "group with one case, an intervision method): the format sets the "
                    "phases and their minutes."
                ).replace("%1", w("newGroup")),
            ),
            (
                self.tr("Add the members"),
                self.tr(
                    "%1 adds one person; %2 takes a whole list pasted from a spreadsheet "
                    "or an e-mail. Give yourself the facilitator's role."
                )
                .replace("%1", w("addMember"))
                .replace("%2", w("addSeveralMembers")),
            ),
            (
                self.tr("Plan the session"),
                self.tr(
                    "With the group selected, choose %1: date, time and the phases, whose "
                    "minutes you can still change."
                ).replace("%1", w("planSession")),
            ),
            (
                self.tr("Run the clock"),
                self.tr(
                    "Select the session and press Open (or Enter). The clock's buttons "
                    "show their keys, and %1 lists every key of the room while the "
                    "session is open."
                ).replace("%1", w("keyboardShortcuts")),
            ),
            (
                self.tr("Prompt cards on the second screen"),
                self.tr(
                    "Connect the projector, then open the presenter screen from the "
                    "Session menu. Draw a card and show it there: the room sees the "
                    "clock, the card and your message, never your notes."
                ),
            ),
            (
                self.tr("Private notes and locking"),
                self.tr(
                    "Notes on a member or a case are encrypted with your passphrase. %1 "
                    "locks them when you step away; they also lock by themselves."
                ).replace("%1", w("lockNotes")),
            ),
            (
                self.tr("Attendance and evaluation"),
                self.tr(
                    "Tick who is present during the session. Afterwards pass the laptop "
                    "round (%1) or enter the paper forms (%2)."
                )
                .replace("%1", w("passTheLaptop"))
                .replace("%2", w("enterPaperForms")),
            ),
            (
                self.tr("Export the summary"),
                self.tr("%1 saves the session's summary as a PDF; %2 reports on the whole series.")
                .replace("%1", w("exportSummary"))
                .replace("%2", w("exportSeries")),
            ),
        ]

    def guide_html(self) -> str:
        intro = html.escape(
            self.tr(
                "From an empty list to a summary of your first session, in eight steps. "
                "Everything stays on this computer."
            )
        )
        items = "".join(
            f"<li><p><b>{html.escape(heading)}</b><br>{text}</p></li>"
            for heading, text in self.steps()
        )
        return f"<p>{intro}</p><ol>{items}</ol>"
