"""The laptop's side of the publishing status on Preferences ▸ Hub: when it last
published, how many rows wait and how many notes are held back, from
operations/hub_status.laptop_side (the same figures `reflectdesk hub status` prints)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reflectdesk.operations.hub_status import laptop_side
from reflectdesk.store.database import Store
from reflectdesk.ui.common.dates import long_moment
from reflectdesk.ui.common.plurals import fill
from reflectdesk.ui.common.translation import Translates


@dataclass(frozen=True)
class LaptopPublishStatus:
    last_published: datetime | None
    waiting: int  # rows to send or to remove at the next publish
    held_back: int  # notes held back by the identifier check


def laptop_publish_status(store: Store) -> LaptopPublishStatus:
    """Reads the offered groups' rows (seconds for a large laptop): off the ui thread."""
    side = laptop_side(store)
    return LaptopPublishStatus(side.last_published, side.queued, side.held_back)


class PublishStatusWords(Translates):
    @classmethod
    def describe(cls, status: LaptopPublishStatus) -> str:
        last = status.last_published
        when = (
            fill(PublishStatusWords.tr("Last published %1."), long_moment(last.astimezone()))
            if last is not None
            else PublishStatusWords.tr("Not published yet.")
        )
        waiting = (
            PublishStatusWords.tr("%n row(s) wait to be published.", "", status.waiting)
            if status.waiting
            else PublishStatusWords.tr("Nothing waits to be published.")
        )
        parts = [when, waiting]
        if status.held_back:
            parts.append(held_back_words(status.held_back))
        return " ".join(parts)


def held_back_words(count: int) -> str:
    return PublishStatusWords.tr(
        "%n learning point(s) or action(s) held back: a likely identifier nobody has kept.",
        "",
        count,
    )
