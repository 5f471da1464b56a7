"""A programme lead reading the hub (issue 20, "the programme view reads the hub").

:func:`open_lead_hub` opens a Store on the hub as the lead's own login role and checks,
before anything is shown, that the server answers, that it is a ReflectDesk hub at this
version, and that the role is a programme lead; the Store then runs the programme reads
(store/programmes.py and the rest) unchanged, and row-level security shows it exactly
its programmes' groups. Nothing here writes: a lead's role may not.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import URL, text
from sqlalchemy.exc import DBAPIError, OperationalError

from reflectdesk.core.errors import InvalidInputError, words
from reflectdesk.store.database import Store
from reflectdesk.store.errors import StoreError
from reflectdesk.store.hub_errors import HubNotSetUpError, HubUnreachableError
from reflectdesk.store.programmes import ProgrammeRecord, list_programmes

log = logging.getLogger(__name__)

# libpq's refusals of a login: a wrong password (28P01), no such role or no entry in
# pg_hba.conf for it (28000).
LOGIN_REFUSED = ("28P01", "28000")


class HubLoginRefusedError(StoreError):
    code = "hub_login_refused"

    def __init__(self, hub: str) -> None:
        super().__init__(
            words()
            .gettext(
                "The hub at {hub} refused the login: check the role and its password. "
                "Nothing was changed."
            )
            .format(hub=hub),
            hub=hub,
        )


class HubNotALeadError(StoreError):
    code = "hub_not_a_lead"

    def __init__(self, role: str) -> None:
        super().__init__(
            words()
            .gettext(
                "The role {role} is not a programme lead on this hub, so it cannot open a "
                "programme. Ask the hub's administrator for a lead's role "
                "('reflectdesk hub add-lead')."
            )
            .format(role=role),
            role=role,
        )


@dataclass(frozen=True, slots=True)
class LeadHub:
    store: Store  # the hub, as the lead's role; close it when done
    role: str
    programmes: tuple[ProgrammeRecord, ...]  # the lead's, by name


@contextmanager
def hub_errors(hub: str) -> Iterator[None]:
    """The driver's refusals as messages that name the hub without its password."""
    try:
        yield
    except DBAPIError as error:
        state = getattr(error.orig, "sqlstate", None)
        # The address names the role, made from a person's name: the log gets neither.
        log.warning("hub refused or unreachable: %s (%s)", type(error.orig).__name__, state)
        if state in LOGIN_REFUSED:
            raise HubLoginRefusedError(hub) from None
        if isinstance(error, OperationalError):
            raise HubUnreachableError(hub) from None
        raise


def lead_url(address: str, role: str, password: str) -> URL:
    """The hub at ``address`` (postgresql://HOST/DATABASE...) as ``role`` with
    ``password``: what the app's "Open Programme from Hub" dialog was typed. The password
    lives in this URL, in memory, and nowhere else (empty: libpq's PGPASSWORD or
    ~/.pgpass)."""
    from sqlalchemy import make_url
    from sqlalchemy.exc import ArgumentError

    from reflectdesk.store.engine_kind import is_hub_url

    address = address.strip()
    if not is_hub_url(address):
        message = words().gettext("The hub's address starts with postgresql://")
        raise InvalidInputError("address", message)
    try:
        url = make_url(address)
    except ArgumentError:
        message = words().gettext("The hub's address is not one ReflectDesk can read.")
        raise InvalidInputError("address", message) from None
    if role.strip():
        url = url.set(username=role.strip())
    if password:
        url = url.set(password=password)
    return url


def open_lead_hub(url: str | URL) -> LeadHub:
    """The hub at ``url`` opened as a programme lead, with the lead's programmes."""
    from reflectdesk.store.hub import describe, open_hub_store
    from reflectdesk.store.hub_setup import current_revision
    from reflectdesk.store.schema import HEAD_REVISION

    hub = describe(url)
    store = open_hub_store(url, migrate=False)
    try:
        with hub_errors(hub), store.engine.connect() as connection:
            if current_revision(connection) != HEAD_REVISION:
                raise HubNotSetUpError(hub)
            role = str(connection.execute(text("SELECT current_user")).scalar())
            lead = connection.execute(
                text("SELECT pg_has_role(current_user, 'reflectdesk_lead', 'MEMBER')")
            ).scalar()
            if not lead:
                raise HubNotALeadError(role)
            mine = set(
                connection.execute(
                    text("SELECT programme_id FROM hub_leads WHERE role_name = current_user")
                ).scalars()
            )
        with hub_errors(hub):
            programmes = tuple(p for p in list_programmes(store) if p.id in mine)
    except BaseException:
        store.close()
        raise
    log.info("hub opened as a programme lead of %d programmes", len(programmes))
    return LeadHub(store, role, programmes)
