"""The leader log's one table: the sessions led and co-led in ReflectDesk and the entries
typed by hand, together, sorted by date (newest first), and the words for their kinds."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from reflectdesk.core.leader_log import LedSession, LogEntry
from reflectdesk.core.model import LeaderLogKind
from reflectdesk.ui.common.dates import short_day
from reflectdesk.ui.common.record_model import RecordTableModel
from reflectdesk.ui.common.translation import QT_TRANSLATE_NOOP

LogRow = LedSession | LogEntry

# What a row is, in the table's second column.
SESSION_KINDS = {
    LeaderLogKind.LED: QT_TRANSLATE_NOOP("LeaderLogKinds", "Led"),
    LeaderLogKind.CO_LED: QT_TRANSLATE_NOOP("LeaderLogKinds", "Co-led"),
}
ENTRY_KINDS = {
    LeaderLogKind.SUPERVISION: QT_TRANSLATE_NOOP("LeaderLogKinds", "Supervision"),
    LeaderLogKind.TRAINING: QT_TRANSLATE_NOOP("LeaderLogKinds", "Training"),
    LeaderLogKind.LED: QT_TRANSLATE_NOOP("LeaderLogKinds", "Led elsewhere"),
    LeaderLogKind.CO_LED: QT_TRANSLATE_NOOP("LeaderLogKinds", "Co-led elsewhere"),
}
NUMBER_COLUMNS = (5, 6)


def kind_text(row: LogRow) -> str:
    words = SESSION_KINDS if isinstance(row, LedSession) else ENTRY_KINDS
    kind = row.role if isinstance(row, LedSession) else row.kind
    return QCoreApplication.translate("LeaderLogKinds", words[kind])


def row_key(row: LogRow) -> str:
    """Sessions and entries have ids of their own; the prefix keeps them apart."""
    return f"session:{row.session_id}" if isinstance(row, LedSession) else f"entry:{row.id}"


def by_date(sessions: Iterable[LedSession], entries: Iterable[LogEntry]) -> list[LogRow]:
    """One list, newest first; on one day, sessions before entries (stable otherwise)."""
    rows: list[LogRow] = [*sessions, *entries]
    rows.sort(key=lambda row: row.on_date, reverse=True)
    return rows


class LogRowsModel(RecordTableModel[LogRow]):
    headers = (
        QT_TRANSLATE_NOOP("ColumnHeadings", "Date"),
        QT_TRANSLATE_NOOP("ColumnHeadings", "What"),
        QT_TRANSLATE_NOOP("ColumnHeadings", "Group or event"),
        QT_TRANSLATE_NOOP("ColumnHeadings", "Format"),
        QT_TRANSLATE_NOOP("ColumnHeadings", "With"),
        QT_TRANSLATE_NOOP("ColumnHeadings", "Cases"),
        QT_TRANSLATE_NOOP("ColumnHeadings", "Minutes"),
    )

    roles = RecordTableModel.roles | {Qt.ItemDataRole.TextAlignmentRole}

    def key(self, record: LogRow) -> str:
        return row_key(record)

    def cell(self, record: LogRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in NUMBER_COLUMNS:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(record)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        session = record if isinstance(record, LedSession) else None
        entry = record if isinstance(record, LogEntry) else None
        cases = session.cases if session else entry.cases if entry else None
        values: tuple[object, ...] = (
            short_day(record.on_date),
            kind_text(record),
            session.group_name if session else entry.title if entry else "",
            session.format_name if session else "",
            entry.counterpart if entry else "",
            "" if cases is None else QLocale().toString(cases),
            QLocale().toString(record.minutes),
        )
        return values[column] if 0 <= column < len(values) else None

    def _tip(self, record: LogRow) -> str:
        if isinstance(record, LedSession):
            tip = self.tr("A session in ReflectDesk: change it in its group.")
            if record.role is LeaderLogKind.CO_LED:
                debrief = (
                    self.tr("The debrief with your co-leader is recorded.")
                    if record.debriefed
                    else self.tr("No debrief with your co-leader is recorded for it.")
                )
                tip = f"{tip} {debrief}"
            return tip
        if record.has_note:
            return self.tr("Entered by hand, with a private note. Enter or double-click to edit.")
        return self.tr("Entered by hand. Enter or double-click to edit.")
