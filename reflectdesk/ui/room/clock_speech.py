"""What the clock says to a screen reader: a spoken announcement when something
happens (a new phase, "nearly time", over time, the end), and names that change at most
once a minute for the labels whose text changes every second.

A label's visible text can tick every second; if its accessible name were that text, a
screen reader would be sent a name change every second (60 a minute) and could not be
used for anything else. So each ticking label gets an accessible name in whole minutes,
and the moments that matter are announced once, through :class:`Announcer`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

from reflectdesk.core.clock_state import ClockSnapshot, ClockStatus, WarningLevel
from reflectdesk.ui.common.translation import Translates


class ClockSpeech(Translates):
    """The context the spoken words are filed under (numerus forms included)."""


def set_name(widget: QWidget, name: str) -> None:
    """Set an accessible name only when it changes: every set is a NameChanged event."""
    if widget.accessibleName() != name:
        widget.setAccessibleName(name)


def spoken_time(snapshot: ClockSnapshot) -> str:
    """The big time in whole minutes: "Questions: 7 minutes left"."""
    if snapshot.status is ClockStatus.FINISHED:
        return ClockSpeech.tr("Session finished")
    if snapshot.remaining > 0:
        left = math.ceil(snapshot.remaining / 60 - 1e-9)
        time = ClockSpeech.tr("%n minute(s) left", "", left)
    else:
        time = ClockSpeech.tr(
            "over time by %n minute(s)",
            "",
            math.floor(-snapshot.remaining / 60 + 1e-9),
        )
    spoken = f"{snapshot.phase_name}: {time}"
    if snapshot.status is ClockStatus.PAUSED:
        return ClockSpeech.tr("Paused. %1").replace("%1", spoken)
    return spoken


def spoken_state(snapshot: ClockSnapshot) -> str:
    """The line under the time, without its ticking seconds ("" before the start: that
    line does not tick, so its own text is read)."""
    if snapshot.status is ClockStatus.NOT_STARTED:
        return ""
    if snapshot.status is ClockStatus.FINISHED:
        return ClockSpeech.tr("Session finished")
    if snapshot.warning is WarningLevel.OVERRUN:
        return ClockSpeech.tr("Over time")
    if snapshot.warning is WarningLevel.WARNING:
        return ClockSpeech.tr("Nearly time")
    return ClockSpeech.tr("Time left in this phase")


def spoken_session(snapshot: ClockSnapshot) -> str:
    """The session line in whole minutes."""
    minutes = int(snapshot.session_elapsed // 60)
    if snapshot.status is ClockStatus.NOT_STARTED:
        return ClockSpeech.tr("Planned length %n minute(s)", "", round(snapshot.planned_total / 60))
    return ClockSpeech.tr("Session: %n minute(s) in", "", minutes)


def announcement(before: ClockSnapshot | None, now: ClockSnapshot) -> str:
    """What to announce going from ``before`` to ``now`` ("" for nothing): a new phase,
    the start of "nearly time", the start of over time, the end of the session."""
    if before is None:
        return ""  # opening the page is no news
    if now.status is ClockStatus.FINISHED:
        if before.status is ClockStatus.FINISHED:
            return ""
        return ClockSpeech.tr("Session finished.")
    if now.status is ClockStatus.NOT_STARTED:
        return ""
    if before.status is ClockStatus.NOT_STARTED or now.phase_index != before.phase_index:
        return (
            ClockSpeech.tr("Phase %1 of %2: %3. %4.")
            .replace("%1", str(now.phase_index + 1))
            .replace("%2", str(now.phase_count))
            .replace("%3", now.phase_name)
            .replace(
                "%4",
                ClockSpeech.tr("%n minute(s)", "", math.ceil(now.remaining / 60 - 1e-9)),
            )
        )
    if now.warning is before.warning:
        return ""
    if now.warning is WarningLevel.WARNING:
        left = math.ceil(now.remaining / 60 - 1e-9)
        return ClockSpeech.tr("Nearly time: %n minute(s) left.", "", left)
    if now.warning is WarningLevel.OVERRUN:
        return ClockSpeech.tr("Over time in %1.").replace("%1", now.phase_name)
    return ""


class Announcer(QObject):
    """Tells assistive technology a sentence to read out now (Qt's announcement event,
    which AT-SPI, UI Automation and VoiceOver each read in their own way). Emits
    ``announced(text)`` after each, which is where a test listens."""

    announced = Signal(str)

    def announce(self, widget: QWidget, text: str, *, urgent: bool = False) -> None:
        event = QAccessibleAnnouncementEvent(widget, text)
        if urgent:
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)
        self.announced.emit(text)
