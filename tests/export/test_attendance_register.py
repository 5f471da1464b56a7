"""The attendance register PDF: one page, every member with the mark of their status in
its column, facilitators named above the table, a signature column unless left out, in
English and in Dutch, on the paper asked for."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from reflectdesk.core.model import AttendanceStatus
from reflectdesk.export.attendance_register import (
    MARK,
    build_attendance_register,
    register_story,
)
from reflectdesk.i18n.texts import texts_for
from reflectdesk.operations.session_exports import export_attendance_register
from reflectdesk.store.database import Store
from tests.export.pdfcheck import fonts, page_texts, qpdf_check
from tests.export.sample import FACILITATOR, INITIALS, MEMBERS, Sample


def _register(store: Store, sample: Sample, tmp_path: Path, **options: object) -> Path:
    out = tmp_path / "register.pdf"
    export_attendance_register(store, sample.session_id, out, **options)  # type: ignore[arg-type]
    return out


def test_the_register_lists_every_member_with_their_status(store: Store, sample: Sample) -> None:
    register = build_attendance_register(store, sample.session_id, texts_for("en"))

    assert sorted(line.name for line in register.lines) == sorted(MEMBERS)
    assert register.facilitators == (FACILITATOR,)
    statuses = {line.name: line.status for line in register.lines}
    assert statuses["Anna de Vries"] is AttendanceStatus.EXCUSED
    assert statuses["Hüseyin İkiz"] is AttendanceStatus.LATE


def test_the_english_register_is_one_page_with_marks_and_a_signature_column(
    store: Store, sample: Sample, tmp_path: Path
) -> None:
    out = _register(store, sample, tmp_path, language="en")

    qpdf_check(out)
    assert all(embedded == "yes" for _, embedded in fonts(out))
    pages = page_texts(out)
    assert len(pages) == 1
    content = pages[0]
    for word in ("Attendance register", "Name", "present", "absent", "excused", "Signature"):
        assert word in content, word
    for name in (*MEMBERS, FACILITATOR):
        assert name in content, name
    assert "Facilitators: Marieke Hoogendoorn" in content
    assert content.count(MARK) == len(MEMBERS)  # one mark a member, all recorded
    assert f"{MARK} late" in content  # late is present, with the word


def test_the_dutch_register_speaks_dutch(store: Store, sample: Sample, tmp_path: Path) -> None:
    content = page_texts(_register(store, sample, tmp_path, language="nl"))[0]

    for word in ("Presentielijst", "Naam", "aanwezig", "afwezig", "afgemeld", "Handtekening"):
        assert word in content, content
    assert "Begeleiders: Marieke Hoogendoorn" in content
    assert "dinsdag 3 maart 2026" in content
    assert "Attendance" not in content and "Signature" not in content


def test_without_signatures_initials_and_on_letter(
    store: Store, sample: Sample, tmp_path: Path
) -> None:
    out = _register(
        store, sample, tmp_path, signatures=False, names="initials", paper="letter", language="en"
    )

    content = page_texts(out)[0]
    assert "Signature" not in content
    for initials, name in zip(INITIALS, MEMBERS, strict=True):
        assert initials in content and name not in content
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


@pytest.mark.parametrize("signatures", [True, False])
def test_a_group_without_members_says_so(store: Store, sample: Sample, signatures: bool) -> None:
    register = build_attendance_register(store, sample.session_id, texts_for("en"))
    empty = type(register)(
        register.group_name, register.date_text, "", "", (), (), register.language
    )
    story = register_story(empty, 400, signatures=signatures)
    assert "No members on the register." in story[-1].text
