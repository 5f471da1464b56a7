"""The leader log's words in the window: the totals, and what the body counts and where
its thresholds come from. Counts are numerus forms; time is whole hours and minutes, to
the minute."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale

from reflectdesk.core.accreditation import AccreditationBody
from reflectdesk.core.leader_log import LogTotals
from reflectdesk.ui.common import dates
from reflectdesk.ui.common.translation import Translates


class LogWords(Translates):
    def short_day(self, day: date) -> str:
        return dates.short_day(day)

    def duration(self, minutes: int) -> str:
        """'7 h 30 min', '45 min', '12 h': to the minute."""
        hours, rest = divmod(minutes, 60)
        locale = QLocale()
        if hours and rest:
            return (
                self.tr("%1 h %2 min")
                .replace("%1", locale.toString(hours))
                .replace("%2", locale.toString(rest))
            )
        if hours:
            return self.tr("%1 h").replace("%1", locale.toString(hours))
        return self.tr("%1 min").replace("%1", locale.toString(rest))

    def totals(self, totals: LogTotals) -> str:
        sessions = (
            self.tr("Led: %1; co-led: %2")
            .replace("%1", self.tr("%n session(s)", "", totals.led))
            .replace("%2", self.tr("%n session(s)", "", totals.co_led))
        )
        parts = [
            sessions,
            self.tr("%n case(s)", "", totals.cases),
            self.tr("In groups: %1").replace("%1", self.duration(totals.minutes)),
            self.tr("Supervision: %1, %2")
            .replace("%1", self.tr("%n session(s)", "", totals.supervision_sessions))
            .replace("%2", self.duration(totals.supervision_minutes)),
            self.tr("Training: %1, %2")
            .replace("%1", self.tr("%n event(s)", "", totals.training_events))
            .replace("%2", self.duration(totals.training_minutes)),
            self.tr("Months with a session led: %1").replace(
                "%1", QLocale().toString(totals.months_led)
            ),
        ]
        return self.tr("Totals: %1").replace("%1", " · ".join(parts))

    def source(self, body: AccreditationBody) -> str:
        """Where the thresholds come from and when they were checked, the source a link."""
        link = f'<a href="{body.source_url}">{_escaped(body.source_title)}</a>'
        source = (
            self.tr("Thresholds from %1, checked on %2.")
            .replace("%1", link)
            .replace("%2", dates.short_day(body.checked_on))
        )
        return f"{_escaped(body.description)} {source}".strip()


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
