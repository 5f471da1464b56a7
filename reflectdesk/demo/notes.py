"""Plans for the demo's notes (learning points, private notes, actions, session themes,
follow-up notes about members) as plain data, deterministic for a given random.Random.

Text comes from phrase banks: topics (an experience theme, cases, lessons tagged with their
learning gain), general lessons, frames and sentences. No real people; patients are life
stages, never dates. Each member names learning points in a session's closing round.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from reflectdesk.core.model import AttendanceStatus, ClockEventKind, Role
from reflectdesk.core.notes import BUILTIN_THEMES
from reflectdesk.demo.plans import DEMO_TODAY, GroupPlan, PersonPlan
from reflectdesk.demo.sessions import SessionPlan


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


LARGE_NOTES = NotesDensity((3, 6), (1, 3), 0.45, (3, 6))
SMALL_NOTES = NotesDensity((3, 5), (0, 0), 0.6, (1, 2))

# Short codes for the study's themes, in BUILTIN_THEMES order: four experiences, six gains.
_CODES: tuple[str, ...] = ("patient", "complex", "diag", "colleague")
_CODES += ("others", "learn", "comm", "self", "team", "doc")
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


def _sections(text: str) -> list[tuple[str, list[str]]]:
    """``[name] first line``, then more lines, for each section."""
    parts = [block.partition("] ") for block in ("\n" + text.strip()).split("\n[")[1:]]
    return [(name, rest.splitlines()) for name, _, rest in parts]


def _lessons(line: str) -> list[Lesson]:
    """``comm: a clause | another clause`` or ``comm> a verb phrase``."""
    head, rest = line.split(" ", 1)
    return [(THEMES[head[:-1]], item, head[-1] == ">") for item in rest.split(" | ")]


def _topic(experience: str, lines: list[str]) -> Topic:
    """``[experience] subject | situation | situation``, ``case:`` lines, then lessons."""
    subject, *situations = lines[0].split(" | ")
    cases = tuple(c for line in lines if line.startswith("case: ") for c in line[6:].split(" | "))
    lessons = [one for line in lines[1:] if not line.startswith("case: ") for one in _lessons(line)]
    return Topic(THEMES[experience], subject, cases, tuple(situations), tuple(lessons))


_TOPICS = """
[patient] breaking bad news | a conversation about bad news | a bad-news consultation
case: a man in his fifties whose biopsy showed cancer | a woman in her sixties told of metastases
comm: a warning shot before the news gives the patient a moment to prepare
comm> leave the first silence after the news to the patient
self: feeling shaky afterwards is normal, and saying so to the supervisor helps
team: agreeing beforehand who says what keeps the conversation calm
[patient] angry patients | a consultation with an angry patient | a tense consultation
case: a man shouting at the desk about waiting times | a woman angry that a referral was refused
comm: anger often covers fear, and naming the fear calmed the conversation
comm> acknowledge the frustration before explaining the rules
self: not taking anger personally takes practice, not just good intentions
[diag] diagnostic uncertainty | a case with an unclear diagnosis | an unclear presentation
case: a young woman sent home twice with belly pain | an older man tired for no clear reason
learn: uncertainty is part of general practice and can be shared with the patient
comm: safety-netting out loud gives the patient and me the same plan
self: wanting to be sure pushes me towards tests that do not help the patient
doc: safety-net advice only counts when it is in the record
[colleague] feedback from a supervisor | a feedback conversation | a talk with my supervisor
case: feedback given in front of a patient | a supervisor who only criticised after a busy clinic
learn: feedback is easier to use when I ask what exactly I could do differently
self: a harsh remark says as much about the supervisor's day as about me
learn> ask for feedback on one concrete skill at the start of the day
[complex] end-of-life care at home | palliative care at home | a home visit near the end of life
case: a man dying at home and his exhausted wife | a woman in her eighties who stopped eating
comm: asking what matters most to the patient changes the whole conversation
team: the home-care nurses see the family every day and know what is going on
self: sitting with a dying patient without doing anything is also care
doc: clear notes on the patient's wishes prevent an unwanted admission at night
[diag] a child with a fever at night | a night call about a sick child | the huisartsenpost at night
case: a toddler with a high fever at night | a feverish baby whose parents called twice
comm: worried parents need to hear what to watch for, not only that it is probably a virus
learn: the triage questions only work when I really listen to the answers
self: tiredness at night makes every decision feel heavier
[complex] documentation under time pressure | a fully booked clinic | a day without time for notes
case: notes for twenty patients after a full morning | a rushed referral that missed the question
doc: a short note written at once is better than a long one written from memory
doc> block five minutes after each hour for notes
learn: copy-paste hides exactly what has changed
[colleague] a colleague's mistake | a moment when a colleague made an error | a moment to speak up
case: a resident prescribing a drug the patient was allergic to | a wrong dose given on the ward
team: raising a concern as a question keeps the conversation open
self: speaking up as the most junior person in the room is hard and still worth it
learn: incident reports are there to learn from, not to punish
[colleague] the student's role in the team | the first week of a placement | a busy ward round
case: a student left out of the ward round for a week | a first procedure done alone, unasked
team: asking on day one what is expected of me saves a week of guessing
team: patients sometimes tell the student things they do not tell the doctor
self: feeling useless in the first weeks is common, and it passes
[complex] self-care after a death | the days after a patient's death | a death on the ward
case: the death of a patient the student knew well | a resuscitation that failed at night
self: grief after a patient's death is normal and not unprofessional
self> talk about it on the same day instead of taking it home
others: the group gave me permission to still be sad about it
team: a short debrief helps the whole team, not only the student
[patient] requests for antibiotics | a request I could not grant | a consultation about antibiotics
case: a man in his thirties wanting antibiotics for a cold | a woman with a sore throat, twice
comm: exploring the request first makes saying no feel less like a refusal
comm> ask about ideas, concerns and expectations, every time
[patient] suicidal thoughts | a talk about suicidal thoughts | a consultation about mental health
case: a young man who hopes not to wake up some days | a student-aged patient with panic attacks
comm: asking directly about suicidal thoughts does not put the idea in someone's head
team: a clear plan with the supervisor on the same day helps me let go
"""
_BANK = """
[lessons] others: hearing how others handled a similar case made my choice feel less lonely
others: the group saw things in the case that I had missed completely
others> bring unfinished cases to the group instead of carrying them alone
learn: writing a case down the same evening shows me what actually happened
learn> start a reflection from what I felt rather than from what I did
comm: summarising what the patient said shows them they were heard
comm: silence is a tool, not an awkward gap | plain words work better than medical terms
comm> check what the patient already knows before explaining
comm> name the emotion I see instead of skipping past it
self: feeling irritated by a patient is information, not a failure
self> take a minute between patients after a heavy consultation
team: as a student I can add something the team lacks, such as time to listen
team> introduce myself and my role to the whole team, not only to the doctor
doc: writing down why I decided something matters as much as what I decided
doc> record what was agreed with the patient, in the patient's own words
[clause] {C}. | I learned that {c}. | It struck me that {c}. | Take-away: {c}. | Realised that {c}.
[situated clause] In {s}, {c}. | From the case about {subject}: {c}. | After {case}: {c}.
[intent] Next time I will {c}. | Try to {c}. | Goal for the coming weeks: {c}. | Voornemen: {c}.
[situated intent] In {s}, I want to {c}. | Next time, in {s}: {c}.
[group] The group helped me see that {c}. | Hearing the others, I realised that {c}.
[tail] most of the group recognised this | still working on this | also outside general practice
something to bring to my supervisor | easier said than done | true on the ward as well
[opener] {p} presented {case}. | Case of the day, brought by {p}: {case}.
{p} brought {case}; the group chose it over two other cases.
[affected] {p} seemed more affected by it than the story let on.
{p} was close to tears at the end; we spoke briefly afterwards and that felt enough for now.
{p} visibly relaxed once the group took the case over. | Good to see {p} dare to show doubt.
{p} kept saying "it was fine", but the case clearly was not fine.
[dynamics] Lively group today, a lot of recognition. | Humour helped after a heavy start.
Energy was low, end of a long clinical week; fewer associations than usual.
Some jumped to advice quickly; twice I brought them back to the relationship with the patient.
The group stayed with the feelings instead of solving the medical problem. Fijn om te zien.
A few questions turned into an interrogation and I stepped in to protect {p}.
Veilig klimaat: people shared more than before. | Much recognition around {subject}.
[quiet] {q} was quiet again; check in before the next session. | {q} seemed distracted today.
{q} said nothing until the final round, then made the sharpest observation of the day.
{q} hardly spoke. Tired, or did the case touch something? | Nice that {q} spoke up more.
[late] {l} came in late, which broke the flow for a moment. | {l} arrived late from a ward round.
[left early] {l} had to leave early for a shift. | {l} left before the closing round (on call).
[over time] We ran over in "{phase}"; I extended rather than cut the discussion off.
"{phase}" ran {minutes} min over the plan, and the group needed that time.
[pause] One short interruption mid-session (a pager). | We paused once for a fire alarm test.
[on time] Kept to time without effort. | Op tijd klaar, though the closing round felt rushed.
[next time] Volgende keer: start with a check-in round. | Come back to {subject} in a few weeks.
Next time: remind them of the ground rule about advice. | More room for the silent phase.
[actions] F: Send the group today's learning points | F: Book a quieter room for the next session
F: Share a short article on {subject} before the next session
F: Check in with {q} about how the placement is going
M: Bring a follow-up of the case to the next session | M: Prepare a case for the next session
M: Ask the supervisor for ten minutes to talk the case through
[follow-up] Much more open than at the start; now asks the questions that help the presenter.
Tends to give advice quickly. We talked about it; wants to practise open questions.
Goed gesprek gehad over de rol als coassistent; voelt zich nu meer onderdeel van het team.
Looked tired for several weeks. Says the rota is heavy but manageable. Keep an eye on it.
[missed] Asked how the placement is going; we agreed that I hear in advance next time.
[after presenting] Said afterwards that the group helped to see the patient differently.
Seemed shaken afterwards; we talked for ten minutes and agreed to check in next week.
[no presenter] the presenter
[chose] The group chose {case}.
[quieter] the quieter members
[missed count] Missed {missed} of {held} sessions so far.
[presented] Presented the case about {subject}.
[after session] After session {number}: {text}
"""


@dataclass(frozen=True, slots=True)
class Words:
    """One language's phrase banks. Every language's have the same shape (the same
    number of topics, cases, lessons and frames, the lessons tagged alike), so the same
    random stream picks the same structure whatever the words."""

    topics: tuple[Topic, ...]
    bank: dict[str, tuple[str, ...]]
    lessons: tuple[Lesson, ...]  # the general ones, not tied to a topic


def words_from(topics: str, bank: str) -> Words:
    """Phrase banks from text in the notation above."""
    sections = _sections(bank)
    return Words(
        tuple(_topic(name, lines) for name, lines in _sections(topics)),
        {n: tuple(i for line in ls for i in line.split(" | ")) for n, ls in sections},
        tuple(one for line in dict(sections)["lessons"] for one in _lessons(line)),
    )


ENGLISH = words_from(_TOPICS, _BANK)
AWAY = (AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED)


def _point(
    topic: Topic | None, specific: bool, lesson: Lesson, rng: random.Random, words: Words
) -> PointPlan:
    """A framed lesson, tagged with its gain (and the topic's experience if it names it)."""
    gain, lesson_text, intention = lesson
    situated = topic is not None and (specific or rng.random() < 0.4)
    themes = [gain]
    frames = "intent" if intention else "clause"
    if not intention and gain != THEMES["others"] and rng.random() < 0.1:
        frames = "group"
        themes.append(THEMES["others"])
    elif situated and rng.random() < 0.5:
        frames = f"situated {frames}"
    if topic and (specific or frames.startswith("situated")):
        themes.insert(0, topic.experience)  # the words speak of the topic
    fill = {"c": lesson_text, "C": lesson_text[:1].upper() + lesson_text[1:]}
    if topic:
        fill |= {"s": rng.choice(topic.situations), "case": rng.choice(topic.cases)}
        fill["subject"] = topic.subject
    text = rng.choice(words.bank[frames]).format(**fill)
    if rng.random() < 0.12:
        text = f"{text[:-1]} — {rng.choice(words.bank['tail'])}."
    shareable = rng.random() < (0.6 if gain == THEMES["self"] else 0.88)
    return PointPlan(text, shareable, tuple(dict.fromkeys(themes)))


def _points(
    topics: list[Topic], count: int, rng: random.Random, words: Words
) -> tuple[PointPlan, ...]:
    """Most on the session's topics; a lesson comes back once the others are used up."""
    found: dict[str, PointPlan] = {}
    used: Counter[Lesson] = Counter()
    for tries in range(count * 100):
        if len(found) == count:
            break
        topic = rng.choice(topics) if rng.random() < 0.75 else None
        specific = topic is not None and rng.random() < 0.5
        lesson = rng.choice(topic.lessons if topic and specific else words.lessons)
        if used[lesson] <= tries // 40:
            point = _point(topic, specific, lesson, rng, words)
            used[lesson] += point.text not in found
            found.setdefault(point.text, point)
    return tuple(found.values())


def _timekeeping(meeting: SessionPlan, rng: random.Random, words: Words) -> list[str]:
    """From the clock's own history: the phase extended most, a pause, or on time."""
    phase, extended = 0, Counter[int]()
    for event in meeting.events:
        phase += (event.kind is ClockEventKind.NEXT) - (event.kind is ClockEventKind.BACK)
        extended[phase] += event.amount or 0
    said = []
    where, seconds = extended.most_common(1)[0]
    if seconds:
        name = meeting.phases[where].phase.name
        said.append(rng.choice(words.bank["over time"]).format(phase=name, minutes=seconds // 60))
    if any(event.kind is ClockEventKind.PAUSE for event in meeting.events):
        said.append(rng.choice(words.bank["pause"]))
    return said or [rng.choice(words.bank["on time"])]


def _name(person: PersonPlan) -> str:
    return person.display_name.split()[0]  # a member's given name


def _private_note(
    meeting: SessionPlan, topic: Topic, there: list[PersonPlan], rng: random.Random, words: Words
) -> str:
    """The case, the presenter, the group, who was quiet or late, the time, next time."""
    others = [person for person in there if person != meeting.presenter] or there
    bank = words.bank
    presenter = _name(meeting.presenter) if meeting.presenter else bank["no presenter"][0]
    quiet = _name(rng.choice(others)) if others else ""
    case = rng.choice(topic.cases)
    opening = [rng.choice(bank["opener"]) if meeting.presenter else bank["chose"][0]]
    if meeting.presenter and rng.random() < 0.55:
        opening.append(rng.choice(bank["affected"]))
    group = [rng.choice(bank["dynamics"])] if rng.random() < 0.8 else []
    if others and rng.random() < 0.5:
        group.append(rng.choice(bank["quiet"]))
    sections = {AttendanceStatus.LATE: "late", AttendanceStatus.LEFT_EARLY: "left early"}
    for person, status in meeting.attendance:
        if status in sections and person in there and rng.random() < 0.5:
            group.append(rng.choice(bank[sections[status]]).replace("{l}", _name(person)))
    group += _timekeeping(meeting, rng, words)
    closing = [rng.choice(bank["next time"])] if rng.random() < 0.5 else []
    text = "\n\n".join(" ".join(part) for part in (opening, group, closing) if part)
    return text.format(p=presenter, q=quiet, subject=topic.subject, case=case)


def _actions(
    meeting: SessionPlan, topic: Topic, there: list[PersonPlan], rng: random.Random, words: Words
) -> tuple[ActionPlan, ...]:
    """For the facilitator or a member who was there, due a week or two on; most done."""
    found: dict[str, ActionPlan] = {}
    for line in rng.sample(words.bank["actions"], rng.choice((1, 1, 2))):
        who, text = line.split(": ", 1)
        owner = None
        if who == "M" and there:
            owner = (meeting.presenter if rng.random() < 0.6 else None) or rng.choice(there)
        quiet = _name(rng.choice(there)) if there else words.bank["quieter"][0]
        text = text.format(subject=topic.subject, q=quiet)
        due_on = meeting.planned_start.date() + timedelta(days=rng.choice((7, 14)))
        done = rng.random() < (0.8 if due_on < DEMO_TODAY else 0.1)
        found.setdefault(text, ActionPlan(text, owner, due_on, done))
    return tuple(found.values())


Held = tuple[Topic, SessionPlan, datetime]  # a finished session, its topic and its end


def plan_notes(
    groups: list[GroupPlan],
    meetings: list[SessionPlan],
    rng: random.Random,
    density: NotesDensity = LARGE_NOTES,
    words: Words = ENGLISH,
) -> tuple[list[SessionNotesPlan], list[MemberNotePlan]]:
    """Notes for each finished session, then follow-up notes about a few members a group,
    in the language of ``words``."""
    members = [{m.person for m in group.members if m.role is Role.MEMBER} for group in groups]
    sessions: list[SessionNotesPlan] = []
    held: list[list[Held]] = [[] for _ in groups]
    for index, meeting in enumerate(meetings):
        if meeting.ended_at is None:
            continue
        topic = rng.choice(words.topics)
        held[meeting.group].append((topic, meeting, meeting.ended_at))
        chosen = [topic, rng.choice(words.topics)] if rng.random() < 0.3 else [topic]
        there = [p for p, s in meeting.attendance if s not in AWAY and p in members[meeting.group]]
        count = rng.randint(*density.group_points)
        count += sum(rng.randint(*density.points_per_member) for _ in there)
        points = _points(chosen, count, rng, words)
        actions: tuple[ActionPlan, ...] = ()
        if rng.random() < density.action_chance:
            actions = _actions(meeting, topic, there, rng, words)
        gains = Counter(theme for point in points for theme in point.themes if theme in GAIN_KEYS)
        top = [theme for theme, _ in gains.most_common(rng.choice((1, 2)))]
        themes = tuple(dict.fromkeys([t.experience for t in chosen] + top))
        written = meeting.ended_at + timedelta(minutes=rng.randint(5, 45))
        private = _private_note(meeting, topic, there, rng, words)
        sessions.append(SessionNotesPlan(index, private, points, actions, themes, written))
    notes: list[MemberNotePlan] = []
    for index, group in enumerate(groups):
        count = rng.randint(*density.member_notes)
        notes += _member_notes(index, group, held[index], count, rng, words=words)
    return sessions, notes


def _member_notes(
    index: int, group: GroupPlan, held: list[Held], count: int, rng: random.Random, *, words: Words
) -> list[MemberNotePlan]:
    """Poor attenders first; entries headed by the session (in the series) they followed."""
    missed = Counter(p for _, m, _ in held for p, status in m.attendance if status in AWAY)
    poor = max(2, len(held) // 4)
    people = [m.person for m in group.members if m.role is Role.MEMBER]
    people.sort(key=lambda person: (missed[person] < poor, rng.random()))
    notes, bank = [], words.bank
    for person in people[:count] if held else ():
        entries: list[tuple[int, str]] = []
        if missed[person] >= poor:
            said = bank["missed count"][0].format(missed=missed[person], held=len(held))
            said += " " + bank["missed"][0]
            entries.append((len(held), said))
        presented = [n for n, (_, m, _) in enumerate(held, 1) if m.presenter == person]
        if presented and rng.random() < 0.6:
            n = rng.choice(presented)
            after = rng.choice(bank["after presenting"])
            about = bank["presented"][0].format(subject=held[n - 1][0].subject)
            entries.append((n, f"{about} {after}"))
        for text in rng.sample(bank["follow-up"], rng.randint(0 if entries else 1, 2)):
            entries.append((rng.randint(1, len(held)), text))
        entries.sort()
        heading = bank["after session"][0]
        body = "\n\n".join(heading.format(number=n, text=text) for n, text in entries)
        written = held[entries[-1][0] - 1][2] + timedelta(hours=rng.randint(1, 30))
        notes.append(MemberNotePlan(index, person, body, written))
    return notes
