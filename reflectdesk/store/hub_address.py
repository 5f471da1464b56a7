"""The hub's address as Preferences ▸ Hub shows it (issue 20): host, port, database,
role and TLS mode, read from a pasted one-time connection string (``reflectdesk hub
add-facilitator`` prints one) and written back as a URL. The password is split off on
the way in: it belongs in the keyring (operations/hub_credentials.py), never in the
address that is saved on the laptop."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import URL, make_url
from sqlalchemy.exc import ArgumentError

from reflectdesk.core.errors import ReflectDeskError, words
from reflectdesk.store import publish_ledger
from reflectdesk.store.database import Store
from reflectdesk.store.engine_kind import is_hub_url

# As store/hub_roles.connection_string decides for a new role: on this computer TLS
# is tried, through a Unix socket it has nothing to protect, anywhere else it is
# required with the server's certificate and name checked (the README's default).
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
DEFAULT_PORT = 5432


class HubAddressError(ReflectDeskError):
    code = "hub_address"


@dataclass(frozen=True)
class HubAddress:
    host: str
    port: int | None
    database: str
    role: str
    sslmode: str = ""  # empty: the default for the host (default_sslmode)

    @property
    def complete(self) -> bool:
        return bool(self.host and self.database and self.role)

    @property
    def tls(self) -> str:
        return self.sslmode or default_sslmode(self.host)

    def url(self, password: str | None = None) -> str:
        """The address as a postgresql:// URL, with ``password`` only when given (for a
        connection, never for saving)."""
        query = {"sslmode": self.tls}
        host: str | None = self.host
        if self.host.startswith("/"):  # a Unix socket's folder goes in the query
            query["host"], host = self.host, None
        return URL.create(
            "postgresql",
            username=self.role or None,
            password=password or None,
            host=host,
            port=self.port,
            database=self.database,
            query=query,
        ).render_as_string(hide_password=False)

    def key(self) -> str:
        """Where the hub is, without the role: the keyring's service name holds it."""
        port = f":{self.port}" if self.port else ""
        return f"{self.host}{port}/{self.database}"


def default_sslmode(host: str) -> str:
    if not host or host.startswith("/"):
        return "disable"
    return "prefer" if host in LOCAL_HOSTS else "verify-full"


def parse_address(text: str) -> tuple[HubAddress, str | None]:
    """The address in a connection string or URL, and the password it carried (if
    any); raises HubAddressError when ``text`` is no PostgreSQL address."""
    text = text.strip()
    if not is_hub_url(text):
        raise HubAddressError(
            words().gettext("That is not a hub address: it should begin with postgresql://")
        )
    try:
        url = make_url(text)
    except ArgumentError:
        raise HubAddressError(words().gettext("That hub address could not be read.")) from None
    query = url.query
    host = url.host or str(query.get("host") or "")
    sslmode = str(query.get("sslmode") or "")
    address = HubAddress(host, url.port, url.database or "", url.username or "", sslmode)
    return address, url.password if isinstance(url.password, str) else None


def with_password(url: str, password: str) -> str:
    """``url`` carrying ``password``: for a connection only, never saved or shown."""
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def saved_address(store: Store) -> HubAddress | None:
    """The hub address this laptop keeps (hub.url, never with a password), if any."""
    url = publish_ledger.saved_hub_url(store)
    if url is None:
        return None
    try:
        return parse_address(url)[0]
    except ReflectDeskError:
        return None  # a damaged value: as if none was saved
