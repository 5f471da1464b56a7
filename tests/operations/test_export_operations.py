"""The export use cases: each checks the note text it is about to write, refuses while a
likely identifier stands, honours what was kept before, and writes what it says."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflectdesk.core.identifiers import IdentifierKind
from reflectdesk.core.notes import ActionDraft, LearningPointDraft, PrivateText
from reflectdesk.operations.archives import export_archive
from reflectdesk.operations.group_exports import (
    check_bulletin,
    export_bulletin,
    export_series_report,
)
from reflectdesk.operations.identifier_check import (
    IdentifiersFoundError,
    KeptFinding,
    NoteField,
    record_kept,
)
from reflectdesk.operations.session_exports import (
    SummaryOptions,
    check_session_summary,
    export_handout,
    export_session_summary,
)
from reflectdesk.operations.tables import check_csv, export_csv, export_evaluation_csv
from reflectdesk.store import notes, privacy_overrides
from reflectdesk.store.database import Store
from reflectdesk.store.models.privacy import OverrideContext
from tests.export.sample import Sample, build_sample

POINT = "Mrs Jansen, 67, seen on 12-03-2026"
K = IdentifierKind


@pytest.fixture
def sample(store: Store) -> Sample:
    return build_sample(store)


def _point(store: Store, sample: Sample, text: str = POINT, *, shareable: bool = True) -> str:
    return notes.add_learning_point(
        store, sample.session_id, LearningPointDraft(text, shareable=shareable)
    ).id


def test_the_summary_check_names_each_finding_and_where(store: Store, sample: Sample) -> None:
    point_id = _point(store, sample)

    check = check_session_summary(store, SummaryOptions(sample.session_id))

    assert [(s.finding.kind, s.finding.text) for s in check.standing] == [
        (K.TITLED_NAME, "Mrs Jansen"),
        (K.AGE, "67"),
        (K.DATE, "12-03-2026"),
    ]
    source = check.standing[0].source
    assert (source.field, source.note_id, source.session_id) == (
        NoteField.LEARNING_POINT,
        point_id,
        sample.session_id,
    )
    line = check.standing[2].describe()
    assert '"12-03-2026"' in line and point_id in line and sample.session_id in line


def test_a_refused_summary_writes_nothing(store: Store, sample: Sample, tmp_path: Path) -> None:
    _point(store, sample)
    out = tmp_path / "summary.pdf"

    with pytest.raises(IdentifiersFoundError) as refused:
        export_session_summary(store, SummaryOptions(sample.session_id), out)

    assert len(refused.value.findings) == 3
    assert "3 likely patient identifiers" in str(refused.value)
    assert POINT not in str(refused.value)  # the message itself carries no note text
    assert not out.exists()


def test_keep_identifiers_writes_anyway(store: Store, sample: Sample, tmp_path: Path) -> None:
    _point(store, sample)
    out = tmp_path / "summary.pdf"

    done = export_session_summary(
        store, SummaryOptions(sample.session_id), out, keep_identifiers=True
    )

    assert done.path == out and not done.confidential
    assert out.read_bytes().startswith(b"%PDF")


def test_the_reviewers_decisions_let_the_export_through(
    store: Store, sample: Sample, tmp_path: Path
) -> None:
    point_id = _point(store, sample)
    options = SummaryOptions(sample.session_id)
    check = check_session_summary(store, options)
    decided = [KeptFinding(point_id, s.finding) for s in check.standing[:2]]

    with pytest.raises(IdentifiersFoundError) as refused:
        export_session_summary(store, options, tmp_path / "a.pdf", kept=decided)
    assert [s.finding.kind for s in refused.value.findings] == [K.DATE]

    every = [KeptFinding(point_id, s.finding) for s in check.standing]
    export_session_summary(store, options, tmp_path / "b.pdf", kept=every)
    assert (tmp_path / "b.pdf").exists()


def test_findings_kept_before_in_the_app_do_not_stand(store: Store, sample: Sample) -> None:
    point_id = _point(store, sample)
    options = SummaryOptions(sample.session_id)
    first = check_session_summary(store, options)

    # As the app records them: sharing the point, with the vault unlocked (keyed digest).
    privacy_overrides.record_overrides(
        store,
        OverrideContext.SHAREABLE_POINT,
        [KeptFinding(point_id, s.finding) for s in first.standing],
    )
    again = check_session_summary(store, options)

    assert again.standing == ()
    assert all(again.kept_before(point_id, f) for f in again.found[0])


def test_record_kept_is_an_export_decision(store: Store, sample: Sample) -> None:
    point_id = _point(store, sample)
    check = check_session_summary(store, SummaryOptions(sample.session_id))

    record_kept(store, [KeptFinding(point_id, s.finding) for s in check.standing])

    records = privacy_overrides.overrides_for_note(store, point_id)
    assert {r.context for r in records} == {OverrideContext.EXPORT}
    assert check_session_summary(store, SummaryOptions(sample.session_id)).standing == ()


def test_only_text_the_summary_carries_is_checked(store: Store, sample: Sample) -> None:
    _point(store, sample, shareable=False)  # not in the summary
    notes.save_private_note(store, sample.session_id, PrivateText(body="Seen 12-03-2026"))

    assert check_session_summary(store, SummaryOptions(sample.session_id)).standing == ()
    with_private = check_session_summary(
        store, SummaryOptions(sample.session_id, include_private=True)
    )
    assert [s.source.field for s in with_private.standing] == [NoteField.PRIVATE_NOTE]


def test_actions_are_checked_in_the_summary_and_the_csv(
    store: Store, sample: Sample, tmp_path: Path
) -> None:
    notes.add_action(store, sample.session_id, ActionDraft("Call dhr. Bakker back"))

    assert [s.source.field for s in check_csv(store, sample.group_id).standing] == [
        NoteField.ACTION
    ]
    summary = check_session_summary(store, SummaryOptions(sample.session_id))
    assert [s.finding.text for s in summary.standing] == ["dhr. Bakker"]
    with pytest.raises(IdentifiersFoundError):
        export_csv(store, sample.group_id, tmp_path / "csv")
    assert not (tmp_path / "csv").exists()

    done = export_csv(
        store, sample.group_id, tmp_path / "csv", with_evaluation=True, keep_identifiers=True
    )
    assert {p.name for p in done.files} >= {"actions.csv", "answers.csv", "codebook.csv"}


def test_the_bulletin_checks_the_series_points(
    store: Store, sample: Sample, tmp_path: Path
) -> None:
    _point(store, sample)
    assert len(check_bulletin(store, sample.group_id).standing) == 3
    with pytest.raises(IdentifiersFoundError):
        export_bulletin(store, sample.group_id, tmp_path / "b.pdf")
    assert not (tmp_path / "b.pdf").exists()

    export_bulletin(store, sample.group_id, tmp_path / "b.pdf", keep_identifiers=True)
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")


def test_exports_without_note_text_are_not_checked(
    store: Store, sample: Sample, tmp_path: Path
) -> None:
    _point(store, sample)
    steps: list[tuple[int, int]] = []

    export_handout(
        store, sample.session_id, tmp_path / "h.pdf", progress=lambda *s: steps.append(s)
    )
    export_series_report(store, sample.group_id, tmp_path / "s.pdf", paper="letter")
    tables = export_evaluation_csv(store, sample.group_id, tmp_path / "eval")
    archive = export_archive(store, tmp_path / "all.rdarchive")

    assert steps[0] == (0, 2) and steps[-1] == (2, 2)
    assert (tmp_path / "h.pdf").exists() and (tmp_path / "s.pdf").exists()
    assert {p.name for p in tables.files} == {"answers.csv", "codebook.csv"}
    assert archive.rows["notes"] >= 1


def test_a_progress_callback_can_stop_the_work(
    store: Store, sample: Sample, tmp_path: Path
) -> None:
    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done == 1:
            raise Stop

    out = tmp_path / "summary.pdf"
    with pytest.raises(Stop):
        export_session_summary(store, SummaryOptions(sample.session_id), out, progress=progress)
    assert not out.exists()
