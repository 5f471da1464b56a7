"""Plans for the demo databases: fictional people and groups as plain data.

Pure Python, deterministic for a given random.Random: the demo's writers
(reflectdesk/demo/build.py) turn these plans into rows. Names mix Dutch (with
particles and IJ), Turkish, Greek, Moroccan-Dutch, Polish and English origins, so every
screen and export meets the names real cohorts have.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal

from reflectdesk.core.model import Role
from reflectdesk.core.names import guess_family_name

# The demo's "today": the start of the second block of the 2026-27 academic year.
DEMO_TODAY = date(2026, 11, 2)

LARGE_GROUPS = 60
LARGE_MEMBERS_PER_GROUP = 10
LARGE_ARCHIVED_GROUPS = 9


@dataclass(frozen=True, slots=True)
class PersonPlan:
    display_name: str
    family_name: str = ""  # set only where guessing from the display name goes wrong


@dataclass(frozen=True, slots=True)
class MemberPlan:
    person: PersonPlan
    role: Role
    joined_on: date


@dataclass(frozen=True, slots=True)
class GroupPlan:
    name: str
    format_key: str
    setting: str
    planned_sessions: int
    attendance_required: int | None
    ground_rules: str
    starts_on: date
    archived_at: datetime | None
    members: tuple[MemberPlan, ...]
    language: str | None = None  # what the group shows its content in; None: the app's


# --- ground rules ----------------------------------------------------------------------

GROUND_RULES_EN = """\
What is said in this group stays in this group.
We tell cases without names or other details that could identify a patient or colleague.
The presenter decides how much to share; we listen first and ask open questions.
We do not judge, give unasked advice or discuss a case outside the session.
Phones are silent and out of sight."""

GROUND_RULES_BALINT = """\
Confidentiality: nothing said here is repeated outside the group.
Cases are told from memory, without notes and without identifying details.
We look at the relationship between doctor and patient, not at solving the medical problem.
The presenter may sit back and listen while the group reflects.
Everyone comes to every session, or lets the leader know in advance."""

GROUND_RULES_NL = """\
Wat in de groep besproken wordt, blijft in de groep.
Casuïstiek wordt zonder namen of herleidbare gegevens van patiënten ingebracht.
We stellen open vragen, oordelen niet en geven pas advies als de inbrenger daarom vraagt.
Iedereen bepaalt zelf wat hij of zij deelt.
Afmelden doe je vooraf bij de begeleider."""


# --- the small demo --------------------------------------------------------------------


def _leaders(people: Sequence[PersonPlan], joined_on: date) -> list[MemberPlan]:
    """A group's leaders: the first facilitates, any others co-facilitate."""
    return [
        MemberPlan(person, Role.FACILITATOR if index == 0 else Role.CO_FACILITATOR, joined_on)
        for index, person in enumerate(people)
    ]


def _members(
    starts_on: date, facilitators: list[str], members: list[str | PersonPlan]
) -> tuple[MemberPlan, ...]:
    leaders = [PersonPlan(name) for name in facilitators]
    plans = _leaders(leaders, starts_on - timedelta(days=14))
    for member in members:
        person = member if isinstance(member, PersonPlan) else PersonPlan(member)
        plans.append(MemberPlan(person, Role.MEMBER, starts_on))
    return tuple(plans)


def plan_small_groups() -> list[GroupPlan]:
    """Three groups a facilitator in a Dutch medical school might run this term."""
    balint_start = DEMO_TODAY - timedelta(days=21)
    crs_start = DEMO_TODAY - timedelta(days=42)
    intervision_start = DEMO_TODAY - timedelta(days=63)
    return [
        GroupPlan(
            name="Balint group — GP placement block 2",
            format_key="balint-one-case",
            setting="GP placement, block 2",
            planned_sessions=6,
            attendance_required=5,
            ground_rules=GROUND_RULES_BALINT,
            starts_on=balint_start,
            archived_at=None,
            members=_members(
                balint_start,
                ["dr. Marieke van der Linden", "Thomas Wright"],
                [
                    "IJsbrand van den Eertwegh",
                    "Sanne de Vries",
                    "Hüseyin İkiz",
                    "Ελένη Γεωργίου",
                    "Emily Thompson",
                    PersonPlan("Yassine El Amrani", "El Amrani"),
                    "Lotte Bakker",
                    "Agnieszka Wiśniewska",
                    "Daan van 't Hof",
                ],
            ),
        ),
        GroupPlan(
            name="Collaborative reflection — Leiden cohort 2026",
            format_key="collaborative-reflection",
            setting="GP placement, block 2",
            planned_sessions=8,
            attendance_required=6,
            ground_rules=GROUND_RULES_EN,
            starts_on=crs_start,
            archived_at=None,
            members=_members(
                crs_start,
                ["Jeroen Visser"],
                [
                    "Femke ter Horst",
                    "Ayşe Çelik",
                    "Νίκος Παπαδόπουλος",
                    "Oliver Hughes",
                    "Noor in 't Veld",
                    "Imane Bouzid",
                    "Bram de Jong",
                    "Zeynep Kaya",
                    "Piotr Nowak",
                    "Charlotte Evans",
                ],
            ),
        ),
        GroupPlan(
            name="Intervisie AIOS huisartsgeneeskunde",
            format_key="intervision-incident",
            setting="Huisartsopleiding, jaar 2",
            planned_sessions=8,
            attendance_required=6,
            ground_rules=GROUND_RULES_NL,
            starts_on=intervision_start,
            archived_at=None,
            members=_members(
                intervision_start,
                ["Anouk Smit", "Gökhan Demir"],
                [
                    "Şükrü Öztürk",
                    "Roos IJzerman",
                    "Joris van Dijk",
                    "Κατερίνα Οικονόμου",
                    PersonPlan("Fatima Ait Taleb", "Ait Taleb"),
                    "Wouter ten Brink",
                    "Elif Yılmaz",
                    "Maartje de Boer",
                ],
            ),
        ),
    ]


# --- the large demo --------------------------------------------------------------------

Gender = Literal["f", "m"]


@dataclass(frozen=True, slots=True)
class _Origin:
    """Given names with their gender and family names as (masculine, feminine) forms."""

    weight: int
    given: tuple[tuple[str, Gender], ...]
    family: tuple[tuple[str, str], ...]


def _family(text: str) -> tuple[tuple[str, str], ...]:
    """Comma-separated family names; "Kowalski/Kowalska" gives both forms."""
    forms = [name.strip().partition("/") for name in text.split(",")]
    return tuple((masculine, feminine or masculine) for masculine, _, feminine in forms)


def _given(female: str, male: str) -> tuple[tuple[str, Gender], ...]:
    women: list[tuple[str, Gender]] = [(name, "f") for name in female.split()]
    men: list[tuple[str, Gender]] = [(name, "m") for name in male.split()]
    return tuple(women + men)


ORIGINS: tuple[_Origin, ...] = (
    _Origin(  # Dutch
        38,
        _given(
            "Sanne Femke Lotte Anouk Maartje Eline Floor Noor Roos Marieke Lieke Iris Fleur Esmée",
            "Daan IJsbrand Bram Ruben Jesse Thijs Sven Joris Wouter Stijn Koen Jeroen Sjoerd Gijs",
        ),
        _family(
            "de Vries, van den Eertwegh, van 't Hof, ter Horst, Jansen, de Jong, Bakker, Visser, "
            "Smit, van Dijk, van der Meer, Mulder, de Boer, Bos, Vos, Hendriks, van Leeuwen, "
            "Dekker, van der Linden, IJzerman, Kok, Verhoeven, ten Brink, in 't Veld, "
            "op den Akker, Brouwer, van IJzendoorn"
        ),
    ),
    _Origin(  # Turkish
        12,
        _given(
            "Ayşe Elif Zeynep Büşra Çağla İlayda Merve Gülşen",
            "Hüseyin Şükrü Mehmet Emre Oğuz Gökhan Yusuf Barış",
        ),
        _family(
            "İkiz, Çelik, Öztürk, Yılmaz, Kaya, Demir, Şahin, Aydın, Arslan, Doğan, Kılıç, Koç, "
            "Güneş, Özdemir"
        ),
    ),
    _Origin(  # Moroccan-Dutch
        12,
        _given(
            "Fatima Imane Nadia Khadija Salma Houda Samira Najoua",
            "Mohamed Yassine Soufiane Bilal Anass Ilias Hamza Ayoub",
        ),
        _family(
            "El Amrani, Bouzid, Ait Taleb, El Khattabi, Ouali, Benali, Azzouzi, El Idrissi, "
            "Boukhari, Chaouki, Tahiri, Ziani"
        ),
    ),
    _Origin(  # English
        14,
        _given(
            "Emily Charlotte Amelia Grace Sophie Hannah Olivia Chloe",
            "Oliver James Harry Thomas Jack William George Samuel",
        ),
        _family(
            "Smith, Taylor, Brown, Wilson, Evans, Thompson, Walker, Roberts, Wright, Hughes, "
            "O'Brien, Patel, Clarke, MacLeod"
        ),
    ),
    _Origin(  # Greek: feminine family names take the genitive form
        10,
        _given(
            "Ελένη Μαρία Κατερίνα Σοφία Αθηνά Δήμητρα",
            "Νίκος Γιώργος Δημήτρης Κώστας Γιάννης Παναγιώτης",
        ),
        _family(
            "Παπαδόπουλος/Παπαδοπούλου, Γεωργίου, Οικονόμου, Παπαδάκης/Παπαδάκη, "
            "Καραγιάννης/Καραγιάννη, Βασιλείου, Νικολάου, Αντωνίου"
        ),
    ),
    _Origin(  # Polish: -ski/-ska
        14,
        _given(
            "Agnieszka Katarzyna Małgorzata Zofia Joanna Magdalena",
            "Piotr Tomasz Krzysztof Michał Paweł Łukasz",
        ),
        _family(
            "Kowalski/Kowalska, Wiśniewski/Wiśniewska, Nowak, Wójcik, Kamiński/Kamińska, "
            "Lewandowski/Lewandowska, Zieliński/Zielińska, Woźniak, Dąbrowski/Dąbrowska, "
            "Szymański/Szymańska"
        ),
    ),
)

# Facilitators lead several groups each, as they do in a real programme.
FACILITATORS: tuple[PersonPlan, ...] = tuple(
    PersonPlan(name, "El Ouardi" if name.endswith("El Ouardi") else "")
    for name in (
        "dr. Marieke van der Linden",
        "Thomas Wright",
        "Jeroen Visser",
        "Anouk Smit",
        "Gökhan Demir",
        "dr. Hans Verhoeven",
        "Ingrid de Graaf",
        "Rachida El Ouardi",
        "dr. Sophia Andreou",
        "Pieter-Jan van Beek",
        "Margaret Sullivan",
        "Hatice Aksoy",
        "dr. Willemijn ter Steege",
        "Marcin Zając",
        "Annelies Hoekstra",
        "Bart Lammers",
        "dr. Karin Oosterhuis",
        "Michiel van Rossum",
    )
)

SITES = (
    "Leiden",
    "Utrecht",
    "Maastricht",
    "Groningen",
    "Nijmegen",
    "Rotterdam",
    "Amsterdam",
    "Zwolle",
    "Den Haag",
    "Tilburg",
    "Enschede",
    "Haarlem",
)


@dataclass(frozen=True, slots=True)
class _Kind:
    """A kind of group: its format, how it is named and where it runs."""

    format_key: str
    name: str  # with {site}, {year}, {block} and {letter} fields
    settings: tuple[str, ...]
    ground_rules: str


KINDS: tuple[_Kind, ...] = (
    _Kind(
        "balint-one-case",
        "Balint group {letter} — {site}, block {block}",
        ("GP placement, block {block}", "Psychiatry clerkship", "Internal medicine clerkship"),
        GROUND_RULES_BALINT,
    ),
    _Kind(
        "balint-two-cases",
        "Balint group for residents — {site} {letter}",
        ("Residents in general practice", "Residents in psychiatry"),
        GROUND_RULES_BALINT,
    ),
    _Kind(
        "collaborative-reflection",
        "Collaborative reflection — {site} cohort {year}",
        ("GP placement, block {block}", "Paediatrics clerkship", "Surgical clerkship"),
        GROUND_RULES_EN,
    ),
    _Kind(
        "intervision-incident",
        "Intervisie AIOS huisartsgeneeskunde — {site} {letter}",
        ("Huisartsopleiding, jaar 1", "Huisartsopleiding, jaar 2", "Huisartsopleiding, jaar 3"),
        GROUND_RULES_NL,
    ),
    _Kind(
        "intervision-socratic",
        "Intervisie ouderengeneeskunde — {site} {letter}",
        ("Opleiding specialist ouderengeneeskunde",),
        GROUND_RULES_NL,
    ),
    _Kind(
        "intervision-problem-solving",
        "Intervision for junior doctors — {site} {letter}",
        ("Junior doctors not in training (ANIOS)", "Emergency department"),
        GROUND_RULES_EN,
    ),
    _Kind(
        "co-creation-bulletin",
        "Learning bulletin co-creation — {site} {year}",
        ("Master's year 1, clinical rotations", "Master's year 3, senior clerkship"),
        GROUND_RULES_EN,
    ),
)


def _person(rng: random.Random, taken: set[str]) -> PersonPlan:
    """A fictional name: mostly given and family name of one origin, sometimes mixed."""
    weights = [origin.weight for origin in ORIGINS]
    while True:
        origin = rng.choices(ORIGINS, weights)[0]
        given, gender = rng.choice(origin.given)
        # About one in eight people carry a family name from another background.
        family_origin = rng.choices(ORIGINS, weights)[0] if rng.random() < 0.125 else origin
        masculine, feminine = rng.choice(family_origin.family)
        family = feminine if gender == "f" else masculine
        display = f"{given} {family}"
        if display not in taken:
            taken.add(display)
            stored = "" if guess_family_name(display) == family else family
            return PersonPlan(display, stored)


def _group_name(rng: random.Random, kind: _Kind, year: int, taken: set[str]) -> tuple[str, int]:
    while True:
        block = rng.randint(1, 4)
        name = kind.name.format(
            site=rng.choice(SITES), year=year, block=block, letter=rng.choice("ABCDE")
        )
        if name not in taken:
            taken.add(name)
            return name, block


def plan_large_groups(rng: random.Random, kinds: Sequence[_Kind] = KINDS) -> list[GroupPlan]:
    """Sixty groups of ten members over two academic years; the oldest are archived."""
    taken_people = {person.display_name for person in FACILITATORS}
    taken_names: set[str] = set()
    facilitators = list(FACILITATORS)
    # Start dates spread over fourteen months before DEMO_TODAY, oldest first.
    offsets = sorted((rng.randrange(0, 61) * 7 for _ in range(LARGE_GROUPS)), reverse=True)
    plans: list[GroupPlan] = []
    for index, offset in enumerate(offsets):
        starts_on = DEMO_TODAY - timedelta(days=offset)
        kind = rng.choice(kinds)
        year = starts_on.year if starts_on.month >= 9 else starts_on.year - 1
        name, block = _group_name(rng, kind, year, taken_names)
        planned = rng.choice((6, 8))
        required: int | None = planned - (1 if planned == 6 else 2)
        if rng.random() < 0.1:
            required = None  # some programmes keep no attendance rule
        members = _leaders(rng.sample(facilitators, rng.choice((1, 1, 2))), starts_on)
        for _ in range(LARGE_MEMBERS_PER_GROUP):
            # A few join a week or two after the first session.
            late = timedelta(days=rng.choice((0,) * 9 + (7, 14)))
            members.append(MemberPlan(_person(rng, taken_people), Role.MEMBER, starts_on + late))
        archived_at = None
        if index < LARGE_ARCHIVED_GROUPS:
            ended = starts_on + timedelta(weeks=2 * planned + 1)
            archived_at = datetime.combine(ended, time(16, 30), tzinfo=UTC)
        plans.append(
            GroupPlan(
                name=name,
                format_key=kind.format_key,
                setting=rng.choice(kind.settings).format(block=block),
                planned_sessions=planned,
                attendance_required=required,
                ground_rules=kind.ground_rules,
                starts_on=starts_on,
                archived_at=archived_at,
                members=tuple(members),
            )
        )
    return plans
