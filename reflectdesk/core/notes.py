"""Notes as plain records: private notes, learning points, actions and themes, the checks
typed text must pass before it is stored, and the study's built-in themes.

Pure Python. Private text (titles and bodies of private notes) is kept out of ``repr()``
so that it cannot end up in a log line or a traceback.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from reflectdesk.core.errors import N_, InvalidInputError, words
from reflectdesk.core.local_text import LocalText, text_in
from reflectdesk.core.model import ThemeKind, draft_of
from reflectdesk.core.names import fold
from reflectdesk.core.validation import clean_long_text, clean_name, clean_optional_line

PRIVATE_TITLE_MAX_LENGTH = 200
PRIVATE_BODY_MAX_LENGTH = 20_000
LEARNING_POINT_MAX_LENGTH = 500
ACTION_MAX_LENGTH = 300
THEME_NAME_MAX_LENGTH = 80


# -- private notes ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PrivateText:
    """The words of a private note: what passes through the vault seam."""

    title: str = field(default="", repr=False)
    body: str = field(default="", repr=False)


@dataclass(frozen=True, slots=True)
class PrivateNoteRecord:
    """A private note of a session (``person_id`` None) or a follow-up note about one
    member of a group (``session_id`` None)."""

    id: str
    session_id: str | None
    group_id: str | None
    person_id: str | None
    person_name: str | None
    title: str = field(repr=False)
    body: str = field(repr=False)
    created_at: datetime
    updated_at: datetime

    @property
    def text(self) -> PrivateText:
        return PrivateText(self.title, self.body)


def clean_private_text(text: PrivateText) -> PrivateText:
    """The text as it will be stored. Both parts may be empty: an autosave of a note
    whose words were all deleted must still succeed."""
    return PrivateText(
        title=clean_optional_line(
            text.title, field="title", label=N_("The title"), max_length=PRIVATE_TITLE_MAX_LENGTH
        ),
        body=clean_long_text(
            text.body, field="body", label=N_("The note"), max_length=PRIVATE_BODY_MAX_LENGTH
        ),
    )


# -- learning points and actions --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LearningPointDraft:
    """A short statement the group agreed on; ``shareable`` if it may leave the group."""

    text: str
    shareable: bool = False
    theme_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LearningPointRecord:
    id: str
    session_id: str
    group_id: str
    text: str
    shareable: bool
    theme_ids: tuple[str, ...]  # in theme order (see theme_sort_key)
    created_at: datetime
    updated_at: datetime

    def to_draft(self) -> LearningPointDraft:
        return draft_of(self, LearningPointDraft)


@dataclass(frozen=True, slots=True)
class ActionDraft:
    """Something to do after a session; ``owner_id`` None means the facilitator."""

    text: str
    owner_id: str | None = None
    due_on: date | None = None


@dataclass(frozen=True, slots=True)
class ActionRecord:
    id: str
    session_id: str
    group_id: str
    text: str
    owner_id: str | None
    owner_name: str | None  # None: the facilitator
    due_on: date | None
    done: bool

    def to_draft(self) -> ActionDraft:
        return draft_of(self, ActionDraft)


def unique_ids(ids: Iterable[str]) -> tuple[str, ...]:
    """The ids in their first order, without repeats."""
    return tuple(dict.fromkeys(ids))


def clean_learning_point_draft(draft: LearningPointDraft) -> LearningPointDraft:
    return LearningPointDraft(
        text=clean_name(
            draft.text,
            field="text",
            label=N_("The learning point"),
            max_length=LEARNING_POINT_MAX_LENGTH,
        ),
        shareable=bool(draft.shareable),
        theme_ids=unique_ids(draft.theme_ids),
    )


def clean_action_draft(draft: ActionDraft) -> ActionDraft:
    if draft.due_on is not None and (
        not isinstance(draft.due_on, date) or isinstance(draft.due_on, datetime)
    ):
        raise ValueError(f"due_on must be a date, not {draft.due_on!r}")
    return ActionDraft(
        text=clean_name(
            draft.text, field="text", label=N_("The action"), max_length=ACTION_MAX_LENGTH
        ),
        owner_id=draft.owner_id or None,
        due_on=draft.due_on,
    )


# -- themes -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ThemeDefinition:
    """A built-in theme: its stable key (kept when the user renames it) and name."""

    key: str
    kind: ThemeKind
    name: str


@dataclass(frozen=True, slots=True)
class ThemeRecord:
    id: str
    key: str
    name: str
    kind: ThemeKind
    builtin: bool
    archived: bool


@dataclass(frozen=True, slots=True)
class ThemeCount:
    """How often a group used a theme: sessions tagged and learning points tagged."""

    theme_id: str
    name: str
    kind: ThemeKind
    sessions: int
    learning_points: int


def _both(english: str, dutch: str) -> LocalText:
    return LocalText({"en": english, "nl": dutch})


# The experience themes and learning-gain themes found in the study of open-topic
# collaborative reflection sessions (Walinga et al., BMC Med Educ 2023;23:769). The keys
# never change; the names are the app's own wording and may be renamed by the user.
BUILTIN_THEMES: tuple[ThemeDefinition, ...] = (
    ThemeDefinition(
        "crs-exp-patient-interaction",
        ThemeKind.EXPERIENCE,
        _both("Interactions with patients", "Contact met patiënten"),
    ),
    ThemeDefinition(
        "crs-exp-complex-care",
        ThemeKind.EXPERIENCE,
        _both("Complex patient care", "Complexe patiëntenzorg"),
    ),
    ThemeDefinition(
        "crs-exp-diagnosis-treatment",
        ThemeKind.EXPERIENCE,
        _both(
            "Diagnostic or therapeutic considerations",
            "Diagnostische of therapeutische overwegingen",
        ),
    ),
    ThemeDefinition(
        "crs-exp-collegial-issues",
        ThemeKind.EXPERIENCE,
        _both("Dealing with colleagues", "Omgaan met collega's"),
    ),
    ThemeDefinition(
        "crs-gain-learning-from-others",
        ThemeKind.LEARNING_GAIN,
        _both("Learning from and with others", "Leren van en met anderen"),
    ),
    ThemeDefinition(
        "crs-gain-learning-to-learn",
        ThemeKind.LEARNING_GAIN,
        _both("Learning about learning", "Leren over leren"),
    ),
    ThemeDefinition(
        "crs-gain-communication",
        ThemeKind.LEARNING_GAIN,
        _both("Communication skills", "Communicatieve vaardigheden"),
    ),
    ThemeDefinition(
        "crs-gain-self-regulation",
        ThemeKind.LEARNING_GAIN,
        _both("Self-regulation", "Zelfregulatie"),
    ),
    ThemeDefinition(
        "crs-gain-team-position",
        ThemeKind.LEARNING_GAIN,
        _both("Position within the healthcare team", "Positie in het zorgteam"),
    ),
    ThemeDefinition(
        "crs-gain-documentation",
        ThemeKind.LEARNING_GAIN,
        _both("Good documentation", "Goede verslaglegging"),
    ),
)

_BY_KEY = {definition.key: definition for definition in BUILTIN_THEMES}


def shown_theme_name(key: str, name: str, language: str | None) -> str:
    """A theme's name in ``language``: a built-in still carrying its shipped name is
    shown in that language; a name the user gave it is shown as they wrote it."""
    definition = _BY_KEY.get(key)
    if definition is not None and name == str(definition.name):
        return text_in(definition.name, language)
    return name


_KIND_ORDER = {kind: index for index, kind in enumerate(ThemeKind)}
_BUILTIN_ORDER = {definition.key: index for index, definition in enumerate(BUILTIN_THEMES)}


def theme_sort_key(key: str, name: str, kind: ThemeKind) -> tuple[int, int, str, str, str]:
    """Experience themes before learning gains; built-ins in the study's order, then the
    user's own themes by name as a person reads it."""
    builtin = _BUILTIN_ORDER.get(key, len(_BUILTIN_ORDER))
    return _KIND_ORDER[ThemeKind(kind)], builtin, fold(name), name, key


def clean_theme_name(name: str) -> str:
    return clean_name(
        name, field="name", label=N_("The theme name"), max_length=THEME_NAME_MAX_LENGTH
    )


def check_theme_name_free(
    name: str, kind: ThemeKind, existing: Iterable[ThemeRecord], *, except_id: str | None = None
) -> None:
    """Refuse a second theme of the same kind whose name differs only in case or accents."""
    wanted = fold(name)
    for theme in existing:
        if theme.id == except_id or theme.kind is not ThemeKind(kind):
            continue
        if fold(theme.name) == wanted:
            texts = words()
            message = texts.gettext('There is already a theme called "{name}".')
            if theme.archived:
                message += " " + texts.gettext("It is archived; restore it instead.")
            raise InvalidInputError(
                "name",
                message.format(name=theme.name),
                theme_id=theme.id,
            )
