"""Small builders for the widgets every room repeats: labels with a role, a page's
title, a splitter, bounded text fields, buttons, a row of buttons, a list-like table, a
key that works only in a table, a one-shot timer, and the OK/Cancel and error line of a dialog.

Texts come in already translated (``self.tr`` in the caller), so each string keeps the
translation context of the widget that shows it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, QTimer, SignalInstance
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.ui.common.look import scale_font, set_role
from reflectdesk.ui.common.record_model import SIZE_SAMPLE_ROWS

# A widget or layout for :func:`stack`; a (widget, stretch) pair gives it a stretch.
Item = QWidget | QLayout | tuple[QWidget, int]


def is_shortcut_check_for(event: QEvent, key: Qt.Key) -> bool:
    """True when ``event`` asks whether ``key``, pressed alone, may go to a shortcut. A
    widget that accepts it gets the key itself, before any shortcut of the page can."""
    return (
        event.type() == QEvent.Type.ShortcutOverride
        and isinstance(event, QKeyEvent)
        and event.key() == key
        and not event.modifiers()
    )


def role_label(role: str, parent: QWidget, text: str = "", *, wrap: bool = False) -> QLabel:
    """A label with a role's look (see :func:`set_role`), optionally word-wrapped."""
    label = QLabel(text, parent)
    set_role(label, role)
    if wrap:
        label.setWordWrap(True)
    return label


def page_title(parent: QWidget, factor: float, text: str = "") -> QLabel:
    """A page's title: a label named ``pageTitle`` in a bold font ``factor`` times the
    usual size."""
    label = QLabel(text, parent)
    label.setObjectName("pageTitle")
    scale_font(label, factor, bold=True)
    return label


def splitter(
    parent: QWidget, name: str, orientation: Qt.Orientation, *parts: tuple[QWidget, int]
) -> QSplitter:
    """A named splitter of ``parts``, each a (widget, stretch factor), that never lets a
    part be dragged away to nothing."""
    split = QSplitter(orientation, parent)
    split.setObjectName(name)
    split.setChildrenCollapsible(False)
    for index, (widget, stretch) in enumerate(parts):
        split.addWidget(widget)
        split.setStretchFactor(index, stretch)
    return split


def error_label(parent: QWidget, *, wrap: bool = True) -> QLabel:
    """The hidden inline error line under a dialog's fields."""
    label = role_label("inlineError", parent, wrap=wrap)
    label.hide()
    return label


def show_inline_error(label: QLabel, error: object) -> None:
    label.setText("⚠ " + str(error))
    label.show()


def line_field(parent: QWidget, name: str, max_length: int, placeholder: str = "") -> QLineEdit:
    """A named one-line text field that takes at most ``max_length`` characters (the
    limit the store holds it to), with an example as its placeholder when given."""
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setMaxLength(max_length)
    if placeholder:
        field.setPlaceholderText(placeholder)
    return field


def push_button(
    text: str, parent: QWidget, name: str, tip: str, slot: Callable[[], object] | SignalInstance
) -> QPushButton:
    """A named push button with a tooltip that runs ``slot`` (or emits a signal) when
    clicked."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setToolTip(tip)
    button.clicked.connect(slot)
    return button


def button_row(*buttons: QWidget, margins: bool = False) -> QHBoxLayout:
    """Buttons side by side, left-aligned; without margins unless ``margins``."""
    row = QHBoxLayout()
    if not margins:
        row.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def stack(
    owner: QWidget | None, *items: Item, margins: tuple[int, int, int, int] | None = None
) -> QVBoxLayout:
    """A column of widgets and layouts; set on ``owner`` when one is given."""
    layout = QVBoxLayout(owner) if owner is not None else QVBoxLayout()
    if margins is not None:
        layout.setContentsMargins(*margins)
    for item in items:
        if isinstance(item, tuple):
            layout.addWidget(item[0], item[1])
        elif isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)
    return layout


def form_rows(*rows: tuple[str, QWidget]) -> QFormLayout:
    """A form of (label, field) rows; an empty label leaves the field under the others."""
    form = QFormLayout()
    for label, field in rows:
        form.addRow(label, field)
    return form


def ok_cancel(dialog: QDialog, on_ok: Callable[[], object]) -> QDialogButtonBox:
    """OK and Cancel for ``dialog``: OK runs ``on_ok`` (which accepts or not), Cancel
    rejects."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons


def list_table(
    table: QTableView,
    name: str,
    model: QAbstractItemModel | None = None,
    *,
    accessible_name: str = "",
    stretch: int | None = 0,
) -> QHeaderView:
    """Make ``table`` a read-only list of rows: whole rows selected one at a time, no row
    numbers, Tab leaving the table, one line per row (long text is elided). With
    ``stretch`` the column of that number takes the room left and the others fit their
    contents, measured on the first rows only so a long series does not slow drawing;
    without it the caller sizes the columns. Returns the horizontal header."""
    table.setObjectName(name)
    if model is not None:
        table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    compact_rows(table)
    if accessible_name:
        table.setAccessibleName(accessible_name)
    header = table.horizontalHeader()
    if stretch is not None:
        header.setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
        _fit_columns(header, stretch)
        # The header measures its columns again on a reset, not when rows change in
        # place (a group's members shown over another's): "Facilit…" stayed cut.
        refit = single_shot(table, lambda: _fit_columns(header, stretch))
        source = table.model()
        if source is not None:
            for changed in (source.dataChanged, source.rowsInserted, source.layoutChanged):
                changed.connect(lambda *_args: refit.start())
    return header


def _fit_columns(header: QHeaderView, stretch: int) -> None:
    fit = QHeaderView.ResizeMode.ResizeToContents
    for column in range(header.count()):
        header.setSectionResizeMode(
            column, QHeaderView.ResizeMode.Stretch if column == stretch else fit
        )


def compact_rows(table: QTableView) -> None:
    """Rows a line of text high plus a little air: the style's default (30 px in
    Fusion) shows 7 of 11 members at 1366×768, this shows all of them."""
    line = table.fontMetrics().height()
    vertical = table.verticalHeader()
    vertical.setMinimumSectionSize(line + 2)
    vertical.setDefaultSectionSize(line + 7)


def rows_high(table: QTableView, rows: int) -> int:
    """The height ``table`` needs to show ``rows`` rows whole, with its header and frame."""
    header = table.horizontalHeader()
    header_height = 0 if header.isHidden() else header.sizeHint().height()
    frame = 2 * table.frameWidth()
    return header_height + rows * table.verticalHeader().defaultSectionSize() + frame


def columns_width(table: QTableView, squeezable: int | None = None) -> int:
    """The width ``table`` needs to show every header whole and every column's sampled
    contents, except column ``squeezable``'s contents (elided, said in a tooltip)."""
    header = table.horizontalHeader()
    total = 0
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        need = header.sectionSizeHint(column)
        if column != squeezable:
            need = max(need, table.sizeHintForColumn(column))
        total += need
    return total + 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()


def at_least_lines(view: QAbstractScrollArea, lines: int = 2) -> None:
    """Let ``view`` shrink to ``lines`` lines (the style's minimum is about four) when a
    short laptop screen needs the height for what stands beside it; it scrolls."""
    view.setMinimumHeight(view.fontMetrics().lineSpacing() * lines + 2 * view.frameWidth() + 4)


def single_shot(parent: QObject, slot: Callable[[], object], interval_ms: int = 0) -> QTimer:
    """A timer that runs ``slot`` once, ``interval_ms`` after each start() (or after the
    time start(ms) is given): for waiting out a pause in typing, a hold or a message."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    if interval_ms:
        timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer


def table_key_action(
    table: QWidget, text: str, key: QKeySequence, slot: Callable[[], object]
) -> QAction:
    """An action for ``key`` that works only while ``table`` has the focus, so the key
    keeps its usual meaning in text fields (Delete, above all)."""
    action = QAction(text, table)
    action.setShortcut(key)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    table.addAction(action)
    return action


def accept_unless_refused(dialog: QDialog, label: QLabel, save: Callable[[], object]) -> None:
    """Run ``save`` and close ``dialog`` accepted; when the store refuses (a
    ReflectDeskError), keep it open with the reason shown in ``label``."""
    try:
        save()
    except ReflectDeskError as error:
        show_inline_error(label, error)
        return
    dialog.accept()
