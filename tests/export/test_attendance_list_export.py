"""The CPD attendance list written as .xlsx (read back with openpyxl: cells and their
types) and as PDF (its text: names, registration numbers, the signature column), in
English and Dutch; the export time recorded only when a file was written; and the
registration numbers on no other export but the archive (a backup)."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from reflectdesk.core.errors import InvalidInputError, NotFoundError
from reflectdesk.core.model import GroupDraft, MemberDraft
from reflectdesk.operations.archives import export_archive
from reflectdesk.operations.attendance_list import (
    ListScope,
    NoAccreditedSessionsError,
    export_attendance_list,
)
from reflectdesk.operations.session_exports import SummaryOptions, export_session_summary
from reflectdesk.operations.tables import export_csv
from reflectdesk.store import groups, members
from reflectdesk.store.database import Store
from reflectdesk.store.models.sessions import Session
from tests.export.pdfcheck import page_texts, qpdf_check
from tests.export.sample import FACILITATOR, Sample

BIG = "19012345601"
GMC = "7654321"
NOW = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def accredited(store: Store, sample: Sample) -> Sample:
    """The sample session, its group accredited, two people with registration numbers."""
    group = groups.get_group(store, sample.group_id)
    groups.update_group(store, group.id, replace(group.to_draft(), accreditation_id="GAIA-481516"))
    for record in members.list_members(store, group.id):
        number = {"IJsbrand van den Eertwegh": BIG, FACILITATOR: GMC}.get(record.display_name)
        if number:
            members.update_member(
                store, record.membership_id, replace(record.to_draft(), registration_number=number)
            )
    return sample


def _exported_at(store: Store, session_id: str) -> datetime | None:
    with store.reading() as session:
        meeting = session.get(Session, session_id)
        assert meeting is not None
        return meeting.attendance_list_exported_at


def test_the_workbook_has_a_row_per_person_with_typed_cells(
    store: Store, accredited: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "list.xlsx"
    written = export_attendance_list(
        store, ListScope(session_id=accredited.session_id), out, language="en", now=NOW
    )

    assert written.sessions == 1
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("Date", "Start", "End", "Times", "Duration (hours)")
    by_name = {row[7]: row for row in rows[1:]}
    assert set(by_name) == {
        FACILITATOR,
        "IJsbrand van den Eertwegh",
        "Hüseyin İkiz",
        "Νίκος Παπαδόπουλος",
    }
    row = by_name["IJsbrand van den Eertwegh"]
    assert row[0] == datetime(2026, 3, 3)  # a date cell (openpyxl reads it as datetime)
    assert row[1] == time(14, 0)  # the clock's start, in Amsterdam time
    assert row[3] == "as run on the session clock; the duration leaves pauses out"
    assert isinstance(row[4], float)
    assert row[5] == "GAIA-481516"
    assert row[9] == BIG
    assert by_name[FACILITATOR][8] == "facilitator"
    assert by_name["Hüseyin İkiz"][10] == "late"
    assert sheet.cell(row=2, column=5).number_format == "0.00"
    assert _exported_at(store, accredited.session_id) == NOW


def test_the_pdf_has_names_numbers_a_signature_column_and_a_line_for_the_facilitator(
    store: Store, accredited: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "list.pdf"
    export_attendance_list(store, ListScope(session_id=accredited.session_id), out, language="en")

    qpdf_check(out)
    content = "\n".join(page_texts(out))
    for expected in ("Attendance list", "GAIA-481516", BIG, GMC, "Signature", "Hüseyin İkiz"):
        assert expected in content
    assert "Signature of the facilitator" in content
    assert "Anna de Vries" not in content  # excused: not on a list of who attended
    assert "as run on the session clock" in content


def test_the_dutch_list_is_a_presentielijst(
    store: Store, accredited: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "lijst.pdf"
    export_attendance_list(store, ListScope(group_id=accredited.group_id), out, language="nl")

    content = "\n".join(page_texts(out))
    assert "Presentielijst" in content
    assert "Handtekening" in content
    assert "dinsdag 3 maart 2026" in content


def test_nothing_accredited_writes_nothing_and_records_nothing(
    store: Store, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "list.xlsx"
    with pytest.raises(NoAccreditedSessionsError):
        export_attendance_list(store, ListScope(session_id=sample.session_id), out)
    with pytest.raises(NoAccreditedSessionsError):
        export_attendance_list(store, ListScope(group_id=sample.group_id), out)
    with pytest.raises(NotFoundError):
        export_attendance_list(store, ListScope(session_id="nope"), out)
    with pytest.raises(InvalidInputError):
        export_attendance_list(store, ListScope(session_id=sample.session_id), tmp_path / "a.txt")
    assert not out.exists()
    assert _exported_at(store, sample.session_id) is None


def test_a_failed_write_records_no_export_time(
    store: Store, accredited: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "missing-folder" / "list.xlsx"
    with pytest.raises(OSError):
        export_attendance_list(store, ListScope(session_id=accredited.session_id), out)
    assert _exported_at(store, accredited.session_id) is None


def test_a_period_without_sessions_is_refused(
    store: Store, accredited: Sample, tmp_path: Path
) -> None:
    scope = ListScope(group_id=accredited.group_id, first=date(2027, 1, 1))
    with pytest.raises(NoAccreditedSessionsError, match="in that period"):
        export_attendance_list(store, scope, tmp_path / "list.pdf")


def test_other_exports_do_not_carry_registration_numbers(
    store: Store, accredited: Sample, tmp_path: Path
) -> None:
    summary = tmp_path / "summary.pdf"
    options = SummaryOptions(accredited.session_id, language="en")
    export_session_summary(store, options, summary, keep_identifiers=True)
    assert BIG not in "\n".join(page_texts(summary))

    folder = tmp_path / "csv"
    export_csv(store, accredited.group_id, folder, keep_identifiers=True)
    for path in folder.iterdir():
        assert BIG not in path.read_text(encoding="utf-8-sig")


def test_an_archive_is_a_backup_and_keeps_them(
    store: Store, accredited: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "group.rdarchive"
    export_archive(store, out, accredited.group_id)
    with zipfile.ZipFile(out) as archive:
        persons = next(name for name in archive.namelist() if "persons" in name)
        assert BIG in archive.read(persons).decode("utf-8")


def test_a_planned_session_gives_a_sheet_to_sign_with_planned_times(
    store: Store, tmp_path: Path
) -> None:
    from reflectdesk.core.sessions import SessionDraft
    from reflectdesk.store import sessions

    group = groups.create_group(store, GroupDraft("Intervisie", accreditation_id="A-1"))
    members.add_member(store, group.id, MemberDraft("Anna de Vries", registration_number=BIG))
    planned = sessions.plan_session(
        store, group.id, SessionDraft(datetime(2026, 5, 12, 13, 0, tzinfo=UTC))
    )
    out = tmp_path / "list.xlsx"
    export_attendance_list(store, ListScope(session_id=planned.id), out, language="en")
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[1][3] == "as planned (the session clock did not run it)"
    assert rows[1][7] == "Anna de Vries"
    assert rows[1][10] in ("", None)
    assert _exported_at(store, planned.id) is None  # a sheet to sign settles nothing yet
