# ruff: noqa: E501
"""The demo in Dutch: the words a person reads, put in place of the English ones.

Everything is planned exactly as in English (the same random draws, the same counts and
structure), then the words are swapped: group names, settings and ground rules, places,
phase names, written evaluation answers (here), and the notes' phrase banks
(demo/dutch_notes.py). People's names stay as they are. The Dutch groups are set to
Dutch ("nl"), so their sessions show Dutch phases, cards and questionnaires.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reflectdesk.core.local_text import LocalText
from reflectdesk.demo.plans import (
    GROUND_RULES_BALINT,
    GROUND_RULES_EN,
    GROUND_RULES_NL,
    KINDS,
    GroupPlan,
)
from reflectdesk.demo.sessions import SessionPlan
from reflectdesk.store.bulk_records import BulkPhase, BulkResponse

DUTCH = "nl"

GROUND_RULES_BALINT_NL = """\
Vertrouwelijkheid: wat hier gezegd wordt, herhalen we niet buiten de groep.
Casussen vertel je uit je hoofd, zonder aantekeningen en zonder herleidbare gegevens.
We kijken naar de relatie tussen arts en patiënt, niet naar het oplossen van het medische probleem.
De inbrenger mag achteroverleunen en luisteren terwijl de groep reflecteert.
Iedereen is bij elke bijeenkomst, of meldt zich vooraf af bij de begeleider."""

GROUND_RULES_GENERAL_NL = """\
Wat in deze groep gezegd wordt, blijft in deze groep.
We brengen casussen in zonder namen of andere gegevens die een patiënt of collega herkenbaar maken.
De inbrenger bepaalt hoeveel hij of zij deelt; we luisteren eerst en stellen open vragen.
We oordelen niet, geven geen ongevraagd advies en bespreken een casus niet buiten de bijeenkomst.
Telefoons staan op stil en liggen uit het zicht."""

# Each English text with its Dutch; what is not listed (already Dutch) stays.
WORDS: dict[str, str] = {
    GROUND_RULES_BALINT: GROUND_RULES_BALINT_NL,
    GROUND_RULES_EN: GROUND_RULES_GENERAL_NL,
    GROUND_RULES_NL: GROUND_RULES_NL,
    # the small demo's groups
    "Balint group — GP placement block 2": "Balintgroep — huisartsstage blok 2",
    "Collaborative reflection — Leiden cohort 2026": "Gezamenlijke reflectie — cohort Leiden 2026",
    "Intervisie AIOS huisartsgeneeskunde": "Intervisie aios huisartsgeneeskunde",
    "GP placement, block 2": "Huisartsstage, blok 2",
    # places (demo/sessions.py PLACES)
    "Seminar room 2.14": "Werkgroepzaal 2.14",
    "Room B-1.07, education centre": "Zaal B-1.07, onderwijscentrum",
    "Library study room 3": "Studieruimte 3, bibliotheek",
    "Skills lab, room 4": "Skillslab, ruimte 4",
    "Online (video call)": "Online (videobellen)",
    # takeaways in evaluations (demo/evaluations.py TAKEAWAYS)
    "That I am not the only one who lies awake after a difficult call.": "Dat ik niet de enige ben die wakker ligt na een moeilijk telefoontje.",
    "Asking what the patient fears before explaining the plan.": "Vragen waar de patiënt bang voor is voordat ik het plan uitleg.",
    "Pausing before I answer a family's angry question.": "Even wachten voordat ik antwoord geef op een boze vraag van de familie.",
    "It's okay to not know and to say so.": "Het mag dat je iets niet weet, en dat je dat zegt.",
    "Hearing how others handled a bad-news conversation.": "Horen hoe anderen een slechtnieuwsgesprek aanpakten.",
    "Notice my own irritation earlier.": "Mijn eigen irritatie eerder opmerken.",
    "The silence in the group said more than the advice.": "De stilte in de groep zei meer dan de adviezen.",
    "A colleague's story about a patient who refused treatment.": "Het verhaal van een collega over een patiënt die behandeling weigerde.",
    "To check what the patient already knows.": "Nagaan wat de patiënt al weet.",
    "Less rushing at the end of a consultation.": "Minder haast aan het eind van een consult.",
    "That reflecting together costs less energy than I thought.": "Dat samen reflecteren minder energie kost dan ik dacht.",
    "Write down one thing that went well each day.": "Elke dag één ding opschrijven dat goed ging.",
    "Boundaries with demanding relatives.": "Grenzen stellen bij veeleisende familie.",
    "How much the ward's atmosphere affects me.": "Hoeveel de sfeer op de afdeling met me doet.",
    "I want to bring my own case next time.": "Volgende keer wil ik zelf een casus inbrengen.",
    "Empathy is a skill, not only a trait.": "Empathie is een vaardigheid, niet alleen een eigenschap.",
    "Listening without fixing.": "Luisteren zonder meteen op te lossen.",
    # the facilitator's remarks in the conditions check (demo/evaluations.py REMARKS)
    "Pager went off twice; two members left early.": "Pieper ging twee keer; twee groepsleden moesten eerder weg.",
    "Room too warm, windows would not open.": "Ruimte te warm, de ramen konden niet open.",
    "New member joined; the group was more careful today.": "Nieuw groepslid erbij; de groep was vandaag voorzichtiger.",
    "Started ten minutes late after the ward round ran over.": "Tien minuten later begonnen, de visite liep uit.",
    "Very open session; the case touched everyone.": "Heel open bijeenkomst; de casus raakte iedereen.",
    "Two members dominated the analysis; address next time.": "Twee groepsleden domineerden de analyse; volgende keer benoemen.",
    "Night shifts this week: people were tired.": "Nachtdiensten deze week: mensen waren moe.",
    "Online session, connection dropped once.": "Online bijeenkomst, de verbinding viel één keer weg.",
}

# The large demo's kinds of group by format: name template and settings, in the same
# number and order as plans.KINDS (the same random draws pick them).
_KIND_WORDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "balint-one-case": (
        "Balintgroep {letter} — {site}, blok {block}",
        ("Huisartsstage, blok {block}", "Coschap psychiatrie", "Coschap interne geneeskunde"),
    ),
    "balint-two-cases": (
        "Balintgroep voor aios — {site} {letter}",
        ("Aios huisartsgeneeskunde", "Aios psychiatrie"),
    ),
    "collaborative-reflection": (
        "Gezamenlijke reflectie — cohort {site} {year}",
        ("Huisartsstage, blok {block}", "Coschap kindergeneeskunde", "Coschap heelkunde"),
    ),
    "intervision-incident": (
        "Intervisie aios huisartsgeneeskunde — {site} {letter}",
        ("Huisartsopleiding, jaar 1", "Huisartsopleiding, jaar 2", "Huisartsopleiding, jaar 3"),
    ),
    "intervision-socratic": (
        "Intervisie ouderengeneeskunde — {site} {letter}",
        ("Opleiding specialist ouderengeneeskunde",),
    ),
    "intervision-problem-solving": (
        "Intervisie anios — {site} {letter}",
        ("Anios (arts niet in opleiding)", "Spoedeisende hulp"),
    ),
    "co-creation-bulletin": (
        "Leernieuwsbrief in co-creatie — {site} {year}",
        ("Master jaar 1, coschappen", "Master jaar 3, semi-artsstage"),
    ),
}

DUTCH_KINDS = tuple(
    replace(
        kind,
        name=_KIND_WORDS[kind.format_key][0],
        settings=_KIND_WORDS[kind.format_key][1],
        ground_rules=WORDS[kind.ground_rules],
    )
    for kind in KINDS
)


def _dutch(text: str) -> str:
    return WORDS.get(text, text)


def dutch_groups(plans: Sequence[GroupPlan]) -> list[GroupPlan]:
    """The groups in Dutch, each set to show its content in Dutch."""
    return [
        replace(
            plan,
            name=_dutch(plan.name),
            setting=_dutch(plan.setting),
            ground_rules=_dutch(plan.ground_rules),
            language=DUTCH,
        )
        for plan in plans
    ]


def _phase(run: BulkPhase) -> BulkPhase:
    phase = run.phase
    name, cue = (
        text.text(DUTCH) if isinstance(text, LocalText) else text
        for text in (phase.name, phase.cue)
    )
    return replace(run, phase=replace(phase, name=name, cue=cue))


def dutch_sessions(meetings: Sequence[SessionPlan]) -> list[SessionPlan]:
    """The sessions' places and phases in Dutch (the format's own Dutch phase names)."""
    return [
        replace(meeting, place=_dutch(meeting.place), phases=tuple(map(_phase, meeting.phases)))
        for meeting in meetings
    ]


def dutch_responses(responses: Sequence[BulkResponse]) -> list[BulkResponse]:
    """The written answers in Dutch; answers in Greek or Turkish stay as they were."""
    return [
        replace(response, texts=tuple((key, _dutch(text)) for key, text in response.texts))
        for response in responses
    ]
