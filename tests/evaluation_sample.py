"""A small group with known evaluation responses, entered through record_response, for
the results page and the PDF evaluation sections.

Session evaluation, "safe-space": session 1 answers 5, 4, 2 (and one blank), session 2
answers 5 and 1 blank: n = 4, missing = 2, % agree = 75. The conditions check is
answered once per session; the series evaluation twice at the start and twice at the
end. One free-text answer carries markup, to prove it prints as typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from reflectdesk.core.model import AttendanceStatus, GroupDraft, MemberDraft
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store import attendance, groups, members, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.questionnaires import latest_questionnaire
from reflectdesk.store.responses import record_response

MARKUP_ANSWER = 'Listen <b>first</b> & "ask" later'
FIRST = datetime(2026, 3, 3, 13, 0, tzinfo=UTC)
SAFE_SPACE = ((5, 4, 2, None), (5, None))


@dataclass(frozen=True)
class EvaluationSample:
    group_id: str
    session_ids: tuple[str, ...]


def _id(store: Store, key: str) -> str:
    found = latest_questionnaire(store, key)
    assert found is not None, key
    return found.id


def build_evaluation_sample(
    store: Store, *, conditions: bool = True, series: bool = True
) -> EvaluationSample:
    group = groups.create_group(store, GroupDraft("Balint — evaluation sample"))
    people = [
        members.add_member(store, group.id, MemberDraft(name)).person_id
        for name in ("Anna de Vries", "Hüseyin İkiz", "Νίκος Παπαδόπουλος")
    ]
    session_eval = _id(store, "session-evaluation")
    check = _id(store, "conditions-check")
    ids = []
    for number, answers in enumerate(SAFE_SPACE):
        meeting = sessions.plan_session(
            store,
            group.id,
            SessionDraft(planned_start=FIRST + timedelta(weeks=number), title=f"S{number + 1}"),
        )
        ids.append(meeting.id)
        for index, person in enumerate(people):
            status = AttendanceStatus.PRESENT if index <= number + 1 else AttendanceStatus.ABSENT
            attendance.set_attendance(store, meeting.id, person, status)
        for index, value in enumerate(answers):
            record_response(
                store,
                session_eval,
                {
                    "safe-space": value,
                    "depth": 4,
                    "would-recommend": 3 + index % 3,
                    "takeaway": MARKUP_ANSWER if index == 0 and number == 0 else "",
                },
                session_id=meeting.id,
            )
        if conditions:
            record_response(
                store,
                check,
                {"safety": 4 + number, "depth": 3, "workload": 2, "remark": ""},
                session_id=meeting.id,
            )
    if series:
        series_eval = _id(store, "series-evaluation")
        for timepoint, values in (("start", (2, 3)), ("end", (4, 5))):
            for value in values:
                record_response(
                    store,
                    series_eval,
                    {"discuss-difficult-cases": value, "reflection-waste-of-time": 6 - value},
                    group_id=group.id,
                    timepoint=timepoint,
                )
    return EvaluationSample(group.id, tuple(ids))
