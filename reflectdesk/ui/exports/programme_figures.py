"""The figures of one programme in the Programmes dialog, read-only: students (here
"participants") and facilitators per group and in total, who meets the attendance rule,
per evaluation statement the pooled "% agree (agreeing/n)" beside each group's, the trend
by session number, and the cohort's paired change from start to end.

The figures are the programme report's own (``export/programme.build_programme_report``),
worked out off the ui thread (``ui/jobs/task.call_in_background``), so the window and the
PDF never disagree. Numbers go through QLocale, rounded half up (``ui/evaluation/
figures.py``); a percentage of fewer answers than the small-numbers threshold in
Preferences is not shown, only the count with "too few to report".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.core.evaluation_stats import ItemChange, ItemStats, QuestionnaireStats
from reflectdesk.core.paired_change import unpaired_where_missing
from reflectdesk.core.programme_stats import (
    GroupHeadcount,
    PooledChange,
    PooledQuestionnaire,
    RuleCount,
    agree_count,
    reportable,
    rule_count,
    total_rule,
)
from reflectdesk.export.programme import ProgrammeReport, build_programme_report
from reflectdesk.i18n.texts import texts_for
from reflectdesk.store.database import Store
from reflectdesk.store.settings import small_n_threshold
from reflectdesk.ui.common.figures_table import figures_table
from reflectdesk.ui.common.look import set_role
from reflectdesk.ui.evaluation.figures import percent
from reflectdesk.ui.evaluation.paired_words import PairedWords
from reflectdesk.ui.jobs.task import Task, call_in_background

__all__ = ["ProgrammeFigures"]


def whole(value: int) -> str:
    return QLocale().toString(value)


class ProgrammeFigures(QWidget):
    """Shows the figures of the programme last asked for by :meth:`show_programme`;
    ``loaded`` follows each shown result, ``failed(message)`` a load that went wrong."""

    loaded = Signal()
    failed = Signal(str)

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, min_n: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("programmeFigures")
        self._store = store
        # The small-numbers threshold; None: the Preferences' in ``store`` (a hub keeps
        # none: its window hands over the laptop's).
        self._fixed_min_n = min_n
        self.no_groups_text = ""  # what a programme without groups says ("": tick some)
        self._call: Task | None = None
        self._pending: str | None = None
        self._waiting = False  # a pick is queued behind the running load
        self._min_n = 5
        self.people_table: QTableWidget | None = None
        self.agree_tables: list[QTableWidget] = []
        self.trend_tables: list[QTableWidget] = []
        self.change_tables: list[QTableWidget] = []

        self.status_label = QLabel(self)
        self.status_label.setObjectName("programmeFiguresStatus")
        self.status_label.setWordWrap(True)
        set_role(self.status_label, "hint")
        self._content = QWidget()
        self._layout = QVBoxLayout(self._content)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("programmeFiguresArea")
        self.scroll_area.setAccessibleName(self.tr("Figures of this programme"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self._content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_label)
        layout.addWidget(self.scroll_area, 1)
        self.show_programme(None)

    # --- loading off the ui thread -----------------------------------------------------

    def show_programme(self, programme_id: str | None) -> None:
        """Work out and show the figures of ``programme_id`` (None: none chosen)."""
        # A call counts until its ``over``: its thread may have stopped before the ui
        # heard its result, and starting another then would have the first one's end
        # clear (and delete) the second while it runs.
        if self._call is not None:
            self._pending, self._waiting = programme_id, True
            return
        if programme_id is None:
            self._clear()
            self.status_label.setText(self.tr("Choose a programme to see its figures."))
            return
        self.status_label.setText(self.tr("Working out the figures…"))
        store = self._store
        self._min_n = min_n = (
            small_n_threshold(store) if self._fixed_min_n is None else self._fixed_min_n
        )
        texts = texts_for(None)  # the statements in the app's language
        call = call_in_background(
            lambda: build_programme_report(store, programme_id, texts, min_n=min_n), self
        )
        call.succeeded.connect(self._on_loaded)
        call.failed.connect(self._on_failed)
        call.over.connect(self._next)
        self._call = call
        call.start()

    def wait_for_loading(self) -> None:
        """Let a load in progress finish, its result dropped (before the dialog goes: a
        thread must not outlive its QThread object)."""
        self._pending, self._waiting = None, False
        call, self._call = self._call, None
        if call is not None:
            call.abandon()  # silenced: its ``over`` never comes

    def _next(self) -> None:
        call, self._call = self._call, None
        if call is not None:
            call.deleteLater()
        if self._waiting:
            pending, self._pending, self._waiting = self._pending, None, False
            self.show_programme(pending)

    def _on_loaded(self, report: object) -> None:
        assert isinstance(report, ProgrammeReport)
        if self._waiting:
            return  # the ticks changed meanwhile: a newer load follows
        self._show(report)
        self.loaded.emit()

    def _on_failed(self, error: object) -> None:
        message = str(error) if isinstance(error, ReflectDeskError) else repr(error)
        self._clear()
        self.status_label.setText(
            self.tr("Could not work out the figures: %1").replace("%1", message)
        )
        self.failed.emit(message)

    # --- the figures -----------------------------------------------------------------

    def _clear(self) -> None:
        while (child := self._layout.takeAt(0)) is not None:
            widget = child.widget()
            if widget is not None:
                widget.deleteLater()
        self.people_table = None
        self.agree_tables, self.trend_tables, self.change_tables = [], [], []

    def _show(self, report: ProgrammeReport) -> None:
        self._clear()
        if not report.groups:
            self.status_label.setText(
                self.no_groups_text
                or self.tr("Tick the groups of this programme to see its figures.")
            )
            return
        self.status_label.setText(
            self.tr("%1 and %2 in %3.")
            .replace("%1", self.tr("%n participant(s)", "", report.students))
            .replace("%2", self.tr("%n facilitator(s)", "", report.facilitators))
            .replace("%3", self.tr("%n group(s)", "", len(report.groups)))
        )
        self._add_people(report.groups)
        for questionnaire in report.questionnaires:
            self._add_questionnaire(questionnaire, report.group_names)
        for change in report.changes:
            self._add_change(change)
        self._add_hint(
            self.tr(
                "% agree: the share of the answers in the top two points of the scale, "
                "shown as % (agreeing/answers). All groups: every form of every group "
                "together. Session 1 is the first session of every group, and so on. A "
                "percentage of fewer than %1 answers is not shown."
            ).replace("%1", whole(report.min_n))
        )
        self._layout.addStretch(1)

    def _add_people(self, groups: Sequence[GroupHeadcount]) -> None:
        heading = self.tr("Participants, facilitators and the attendance rule")
        self._add_heading(heading)
        header = [
            self.tr("Group"),
            self.tr("Participants"),
            self.tr("Facilitators"),
            self.tr("Meet the attendance rule"),
        ]
        rows = [
            [group.name, whole(group.students), whole(group.facilitators), self._rule(group)]
            for group in groups
        ]
        total = total_rule(groups)
        rows.append(
            [
                self.tr("All groups"),
                whole(sum(group.students for group in groups)),
                whole(sum(group.facilitators for group in groups)),
                "–" if total is None else self._met(total),
            ]
        )
        self.people_table = self._table("programmePeople", heading, header, rows)

    def _rule(self, group: GroupHeadcount) -> str:
        count = rule_count(group)
        if count is None or group.required is None:
            return self.tr("no rule")
        at_least = self.tr("%1 (at least %n session(s))", "", group.required)
        return at_least.replace("%1", self._met(count))

    def _met(self, count: RuleCount) -> str:
        return self.tr("%1 of %2").replace("%1", whole(count.met)).replace("%2", whole(count.of))

    def _add_questionnaire(self, pooled: PooledQuestionnaire, names: Sequence[str]) -> None:
        items = [item for item in pooled.pooled.items if item.n]
        if not items:
            return
        heading = self.tr("%1: % agree by group").replace("%1", pooled.name)
        self._add_heading(heading)
        header = [self.tr("Statement"), self.tr("All groups"), *names]
        rows = [
            [
                item.text,
                self._agree(item),
                *(self._agree(self._item(group, item.key)) for group in pooled.per_group),
            ]
            for item in items
        ]
        self.agree_tables.append(self._table("programmeAgree", heading, header, rows))
        if not pooled.by_session:
            return
        heading = self.tr("%1: % agree by session number").replace("%1", pooled.name)
        self._add_heading(heading)
        header = [self.tr("Statement")] + [
            self.tr("Session %1").replace("%1", whole(number))
            for number in range(1, len(pooled.by_session) + 1)
        ]
        rows = [
            [item.text, *(self._agree(self._item(s, item.key)) for s in pooled.by_session)]
            for item in items
        ]
        self.trend_tables.append(self._table("programmeTrend", heading, header, rows))

    def _add_change(self, change: PooledChange) -> None:
        """The cohort's paired change where some forms pair up; the unpaired start and
        end figures for the statements where partners are missing (all, without pairs)."""
        words = PairedWords()
        paired = tuple(item for item in change.paired if item.change.pairs)
        if paired:
            heading = self.tr("%1: paired change from start to end").replace("%1", change.name)
            self._add_heading(heading)
            rows = words.rows(paired)
            self.change_tables.append(self._table("programmePaired", heading, words.header(), rows))
            self._add_hint(words.note())
        unpaired = unpaired_where_missing(change.pooled, change.paired if paired else ())
        items = [item for item in unpaired.items if item.n_start or item.n_end]
        if items:
            heading = (
                self.tr("%1: start and end, unpaired, where pairs are missing")
                if paired
                else self.tr("%1: start and end, unpaired")
            ).replace("%1", change.name)
            self._add_heading(heading)
            self.change_tables.append(self._unpaired(heading, items))

    def _unpaired(self, heading: str, items: Sequence[ItemChange]) -> QTableWidget:
        header = [
            self.tr("Statement"),
            self.tr("% agree at the start"),
            self.tr("% agree at the end"),
        ]
        rows = [[item.text, self._agree(item.start), self._agree(item.end)] for item in items]
        return self._table("programmeUnpaired", heading, header, rows)

    @staticmethod
    def _item(stats: QuestionnaireStats | None, key: str) -> ItemStats | None:
        return None if stats is None else stats.item(key)

    def _agree(self, item: ItemStats | None) -> str:
        """ "73% (22/30)", as the programme report prints it; the count alone with "too
        few to report" under the threshold; "–" without answers."""
        if item is None or not item.n:
            return "–"
        if not reportable(item.n, self._min_n):
            return self.tr("%n answer(s): too few to report", "", item.n)
        agree = agree_count(item)
        return (
            self.tr("%1 (%2/%3)")
            .replace("%1", percent(100 * agree / item.n))
            .replace("%2", whole(agree))
            .replace("%3", whole(item.n))
        )

    # --- widgets -----------------------------------------------------------------------

    def _add_heading(self, text: str) -> None:
        heading = QLabel(text, self._content)
        heading.setWordWrap(True)
        set_role(heading, "sectionHeading")
        self._layout.addWidget(heading)

    def _add_hint(self, text: str) -> None:
        hint = QLabel(text, self._content)
        hint.setWordWrap(True)
        set_role(hint, "hint")
        self._layout.addWidget(hint)

    def _table(
        self, name: str, title: str, header: list[str], rows: list[list[str]]
    ) -> QTableWidget:
        table = figures_table(self._content, name, header, rows)
        table.setAccessibleName(title)
        self._layout.addWidget(table)
        return table
