"""Who took part, on the Results page: the group's participants and facilitators, and for
a session evaluation the response rate (forms returned against participants present)
with a table session by session. The figures are export/participation.py's, the same as
the series report's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.export.participation import Turnout
from reflectdesk.ui.common.look import set_role
from reflectdesk.ui.common.plurals import fill
from reflectdesk.ui.evaluation.chart_base import percent


class TurnoutView(QWidget):
    """The participants and facilitators, the response rate and the table per session."""

    def __init__(self, turnout: Turnout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("turnoutView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.people = QLabel(self.people_text(turnout), self)
        self.people.setObjectName("turnoutPeople")
        self.people.setWordWrap(True)
        layout.addWidget(self.people)
        self.rate: QLabel | None = None
        self.table: QTableWidget | None = None
        if not turnout.sessions:
            return
        heading = QLabel(self.tr("Forms returned, session by session"), self)
        set_role(heading, "sectionHeading")
        layout.addWidget(heading)
        self.rate = QLabel(self.rate_text(turnout), self)
        self.rate.setObjectName("turnoutRate")
        self.rate.setWordWrap(True)
        layout.addWidget(self.rate)
        self.table = self._table(turnout)
        self.table.setAccessibleName(self.tr("Forms returned, session by session"))
        layout.addWidget(self.table)

    def people_text(self, turnout: Turnout) -> str:
        return fill(
            self.tr("The group: %1 and %2."),
            self.tr("%n participant(s)", "", turnout.participants),
            self.tr("%n facilitator(s)", "", turnout.facilitators),
        )

    def rate_text(self, turnout: Turnout) -> str:
        if turnout.rate is None:
            return self.tr(
                "Response rate: not known, as no attendance of participants was recorded."
            )
        return fill(
            self.tr("Response rate: %1 returned by %2 present (%3)."),
            self.tr("%n form(s)", "", turnout.counted_forms),
            self.tr("%n participant(s)", "", turnout.present),
            percent(turnout.rate),
        )

    def _table(self, turnout: Turnout) -> QTableWidget:
        header = [
            self.tr("Session"),
            self.tr("Date"),
            self.tr("Participants present"),
            self.tr("Forms returned"),
            self.tr("Response rate"),
        ]
        rows = [
            [
                str(row.number),
                row.date_text,
                "–" if row.present is None else str(row.present),
                str(row.forms),
                percent(row.rate),
            ]
            for row in turnout.sessions
        ]
        table = QTableWidget(len(rows), len(header), self)
        table.setObjectName("turnoutTable")
        table.setHorizontalHeaderLabels(header)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # Tab moves on to the charts below; the arrow keys move between the cells.
        table.setTabKeyNavigation(False)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                if c != 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, item)
        head = table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # As tall as its rows, so the page scrolls rather than the table.
        table.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        return table
