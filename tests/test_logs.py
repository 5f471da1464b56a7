"""The support log (reflectdesk/logs.py): where it goes, what it says, what it withholds."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from reflectdesk import __version__
from reflectdesk.core.errors import InvalidInputError
from reflectdesk.logs import (
    BACKUP_COUNT,
    LOGGER_NAME,
    MAX_BYTES,
    SAFE_MESSAGE_TYPES,
    close_logging,
    describe,
    format_exception,
    log_path,
    log_startup,
    logged,
    setup_logging,
)

SECRET = "CANARY-7f3a"
PACKAGE = Path(__file__).resolve().parent.parent / "reflectdesk"


def read_log() -> str:
    close_logging()  # flushes and closes the file
    return "".join(
        path.read_text(encoding="utf-8") for path in sorted(log_path().parent.glob("*.log*"))
    )


def test_the_log_is_a_rotating_utf8_file_in_the_data_folder(isolated_home: Path) -> None:
    path = setup_logging()
    assert path == isolated_home / "logs" / "reflectdesk.log"
    assert not path.parent.exists()  # nothing is made before the first line
    handler = next(h for h in logging.getLogger(LOGGER_NAME).handlers if hasattr(h, "maxBytes"))
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert (handler.maxBytes, handler.backupCount, handler.encoding) == (
        MAX_BYTES,
        BACKUP_COUNT,
        "utf-8",
    )
    log_startup("test", extra="é ü")
    text = read_log()
    assert f"version {__version__}" in text
    assert "python 3." in text
    assert "platform " in text
    assert "extra é ü" in text


def test_setting_up_again_replaces_the_file(tmp_path: Path) -> None:
    setup_logging(tmp_path / "one")
    setup_logging(tmp_path / "two")
    logging.getLogger("reflectdesk.test").warning("only here")
    close_logging()
    assert not (tmp_path / "one").exists()
    assert "only here" in (tmp_path / "two" / "reflectdesk.log").read_text(encoding="utf-8")


def test_an_unwritable_log_never_disturbs_the_caller(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    setup_logging(blocker / "logs")
    logging.getLogger("reflectdesk.test").error("goes nowhere")
    assert capsys.readouterr().err == ""


def test_messages_of_our_errors_and_of_value_errors_are_withheld() -> None:
    assert describe(InvalidInputError("name", f"A group called {SECRET} exists")) == (
        "reflectdesk.core.errors.InvalidInputError [code invalid_input]"
    )
    assert describe(ValueError(f"bad {SECRET}")) == "ValueError (message withheld)"
    assert describe(KeyError(SECRET)) == "KeyError (message withheld)"
    shown = describe(AttributeError("'NoneType' object has no attribute 'id'"))
    assert shown == "AttributeError: 'NoneType' object has no attribute 'id'"


def test_an_os_error_keeps_its_reason_but_not_the_file_name() -> None:
    error = FileNotFoundError(2, "No such file or directory", f"/home/x/{SECRET}.pdf")
    assert describe(error) == "FileNotFoundError [ENOENT] No such file or directory"


def test_a_sqlite_error_keeps_its_error_name_only() -> None:
    import sqlite3

    connection = sqlite3.connect(":memory:")
    with pytest.raises(sqlite3.Error) as caught:
        connection.execute(f"SELECT '{SECRET}' FROM nowhere")
    assert describe(caught.value) == "sqlite3.OperationalError [SQLITE_ERROR]"


def _raise_chained() -> None:
    try:
        {}[SECRET]
    except KeyError as error:
        raise InvalidInputError("name", f"no {SECRET}") from error


def test_a_traceback_keeps_frames_and_types_but_no_messages() -> None:
    with pytest.raises(InvalidInputError) as caught:
        _raise_chained()
    text = format_exception(caught.value)
    assert SECRET not in text
    assert "in _raise_chained" in text
    assert "KeyError (message withheld)" in text
    assert "The above exception was the direct cause" in text
    assert text.index("KeyError") < text.index("InvalidInputError [code")


def test_records_formatted_first_by_another_handler_stay_safe(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """pytest's caplog formats the record first and caches the full traceback on it;
    the file must not reuse that cache."""
    setup_logging()
    logger = logging.getLogger("reflectdesk.test")
    with caplog.at_level(logging.INFO, logger=LOGGER_NAME):
        try:
            raise ValueError(f"user text {SECRET}")
        except ValueError as error:
            logger.exception("it failed")
            logger.warning("again: %s", error)
            logger.warning(error)
    assert SECRET in caplog.text  # the other handler saw it as it was
    text = read_log()
    assert "it failed" in text
    assert "again: ValueError (message withheld)" in text
    assert SECRET not in text


def test_logged_says_how_long_and_how_it_ended(isolated_home: Path) -> None:
    setup_logging()
    logger = logging.getLogger("reflectdesk.test")
    with logged(logger, "counting", group_id="g1") as results:
        results["rows"] = 3
    with pytest.raises(InvalidInputError), logged(logger, "failing", group_id="g2"):
        raise InvalidInputError("name", SECRET)
    text = read_log()
    assert re.search(r"counting done in \d+\.\d\d s, group_id g1, rows 3", text)
    assert "failing failed after" in text
    assert SECRET not in text


# Our code must never put data into the message of a type whose message the log keeps.
_SAFE_NAMES = "|".join(sorted(kind.__name__ for kind in SAFE_MESSAGE_TYPES))
_FORMATTED_RAISE = re.compile(rf"raise ({_SAFE_NAMES})\((?!\)|\"[^\"{{]*\"\)|'[^'{{]*'\))")
_ALLOWED = {"cannot write {type(value).__name__} as a TOML value"}  # a type's name only


def test_reflectdesk_raises_safe_types_with_fixed_messages_only() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for match in _FORMATTED_RAISE.finditer(text):
            line = text[match.start() : text.index("\n", match.start())]
            if not any(allowed in line for allowed in _ALLOWED):
                offenders.append(f"{path.relative_to(PACKAGE)}: {line.strip()}")
    assert offenders == []
