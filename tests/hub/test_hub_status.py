"""``reflectdesk hub status`` with the laptop's side (issue 20), as a facilitator lives
it, against a real server: before a first publish, after it, after one change, with the
hub out of reach and with no hub at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflectdesk import cli
from reflectdesk.core.notes import LearningPointDraft
from reflectdesk.i18n.texts import Texts
from reflectdesk.operations import hub_publish
from reflectdesk.operations.hub_status import hub_status
from reflectdesk.store import hub_roles, notes, publish_ledger
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import open_store
from reflectdesk.store.hub_errors import HubUnreachableError
from tests.fakes import open_vault
from tests.hub.publish_sample import Laptop, build_laptop

pytestmark = pytest.mark.usefixtures("postgres_server")


@pytest.fixture
def laptop(db_path: Path, hub_database: str) -> tuple[Path, Laptop, str, str]:
    """A laptop offering its group under a hub programme; (its file, what it holds,
    Anna's connection string, the programme's id)."""
    lead = hub_roles.add_lead(hub_database, "Lotte", "CRS 2026")
    with open_store(db_path, seed=seed_builtins) as store:
        open_vault(store)
        built = build_laptop(store, programme=lead.programme_id)
        notes.update_learning_point(
            store, built.points[0], LearningPointDraft("Mrs Jansen, born 12-03-1961, cried", True)
        )
    anna = hub_roles.add_facilitator(hub_database, "Anna").connection_string
    return db_path, built, anna, lead.programme_id


def test_before_a_first_publish_everything_is_queued(
    laptop: tuple[Path, Laptop, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    db, built, anna, programme = laptop

    with open_store(db) as store:
        report = hub_status(store, anna)
        planned = hub_publish.plan_publish(store).counts()
    assert report.hub is not None and report.hub_error is None
    assert report.laptop is not None
    [group] = report.laptop.groups
    assert (group.group_id, group.programme_id) == (built.groups[0], programme)
    assert group.programme_name == "CRS 2026"
    queued = {t.table: (t.to_send, t.to_remove) for t in report.laptop.tables if t.to_send}
    assert queued == planned and queued["groups"] == (1, 0)
    assert all(table.last_published is None for table in report.laptop.tables)
    assert report.laptop.held_back == 1

    assert cli.main(["hub", "status", "--db", str(db), "--url", anna]) == 0
    out = capsys.readouterr().out
    assert "hub programme CRS 2026" in out
    assert "last publish: never" in out
    assert f"  sessions: {planned['sessions'][0]} rows queued, last sent never" in out
    assert "1 note held back by the identifier check" in out
    assert "groups it can see: 0" in out  # the hub's side: nothing published yet


def test_after_a_publish_nothing_is_queued_and_each_table_has_its_time(
    laptop: tuple[Path, Laptop, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    db, _built, anna, _programme = laptop
    with open_store(db) as store:
        sent = hub_publish.publish(store, anna).sent
        last = publish_ledger.last_published(store)
        report = hub_status(store, anna)

    assert report.laptop is not None and report.laptop.queued == 0
    times = {t.table: t.last_published for t in report.laptop.tables if t.last_published}
    assert set(times) == set(sent) and times == {table: last[table] for table in sent}
    assert report.hub is not None and report.hub.groups == 1

    assert cli.main(["hub", "status", "--db", str(db), "--url", anna]) == 0
    out = capsys.readouterr().out
    when = Texts("en").date_and_time(last["sessions"].astimezone())
    assert f"  sessions: 0 rows queued, last sent {when}" in out
    assert "never" not in out
    assert "groups it can see: 1" in out


def test_one_change_is_one_row_queued(
    laptop: tuple[Path, Laptop, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    db, built, anna, _programme = laptop
    assert cli.main(["hub", "publish", "--db", str(db), "--url", anna]) == 0
    capsys.readouterr()
    with open_store(db) as store:
        notes.update_learning_point(store, built.points[1], LearningPointDraft("Changed", True))
        report = hub_status(store, None)  # the address the publish saved

    assert report.laptop is not None and report.hub is not None
    queued = {t.table: t.to_send for t in report.laptop.tables if t.to_send or t.to_remove}
    assert queued == {"notes": 1}
    assert cli.main(["hub", "status", "--db", str(db)]) == 0
    assert "  notes: 1 row queued, last sent" in capsys.readouterr().out


def test_an_unreachable_hub_still_shows_the_laptops_side(
    laptop: tuple[Path, Laptop, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _built, _anna, _programme = laptop
    nowhere = f"postgresql://anna@/hub?host={tmp_path}"  # no server listens there
    publishing = cli.main(["hub", "publish", "--db", str(db), "--url", nowhere])
    capsys.readouterr()

    with open_store(db) as store:
        report = hub_status(store, nowhere)
    status = cli.main(["hub", "status", "--db", str(db), "--url", nowhere])

    assert isinstance(report.hub_error, HubUnreachableError) and report.hub is None
    assert report.laptop is not None and report.laptop.queued > 0
    assert report.laptop.groups[0].programme_name is None  # only the hub knows it
    captured = capsys.readouterr()
    assert status == publishing != 0
    assert "sessions: 3 rows queued, last sent never" in captured.out
    assert "Could not connect to the hub" in captured.err and "Traceback" not in captured.err
    assert len(captured.err.strip().splitlines()) == 1


def test_with_no_hub_configured_the_laptops_side_is_all(
    laptop: tuple[Path, Laptop, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    db, _built, _anna, _programme = laptop

    assert cli.main(["hub", "status", "--db", str(db)]) == 0

    out = capsys.readouterr().out
    assert "hub: none configured" in out
    assert "rows queued" in out and "schema revision" not in out


def test_status_speaks_dutch(
    laptop: tuple[Path, Laptop, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    db, _built, anna, _programme = laptop

    assert cli.main(["--lang", "nl", "hub", "status", "--db", str(db), "--url", anna]) == 0

    out = capsys.readouterr().out
    assert "Deze laptop" in out
    assert "rijen in de wachtrij" in out and "nog nooit" in out
