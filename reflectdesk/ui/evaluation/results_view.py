"""The charts and tables of one questionnaire's results: :class:`ResultsView`, which
shows a loaded :class:`~reflectdesk.export.evaluation.QuestionnaireResults` (summary,
charts, the statistics per item, the change from start to end of a series, the written
answers) and neither loads nor picks anything; the page around it, with the picker and
the loading off the ui thread, is in evaluation_results.py.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.core.evaluation_stats import ItemStats, QuestionnaireStats, StartEndChange
from reflectdesk.core.figure_rules import reportable
from reflectdesk.core.paired_change import PairedItem, unpaired_where_missing
from reflectdesk.export.evaluation import QuestionnaireResults
from reflectdesk.ui.common.figures_table import figures_table
from reflectdesk.ui.common.look import set_role
from reflectdesk.ui.common.plurals import fill
from reflectdesk.ui.evaluation.charts import BarRow, DivergingBarChart
from reflectdesk.ui.evaluation.figures import number, percent, signed
from reflectdesk.ui.evaluation.how_computed import HowComputed
from reflectdesk.ui.evaluation.paired_words import PairedWords
from reflectdesk.ui.evaluation.scores_view import ScoresView
from reflectdesk.ui.evaluation.series_charts import ConditionsChart, TrendChart
from reflectdesk.ui.evaluation.turnout_view import TurnoutView


class ResultsView(QWidget):
    """The charts and tables of one questionnaire's results (no loading, no picker)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationResultsView")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        self.charts: list[QWidget] = []
        self.stats_table: QTableWidget | None = None
        self.change_table: QTableWidget | None = None
        self.paired_table: QTableWidget | None = None
        self.free_text: QPlainTextEdit | None = None
        self.how_computed: HowComputed | None = None
        self.scores: ScoresView | None = None
        self._min_n = 1
        self.turnout: TurnoutView | None = None

    def clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.charts = []
        self.stats_table = self.change_table = self.paired_table = self.free_text = None
        self.turnout = None
        self.scores = None

    def show_results(self, results: QuestionnaireResults) -> None:
        self.clear()
        self._min_n = results.min_n
        summary = QLabel(self._summary(results), self)
        summary.setObjectName("resultsSummary")
        summary.setWordWrap(True)
        self._layout.addWidget(summary)
        if results.turnout is not None:
            self.turnout = TurnoutView(results.turnout, self)
            self._layout.addWidget(self.turnout)
        if results.scores:  # a validated instrument: its scores first, as it is read
            self.scores = ScoresView(results.scores, results.score_changes, results.min_n, self)
            self._layout.addWidget(self.scores)
        overall = results.overall
        if results.change is not None:
            bars = DivergingBarChart(self.tr("At the start and at the end of the series"), self)
            bars.set_subtitle(
                self.tr(
                    "Each pair of bars is one statement: everyone's answers at the start, "
                    "then at the end. Left of the line disagree, right agree; the number "
                    "in a colour is its share in %."
                )
            )
            rows = []
            for change in results.change.items:
                rows.append(BarRow(change.text, self.tr("Start"), change.start))
                rows.append(BarRow("", self.tr("End"), change.end))
            bars.set_rows(rows, results.labels, results.min_n)
            self._add_chart(bars)
        if results.series is not None and results.purpose == "conditions":
            strip = ConditionsChart(
                self.tr("Conditions session by session, beside attendance"), self
            )
            strip.set_subtitle(
                self.tr(
                    "The facilitator's score for each condition after each session "
                    "(1 = strongly disagree … %1 = strongly agree; darker purple is better), "
                    "under the number of participants who attended."
                ).replace("%1", str(max((i.points for i in overall.items), default=5)))
            )
            strip.set_series(
                overall.items,
                results.series.sessions,
                results.dates,
                results.attended,
                results.labels,
            )
            self._add_chart(strip)
        if results.change is None:
            bars = DivergingBarChart(results.title, self)
            sessions = len(results.series.sessions) if results.series else 0
            bars.set_subtitle(
                fill(
                    self.tr(
                        "All %1 from %2 together. Left of the line disagree, right agree; "
                        "the number in a colour is its share in %."
                    ),
                    self.tr("%n form(s)", "", overall.responses),
                    self.tr("%n session(s)", "", sessions),
                )
                if not results.once
                else self.tr(
                    "Left of the line disagree, right agree; the number in a colour is its "
                    "share in %."
                )
            )
            bars.set_rows(
                [BarRow(item.text, "", item) for item in overall.items],
                results.labels,
                results.min_n,
            )
            self._add_chart(bars)
        if results.series is not None and results.purpose != "conditions":
            lines = TrendChart(self.tr("% who agree, session by session"), self)
            sizes = [s.responses for s in results.series.sessions]
            lines.set_subtitle(
                self.tr(
                    "Each dot is one session (%1 to %n form(s) each); the number at the "
                    "right is the latest session's.",
                    "",
                    max(sizes, default=0),
                ).replace("%1", str(min(sizes, default=0)))
            )
            lines.set_series(
                overall.items, results.series.sessions, results.dates, min_n=results.min_n
            )
            self._add_chart(lines)
        self._add_heading(self.tr("The numbers per statement"))
        self.stats_table = self._stats_table(overall)
        self.stats_table.setAccessibleName(self.tr("The numbers per statement"))
        self._layout.addWidget(self.stats_table)
        note = QLabel(
            self.tr(
                "n: forms that answered the statement; missing: forms that left it blank. "
                "Mean, SD and median (Q1–Q3) are in scale points (1 = strongly disagree). "
                "How % agree and the other figures are computed: see below."
            ),
            self,
        )
        note.setWordWrap(True)
        set_role(note, "hint")
        self._layout.addWidget(note)
        if results.change is not None:
            self._add_paired(results.change, results.paired)
        self.how_computed = HowComputed(self)
        self.how_computed.set_figures(overall.items, results.min_n)
        self._layout.addWidget(self.how_computed)
        texts = [(f.text, f.answers) for f in overall.free_text if f.answers]
        if texts:
            self._add_heading(self.tr("Written answers"))
            self.free_text = QPlainTextEdit(self)
            self.free_text.setObjectName("freeTextAnswers")
            self.free_text.setAccessibleName(self.tr("Written answers"))
            self.free_text.setReadOnly(True)
            self.free_text.setPlainText(
                "\n\n".join(
                    question + "\n" + "\n".join(f"• {answer}" for answer in answers)
                    for question, answers in texts
                )
            )
            self.free_text.setMinimumHeight(160)
            self._layout.addWidget(self.free_text)
        self._layout.addStretch(1)

    def _summary(self, results: QuestionnaireResults) -> str:
        if results.change is not None:
            return fill(
                self.tr("%1: %2 at the start and %3 at the end of the series."),
                results.name,
                self.tr("%n form(s)", "", results.change.start_responses),
                results.change.end_responses,
            )
        if results.once:
            return fill(
                self.tr("%1: %2, given once, at the start of the series.")
                if results.once == "start"
                else self.tr("%1: %2, given once, at the end of the series."),
                results.name,
                self.tr("%n form(s)", "", results.responses),
            )
        sessions = len(results.series.sessions) if results.series else 0
        return fill(
            self.tr("%1: %2 from %3."),
            results.name,
            self.tr("%n form(s)", "", results.responses),
            self.tr("%n session(s)", "", sessions),
        )

    def _add_paired(self, change: StartEndChange, paired: tuple[PairedItem, ...]) -> None:
        """The paired change per statement; the unpaired start and end figures only for
        the statements where some forms have no partner, headed so."""
        words = PairedWords()
        if paired:
            self._add_heading(self.tr("Paired change from start to end"))
            self.paired_table = self._table("pairedTable", words.header(), words.rows(paired))
            self.paired_table.setAccessibleName(self.tr("Paired change from start to end"))
            self._layout.addWidget(self.paired_table)
            note = QLabel(words.note(), self)
            note.setWordWrap(True)
            set_role(note, "hint")
            self._layout.addWidget(note)
        unpaired = unpaired_where_missing(change, paired)
        if unpaired.items:
            heading = self.tr("Unpaired figures, for the statements where pairs are missing")
            self._add_heading(heading)
            self.change_table = self._change_table(unpaired)
            self.change_table.setAccessibleName(heading)
            self._layout.addWidget(self.change_table)

    def _add_chart(self, chart: QWidget) -> None:
        self.charts.append(chart)
        self._layout.addWidget(chart)

    def _add_heading(self, text: str) -> None:
        heading = QLabel(text, self)
        set_role(heading, "sectionHeading")
        self._layout.addWidget(heading)

    def _table(self, name: str, header: list[str], rows: list[list[str]]) -> QTableWidget:
        return figures_table(self, name, header, rows)

    def _stats_table(self, stats: QuestionnaireStats) -> QTableWidget:
        header = [
            self.tr("Statement"),
            self.tr("n"),
            self.tr("Missing"),
            self.tr("Mean"),
            self.tr("SD"),
            self.tr("Median (Q1–Q3)"),
            self.tr("% agree"),
        ]
        return self._table("statsTable", header, [self._stats_row(item) for item in stats.items])

    def _stats_row(self, item: ItemStats) -> list[str]:
        text = item.text + (self.tr(" (reverse-worded)") if item.reverse_coded else "")
        if self._too_few(item.n):
            return [text, str(item.n), str(item.missing), "–", "–", "–", self._few()]
        return [
            text,
            str(item.n),
            str(item.missing),
            number(item.mean),
            number(item.sd),
            self._median_quartiles(item),
            percent(item.agree_pct),
        ]

    def _too_few(self, n: int) -> bool:
        """Answered, but by fewer than the small-numbers threshold: only n is shown."""
        return bool(n) and not reportable(n, self._min_n)

    def _few(self) -> str:
        return self.tr("too few to report")

    def _median_quartiles(self, item: ItemStats) -> str:
        if item.median is None or item.q1 is None or item.q3 is None:
            return "–"
        return (
            self.tr("%1 (%2–%3)")
            .replace("%1", number(item.median, 1))
            .replace("%2", number(item.q1, 1))
            .replace("%3", number(item.q3, 1))
        )

    def _change_table(self, change: StartEndChange) -> QTableWidget:
        header = [
            self.tr("Statement"),
            self.tr("n start"),
            self.tr("% agree start"),
            self.tr("n end"),
            self.tr("% agree end"),
            self.tr("Change (%-points)"),
            self.tr("Change in mean"),
        ]
        rows = []
        for item in change.items:
            few_start, few_end = self._too_few(item.n_start), self._too_few(item.n_end)
            hidden = few_start or few_end
            rows.append(
                [
                    item.text,
                    str(item.n_start),
                    self._few() if few_start else percent(item.start.agree_pct),
                    str(item.n_end),
                    self._few() if few_end else percent(item.end.agree_pct),
                    "–" if hidden else signed(item.agree_change, 0),
                    "–" if hidden else signed(item.mean_change),
                ]
            )
        return self._table("changeTable", header, rows)
