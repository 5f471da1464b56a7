"""SIGKILL at random moments while notes autosave and the clock records: nothing that was
acknowledged as saved is lost, the file stays healthy, and the clock replays.

Each trial forks a writer (tests/e2e/crash_driver.py) that commits through the real
store services and acknowledges every commit on a pipe; the trial kills it after a
random number of acknowledgements (seeded per trial, no sleeping). A bigger run:
``python benchmarks/crash_stress.py --trials 1000``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from tests.e2e.crash_driver import PRIVATE_NOTES, Template, check, make_template, run_trial

TRIALS = 50

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs fork and SIGKILL")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("crash-template"))


@pytest.mark.slow
@pytest.mark.parametrize("trial", range(TRIALS))
def test_killed_writer_loses_nothing_acknowledged(
    template: Template, tmp_path: Path, trial: int
) -> None:
    result = run_trial(template, tmp_path / "trial", random.Random(f"crash-{trial}"))
    assert result.acknowledged >= 1
    assert result.integrity == "ok"
    assert result.lost == []
    assert result.replay_error == ""


def test_the_check_sees_a_lost_record(template: Template, tmp_path: Path) -> None:
    """The check is not vacuous: records acknowledged but not in the file are reported."""
    result = run_trial(template, tmp_path / "trial", random.Random("check-the-check"))
    assert result.ok
    db = tmp_path / "trial" / "trial.db"
    invented = ["E 999\n", "L 00000000-0000-0000-0000-000000000000 5\n"]
    lost = check(template, db, invented).lost
    assert len(lost) == 2
    assert "acknowledged up to 999" in lost[0]


def test_private_notes_switch_follows_the_vault() -> None:
    import importlib.util

    found = importlib.util.find_spec("reflectdesk.store.vault") is not None
    assert found == PRIVATE_NOTES
