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
