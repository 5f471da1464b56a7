"""The archive a double-click hands to the window: ``reflectdesk [options] FILE.rdarchive``.

This is how the systems start us for a file: Windows runs ``ReflectDesk.exe "%1"``, the
Linux desktop entry ``Exec=reflectdesk %f``, both with the file's absolute path. The
window then offers to import it (or the ReflectDesk already running on the database does).

argparse cannot take an optional positional argument before its commands: in
``reflectdesk list groups`` it would take ``list`` as the file and ``groups`` as the
command. So the file is taken out of the arguments before they are parsed: the first
argument that is neither an option nor an option's value, if it is not a command's name
and looks like a file name (it has a dot or a path separator, which no command has). A
command's name is always the command (a file called ``list`` is ``./list``); a bare word
that is neither (``reflectdesk lsit``) stays for argparse to report, as before.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from reflectdesk.commands import CommandError, _words

ARCHIVE_SUFFIX = ".rdarchive"


def take_window_file(
    argv: list[str], parser: argparse.ArgumentParser
) -> tuple[list[str], str | None]:
    """``argv`` without the file given to the window, and that file (None if none)."""
    commands = _command_names(parser)
    takes_value = _options_taking_a_value(parser)
    index = 0
    while index < len(argv):
        word = argv[index]
        if word == "--":
            return _take(argv, index + 1, commands, dash_dash=True)
        if word.startswith("-") and word != "-":
            if "=" not in word and _takes_value(word, takes_value):
                index += 1  # its value, which may look like a file (--db my.db)
            index += 1
            continue
        return _take(argv, index, commands, dash_dash=False)
    return argv, None


def window_archive(text: str | None, args: argparse.Namespace) -> Path | None:
    """The archive for the window, checked (None if none); CommandError if a command was
    given with it, or it is not an existing archive."""
    if text is None:
        return None
    if getattr(args, "handler", None) is not None:
        message = _words().gettext(
            "{path}: only the window opens an archive, not a command; to import it here "
            "without the window: reflectdesk import FILE"
        )
        raise CommandError(message.format(path=text))
    return checked_archive(text)


def checked_archive(text: str) -> Path:
    """The absolute path of ``text`` (relative to the working folder), if it names an
    existing archive; else CommandError with a one-line reason."""
    path = Path(text).resolve()
    if path.suffix.lower() != ARCHIVE_SUFFIX:
        message = _words().gettext(
            "{path} is not a ReflectDesk archive: the window opens only files whose name "
            "ends in .rdarchive"
        )
        raise CommandError(message.format(path=path))
    if not path.is_file():
        raise CommandError(_words().gettext("no archive at {path}").format(path=path))
    return path


def _take(
    argv: list[str], index: int, commands: frozenset[str], *, dash_dash: bool
) -> tuple[list[str], str | None]:
    if index >= len(argv):
        return argv, None
    word = argv[index]
    if word in commands or not (dash_dash or _looks_like_a_file(word)):
        return argv, None
    rest = argv[:index] + argv[index + 1 :]
    if dash_dash:
        rest.remove("--")
    return rest, word


def _looks_like_a_file(word: str) -> bool:
    return "." in word or "/" in word or os.sep in word


def _command_names(parser: argparse.ArgumentParser) -> frozenset[str]:
    return frozenset(
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    )


def _options_taking_a_value(parser: argparse.ArgumentParser) -> frozenset[str]:
    return frozenset(
        option
        for action in parser._actions
        if action.option_strings and action.nargs != 0
        for option in action.option_strings
    )


def _takes_value(word: str, takes_value: frozenset[str]) -> bool:
    # argparse also accepts an unambiguous abbreviation (--la nl).
    return word in takes_value or (
        word.startswith("--") and any(option.startswith(word) for option in takes_value)
    )
