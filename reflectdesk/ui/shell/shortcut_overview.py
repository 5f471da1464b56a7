"""Every key of the window, read from the actions themselves at the moment it is asked.

The Keyboard Shortcuts dialog and the first-session guide both read this, so a key
changed or added on an action shows up in both without a second list to keep in step.
The menu bar is walked first (one group per menu and submenu, in menu order); every
other action with a key that lives in the window (the session room's clock, cards and
presenter keys, a table's Delete) follows, grouped by the page it belongs to. Last come
the attendance list's digits, which the list takes in its own key handler, read from the
table that handler reads (``STATUS_KEYS``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from reflectdesk.ui.common.translation import Translates
from reflectdesk.ui.room.attendance_panel import STATUS_KEYS, STATUS_LABELS

# Between a menu and its item in a path such as "File ▸ Export ▸ Session Summary (PDF)…".
PATH_SEPARATOR = " ▸ "


def plain_text(action: QAction) -> str:
    """The action's text as a person reads it: no & mnemonic ("&&" stays one "&")."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def native_keys(action: QAction) -> str:
    """All the action's keys in the platform's own writing ("Ctrl+N", "⌘N")."""
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(key.toString(native) for key in action.shortcuts() if not key.isEmpty())


@dataclass(frozen=True)
class ShortcutRow:
    text: str
    keys: str
    action: QAction | None  # None: a key a widget handles itself (the attendance digits)


@dataclass(frozen=True)
class ShortcutGroup:
    title: str
    rows: tuple[ShortcutRow, ...]


def _menu_walk(menu: QMenu, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], QAction]]:
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from _menu_walk(submenu, (*path, plain_text(action)))
        elif not action.isSeparator():
            yield path, action


def menu_items(window: QMainWindow) -> Iterator[tuple[tuple[str, ...], QAction]]:
    """(menu path, action) for every item of the window's menu bar, in menu order."""
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            yield from _menu_walk(menu, (plain_text(top),))


class ShortcutOverview(Translates):
    """Reads the keys of ``window`` (a main window with menus, perhaps a session open)."""

    def __init__(self, window: QMainWindow) -> None:
        self._window = window

    def groups(self) -> list[ShortcutGroup]:
        by_title: dict[str, list[ShortcutRow]] = {}
        seen: set[int] = set()
        for path, action in menu_items(self._window):
            if id(action) not in seen and native_keys(action):
                seen.add(id(action))
                row = ShortcutRow(plain_text(action), native_keys(action), action)
                by_title.setdefault(PATH_SEPARATOR.join(path), []).append(row)
        shown_twice: set[tuple[str, str]] = set()
        for action in self._window.findChildren(QAction):
            keys = native_keys(action)
            text = plain_text(action)
            # A table's Delete is one key however many tables carry it.
            if id(action) in seen or not keys or not text or (text, keys) in shown_twice:
                continue
            seen.add(id(action))
            shown_twice.add((text, keys))
            row = ShortcutRow(text, keys, action)
            by_title.setdefault(self._place_of(action), []).append(row)
        listed = [ShortcutGroup(title, tuple(rows)) for title, rows in by_title.items()]
        return [*listed, self._attendance_keys()]

    def _attendance_keys(self) -> ShortcutGroup:
        native = QKeySequence.SequenceFormat.NativeText
        rows = []
        for key, status in STATUS_KEYS.items():
            if status is None:
                text = self.tr("Clear the attendance")
            else:
                text = QCoreApplication.translate("AttendanceStatus", STATUS_LABELS[status])
            rows.append(ShortcutRow(text, QKeySequence(key).toString(native), None))
        return ShortcutGroup(self.tr("Attendance list (selected member)"), tuple(rows))

    def _place_of(self, action: QAction) -> str:
        """Where an action outside the menus works: the session room or a page."""
        owner = action.parent()
        while isinstance(owner, QWidget) and owner is not self._window:
            if owner.objectName() == "sessionPage":
                return self.tr("Session room")
            owner = owner.parentWidget()
        if owner is self._window and action.parent() is not self._window:
            return self.tr("Lists and tables")
        return self.tr("Other keys")  # the window's own, outside a menu just now

    def menu_path(self, object_name: str) -> str:
        """ "File ▸ New Group… (Ctrl+N)" for the menu item named ``object_name``; "" when
        the menus hold no such item (the guide then leaves the step without a path)."""
        for path, action in menu_items(self._window):
            if action.objectName() == object_name:
                where = PATH_SEPARATOR.join((*path, plain_text(action)))
                # The action's first key only: a guide's sentence needs one.
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                return f"{where} ({keys})" if keys else where
        return ""
