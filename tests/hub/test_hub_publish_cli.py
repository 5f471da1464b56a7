"""``reflectdesk hub publish`` as a facilitator runs it, against a real server."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflectdesk import cli
from reflectdesk.store import hub_roles, publish_ledger
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import open_store
from tests.fakes import open_vault
from tests.hub.access_helpers import connect
from tests.programme_sample import PLANS, build_programme_sample

pytestmark = pytest.mark.usefixtures("postgres_server")


@pytest.fixture
def laptop(db_path: Path) -> Path:
    with open_store(db_path, seed=seed_builtins) as store:
        open_vault(store)
        build_programme_sample(store, PLANS[:2])
    return db_path


def test_a_dry_run_lists_what_would_go_and_saves_no_choice(
    laptop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(laptop)

    status = cli.main(["hub", "publish", "--db", db, "--group", "balint a", "--dry-run"])

    out = capsys.readouterr().out
    assert status == 0
    assert "groups: 1 to send, 0 to remove" in out
    assert "sessions: 3 to send, 0 to remove" in out
    with open_store(laptop) as store:
        assert publish_ledger.chosen_groups(store) == {}


def test_publish_sends_the_named_group_and_keeps_the_address_without_password(
    laptop: Path, hub_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    login = hub_roles.add_facilitator(hub_database, "Anna")
    db = str(laptop)

    status = cli.main(["hub", "publish", "--db", db, "--group", "Balint B"])
    assert status != 0  # no address yet
    assert "--url" in capsys.readouterr().err
    publish = ["hub", "publish", "--db", db, "--group", "Balint B"]
    assert cli.main([*publish, "--url", login.connection_string]) == 0
    out = capsys.readouterr().out

    assert "groups: 1 sent" in out
    with connect(login.connection_string) as hub:
        assert hub.execute("SELECT name FROM groups").fetchall() == [("Balint B",)]
    with open_store(laptop) as store:
        saved = publish_ledger.saved_hub_url(store)
    assert saved is not None and ":" not in saved.split("@")[0].removeprefix("postgresql://")
    # The saved address serves the next publish.
    assert cli.main(["hub", "publish", "--db", db]) == 0
    assert "nothing new to publish" in capsys.readouterr().out


def test_an_unreachable_hub_is_one_line_and_nothing_is_marked(
    laptop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nowhere = f"postgresql://anna@/hub?host={tmp_path}"
    db = str(laptop)

    status = cli.main(["hub", "publish", "--db", db, "--group", "Balint A", "--url", nowhere])

    err = capsys.readouterr().err
    assert status != 0
    assert "Could not connect to the hub" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    with open_store(laptop) as store:
        assert publish_ledger.last_published(store) == {}
