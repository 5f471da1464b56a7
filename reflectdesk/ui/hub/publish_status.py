"""The laptop's side of the publishing status on Preferences ▸ Hub: when it last
published and how many rows wait. A stand-in read straight from plan_publish and the
ledger: operations/hub_status.py (issue 20, branch i20-speed) will hold the laptop's
status, and :func:`laptop_publish_status` is the one place to switch over to it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reflectdesk.operations.hub_publish import plan_publish
from reflectdesk.store import publish_ledger
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
    plan = plan_publish(store)
    last = max(publish_ledger.last_published(store).values(), default=None)
    return LaptopPublishStatus(last, plan.total, len(plan.held_notes()))


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
