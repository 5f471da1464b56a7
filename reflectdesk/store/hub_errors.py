"""Why a hub (the department's PostgreSQL database) cannot be used, in words a
facilitator or an IT department can act on."""

from __future__ import annotations

from reflectdesk.core.errors import words
from reflectdesk.store.errors import StoreError

# The oldest PostgreSQL a hub may run on: the README promises 14 or newer.
OLDEST_SERVER = (14,)


class HubDriverMissingError(StoreError):
    """psycopg, the optional extra ``reflectdesk[hub]``, is not installed."""

    code = "hub_driver_missing"

    def __init__(self) -> None:
        super().__init__(
            words().gettext(
                "Connecting to a hub needs the PostgreSQL driver, which this installation "
                "of ReflectDesk does not have. Install it with: pip install 'reflectdesk[hub]'"
            )
        )


class HubServerTooOldError(StoreError):
    code = "hub_server_too_old"

    def __init__(self, found: str) -> None:
        super().__init__(
            words()
            .gettext(
                "The hub runs PostgreSQL {found}; ReflectDesk needs PostgreSQL {oldest} or "
                "newer. Nothing was changed on the server."
            )
            .format(found=found, oldest=OLDEST_SERVER[0]),
            found=found,
        )


class HubUnreachableError(StoreError):
    """No connection: the server is down, the address is wrong, or the login refused."""

    code = "hub_unreachable"

    def __init__(self, hub: str) -> None:
        super().__init__(
            words()
            .gettext(
                "Could not connect to the hub at {hub}: check the address, the role and its "
                "password, and that the server accepts connections from this computer."
            )
            .format(hub=hub),
            hub=hub,
        )


class HubRefusedError(StoreError):
    """The server said no: the role lacks a right the step needs."""

    code = "hub_refused"

    def __init__(self, hub: str) -> None:
        super().__init__(
            words()
            .gettext(
                "The hub at {hub} refused this: the role in the address lacks the right. "
                "Set-up commands need the role that owns the database and may create "
                "roles (CREATEROLE). Nothing was changed."
            )
            .format(hub=hub),
            hub=hub,
        )


class HubNotSetUpError(StoreError):
    """The database has no ReflectDesk schema, or an older one than this version's."""

    code = "hub_not_set_up"

    def __init__(self, hub: str) -> None:
        super().__init__(
            words()
            .gettext(
                "The database at {hub} is not a ReflectDesk hub at this version: run "
                "'reflectdesk hub init' there first."
            )
            .format(hub=hub),
            hub=hub,
        )


class HubConnectionLostError(HubUnreachableError):
    """The connection broke after publishing began (the server stopped, the network
    went): whole batches are on the hub and marked, the next publish sends the rest.
    A kind of unreachable, so whoever treats an unreachable hub as "later" still does."""

    code = "hub_connection_lost"

    def __init__(self, hub: str) -> None:
        StoreError.__init__(
            self,
            words()
            .gettext(
                "The connection to the hub at {hub} was lost while publishing. What the "
                "hub had received is kept there; publish again to send the rest."
            )
            .format(hub=hub),
            hub=hub,
        )
