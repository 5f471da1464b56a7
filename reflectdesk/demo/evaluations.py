"""Plans for the demo's questionnaire responses: session evaluations, the facilitator's
conditions check, and series evaluations at the start and the end of a series.

Pure Python and deterministic for a given random.Random, like sessions.py; the
demo's writers turn the plans into rows. The numbers are fictional but plausible:
most answers agree, groups and sessions differ a little, a few items are left blank,
takeaways come from a small varied pool, and the series evaluation improves modestly
from start to end (reverse-coded items are ticked the other way round, as people do).

Each form is planned as the bulk path's own BulkResponse record (plain data,
store/bulk_records.py): its ``session`` is the index of its session in the session plans,
None for a series evaluation, which belongs to the group at index ``group``.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from reflectdesk.core.model import FACILITATOR_ROLES, AttendanceStatus, Role, SessionStatus
from reflectdesk.core.questionnaires import QuestionnaireSpec
from reflectdesk.demo.plans import GroupPlan
from reflectdesk.demo.sessions import SessionPlan
from reflectdesk.store.bulk_records import BulkResponse

SESSION_KEY, SERIES_KEY, CONDITIONS_KEY = (
    "session-evaluation",
    "series-evaluation",
    "conditions-check",
)


@dataclass(frozen=True, slots=True)
class EvaluationShare:
    """How much of a demo is evaluated: the share of finished sessions whose members
    fill in the session evaluation, of members who hand in a form then, and of
    sessions the facilitator checks the conditions of."""

    evaluated_sessions: float
    forms_handed_in: float
    conditions_checked: float
    series_min_sessions: int  # a series evaluation needs this many finished sessions


LARGE_EVALUATIONS = EvaluationShare(0.85, 0.8, 0.9, 6)
SMALL_EVALUATIONS = EvaluationShare(1.0, 0.9, 1.0, 2)

BLANK_CHANCE = 0.03  # per item: a Likert item left blank on a paper form
TAKEAWAY_CHANCE = 0.45
REMARK_CHANCE = 0.2

TAKEAWAYS = (
    "That I am not the only one who lies awake after a difficult call.",
    "Asking what the patient fears before explaining the plan.",
    "Pausing before I answer a family's angry question.",
    "It's okay to not know and to say so.",
    "Hearing how others handled a bad-news conversation.",
    "Notice my own irritation earlier.",
    "Ik neem mee dat ik vaker om hulp mag vragen.",
    "The silence in the group said more than the advice.",
    "A colleague's story about a patient who refused treatment.",
    "To check what the patient already knows.",
    "Less rushing at the end of a consultation.",
    "That reflecting together costs less energy than I thought.",
    "Η ομάδα με βοήθησε να δω την περίπτωση αλλιώς.",
    "Başkalarının deneyimlerinden çok şey öğrendim.",
    "Write down one thing that went well each day.",
    "Boundaries with demanding relatives.",
    "How much the ward's atmosphere affects me.",
    "I want to bring my own case next time.",
    "Empathy is a skill, not only a trait.",
    "Listening without fixing.",
)
REMARKS = (
    "Pager went off twice; two members left early.",
    "Room too warm, windows would not open.",
    "New member joined; the group was more careful today.",
    "Started ten minutes late after the ward round ran over.",
    "Very open session; the case touched everyone.",
    "Two members dominated the analysis; address next time.",
    "Night shifts this week: people were tired.",
    "Online session, connection dropped once.",
)


def _likert(rng: random.Random, centre: float, spread: float, points: int) -> int:
    return max(1, min(points, round(rng.gauss(centre, spread))))


def _fill(
    rng: random.Random,
    spec: QuestionnaireSpec,
    centre: float,
    spread: float,
    *,
    pool: Sequence[str],
    text_chance: float,
) -> tuple[tuple[tuple[str, int | None], ...], tuple[tuple[str, str], ...]]:
    values: list[tuple[str, int | None]] = []
    texts: list[tuple[str, str]] = []
    for question in spec.questions:
        points = question.points
        if points is None:
            if rng.random() < text_chance:
                texts.append((question.key, rng.choice(pool)))
            continue
        if rng.random() < BLANK_CHANCE:
            values.append((question.key, None))
            continue
        item_centre = centre + rng.uniform(-0.3, 0.2)
        scored = _likert(rng, item_centre, spread, points)
        values.append((question.key, points + 1 - scored if question.reverse_coded else scored))
    return tuple(values), tuple(texts)


def plan_evaluations(
    plans: Sequence[GroupPlan],
    meetings: Sequence[SessionPlan],
    specs: dict[str, QuestionnaireSpec],
    rng: random.Random,
    share: EvaluationShare,
) -> list[BulkResponse]:
    """Every demo response, in the order the meetings are given."""
    found: list[BulkResponse] = []
    group_mood = [rng.gauss(0.0, 0.35) for _ in plans]
    finished: dict[int, list[int]] = {}
    for index, meeting in enumerate(meetings):
        if meeting.status is not SessionStatus.FINISHED or meeting.ended_at is None:
            continue
        finished.setdefault(meeting.group, []).append(index)
        mood = group_mood[meeting.group] + rng.gauss(0.0, 0.3)
        ended = meeting.ended_at
        if CONDITIONS_KEY in specs and rng.random() < share.conditions_checked:
            values, texts = _fill(
                rng, specs[CONDITIONS_KEY], 3.9 + mood, 0.7, pool=REMARKS, text_chance=REMARK_CHANCE
            )
            found.append(
                BulkResponse(
                    CONDITIONS_KEY,
                    meeting.group,
                    index,
                    "",
                    ended + timedelta(minutes=6),
                    values,
                    texts,
                )
            )
        if SESSION_KEY not in specs or rng.random() >= share.evaluated_sessions:
            continue
        # The participants who were there hand in forms; the facilitators lead and do not
        # (a response rate over 100% would follow, as store/evaluation_overview counts).
        leaders = {
            member.person
            for member in plans[meeting.group].members
            if member.role in FACILITATOR_ROLES
        }
        present = [
            person
            for person, status in meeting.attendance
            if status in (AttendanceStatus.PRESENT, AttendanceStatus.LATE) and person not in leaders
        ]
        for number, _ in enumerate(present):
            if rng.random() >= share.forms_handed_in:
                continue
            values, texts = _fill(
                rng,
                specs[SESSION_KEY],
                4.0 + mood + rng.gauss(0, 0.3),
                0.75,
                pool=TAKEAWAYS,
                text_chance=TAKEAWAY_CHANCE,
            )
            found.append(
                BulkResponse(
                    SESSION_KEY,
                    meeting.group,
                    index,
                    "",
                    ended + timedelta(seconds=40 * (number + 1)),
                    values,
                    texts,
                )
            )
    if SERIES_KEY in specs:
        for group, indexes in sorted(finished.items()):
            if len(indexes) < share.series_min_sessions:
                continue
            members = [m for m in plans[group].members if m.role is Role.MEMBER]
            for timepoint, meeting_index, centre in (
                ("start", indexes[0], 3.2),
                ("end", indexes[-1], 3.2 + rng.uniform(0.3, 0.7)),
            ):
                last = meetings[meeting_index].ended_at
                assert last is not None
                for number, _ in enumerate(members):
                    if rng.random() >= 0.85:
                        continue
                    values, texts = _fill(
                        rng,
                        specs[SERIES_KEY],
                        centre + group_mood[group],
                        0.8,
                        pool=TAKEAWAYS,
                        text_chance=0.3,
                    )
                    found.append(
                        BulkResponse(
                            SERIES_KEY,
                            group,
                            None,
                            timepoint,
                            last + timedelta(minutes=2, seconds=30 * number),
                            values,
                            texts,
                            # The code each participant wrote on both forms (fictional).
                            respondent_code=f"d{group + 1}-{number + 1:02d}",
                        )
                    )
    return found
