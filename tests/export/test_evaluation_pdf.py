"""The evaluation section of the series report and of the session summary: present with
responses (text, charts, statistics), valid, escaped; absent without responses."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from reflectdesk.core.model import QuestionKind
from reflectdesk.core.questionnaires import QuestionnaireSpec, QuestionSpec, default_scale
from reflectdesk.export.pdf import write_session_summary
from reflectdesk.export.series import build_series_report
from reflectdesk.export.series_pdf import write_series_report
from reflectdesk.export.summary import build_session_summary
from reflectdesk.store.database import Store
from reflectdesk.store.questionnaires import save_questionnaire
from reflectdesk.store.responses import record_response
from reflectdesk.store.settings import save_small_n_threshold
from tests.evaluation_sample import MARKUP_ANSWER, build_evaluation_sample
from tests.export.pdfcheck import fonts, page_texts, qpdf_check, text

MARKUP_ITEM = 'Safe <b>& "sound"</b> </para>'


def _rectangles(path: Path, page_number: int) -> int:
    """Filled rectangles on a page: each bar segment and heat-strip cell is one."""
    content = PdfReader(path).pages[page_number].get_contents()
    assert content is not None
    return len(re.findall(rb"\bre\b", content.get_data()))


def test_series_report_has_the_evaluation_section(store: Store, tmp_path: Path) -> None:
    sample = build_evaluation_sample(store)
    save_small_n_threshold(store, 1)  # the sample's 4 forms shown (the rule: test_small_n)
    report = build_series_report(store, sample.group_id)
    out = tmp_path / "series.pdf"
    write_series_report(report, out)

    qpdf_check(out)
    assert all(emb == "yes" for _, emb in fonts(out))
    content = " ".join(text(out).split())
    for words in (
        "Evaluation",
        "How participants rated the sessions",
        "75% agree",  # safe-space over the series: 3 of 4
        "% who agree, session by session",
        "Start and end of the series",
        "The facilitator's conditions check",
        "Participants who attended",
        "← disagree",
        "Strongly agree",
        MARKUP_ANSWER,
    ):
        assert words in content, words
    # The statistics table row of safe-space (2, 4, 5, 5): n, missing, mean, SD, median
    # (Q1–Q3) with inclusive quartiles (2 + 0.75 × 2 = 3.5; 5), % agree.
    assert "4 2 4.00 1.41 4.5 (3.5–5.0) 75%" in content
    assert "Change (%-points)" in content
    assert "How these figures are computed" in content
    pages = page_texts(out)
    chart_page = next(i for i, page in enumerate(pages) if "75% agree" in page)
    assert _rectangles(out, chart_page) >= 10
    assert [part.key for part in report.evaluation] == [
        "session-evaluation",
        "series-evaluation",
        "conditions-check",
    ]


def test_no_evaluation_section_without_responses(store: Store, tmp_path: Path) -> None:
    sample = build_evaluation_sample(store)
    from reflectdesk.core.model import GroupDraft
    from reflectdesk.store import groups

    other = groups.create_group(store, GroupDraft("Without forms"))
    out = tmp_path / "series.pdf"
    write_series_report(build_series_report(store, other.id), out)
    assert "Evaluation" not in text(out)
    assert build_series_report(store, other.id).evaluation == ()
    assert sample.group_id != other.id


def test_session_summary_gets_the_sessions_figures(store: Store, tmp_path: Path) -> None:
    sample = build_evaluation_sample(store)
    save_small_n_threshold(store, 1)  # the sample's 3 answers shown (the rule: test_small_n)
    summary = build_session_summary(store, sample.session_ids[0])
    out = tmp_path / "session.pdf"
    write_session_summary(summary, out)

    qpdf_check(out)
    content = " ".join(text(out).split())
    assert "Evaluation" in content
    assert "How participants rated the sessions (4 forms)" in content
    # Session 1 only: 5, 4, 2 and a blank: 2 of 3 agree.
    assert "3 1 3.67 1.53 4.0 (3.0–4.5) 67%" in content
    assert "How these figures are computed" in content
    assert "67% agree" in content
    assert "The facilitator's conditions check (1 form)" in content
    assert MARKUP_ANSWER in content
    assert [f.key for f in summary.evaluation] == ["session-evaluation", "conditions-check"]


def test_session_summary_without_responses_has_no_section(store: Store, tmp_path: Path) -> None:
    sample = build_evaluation_sample(store, conditions=False, series=False)
    from reflectdesk.core.sessions import SessionDraft
    from reflectdesk.store import sessions

    bare = sessions.plan_session(
        store, sample.group_id, SessionDraft(planned_start=None, title="No forms")
    )
    summary = build_session_summary(store, bare.id)
    out = tmp_path / "bare.pdf"
    write_session_summary(summary, out)
    assert summary.evaluation == ()
    assert "Evaluation" not in text(out)


def test_user_edited_item_text_prints_as_typed(store: Store, tmp_path: Path) -> None:
    sample = build_evaluation_sample(store, conditions=False, series=False)
    spec = QuestionnaireSpec(
        key="own-form",
        name="Our <own> form",
        purpose="session",
        questions=(QuestionSpec("safe", MARKUP_ITEM, QuestionKind.LIKERT, default_scale(5)),),
    )
    saved = save_questionnaire(store, spec)
    record_response(store, saved.id, {"safe": 4}, session_id=sample.session_ids[0])
    series, session = tmp_path / "series.pdf", tmp_path / "session.pdf"
    write_series_report(build_series_report(store, sample.group_id), series)
    write_session_summary(build_session_summary(store, sample.session_ids[0]), session)

    for out in (series, session):
        qpdf_check(out)
        content = " ".join(text(out).split())
        assert MARKUP_ITEM in content


def test_a_dutch_series_report_asks_its_statements_in_dutch(store: Store, tmp_path: Path) -> None:
    """The built-in questionnaires speak both languages: a Dutch report prints the
    statements and the scale as the Dutch forms asked them, not the English fallback."""
    from reflectdesk.i18n.texts import texts_for

    sample = build_evaluation_sample(store)
    report = build_series_report(store, sample.group_id, texts=texts_for("nl"))
    out = tmp_path / "series-nl.pdf"
    write_series_report(report, out)
    content = " ".join(text(out).split())
    for words in ("Helemaal eens", "De groep voelde als een veilige plek", "← oneens"):
        assert words in content, words
    assert "Strongly agree" not in content
    assert "The group felt like a safe place" not in content
