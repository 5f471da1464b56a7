"""The support log: a small rotating file in the data folder, ``logs/reflectdesk.log``.

A facilitator who hits a problem has something to send: what ran, in which version, on
which system, and the traceback of anything that went wrong. What the log must never
hold is what the facilitator or the group wrote (private notes, learning points, names
of groups and people). Our own log lines name records by id only; the formatter here
makes sure that exceptions cannot carry private text into the file either:

* An exception's *message* is where user text travels (``InvalidInputError("A group
  called “…” already exists")``, ``ValueError(f"… {value!r}")``, a reportlab parse error
  quoting a paragraph). So the log writes the exception's type, and a message only where
  it is known not to be data: the few built-in types whose messages Python itself writes
  about code (``AttributeError: 'NoneType' object has no attribute 'x'``), the stable
  ``code`` of our own errors, ``errno``/``strerror`` of an OSError (never the file name)
  and SQLite's error name (PostgreSQL's SQLSTATE, on a hub). Everything else is
  withheld, whatever its text.
* The traceback's frames are file, line, function and the *source* line: code, never
  local variables (frames are never formatted with their locals).
* ``add_note`` notes are left out, and an exception passed as a logging argument
  (``log.warning("failed: %s", error)``) is replaced by the same safe description.

This module is Qt-free and cheap to import (the GUI adds the Qt version itself).
"""

from __future__ import annotations

import errno
import logging
import logging.handlers
import platform
import sys
import time
import traceback
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from functools import wraps
from io import TextIOWrapper
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from reflectdesk import __version__
from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.paths import create_private_file, data_dir, make_private_folder

LOGGER_NAME = "reflectdesk"
LOG_FOLDER = "logs"
LOG_FILENAME = "reflectdesk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
P = ParamSpec("P")
R = TypeVar("R")

FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"

# Exact types (not subclasses: a subclass of ours may carry any message) whose messages
# Python writes about the code (names of types, attributes, modules), not about data.
# tests/test_logs.py checks that reflectdesk never raises these with a formatted message.
SAFE_MESSAGE_TYPES: frozenset[type[BaseException]] = frozenset(
    {
        AttributeError,
        NameError,
        UnboundLocalError,
        ImportError,
        ModuleNotFoundError,
        NotImplementedError,
        RecursionError,
        ZeroDivisionError,
        TypeError,
        IndexError,
        MemoryError,
    }
)


def log_dir() -> Path:
    """The folder of the log files (not created here)."""
    return data_dir() / LOG_FOLDER


def log_path() -> Path:
    return log_dir() / LOG_FILENAME


# --- what an exception may say -------------------------------------------------------


def describe(error: BaseException) -> str:
    """The exception's type and whatever of its message is safe to log (see above)."""
    kind = type(error)
    name = (
        kind.__qualname__
        if kind.__module__ == "builtins"
        else f"{kind.__module__}.{kind.__qualname__}"
    )
    if isinstance(error, ReflectDeskError):
        # Our errors' messages quote names, paths and typed text; the code says enough.
        return f"{name} [code {error.code}]"
    if kind in SAFE_MESSAGE_TYPES:
        return f"{name}: {error}" if str(error) else name
    if isinstance(error, OSError) and isinstance(error.errno, int):
        # strerror is the system's own wording; the file name may be a user's.
        code = errno.errorcode.get(error.errno, str(error.errno))
        return f"{name} [{code}] {error.strerror or ''}".rstrip()
    sqlite_name = getattr(error, "sqlite_errorname", None)
    if isinstance(sqlite_name, str):
        return f"{name} [{sqlite_name}]"
    # PostgreSQL's (the hub's, through psycopg): its message and DETAIL quote values.
    sqlstate = getattr(error, "sqlstate", None)
    if isinstance(sqlstate, str):
        return f"{name} [SQLSTATE {sqlstate}]"
    if isinstance(error, BaseExceptionGroup):
        return f"{name} [{len(error.exceptions)} sub-exceptions]"
    return f"{name} (message withheld)" if str(error) else name


def _chain(error: BaseException) -> Iterator[tuple[BaseException, str]]:
    """The exception and its causes, innermost first as Python prints them, each with
    the line that joins it to the next."""
    seen: set[int] = set()
    chain: list[tuple[BaseException, str]] = []
    current: BaseException | None = error
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            link = "\nThe above exception was the direct cause of the following exception:\n\n"
            current = current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            link = "\nDuring handling of the above exception, another exception occurred:\n\n"
            current = current.__context__
        else:
            current = None
    # chain[i]'s link joins it to the later chain[i - 1], and is printed after it.
    yield from reversed(chain)


def format_exception(error: BaseException) -> str:
    """The traceback as Python prints it, with every message made safe (:func:`describe`)."""
    parts: list[str] = []
    for current, joiner in _chain(error):
        if current.__traceback__ is not None:
            parts.append("Traceback (most recent call last):\n")
            # extract_tb keeps no locals: file, line, function and the source line only.
            parts.extend(traceback.format_list(traceback.extract_tb(current.__traceback__)))
        parts.append(describe(current) + "\n")
        parts.append(joiner)
    return "".join(parts).rstrip("\n")


class SafeFormatter(logging.Formatter):
    """Formats records with exceptions made safe (see the module's docstring)."""

    def format(self, record: logging.LogRecord) -> str:
        # A copy: other handlers (pytest's caplog) keep the record as it was, and the
        # record's cached exc_text (which another formatter may have filled with the full
        # message) is never reused.
        safe = logging.makeLogRecord(record.__dict__)
        safe.msg = describe(record.msg) if isinstance(record.msg, BaseException) else record.msg
        safe.args = _safe_args(record.args)
        safe.exc_info = None
        safe.exc_text = None
        text = super().format(safe)
        if record.exc_info and record.exc_info[1] is not None:
            text = f"{text}\n{format_exception(record.exc_info[1])}"
        return text


def _safe_args(
    args: tuple[object, ...] | Mapping[str, object] | None,
) -> tuple[object, ...] | Mapping[str, object] | None:
    if isinstance(args, tuple):
        return tuple(describe(a) if isinstance(a, BaseException) else a for a in args)
    if isinstance(args, Mapping):
        return {k: describe(v) if isinstance(v, BaseException) else v for k, v in args.items()}
    return args


# --- the file ------------------------------------------------------------------------


class _LogFile(logging.handlers.RotatingFileHandler):
    """The rotating file. A log that cannot be written (a full disk, a second process
    rotating the same file on Windows) must never disturb the app or a CLI's stderr."""

    def handleError(self, record: logging.LogRecord) -> None:
        pass

    def _open(self) -> TextIOWrapper:
        # The folder is made with the first line, so that a command that logs nothing
        # leaves no trace in the data folder. Folder and files are owner-only (paths.py);
        # a rollover renames the files and opens a new one here.
        make_private_folder(Path(self.baseFilename).parent)
        create_private_file(Path(self.baseFilename))
        return super()._open()


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Send the ``reflectdesk`` loggers to ``folder/reflectdesk.log`` (default: the
    data folder's ``logs``), replacing a file set up before. Returns the file, or None
    when it cannot be opened: the app runs on without a log."""
    folder = log_dir() if folder is None else folder
    close_logging()
    try:
        handler = _LogFile(
            folder / LOG_FILENAME,
            maxBytes=MAX_BYTES,
            backupCount=BACKUP_COUNT,
            encoding="utf-8",
            delay=True,  # no file until the first line
        )
    except OSError:
        return None
    handler.setFormatter(SafeFormatter(FORMAT))
    logger = logging.getLogger(LOGGER_NAME)
    logger.addHandler(handler)
    logger.setLevel(level)
    return folder / LOG_FILENAME


def close_logging() -> None:
    """Close the file set up by :func:`setup_logging` (tests, a second set-up)."""
    logger = logging.getLogger(LOGGER_NAME)
    for handler in list(logger.handlers):
        if isinstance(handler, _LogFile):
            logger.removeHandler(handler)
            handler.close()


def log_startup(what: str, **extra: str) -> None:
    """One line at start: app version, Python, platform (and what the caller adds)."""
    details = {
        "version": __version__,
        "python": f"{platform.python_version()} ({platform.python_implementation()})",
        "platform": system_description(),
        **extra,
    }
    logging.getLogger(LOGGER_NAME).info(
        "%s starting: %s", what, ", ".join(f"{k} {v}" for k, v in details.items())
    )


def system_description() -> str:
    return f"{platform.system()} {platform.release()} {platform.machine()}".strip()


def report_text(error: BaseException, **extra: str) -> str:
    """What "Copy details" copies: version, platform and the same safe traceback as the
    log, so that what a facilitator pastes into an email holds no private text either."""
    lines = [
        f"ReflectDesk {__version__}",
        f"Python {platform.python_version()} on {system_description()} ({sys.platform})",
        *(f"{k}: {v}" for k, v in extra.items()),
        "",
        format_exception(error),
    ]
    return "\n".join(lines)


@contextmanager
def logged(logger: logging.Logger, action: str, **ids: object) -> Iterator[dict[str, object]]:
    """Log ``action`` starting, then done (with its duration and what the caller put in
    the yielded dict: counts, ids) or failed (the error made safe; the traceback is for
    whoever handles it). ``ids`` and the results must be ids and numbers, never text a
    user typed: they are written as they are."""
    results: dict[str, object] = {}
    logger.info("%s started%s", action, _pairs(ids))
    started = time.perf_counter()
    try:
        yield results
    except BaseException as error:
        seconds = time.perf_counter() - started
        logger.warning("%s failed after %.2f s%s: %s", action, seconds, _pairs(ids), error)
        raise
    seconds = time.perf_counter() - started
    logger.info("%s done in %.2f s%s", action, seconds, _pairs({**ids, **results}))


def _pairs(values: Mapping[str, object]) -> str:
    return "".join(f", {key} {value}" for key, value in values.items() if value is not None)


def logged_call(
    action: str,
    *ids: str,
    results: Callable[[Any], Mapping[str, object]] | None = None,
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """A decorator: each call is :func:`logged`, with the arguments named in ``ids``
    (ids of records, never text) and what ``results`` makes of the return value."""

    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        import inspect  # only at decoration: already loaded by the libraries we use

        signature = inspect.signature(function)
        logger = logging.getLogger(function.__module__)

        @wraps(function)
        def call(*args: P.args, **kwargs: P.kwargs) -> R:
            bound = signature.bind_partial(*args, **kwargs).arguments
            with logged(logger, action, **{name: bound.get(name) for name in ids}) as out:
                value = function(*args, **kwargs)
                if results is not None:
                    out.update(results(value))
            return value

        return call

    return decorate
