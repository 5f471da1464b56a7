"""Plan a whole series in one go: a first day, a time, a rhythm and a number (or chosen
days), each session from the group's format. The preview lists every day as it will be
planned and says in words which clash with another session of the group or lie in the
past; Create plans them all in one transaction (operations/session_series)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, tzinfo

from PySide6.QtCore import QDate, QSize, Qt, QTime
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QStyle,
    QTimeEdit,
    QWidget,
)

from reflectdesk.core.session_series import SERIES_MAX, Rhythm, SeriesDay, SeriesPlan
from reflectdesk.core.sessions import PLACE_MAX_LENGTH
from reflectdesk.operations.session_series import check_series, format_minutes, plan_series
from reflectdesk.store.database import Store
from reflectdesk.ui.common.dates import day_with_weekday, start_as_shown, system_zone
from reflectdesk.ui.common.form_dialog import FormDialog
from reflectdesk.ui.common.widgets import (
    button_row,
    form_rows,
    line_field,
    push_button,
    role_label,
    stack,
)

__all__ = ["PlanSeriesDialog"]


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PlanSeriesDialog(FormDialog):
    """Plans the series on Create; ``session_ids`` holds the planned sessions afterwards.
    ``zone`` is where the group meets (the computer's by default) and ``now`` the clock
    the "in the past" warning reads; both are handed in so tests can fix them."""

    def __init__(
        self,
        store: Store,
        group_id: str,
        count: int,
        parent: QWidget | None = None,
        *,
        zone: tzinfo | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__("planSeriesDialog", self.tr("Plan a Series of Sessions"), parent)
        self._store = store
        self._group_id = group_id
        self._zone = zone if zone is not None else system_zone()
        self._now = now
        self._minutes = format_minutes(store, group_id)
        self._days: list[SeriesDay] = []
        self.session_ids: list[str] = []

        self.first_edit = QDateEdit(self)
        self.first_edit.setObjectName("seriesFirstDay")
        self.first_edit.setCalendarPopup(True)
        self.first_edit.setDisplayFormat("ddd d MMM yyyy")
        self.first_edit.setDate(QDate.currentDate().addDays(7))
        self.time_edit = QTimeEdit(QTime(19, 0), self)
        self.time_edit.setObjectName("seriesTime")
        self.time_edit.setDisplayFormat("HH:mm")
        self.length_label = QLabel(self._length_text(), self)
        self.length_label.setObjectName("seriesLength")
        self.rhythm_combo = QComboBox(self)
        self.rhythm_combo.setObjectName("seriesRhythm")
        for text, rhythm in (
            (self.tr("Every week"), Rhythm.WEEKLY),
            (self.tr("Every two weeks"), Rhythm.FORTNIGHTLY),
            (self.tr("Every four weeks"), Rhythm.FOUR_WEEKLY),
            (
                self.tr("Monthly, on the same weekday (e.g. every 2nd Tuesday)"),
                Rhythm.MONTHLY_WEEKDAY,
            ),
            (self.tr("On chosen dates"), Rhythm.CHOSEN),
        ):
            self.rhythm_combo.addItem(text, rhythm.value)
        self.count_spin = QSpinBox(self)
        self.count_spin.setObjectName("seriesCount")
        self.count_spin.setRange(1, SERIES_MAX)
        self.count_spin.setValue(max(1, min(count, SERIES_MAX)))
        self.place_edit = line_field(
            self,
            "seriesPlace",
            PLACE_MAX_LENGTH,
            self.tr("e.g. Teaching room 3, practice De Linde"),
        )

        self.chosen_list = QListWidget(self)
        self.chosen_list.setObjectName("seriesChosenDays")
        self.chosen_list.setAccessibleName(self.tr("Chosen dates"))
        self.add_button = push_button(
            self.tr("&Add this date"),
            self,
            "seriesAddDay",
            self.tr("Add the date above to the chosen dates"),
            self._add_chosen,
        )
        self.remove_button = push_button(
            self.tr("&Remove date"),
            self,
            "seriesRemoveDay",
            self.tr("Remove the selected date from the chosen dates"),
            self._remove_chosen,
        )
        self.chosen_box = QWidget(self)
        self.chosen_box.setObjectName("seriesChosenBox")
        buttons = button_row(self.add_button, self.remove_button)
        stack(self.chosen_box, self.chosen_list, buttons, margins=(0, 0, 0, 0))

        self.preview = QListWidget(self)
        self.preview.setObjectName("seriesPreview")
        self.preview.setAccessibleName(self.tr("The sessions to be planned"))
        self.summary_label = role_label("inlineError", self, wrap=True)
        self.summary_label.setObjectName("seriesSummary")

        form = form_rows(
            (self.tr("&First date:"), self.first_edit),
            (self.tr("&Time:"), self.time_edit),
            (self.tr("Length:"), self.length_label),
            (self.tr("&Rhythm:"), self.rhythm_combo),
            (self.tr("&Number of sessions:"), self.count_spin),
            (self.tr("C&hosen dates:"), self.chosen_box),
            (self.tr("&Place:"), self.place_edit),
        )
        self.count_label = form.labelForField(self.count_spin)
        self.chosen_label = form.labelForField(self.chosen_box)
        preview_label = role_label("sectionHeading", self, self.tr("Sessio&ns to be planned"))
        preview_label.setBuddy(self.preview)
        self.lay_out(form, preview_label, (self.preview, 1), self.summary_label)
        self.resize(620, 620)

        self.first_edit.dateChanged.connect(self.refresh)
        self.time_edit.timeChanged.connect(self.refresh)
        self.rhythm_combo.currentIndexChanged.connect(self.refresh)
        self.count_spin.valueChanged.connect(self.refresh)
        self.refresh()
        self.first_edit.setFocus()

    def _length_text(self) -> str:
        if not self._minutes:
            return self.tr("The group has no format: the sessions start without phases.")
        return self.tr("%n minute(s), from the group's format", "", self._minutes)

    def rhythm(self) -> Rhythm:
        return Rhythm(self.rhythm_combo.currentData())

    def chosen_days(self) -> tuple[date, ...]:
        return tuple(
            date.fromisoformat(self.chosen_list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.chosen_list.count())
        )

    def plan(self) -> SeriesPlan:
        at = self.time_edit.time()
        return SeriesPlan(
            first_day=_day(self.first_edit.date()),
            at=time(at.hour(), at.minute()),
            rhythm=self.rhythm(),
            count=self.count_spin.value(),
            minutes=self._minutes,
            zone=self._zone,
            chosen=self.chosen_days(),
        )

    def _add_chosen(self) -> None:
        day = _day(self.first_edit.date())
        days = self.chosen_days()
        if day in days:
            return
        # In date order, where the new one belongs (the text would sort by weekday).
        item = QListWidgetItem(day_with_weekday(day))
        item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
        self.chosen_list.insertItem(sum(1 for other in days if other < day), item)
        self.chosen_list.setCurrentItem(item)
        self.refresh()

    def _remove_chosen(self) -> None:
        row = self.chosen_list.currentRow()
        if row >= 0:
            self.chosen_list.takeItem(row)
            self.refresh()

    def refresh(self) -> None:
        """Recompute the series and show it, each day with its warnings in words."""
        chosen = self.rhythm() is Rhythm.CHOSEN
        for widget in (self.count_spin, self.count_label):
            widget.setVisible(not chosen)
        for widget in (self.chosen_box, self.chosen_label):
            widget.setVisible(chosen)
        self._days = check_series(self._store, self._group_id, self.plan(), self._now())
        self.preview.clear()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        # A blank icon of the same size keeps the dates of fine sessions in line.
        side = self.preview.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        blank = QPixmap(side, side)
        blank.fill(Qt.GlobalColor.transparent)
        self.preview.setIconSize(QSize(side, side))
        for number, day in enumerate(self._days, start=1):
            parts = [start_as_shown(day.start.astimezone(self._zone))]
            if day.clashes:
                parts.append(self.tr("clashes with another session of this group"))
            if day.in_past:
                parts.append(self.tr("in the past"))
            item = QListWidgetItem(f"{number}. " + " — ".join(parts), self.preview)
            item.setIcon(blank if day.fine else warning)
        self._show_summary()

    def _show_summary(self) -> None:
        count = len(self._days)
        warned = sum(1 for day in self._days if not day.fine)
        if not count:
            text = self.tr("Add at least one date.")
        elif warned:
            text = self.tr(
                "%n session(s) with a warning: check the dates marked above.", "", warned
            )
        else:
            text = ""
        self.summary_label.setText(text)
        self.summary_label.setVisible(bool(text))
        self.ok_button.setText(self.tr("Plan %n session(s)", "", count))
        self.ok_button.setEnabled(bool(count))

    def run_submit(self) -> None:
        days = check_series(self._store, self._group_id, self.plan(), self._now())
        planned = plan_series(self._store, self._group_id, days, self.place_edit.text())
        self.session_ids = [record.id for record in planned]
