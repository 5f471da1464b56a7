"""The ``formats``, ``decks`` and ``questionnaires`` commands: check definition files, list
the installed ones.

    reflectdesk formats validate FILE [FILE...]
    reflectdesk formats list [--db PATH] [--json]
    reflectdesk decks validate FILE [FILE...]
    reflectdesk decks list [--db PATH] [--json]
    reflectdesk questionnaires validate FILE [FILE...]
    reflectdesk questionnaires list [--db PATH] [--json]

Both are one command, a "file library", written once in :class:`FileLibrary` and
parameterised by its kind: the labels in --help, how a file of that kind is read and what
error says it cannot be used, where the installed ones come from, and how one is shown in
a line, a table row and JSON. ``FORMATS`` and ``DECKS`` are the two kinds;
``reflectdesk.cli`` builds the same ``validate`` and ``list`` subcommands for each.

Each kind imports what it needs when a command runs: ``formats list`` without a database
never loads SQLAlchemy, and nothing here loads it at start-up (this module is imported for
every command, even ``--version``, so it stays plain classes: no dataclass, no NamedTuple).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from reflectdesk.commands import EXIT_ERROR, EXIT_OK, db_path
from reflectdesk.commands.output import aligned, print_json
from reflectdesk.core.errors import N_, words

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable
    from pathlib import Path

    from reflectdesk.core.decks import DeckDefinition
    from reflectdesk.core.definitions import DefinitionKind
    from reflectdesk.core.formats import FormatDefinition
    from reflectdesk.core.questionnaires import QuestionnaireSpec
    from reflectdesk.core.shipped import Keyed
    from reflectdesk.core.tomlfile import FileProblemsError
    from reflectdesk.store.database import Store

D = TypeVar("D", bound="Keyed")


class FileLibrary(ABC, Generic[D]):
    """One kind of definition file (``D``: its parsed definition) and its two commands."""

    command: ClassVar[str]  # the command, and the kind in the plural: "formats"
    noun: ClassVar[str]  # the kind in the singular: "format"
    about: ClassVar[str]  # the command's description in --help
    header: ClassVar[tuple[str, ...]]  # the table's columns but the last, Kind
    numeric: ClassVar[frozenset[int]]  # the right-aligned columns

    # The module defining the kind and the kind's name in it, "reflectdesk.core.formats"
    # and "FORMATS": imported when a command runs, not at start-up.
    kind_in: ClassVar[tuple[str, str]]

    def kind(self) -> DefinitionKind[D]:
        """How a file of this kind is read and which error says it cannot be used."""
        from importlib import import_module

        module, name = self.kind_in
        kind: DefinitionKind[D] = getattr(import_module(module), name)
        return kind

    @abstractmethod
    def installed(self, store: Store) -> list[tuple[D, bool]]:
        """Every definition in the database, with whether it is built-in."""

    def read_file(self, path: Path) -> D:
        """Parse a file; raises ``file_error()`` or OSError."""
        return self.kind().read(path)

    def file_error(self) -> type[FileProblemsError]:
        """The error that lists what makes a file of this kind unusable."""
        return self.kind().error

    def builtins(self) -> list[D]:
        """The definitions that ship with ReflectDesk (what a new database will hold)."""
        return self.kind().builtins()

    def add_actions(self, actions: Any, add_db: Callable[[argparse.ArgumentParser], None]) -> None:
        """Actions of this kind beyond ``validate`` and ``list`` (none by default)."""

    @abstractmethod
    def describe(self, definition: D) -> str:
        """The rest of the line after "ok: FILE — "."""

    @abstractmethod
    def row(self, definition: D) -> tuple[str, ...]:
        """The table row under ``header``."""

    @abstractmethod
    def to_json(self, definition: D, builtin: bool) -> dict[str, object]:
        """The ``--json`` object."""

    def validate_files(self, args: argparse.Namespace) -> int:
        """``validate FILE...``: one line per usable file and one per problem; exit status
        1 if any file has a problem or cannot be read."""
        from pathlib import Path

        file_error = self.file_error()
        status = EXIT_OK
        for name in args.files:
            try:
                definition = self.read_file(Path(name))
            except file_error as error:
                status = EXIT_ERROR
                for problem in error.problems:
                    where = name if problem.line is None else f"{name}:{problem.line}"
                    parts = (where, problem.field, problem.message)
                    print(": ".join(part for part in parts if part))
            except OSError as error:
                status = EXIT_ERROR
                message = words().gettext("{path}: cannot be read: {reason}")
                print(message.format(path=name, reason=error.strerror or error))
            else:
                line = words().gettext("ok: {path} — {description}")
                print(line.format(path=name, description=self.describe(definition)))
        return status

    def list_installed(self, args: argparse.Namespace) -> int:
        """``list``: the definitions in the database as a table or ``--json``; without a
        database yet, the shipped built-ins."""
        path = db_path(args)
        if path.exists():
            from reflectdesk.store.database import open_store

            with open_store(path, for_reading=True) as store:
                listed = self.installed(store)
        else:
            # No database yet: what it will hold once made is the shipped built-ins.
            listed = [(definition, True) for definition in self.builtins()]
        if args.json:
            print_json([self.to_json(definition, builtin) for definition, builtin in listed])
            return EXIT_OK
        texts = words()
        built_in, own = texts.gettext("built-in"), texts.gettext("own")
        rows = [
            (*self.row(definition), built_in if builtin else own) for definition, builtin in listed
        ]
        # The headers are marked with N_ where each kind names them.
        header = (*(texts.gettext(title) for title in self.header), texts.gettext("Kind"))
        print(aligned(header, rows, numeric=self.numeric))
        return EXIT_OK


# The kinds' bases, FileLibrary[FormatDefinition] and FileLibrary[DeckDefinition], for
# mypy only: at run time those classes are not imported yet, and subscripting with a
# string instead would compile it, a millisecond of every start-up.
if TYPE_CHECKING:
    _FormatBase = FileLibrary[FormatDefinition]
    _DeckBase = FileLibrary[DeckDefinition]
    _QuestionnaireBase = FileLibrary[QuestionnaireSpec]
else:
    _FormatBase = _DeckBase = _QuestionnaireBase = FileLibrary


class FormatLibrary(_FormatBase):
    """Session formats: the phased agendas."""

    command = "formats"
    kind_in = ("reflectdesk.core.formats", "FORMATS")
    noun = "format"
    about = "Session formats: the phased agendas in resources/formats/SCHEMA.md."
    header = (N_("Key"), N_("Name"), N_("Family"), N_("Phases"), N_("Minutes"))
    numeric = frozenset({3, 4})

    def installed(self, store: Store) -> list[tuple[FormatDefinition, bool]]:
        from reflectdesk.store.user_formats import list_format_definitions

        return [(fmt, summary.builtin) for summary, fmt in list_format_definitions(store)]

    def describe(self, fmt: FormatDefinition) -> str:
        texts = words()
        count = len(fmt.phases)
        phases = texts.ngettext("{n} phase", "{n} phases", count).format(n=count)
        minutes = texts.gettext("{n} min").format(n=fmt.total_minutes)
        return f"{fmt.name} ({phases}, {minutes})"

    def row(self, fmt: FormatDefinition) -> tuple[str, ...]:
        return (fmt.key, fmt.name, fmt.family, str(len(fmt.phases)), str(fmt.total_minutes))

    def to_json(self, fmt: FormatDefinition, builtin: bool) -> dict[str, object]:
        return {
            "key": fmt.key,
            "name": fmt.name,
            "family": fmt.family,
            "builtin": builtin,
            "total_minutes": fmt.total_minutes,
            "phases": [
                {"name": phase.name, "minutes": phase.minutes, "cue": phase.cue, "deck": phase.deck}
                for phase in fmt.phases
            ],
        }


class DeckLibrary(_DeckBase):
    """Prompt-card decks."""

    command = "decks"
    kind_in = ("reflectdesk.core.decks", "DECKS")
    noun = "deck"
    about = "Prompt-card decks: the files in resources/decks/SCHEMA.md."
    header = (N_("Key"), N_("Name"), N_("Cards"))
    numeric = frozenset({2})

    def installed(self, store: Store) -> list[tuple[DeckDefinition, bool]]:
        from reflectdesk.store.user_decks import list_deck_definitions

        return [(deck, summary.builtin) for summary, deck in list_deck_definitions(store)]

    def describe(self, deck: DeckDefinition) -> str:
        count = len(deck.cards)
        cards = words().ngettext("{n} card", "{n} cards", count).format(n=count)
        return f"{deck.name} ({cards})"

    def row(self, deck: DeckDefinition) -> tuple[str, ...]:
        return (deck.key, deck.name, str(len(deck.cards)))

    def to_json(self, deck: DeckDefinition, builtin: bool) -> dict[str, object]:
        return {
            "key": deck.key,
            "name": deck.name,
            "description": deck.description,
            "builtin": builtin,
            "card_count": len(deck.cards),
            "cards": [
                {"stage": card.stage, "title": card.title, "text": card.text} for card in deck.cards
            ],
        }


class QuestionnaireLibrary(_QuestionnaireBase):
    """Evaluation questionnaires (the latest version of each)."""

    command = "questionnaires"
    kind_in = ("reflectdesk.core.questionnaires", "QUESTIONNAIRES")
    noun = "questionnaire"
    about = "Evaluation questionnaires: the files in resources/questionnaires/SCHEMA.md."
    header = (N_("Key"), N_("Version"), N_("Name"), N_("Purpose"), N_("Items"))
    numeric = frozenset({1, 4})

    def installed(self, store: Store) -> list[tuple[QuestionnaireSpec, bool]]:
        from reflectdesk.store.questionnaires import list_questionnaires, questionnaire_spec

        return [
            (questionnaire_spec(store, summary.id), summary.builtin)
            for summary in list_questionnaires(store)
        ]

    def add_actions(self, actions: Any, add_db: Callable[[argparse.ArgumentParser], None]) -> None:
        from reflectdesk.commands.instruments import add_template_actions

        add_template_actions(actions, add_db)

    def describe(self, spec: QuestionnaireSpec) -> str:
        count = len(spec.questions)
        items = words().ngettext("{n} item", "{n} items", count).format(n=count)
        return f"{spec.name} ({spec.purpose}, {items})"

    def row(self, spec: QuestionnaireSpec) -> tuple[str, ...]:
        return (spec.key, str(spec.version), spec.name, spec.purpose, str(len(spec.questions)))

    def to_json(self, spec: QuestionnaireSpec, builtin: bool) -> dict[str, object]:
        return {
            "key": spec.key,
            "version": spec.version,
            "name": spec.name,
            "purpose": spec.purpose,
            "builtin": builtin,
            "questions": [
                {
                    "key": q.key,
                    "kind": q.kind.value,
                    "text": q.text,
                    "scale_points": q.points,
                    "labels": list(q.scale.labels) if q.scale is not None else [],
                    "reverse_coded": q.reverse_coded,
                }
                for q in spec.questions
            ],
        }


FORMATS = FormatLibrary()
DECKS = DeckLibrary()
QUESTIONNAIRES = QuestionnaireLibrary()
LIBRARIES: tuple[
    FileLibrary[FormatDefinition], FileLibrary[DeckDefinition], FileLibrary[QuestionnaireSpec]
] = (FORMATS, DECKS, QUESTIONNAIRES)
