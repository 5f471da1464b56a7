"""Plans for the demo's notes: learning points, the facilitator's private notes, actions,
session themes and follow-up notes about members, as plain data.

Pure Python and deterministic for a given random.Random, like demo_sessions.py. The text is
composed from phrase banks: clinical-education topics (an experience theme, cases, and
lessons marked with the learning gain they teach), general lessons, frames and sentences.
No real people: a patient is a life stage, never a date or a number; members are the demo's
fictional ones. Learning points follow a collaborative reflection session's closing round:
each member who was there names one or more, and the group adds a few (NotesDensity).
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from reflectdesk.core.demo_plans import DEMO_TODAY, GroupPlan, PersonPlan
from reflectdesk.core.demo_sessions import SessionPlan
from reflectdesk.core.model import AttendanceStatus, ClockEventKind, Role
from reflectdesk.core.notes import BUILTIN_THEMES


@dataclass(frozen=True, slots=True)
class PointPlan:
    text: str
    shareable: bool
    themes: tuple[str, ...]  # theme keys (core.notes.BUILTIN_THEMES), experience first


@dataclass(frozen=True, slots=True)
class ActionPlan:
    text: str
    owner: PersonPlan | None  # None: the facilitator
    due_on: date
    done: bool


@dataclass(frozen=True, slots=True)
class SessionNotesPlan:
    meeting: int  # the finished session's index in the session plans
    private: str  # the facilitator's note, written up at ``written_at``
    points: tuple[PointPlan, ...]
    actions: tuple[ActionPlan, ...]
    themes: tuple[str, ...]
    written_at: datetime


@dataclass(frozen=True, slots=True)
class MemberNotePlan:
    group: int  # the group's index in the group plans
    person: PersonPlan
    body: str
    written_at: datetime


@dataclass(frozen=True, slots=True)
class NotesDensity:
    group_points: tuple[int, int]  # inclusive ranges
    points_per_member: tuple[int, int]  # named in the closing round by each who was there
    action_chance: float
    member_notes: tuple[int, int]  # members of each group with a follow-up note


LARGE_NOTES = NotesDensity((2, 4), (1, 3), 0.45, (3, 6))
SMALL_NOTES = NotesDensity((3, 5), (0, 0), 0.6, (1, 2))

# Short codes for the study's themes, in BUILTIN_THEMES order: four experiences, six gains.
_CODES = "patient complex diag colleague others learn comm self team doc".split()
THEMES = dict(zip(_CODES, (theme.key for theme in BUILTIN_THEMES), strict=True))
GAIN_KEYS = frozenset(THEMES[code] for code in _CODES[4:])

Lesson = tuple[str, str, bool]  # (gain theme key, clause, or verb phrase when True)


@dataclass(frozen=True, slots=True)
class Topic:
    experience: str  # an experience theme key
    subject: str
    cases: tuple[str, ...]
    situations: tuple[str, ...]
    lessons: tuple[Lesson, ...]


def _sections(text: str) -> dict[str, list[str]]:
    """The lines under each ``[name]`` line."""
    found: dict[str, list[str]] = {}
    lines: list[str] = []
    for line in text.strip().splitlines():
        if line.startswith("["):
            lines = found.setdefault(line.strip("[]"), [])
        else:
            lines.append(line)
    return found


def _items(lines: list[str]) -> tuple[str, ...]:
    return tuple(item for line in lines for item in line.split(" | "))


def _lessons(line: str) -> list[Lesson]:
    """``comm: a clause | another clause`` or ``comm> a verb phrase``."""
    head, rest = line.split(" ", 1)
    return [(THEMES[head[:-1]], item, head[-1] == ">") for item in rest.split(" | ")]


def _topic(header: str, lines: list[str]) -> Topic:
    """``[experience | subject]``, then ``case:`` and ``sit:`` lines and lessons."""
    experience, subject = header.split(" | ")
    found: dict[str, list[str]] = {"case:": [], "sit:": []}
    lessons: list[Lesson] = []
    for line in lines:
        head, rest = line.split(" ", 1)
        if head in found:
            found[head].append(rest)
        else:
            lessons += _lessons(line)
    return Topic(
        THEMES[experience], subject, _items(found["case:"]), _items(found["sit:"]), tuple(lessons)
    )


TOPICS = tuple(
    _topic(header, lines)
    for header, lines in _sections("""
[patient | breaking bad news]
case: a man in his fifties who heard that his biopsy showed cancer
case: a woman in her sixties who learned about metastases at what she thought was a check-up
sit: a conversation about bad news | a bad-news consultation
comm: a warning shot before the news gives the patient a moment to prepare
comm> leave the first silence after the news to the patient
self: feeling shaky afterwards is normal, and saying so to the supervisor helps
team: agreeing beforehand who says what keeps the conversation calm
[patient | angry patients]
case: a patient who shouted at the desk about waiting times
case: a man in his forties angry that his referral was refused
sit: a consultation with an angry patient | a tense consultation
comm: anger often covers fear, and naming the fear calmed the conversation
comm> acknowledge the frustration before explaining the rules
self: not taking anger personally takes practice, not just good intentions
[diag | diagnostic uncertainty]
case: a young woman with vague abdominal pain who had been sent home twice
case: an older man with fatigue and no clear cause | a teenager with headaches that worried the GP
sit: a case with an unclear diagnosis | an unclear presentation
learn: uncertainty is part of general practice and can be shared with the patient
comm: safety-netting out loud gives the patient and me the same plan
self: wanting to be sure pushes me towards tests that do not help the patient
doc: safety-net advice only counts when it is in the record
[colleague | feedback from a supervisor]
case: feedback from a supervisor given in front of a patient
case: a supervisor who only gave criticism after a busy clinic
sit: a feedback conversation | a talk with my supervisor
learn: feedback is easier to use when I ask what exactly I could do differently
self: a harsh remark says as much about the supervisor's day as about me
learn> ask for feedback on one concrete skill at the start of the day
[complex | end-of-life care at home]
case: a home visit to a man dying of lung cancer and his exhausted wife
case: a woman in her eighties in palliative care who wanted to stop eating
sit: palliative care at home | a home visit in the last phase of life
comm: asking what matters most to the patient changes the whole conversation
team: the home-care nurses see the family every day and know what is going on
self: sitting with a dying patient without doing anything is also care
doc: clear notes on the patient's wishes prevent an unwanted admission at night
[diag | a child with a fever at night]
case: a phone call at night about a toddler with a high fever
case: a baby with a fever at the huisartsenpost whose parents had called twice already
sit: an out-of-hours call about a sick child | a night shift at the huisartsenpost
comm: worried parents need to hear what to watch for, not only that it is probably a virus
learn: the triage questions only work when I really listen to the answers
self: tiredness at night makes every decision feel heavier
[complex | documentation under time pressure]
case: finishing the notes for twenty patients after a fully booked morning
case: a referral letter written in a hurry that left out the actual question
sit: a fully booked clinic | a day without time for notes
doc: a short note written at once is better than a long one written from memory
doc> block five minutes after each hour for notes
learn: copy-paste hides exactly what has changed
[colleague | a colleague's mistake]
case: a resident who prescribed a drug the patient was allergic to
case: a wrong dose given on the ward while the student watched
sit: a situation where a colleague made an error | a moment to speak up
team: raising a concern as a question keeps the conversation open
self: speaking up as the most junior person in the room is hard and still worth it
learn: incident reports are there to learn from, not to punish
[colleague | the student's role in the team]
case: being left out of the ward round for a whole week
case: a first procedure done alone without anyone asking whether it felt safe
sit: the first week of a placement | a busy ward round
team: asking on day one what is expected of me saves a week of guessing
team: patients sometimes tell the student things they do not tell the doctor
self: feeling useless in the first weeks is common, and it passes
[complex | self-care after a death]
case: the first death of a patient the student had come to know
case: a resuscitation that failed on a night shift
sit: the days after a patient's death | a death on the ward
self: grief after a patient's death is normal and not unprofessional
self> talk about it on the same day instead of taking it home
others: the group gave me permission to still be sad about it
team: a short debrief helps the whole team, not only the student
[patient | requests for antibiotics]
case: a man in his thirties insisting on antibiotics for a cold
sit: a consultation where the patient wanted something else | a request I could not grant
comm: exploring the request first makes saying no feel less like a refusal
comm> ask about ideas, concerns and expectations, every time
[patient | language barriers]
case: a woman in her seventies whose son interpreted for her
sit: a consultation with an interpreter | a consultation without a shared language
comm: a professional interpreter gives the patient a voice that family cannot
comm> book the telephone interpreter instead of relying on family
[complex | medication reviews in older patients]
case: an older woman on fourteen medicines after a fall
sit: a medication review | the care of a frail older patient
team: the pharmacist spotted the interaction before we did
doc: a medication list is only useful when it is kept up to date
[patient | suicidal thoughts]
case: a young man who said he sometimes hopes not to wake up
sit: a conversation about suicidal thoughts | a consultation about mental health
comm: asking directly about suicidal thoughts does not put the idea in someone's head
team: a clear plan with the supervisor on the same day helps me let go
""").items()
)

_BANK = _sections("""
[lessons]
others: hearing how others handled a similar case made my own choice feel less lonely
others: the group saw things in the case that I had missed completely
others> bring unfinished cases to the group instead of carrying them alone
learn: writing a case down the same evening shows me what actually happened
learn: reflecting is easier when I start from what I felt rather than what I did
learn> write three lines after a difficult consultation, before going home
comm: summarising what the patient said shows them they were heard
comm: silence is a tool, not an awkward gap | plain words work better than medical terms
comm> check what the patient already knows before explaining
comm> name the emotion I see instead of skipping past it
self: feeling irritated by a patient is information, not a failure
self> take a minute between patients after a heavy consultation
self> notice when I start rushing and slow down on purpose
team: as a student I can add something the team lacks, such as time to listen
team> introduce myself and my role to the whole team, not only to the doctor
doc: a clear note saves the next doctor a phone call
doc: writing down why I decided something matters as much as what I decided
doc> record what was agreed with the patient, in the patient's own words
[clause]
{C}. | I learned that {c}. | We noticed that {c}. | Take-away: {c}. | Realised that {c}.
What stuck with me: {c}.
[situated clause]
In {s}, {c}. | From the case about {subject}: {c}.
[intent]
Next time I will {i}. | Try to {i}. | Goal for the coming weeks: {i}. | Voornemen: {i}.
I want to {i} more often.
[situated intent]
In {s}, I want to {i}. | Next time, in {s}: {i}.
[group]
The group helped me see that {c}. | Hearing the others, I realised that {c}.
[tail]
most of the group recognised this | still working on this | also outside general practice
[opener]
{p} presented {case}. | Case of the day, brought by {p}: {case}.
{p} brought {case}; the group chose it over two other cases.
{p} told the story of {case}, without notes, as agreed.
[affected]
{p} seemed more affected by it than the story let on.
{p} was close to tears at the end; we spoke briefly afterwards and that felt enough for now.
{p} told it with a lot of distance, like a referral letter: maybe a way to keep it manageable.
{p} visibly relaxed once the group took the case over.
{p} was brave to bring this one; it clearly still touches a nerve.
{p} kept saying "it was fine", but the case clearly was not fine.
Good to see {p} dare to show doubt in front of the group.
[dynamics]
Lively group today, a lot of recognition.
Energy was low, end of a long clinical week; fewer associations than usual.
Some jumped to advice quickly; twice I brought them back to the relationship with the patient.
The group stayed with the feelings instead of solving the medical problem. Fijn om te zien.
A few questions turned into an interrogation and I stepped in to protect {p}.
Veilig klimaat: people shared more than in earlier sessions. | Humour helped after a heavy start.
Two members did most of the talking; next time a round in which everyone speaks once.
Much recognition around {subject}; clearly a theme in this cohort.
[quiet]
{q} was quiet again; check in before the next session. | {q} seemed distracted today.
{q} said nothing until the final round, then made the sharpest observation of the day.
{q} hardly spoke. Tired, or did the case touch something? | Nice that {q} spoke up more.
[late]
{l} came in late, which broke the flow for a moment. | {l} arrived late from a ward round.
[left early]
{l} had to leave early for a shift. | {l} left before the closing round (on call).
[over time]
We ran over in {phase}; I extended rather than cut the discussion off.
{Phase} took {minutes} minutes more than planned, and it needed them.
[pause]
One short interruption mid-session (a pager). | We paused once when the fire alarm was tested.
[on time]
Kept to time without effort. | Finished on time, though the closing round felt rushed.
Op tijd klaar, and nobody looked at the clock.
[next time]
Volgende keer: start with a short check-in round. | Come back to {subject} in a few weeks.
Next time: remind them of the ground rule about advice.
Next time I want to leave more room for the silent phase.
[actions]
F: Send the group today's learning points | F: Book a quieter room for the next session
F: Share a short article on {subject} before the next session
F: Check in with {q} about how the placement is going
M: Bring a follow-up of the case to the next session | M: Prepare a case for the next session
M: Ask the supervisor for ten minutes to talk the case through
M: Look up what the guidelines say about {subject} and share the key points
M: Write a short reflection on the case for the portfolio
[follow-up]
Much more open than at the start; now asks the questions that help the presenter.
Tends to give advice quickly. We talked about it; wants to practise open questions.
Rarely speaks in the big round but writes thoughtful reflections. Suggest presenting?
Mentioned a difficult relationship with a supervisor. Offered to think along.
Goed gesprek gehad over de rol als coassistent; voelt zich nu meer onderdeel van het team.
Looked tired for several weeks. Says the rota is heavy but manageable. Keep an eye on it.
[after presenting]
Seemed shaken afterwards; we talked for ten minutes and agreed to check in next week.
Said afterwards that the group's reflections helped to see the patient differently.
Felt criticised by one question; we talked it through.
""")
BANK = {name: _items(lines) for name, lines in _BANK.items()}
GENERIC_LESSONS = tuple(lesson for line in _BANK["lessons"] for lesson in _lessons(line))
AWAY = (AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED)


def given_name(person: PersonPlan) -> str:
    words = person.display_name.split()
    return words[1] if words[0].casefold() == "dr." and len(words) > 1 else words[0]


def _point(topic: Topic | None, rng: random.Random) -> PointPlan:
    specific = topic is not None and rng.random() < 0.5
    lesson = rng.choice(topic.lessons if topic and specific else GENERIC_LESSONS)
    situated = topic is not None and (specific or rng.random() < 0.4)
    themes = [topic.experience] if topic and situated else []
    themes.append(lesson[0])
    if lesson[2]:
        frames = "situated intent" if situated and rng.random() < 0.5 else "intent"
    elif rng.random() < 0.1:
        frames = "group"
        themes.append(THEMES["others"])
    else:
        frames = "situated clause" if situated and rng.random() < 0.5 else "clause"
    text = rng.choice(BANK[frames]).format(
        c=lesson[1],
        C=lesson[1][0].upper() + lesson[1][1:],
        i=lesson[1],
        s=rng.choice(topic.situations) if topic else "",
        subject=topic.subject if topic else "",
    )
    if rng.random() < 0.12:
        text = f"{text[:-1]} — {rng.choice(BANK['tail'])}."
    shareable = rng.random() < (0.6 if lesson[0] == THEMES["self"] else 0.88)
    return PointPlan(text, shareable, tuple(dict.fromkeys(themes)))


def _points(topics: Sequence[Topic], count: int, rng: random.Random) -> tuple[PointPlan, ...]:
    """``count`` different points, most on the session's topics, some general."""
    found: dict[str, PointPlan] = {}
    for _ in range(count * 5):
        if len(found) == count:
            break
        point = _point(rng.choice(topics) if rng.random() < 0.75 else None, rng)
        found.setdefault(point.text, point)
    return tuple(found.values())


def _timekeeping(meeting: SessionPlan, rng: random.Random) -> list[str]:
    """From the clock's own history: the phase extended most, a pause, or on time."""
    phase, extended = 0, Counter[int]()
    for event in meeting.events:
        phase += (event.kind is ClockEventKind.NEXT) - (event.kind is ClockEventKind.BACK)
        extended[phase] += event.amount or 0
    said = []
    if sum(extended.values()):
        where, seconds = extended.most_common(1)[0]
        name = meeting.phases[where].phase.name.casefold()
        said.append(
            rng.choice(BANK["over time"]).format(
                phase=name, Phase=name.capitalize(), minutes=seconds // 60
            )
        )
    if any(event.kind is ClockEventKind.PAUSE for event in meeting.events):
        said.append(rng.choice(BANK["pause"]))
    return said or [rng.choice(BANK["on time"])]


def _private_note(
    meeting: SessionPlan, topic: Topic, there: list[PersonPlan], rng: random.Random
) -> str:
    """A case line, how the presenter seemed, the group, who was quiet or late, the time,
    and sometimes something for next time: in three short paragraphs."""
    others = [person for person in there if person != meeting.presenter] or there
    fill = {
        "p": given_name(meeting.presenter) if meeting.presenter else "the presenter",
        "q": given_name(rng.choice(others)) if others else "",
        "subject": topic.subject,
        "case": rng.choice(topic.cases),
    }
    opening = [rng.choice(BANK["opener"]) if meeting.presenter else "The group chose {case}."]
    if meeting.presenter and rng.random() < 0.55:
        opening.append(rng.choice(BANK["affected"]))
    group = [rng.choice(BANK["dynamics"])] if rng.random() < 0.7 else []
    if others and rng.random() < 0.45:
        group.append(rng.choice(BANK["quiet"]))
    for person, status in meeting.attendance:
        section = {AttendanceStatus.LATE: "late", AttendanceStatus.LEFT_EARLY: "left early"}
        if status in section and rng.random() < 0.5:
            name = given_name(person)
            group.append(rng.choice(BANK[section[status]]).replace("{l}", name))
    group += _timekeeping(meeting, rng)
    closing = [rng.choice(BANK["next time"])] if rng.random() < 0.5 else []
    parts = (" ".join(part) for part in (opening, group, closing) if part)
    return "\n\n".join(parts).format(**fill)


def _actions(
    meeting: SessionPlan, topic: Topic, there: list[PersonPlan], rng: random.Random
) -> tuple[ActionPlan, ...]:
    """One or two, for the facilitator or a member who was there (often the presenter),
    due a week or two later; most of those already due are done."""
    found: dict[str, ActionPlan] = {}
    for line in rng.sample(BANK["actions"], rng.choice((1, 1, 2))):
        who, text = line.split(": ", 1)
        owner = None
        if who == "M" and there:
            presenter = meeting.presenter if rng.random() < 0.6 else None
            owner = presenter or rng.choice(there)
        quiet = given_name(rng.choice(there)) if there else "the quieter members"
        due_on = meeting.planned_start.date() + timedelta(days=rng.choice((7, 14)))
        done = rng.random() < (0.8 if due_on < DEMO_TODAY else 0.1)
        text = text.format(subject=topic.subject, q=quiet)
        found.setdefault(text, ActionPlan(text, owner, due_on, done))
    return tuple(found.values())


def plan_notes(
    groups: Sequence[GroupPlan],
    meetings: Sequence[SessionPlan],
    rng: random.Random,
    density: NotesDensity = LARGE_NOTES,
) -> tuple[list[SessionNotesPlan], list[MemberNotePlan]]:
    """Notes for every finished session in plan order, then follow-up notes about a few
    members of each group."""
    members = [{m.person for m in group.members if m.role is Role.MEMBER} for group in groups]
    sessions: list[SessionNotesPlan] = []
    topics: dict[int, Topic] = {}
    for index, meeting in enumerate(meetings):
        if meeting.ended_at is None:
            continue
        topic = topics[index] = rng.choice(TOPICS)
        chosen = [topic, rng.choice(TOPICS)] if rng.random() < 0.3 else [topic]
        there = [p for p, s in meeting.attendance if s not in AWAY and p in members[meeting.group]]
        count = rng.randint(*density.group_points)
        count += sum(rng.randint(*density.points_per_member) for _ in there)
        points = _points(chosen, count, rng)
        actions: tuple[ActionPlan, ...] = ()
        if rng.random() < density.action_chance:
            actions = _actions(meeting, topic, there, rng)
        gains = Counter(theme for point in points for theme in point.themes if theme in GAIN_KEYS)
        top = [theme for theme, _ in gains.most_common(rng.choice((1, 2)))]
        themes = tuple(dict.fromkeys([t.experience for t in chosen] + top))
        written = meeting.ended_at + timedelta(minutes=rng.randint(5, 45))
        private = _private_note(meeting, topic, there, rng)
        sessions.append(SessionNotesPlan(index, private, points, actions, themes, written))
    notes = []
    for group_index, group in enumerate(groups):
        held = [(i, m) for i, m in enumerate(meetings) if m.group == group_index and m.ended_at]
        notes += _member_notes(group_index, group, [(topics[i], m) for i, m in held], rng, density)
    return sessions, notes


def _member_notes(
    group_index: int,
    group: GroupPlan,
    held: list[tuple[Topic, SessionPlan]],
    rng: random.Random,
    density: NotesDensity,
) -> list[MemberNotePlan]:
    """Members who miss many sessions first, then others at random. A note holds one to
    three entries, each headed by the session (numbered in the series) it followed."""
    if not held:
        return []
    missed = Counter(p for _, m in held for p, status in m.attendance if status in AWAY)
    poor = max(2, len(held) // 4)
    people = sorted(
        (m.person for m in group.members if m.role is Role.MEMBER),
        key=lambda person: (missed[person] < poor, rng.random()),
    )
    notes: list[MemberNotePlan] = []
    for person in people[: rng.randint(*density.member_notes)]:
        entries: list[tuple[int, str]] = []
        if missed[person] >= poor:
            entries.append(
                (
                    len(held),
                    f"Missed {missed[person]} of {len(held)} sessions so far. Asked how the "
                    "placement is going; agreed to let me know in advance next time.",
                )
            )
        presented = [n for n, (_, m) in enumerate(held, 1) if m.presenter == person]
        if presented and rng.random() < 0.6:
            number = rng.choice(presented)
            after = rng.choice(BANK["after presenting"])
            subject = held[number - 1][0].subject
            entries.append((number, f"Presented the case about {subject}. {after}"))
        for text in rng.sample(BANK["follow-up"], rng.randint(0 if entries else 1, 2)):
            entries.append((rng.randint(1, len(held)), text))
        entries.sort()
        body = "\n\n".join(f"After session {number}: {text}" for number, text in entries)
        ended = held[entries[-1][0] - 1][1].ended_at
        assert ended is not None  # only finished sessions are held
        written = ended + timedelta(hours=rng.randint(1, 30))
        notes.append(MemberNotePlan(group_index, person, body, written))
    return notes
