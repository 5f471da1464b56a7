"""How the driver's refusals of a programme lead's login read (store/hub_programmes.py):
the test server trusts its socket, so a wrong password is made here, as libpq reports it."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import OperationalError

from reflectdesk.store.hub_errors import HubUnreachableError
from reflectdesk.store.hub_programmes import HubLoginRefusedError, hub_errors, lead_url


class _Refused(Exception):
    def __init__(self, sqlstate: str | None) -> None:
        super().__init__("FATAL: password authentication failed for user rd_lotte")
        self.sqlstate = sqlstate


@pytest.mark.parametrize("state", ["28P01", "28000"])
def test_a_refused_login_names_the_role_and_password(state: str) -> None:
    with pytest.raises(HubLoginRefusedError) as refused, hub_errors("hub.example.org/rd"):
        raise OperationalError("connect", {}, _Refused(state))
    assert "check the role and its password" in str(refused.value)
    assert "rd_lotte" not in str(refused.value)  # the driver's words stay out


def test_no_answer_is_an_unreachable_hub() -> None:
    with pytest.raises(HubUnreachableError), hub_errors("hub.example.org/rd"):
        raise OperationalError("connect", {}, _Refused(None))


def test_the_dialogs_fields_make_the_url_and_only_it_holds_the_password() -> None:
    url = lead_url(
        " postgresql://hub.example.org/reflectdesk?sslmode=verify-full ", "rd_lotte", "pw"
    )
    assert (url.username, url.password, url.host) == ("rd_lotte", "pw", "hub.example.org")
    assert url.query["sslmode"] == "verify-full"
    assert "pw" not in url.render_as_string(hide_password=True)


def test_an_address_that_is_no_hub_is_refused() -> None:
    from reflectdesk.core.errors import InvalidInputError

    with pytest.raises(InvalidInputError, match="postgresql://"):
        lead_url("hub.example.org", "rd_lotte", "pw")
