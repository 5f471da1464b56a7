"""A pseudo catalogue (every Dutch .ts entry translated as "⟦source⟧") and a walk over
the visible texts of a window that lists those that did not pass through translation."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

OPEN, CLOSE = "⟦", "⟧"
SOURCE = Path(__file__).resolve().parents[2] / "resources/i18n/reflectdesk_nl.ts"

# Qt's own words: its standard buttons and the line edit's menu are translated through
# Qt's catalogue (qtbase_nl.qm, installed beside ours), not through ReflectDesk's.
QT_OWN = {"OK", "&OK", "Cancel", "&Cancel", "Save", "&Save", "Discard", "Close", "&Close"}
# Names each language is offered under in Preferences, in its own language on purpose.
LANGUAGE_NAMES = {"English", "Nederlands"}
NO_LETTERS = re.compile(r"^[\W\d_]*$")


def pseudo_catalogue(folder: Path) -> Path:
    """Compile the pseudo catalogue into ``folder``; the .qm's path."""
    tree = ET.parse(SOURCE)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        wrapped = f"{OPEN}{source}{CLOSE}"
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for _ in range(2):  # Dutch: one, other
                ET.SubElement(translation, "numerusform").text = wrapped
        else:
            translation.text = wrapped
    ts, qm = folder / "pseudo.ts", folder / "pseudo.qm"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def _lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return str(beside)
    import PySide6

    return str(Path(PySide6.__file__).with_name("lrelease"))


@dataclass(frozen=True)
class Untranslated:
    kind: str
    name: str
    text: str


def untranslated(top: QWidget, allowed: set[str]) -> list[Untranslated]:
    """The visible texts of ``top`` and its children that carry no pseudo marker."""
    found: list[Untranslated] = []

    def check(widget: object, text: str) -> None:
        text = text.strip()
        if (
            not text
            or OPEN in text
            or NO_LETTERS.match(text)
            or text in QT_OWN
            or text in LANGUAGE_NAMES
            or text in allowed
        ):
            return
        name = widget.objectName() if hasattr(widget, "objectName") else ""
        found.append(Untranslated(type(widget).__name__, name, text))

    check(top, top.windowTitle().replace("[*]", ""))
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) and widget is not top:
            continue
        check(widget, widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            check(widget, widget.text())
        elif isinstance(widget, QGroupBox):
            check(widget, widget.title())
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            check(widget, widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                check(widget, widget.itemText(index))
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                check(widget, widget.tabText(index))
        if isinstance(widget, QListWidget | QTableWidget | QTreeWidget):
            for text in _item_texts(widget):
                check(widget, text)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            for column in range(columns):
                check(widget, str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
        elif isinstance(widget, QMenuBar | QMenu):
            for action in widget.actions():
                check(action, action.text())
                check(action, action.toolTip() if action.toolTip() != action.text() else "")
                menu = action.menu()
                if isinstance(menu, QMenu):
                    for inner in menu.actions():
                        check(inner, inner.text())
        if widget.isWindow() and widget is not top:
            check(widget, widget.windowTitle())
    for action in top.actions():
        tip = action.toolTip()
        check(action, tip if tip != action.text().replace("&", "") else "")
    return found


def _item_texts(view: QListWidget | QTableWidget | QTreeWidget) -> list[str]:
    """The rows a widget-based view was filled with, one by one in the ui (item models
    show data; these lists and tables are where the ui puts its own words)."""
    if isinstance(view, QListWidget):
        return [view.item(row).text() for row in range(view.count())]
    if isinstance(view, QTableWidget):
        return [
            item.text()
            for row in range(view.rowCount())
            for column in range(view.columnCount())
            if (item := view.item(row, column)) is not None
        ]
    texts: list[str] = []
    iterator = QTreeWidgetItemIterator(view)
    while (item := iterator.value()) is not None:
        texts += [item.text(column) for column in range(view.columnCount())]
        iterator += 1
    return texts


def report(found: list[Untranslated]) -> str:
    return "\n".join(f"{item.kind} {item.name!r}: {item.text!r}" for item in found)
