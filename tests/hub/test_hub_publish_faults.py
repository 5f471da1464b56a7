"""The hub's server killed mid-publish and restarted (issue 20, "Proved under load and
faults"), on a server of the test's own (tests/hub/conftest.py): the publish fails with
one clear line, the laptop marks nothing the hub did not commit, and the next publish
leaves the hub holding exactly what one clean publish of the same laptop gives, row for
row, compared with a second hub that got that one clean publish."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reflectdesk import cli
from reflectdesk.operations import hub_publish
from reflectdesk.store import hub_roles, hub_writes
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import open_store
from reflectdesk.store.hub_errors import HubConnectionLostError, HubUnreachableError
from tests.fakes import open_vault
from tests.hub.conftest import PrivateHubs
from tests.hub.publish_compare import copy_laptop, hub_keys, hub_rows, ledger_keys
from tests.hub.publish_sample import build_laptop


def _laptop(folder: Path) -> tuple[Path, Path]:
    """A laptop of two groups (closed) and its twin, an identical copy."""
    path = folder / "laptop.db"
    with open_store(path, seed=seed_builtins) as store:
        open_vault(store)
        build_laptop(store, 2)
    return path, copy_laptop(path, folder / "twin.db")


def _publish_cleanly(twin: Path, hubs: PrivateHubs) -> None:
    login = hub_roles.add_facilitator(hubs.clean_url, "Anna")
    with open_store(twin) as store:
        hub_publish.publish(store, login.connection_string)


def _assert_ledger_within_hub(laptop: Path, hubs: PrivateHubs) -> int:
    """Nothing is marked published that the hub does not hold; returns how many are."""
    with open_store(laptop) as store:
        marked = ledger_keys(store)
    there = hub_keys(hubs.url)
    for table, keys in marked.items():
        assert keys <= there[table], f"{table}: marked published but not on the hub"
    return sum(len(keys) for keys in marked.values())


def test_a_server_killed_between_batches_then_restarted_resumes_to_one_clean_publish(
    private_hubs: PrivateHubs, tmp_path: Path
) -> None:
    laptop, twin = _laptop(tmp_path)
    anna = hub_roles.add_facilitator(private_hubs.url, "Anna").connection_string
    killed: list[int] = []

    def kill_a_third_of_the_way(done: int, total: int) -> None:
        if done * 3 >= total and not killed:
            private_hubs.server.kill()
            killed.append(done)

    with open_store(laptop) as store:
        total = hub_publish.plan_publish(store).total
        with pytest.raises(HubConnectionLostError) as raised:
            hub_publish.publish(store, anna, progress=kill_a_third_of_the_way, batch_rows=5)
    private_hubs.server.run()

    assert "was lost while publishing" in str(raised.value)
    assert isinstance(raised.value, HubUnreachableError)  # what callers treat as "later"
    marked = _assert_ledger_within_hub(laptop, private_hubs)
    assert killed and 0 < marked < total
    with open_store(laptop) as store:
        hub_publish.publish(store, anna, batch_rows=5)
        assert hub_publish.plan_publish(store).total == 0
    _publish_cleanly(twin, private_hubs)
    assert hub_rows(private_hubs.url) == hub_rows(private_hubs.clean_url)


def test_a_server_killed_inside_a_batch_fails_in_one_line_and_the_next_publish_completes(
    private_hubs: PrivateHubs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    laptop, twin = _laptop(tmp_path)
    anna = hub_roles.add_facilitator(private_hubs.url, "Anna").connection_string
    upsert = hub_writes.upsert
    calls: list[str] = []

    def upsert_then_die(connection: Any, spec: Any, rows: Any) -> None:
        upsert(connection, spec, rows)  # written, not yet committed: the crash loses it
        calls.append(spec.name)
        if len(calls) == 12:
            private_hubs.server.kill()

    monkeypatch.setattr(hub_writes, "upsert", upsert_then_die)
    publish = ["hub", "publish", "--db", str(laptop), "--group", "Balint A", "--url", anna]

    status = cli.main([*publish, "--group", "Balint B"])

    err = capsys.readouterr().err
    assert status != 0 and len(calls) == 12
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "was lost while publishing" in err and "publish again" in err
    private_hubs.server.run()
    monkeypatch.setattr(hub_writes, "upsert", upsert)
    marked = _assert_ledger_within_hub(laptop, private_hubs)
    assert marked > 0  # the batches before the crash stay marked, and are not resent
    assert cli.main(["hub", "publish", "--db", str(laptop), "--url", anna]) == 0
    with open_store(twin) as store:
        for group_id in _chosen(laptop):
            hub_publish.publish_ledger.choose_group(store, group_id, None)
    _publish_cleanly(twin, private_hubs)
    assert hub_rows(private_hubs.url) == hub_rows(private_hubs.clean_url)


def _chosen(laptop: Path) -> list[str]:
    with open_store(laptop) as store:
        return list(hub_publish.publish_ledger.chosen_groups(store))
