"""A running session fits a 1366-pixel laptop screen in both languages: Dutch words are
longer, and a window wider than the screen hides the session's own buttons."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from reflectdesk.store.database import Store
from tests.fakes import FakeTime
from tests.ui.catalogues import language_installed
from tests.ui.conftest import SESSION_START, open_on_session, plan_balint_session

LAPTOP_WIDTH = 1366


@pytest.mark.parametrize("language", ["en", "nl"])
def test_a_running_session_fits_a_laptop_screen(qtbot: QtBot, store: Store, language: str) -> None:
    with language_installed(language):
        session_id = plan_balint_session(store, ("Anna de Vries", "Hüseyin İkiz"))
        main = open_on_session(qtbot, store, session_id, FakeTime(start_wall=SESSION_START))
        page = main.session_page
        assert page is not None
        page.cards.show_card()  # the card row has the longest buttons of the side tabs
        needed = main.minimumSizeHint().width()
        assert needed <= LAPTOP_WIDTH, f"{language}: the window needs {needed} px"
        main.close()
