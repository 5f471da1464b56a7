"""Certificates of attendance and appraisal evidence: hours of a hand-built series (late
with minutes, left early without, a paused session, absent), and the PDFs read back."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflectdesk.core.attended_time import AttendedKind
from reflectdesk.export.attendance_records import (
    build_appraisal,
    build_certificates,
    duration_text,
)
from reflectdesk.i18n.texts import texts_for
from reflectdesk.operations.attendance_records import export_appraisal, export_certificates
from reflectdesk.store.database import Store
from tests.export.pdfcheck import page_texts, qpdf_check
from tests.hours_sample import (
    LATER_POINT,
    PIETER_MINUTES,
    PRIVATE_POINT,
    SANNE_MINUTES,
    SHARED_POINT,
    build_hours_sample,
)

EN = texts_for("en")
NL = texts_for("nl")


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_hours_of_each_participant_by_the_rule(store: Store) -> None:
    sample = build_hours_sample(store, accreditation_id="GAIA-123456")
    certificates = build_certificates(store, sample.group_id, EN)
    by_name = {c.participant: c for c in certificates}
    assert len(certificates) == 2  # the facilitator gets none
    pieter, sanne = by_name["Pieter Jansen"], by_name["Sanne Bakker"]
    assert [(line.kind, line.minutes) for line in pieter.sessions] == [
        (AttendedKind.WHOLE, 90),
        (AttendedKind.PART, 70),  # 85 minutes as run (15 paused), 15 late
        (AttendedKind.TIME_NOT_RECORDED, 0),  # left early, minutes not recorded
    ]  # absent at the fourth: not listed
    assert pieter.total_minutes == PIETER_MINUTES
    assert pieter.total_text == "2 hours 40 minutes"
    assert pieter.not_recorded == 1
    assert pieter.sessions[1].remark == "arrived 15 minutes late"
    assert "planned length" in pieter.sessions[2].remark
    assert sanne.total_minutes == SANNE_MINUTES
    assert sanne.not_recorded == 0
    assert pieter.facilitators == ("Anna de Vries",)
    assert pieter.accreditation_id == "GAIA-123456"
    assert pieter.setting == "GP trainers, Utrecht"


def test_one_participant_only(store: Store) -> None:
    sample = build_hours_sample(store)
    (only,) = build_certificates(store, sample.group_id, EN, sample.pieter)
    assert only.participant == "Pieter Jansen"


@pytest.mark.parametrize(
    ("minutes", "english", "dutch"),
    [
        (160, "2 hours 40 minutes", "2 uur 40 minuten"),
        (60, "1 hour", "1 uur"),
        (45, "45 minutes", "45 minuten"),
        (61, "1 hour 1 minute", "1 uur 1 minuut"),
        (0, "0 minutes", "0 minuten"),
    ],
)
def test_durations_as_people_write_them(minutes: int, english: str, dutch: str) -> None:
    assert duration_text(minutes, EN) == english
    assert duration_text(minutes, NL) == dutch


def test_certificate_pdf_reads_back(store: Store, tmp_path: Path) -> None:
    sample = build_hours_sample(store, accreditation_id="GAIA-123456")
    out = tmp_path / "certificates.pdf"
    written = export_certificates(store, sample.group_id, out, language="en")
    assert written.certificates == 2
    qpdf_check(out)
    pages = [_flat(page) for page in page_texts(out)]
    assert len(pages) == 2  # one page each
    pieter = next(page for page in pages if "Pieter Jansen" in page)
    assert "Certificate of attendance" in pieter
    assert "2 hours 40 minutes" in pieter
    assert "time not recorded" in pieter
    assert "GAIA-123456" in pieter
    assert "Anna de Vries" in pieter
    assert "Signature of the facilitator" in pieter
    assert "pauses left out" in pieter  # the rule is on the page
    assert "Sanne Bakker" not in pieter


def test_certificates_in_a_folder_one_file_each(store: Store, tmp_path: Path) -> None:
    sample = build_hours_sample(store)
    written = export_certificates(
        store, sample.group_id, tmp_path / "certs", folder=True, language="nl"
    )
    names = sorted(path.name for path in written.files)
    assert names == [
        "Balint Tuesday — Pieter Jansen — bewijs van deelname.pdf",
        "Balint Tuesday — Sanne Bakker — bewijs van deelname.pdf",
    ]
    text = _flat(page_texts(written.files[0])[0] + page_texts(written.files[1])[0])
    assert "Bewijs van deelname" in text
    assert "2 uur 40 minuten" in text


def test_appraisal_evidence_carries_only_the_shareable_points_attended(
    store: Store, tmp_path: Path
) -> None:
    sample = build_hours_sample(store)
    evidence = build_appraisal(store, sample.group_id, sample.pieter, EN)
    assert [texts for _, texts in evidence.points] == [(SHARED_POINT,)]
    out = export_appraisal(store, sample.group_id, sample.pieter, tmp_path / "a.pdf")
    text = _flat(" ".join(page_texts(out)))
    assert SHARED_POINT in text
    assert PRIVATE_POINT not in text  # not shareable
    assert LATER_POINT not in text  # a session Pieter did not attend
    assert "Sanne Bakker" not in text and "Anna de Vries" not in text
    assert "contains none, as checked" in text


@pytest.mark.usefixtures("reproducible")
def test_the_same_certificates_are_the_same_bytes(store: Store, tmp_path: Path) -> None:
    sample = build_hours_sample(store)
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    export_certificates(store, sample.group_id, first, language="en")
    export_certificates(store, sample.group_id, second, language="en")
    assert first.read_bytes() == second.read_bytes()
