"""A validated instrument's scoring and source, as a questionnaire file states them.

A questionnaire file may carry, beside its items (``core/questionnaires.py``):

- ``[[scores]]``: each a subscale or a total: which items, summed or averaged, an
  optional factor the instrument's manual applies (WHO-5: the raw sum times 4), how many
  items may be left blank before no score is given, and (checked, not trusted) the
  possible range the manual prints;
- ``[source]``: the citation, the licence that lets us ship (or not ship) the items,
  where that licence is stated, the date it was checked and where each language's
  text comes from;
- ``template = true``: a scoring template whose item texts are placeholders, for an
  instrument whose items may not be shipped; the user types them from the paper.

This module holds the specs and reads and writes those tables; the scores themselves
are computed by ``core/instrument_scores.py``. Pure Python.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from reflectdesk.core.definitions import item_start
from reflectdesk.core.errors import N_
from reflectdesk.core.tomlfile import FieldChecker, describe
from reflectdesk.core.tomlwrite import toml_local, toml_string, toml_value
from reflectdesk.i18n.languages import LANGUAGES

__all__ = [
    "SCORE_FIELDS",
    "SCORE_METHODS",
    "SOURCE_FIELDS",
    "ScoreSpec",
    "SourceSpec",
    "read_scores",
    "read_source",
    "scores_toml",
    "source_toml",
]

SCORE_METHODS = ("sum", "mean")
SCORE_FIELDS = ("key", "name", "items", "method", "multiply", "max_missing", "range")
SOURCE_FIELDS = (
    "authors",
    "year",
    "title",
    "journal",
    "doi",
    "url",
    "licence",
    "licence_url",
    "checked",
    "text_sources",
)
SCORES_MAX = 12
CITATION_MAX_LENGTH = 300
LICENCE_MAX_LENGTH = 2000
MULTIPLY_MAX = 100


@dataclass(frozen=True, slots=True)
class ScoreSpec:
    """One subscale or total. ``method`` "sum" adds the items' values, "mean" averages
    them; the result is then multiplied by ``multiply``. At most ``max_missing`` items
    may be blank: a mean is then taken over the answered items, a sum is prorated (the
    answered items' mean times the number of items), so scores stay comparable. More
    blanks: no score. ``range``: the manual's (low, high), checked against the items."""

    key: str
    name: str
    items: tuple[str, ...]
    method: str = "sum"
    multiply: int | float = 1
    max_missing: int = 0
    range: tuple[int | float, int | float] | None = None


@dataclass(frozen=True, slots=True)
class SourceSpec:
    """Where an instrument comes from and why ReflectDesk may ship it (or only its
    scoring). ``checked``: the ISO date the licence was last checked. ``text_sources``:
    (language code, where that language's item texts come from) pairs."""

    authors: str
    year: int
    title: str
    licence: str
    journal: str = ""
    doi: str = ""
    url: str = ""
    licence_url: str = ""
    checked: str = ""
    text_sources: tuple[tuple[str, str], ...] = ()


# --- reading ----------------------------------------------------------------------------


def _items(check: FieldChecker, path: str, value: object, known: tuple[str, ...]) -> list[str]:
    if not isinstance(value, list) or not value:
        check.add(path, N_("must be a list of item keys, not {value}"), value=describe(value))
        return []
    found: list[str] = []
    for item in value:
        if not isinstance(item, str) or item not in known:
            check.add(
                path,
                N_("names {value}, which is not the key of a likert question in this file"),
                value=describe(item),
            )
        elif item in found:
            check.add(path, N_('names "{item}" twice'), item=item)
        else:
            found.append(item)
    return found


def _number(check: FieldChecker, path: str, value: object, default: int) -> int | float:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 100:
        check.add(
            path,
            N_("must be a number above 0, up to {high}, not {value}"),
            high=MULTIPLY_MAX,
            value=describe(value),
        )
        return default
    return value


def _score(
    check: FieldChecker, index: int, table: dict[str, Any], likert: tuple[str, ...]
) -> ScoreSpec | None:
    before, prefix = item_start(check, "scores", index, table, known=SCORE_FIELDS)
    key = check.key(prefix + "key", table.get("key"), example="total", required=True)
    name = check.local_text(prefix + "name", table.get("name"), limit=120, required=True)
    items = _items(check, prefix + "items", table.get("items"), likert)
    method = table.get("method", "sum")
    method = check.choice(prefix + "method", method, choices=SCORE_METHODS)
    multiply = _number(check, prefix + "multiply", table.get("multiply"), 1)
    max_missing = 0
    if table.get("max_missing") is not None:
        listed = table.get("items")  # as written: a wrong key is reported once, above
        top = max(len(listed) - 1 if isinstance(listed, list) else 0, 0)
        found = check.integer(
            prefix + "max_missing", table.get("max_missing"), minimum=0, maximum=top
        )
        max_missing = found or 0
    declared = table.get("range")
    shown: tuple[int | float, int | float] | None = None
    if declared is not None:
        if (
            not isinstance(declared, list)
            or len(declared) != 2
            or not all(type(v) in (int, float) for v in declared)
            or declared[0] >= declared[1]
        ):
            check.add(
                prefix + "range",
                N_("must be [lowest, highest], two numbers, lowest first, not {value}"),
                value=describe(declared),
            )
        else:
            shown = (declared[0], declared[1])
    if len(check.problems) > before:
        return None
    return ScoreSpec(key, name, tuple(items), method, multiply, max_missing, shown)


def read_scores(check: FieldChecker, raw: object, likert: tuple[str, ...]) -> list[ScoreSpec]:
    """The ``[[scores]]`` tables (none when absent); ``likert``: the file's Likert keys."""
    if raw is None:
        return []

    def read(index: int, table: dict[str, Any]) -> ScoreSpec | None:
        return _score(check, index, table, likert)

    scores = check.tables(
        "scores", raw, read, contents=N_("a key, name and items"), limit=SCORES_MAX
    )
    seen: set[str] = set()
    for index, score in enumerate(scores):
        if score.key in seen:
            check.add(
                f"scores[{index + 1}].key", N_('"{key}" is used by another score'), key=score.key
            )
        seen.add(score.key)
    return scores


def _checked(check: FieldChecker, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    message = N_("must be a date such as 2026-12-07, not {value}")
    check.add("source.checked", message, value=describe(value))
    return ""


def _text_sources(check: FieldChecker, value: object) -> tuple[tuple[str, str], ...]:
    if value is None:
        return ()
    if not isinstance(value, dict):
        check.add(
            "source.text_sources",
            N_("must be a table of language codes, not {value}"),
            value=describe(value),
        )
        return ()
    found = []
    for code, text in value.items():
        path = f"source.text_sources.{code}"
        if code not in LANGUAGES:
            check.add(path, N_("is not a language ReflectDesk speaks ({listed})"), listed="en, nl")
            continue
        found.append((code, check.text(path, text, limit=CITATION_MAX_LENGTH, required=True)))
    return tuple(found)


def read_source(check: FieldChecker, raw: object) -> SourceSpec | None:
    """The ``[source]`` table, or None when the file has none."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        check.add("source", N_("must be a [source] table, not {value}"), value=describe(raw))
        return None
    before = len(check.problems)
    check.unknown(raw, SOURCE_FIELDS, kind=N_("source"), prefix="source.")

    def text(name: str, limit: int = CITATION_MAX_LENGTH, *, required: bool = False) -> str:
        return check.text(
            f"source.{name}", raw.get(name), limit=limit, required=required, multiline=False
        )

    authors, title = text("authors", required=True), text("title", required=True)
    year = check.integer("source.year", raw.get("year"), minimum=1900, maximum=2100)
    licence = check.text(
        "source.licence", raw.get("licence"), limit=LICENCE_MAX_LENGTH, required=True
    )
    source = SourceSpec(
        authors=authors,
        year=year or 0,
        title=title,
        licence=licence,
        journal=text("journal"),
        doi=text("doi"),
        url=text("url"),
        licence_url=text("licence_url"),
        checked=_checked(check, raw.get("checked")),
        text_sources=_text_sources(check, raw.get("text_sources")),
    )
    return None if len(check.problems) > before else source


# --- writing ----------------------------------------------------------------------------


def scores_toml(scores: tuple[ScoreSpec, ...]) -> list[str]:
    """The ``[[scores]]`` tables' lines, in the order read."""
    out: list[str] = []
    for score in scores:
        out += ["", "[[scores]]", f"key = {toml_string(score.key)}"]
        out += toml_local("name", score.name)
        out.append(f"items = {toml_value(list(score.items))}")
        out.append(f"method = {toml_string(score.method)}")
        if score.multiply != 1:
            out.append(f"multiply = {toml_value(score.multiply)}")
        if score.max_missing:
            out.append(f"max_missing = {int(score.max_missing)}")
        if score.range is not None:
            out.append(f"range = {toml_value(list(score.range))}")
    return out


def source_toml(source: SourceSpec | None) -> list[str]:
    """The ``[source]`` table's lines (none without a source)."""
    if source is None:
        return []
    out = ["", "[source]", f"authors = {toml_string(source.authors)}", f"year = {source.year}"]
    out.append(f"title = {toml_string(source.title)}")
    for name in ("journal", "doi", "url"):
        if value := getattr(source, name):
            out.append(f"{name} = {toml_string(value)}")
    out.append(f"licence = {toml_string(source.licence)}")
    if source.licence_url:
        out.append(f"licence_url = {toml_string(source.licence_url)}")
    if source.checked:
        out.append(f"checked = {source.checked}")  # a TOML date, unquoted
    for code, text in source.text_sources:
        out.append(f"text_sources.{code} = {toml_string(text)}")
    return out


# --- ranges -----------------------------------------------------------------------------


def score_range(score: ScoreSpec, bounds: dict[str, tuple[int, int]]) -> tuple[float, float] | None:
    """The lowest and highest ``score`` can be, from its items' (lowest, highest) values
    in ``bounds``; None when an item is not there."""
    if not score.items or any(item not in bounds for item in score.items):
        return None
    low: float = sum(bounds[item][0] for item in score.items)
    high: float = sum(bounds[item][1] for item in score.items)
    if score.method == "mean":
        low, high = low / len(score.items), high / len(score.items)
    return low * score.multiply, high * score.multiply


def check_ranges(
    check: FieldChecker, scores: tuple[ScoreSpec, ...], bounds: dict[str, tuple[int, int]]
) -> None:
    """A problem for each score whose stated ``range`` is not what its items give, so a
    wrong item list, method or factor shows against the manual's printed range."""
    for index, score in enumerate(scores):
        found = score_range(score, bounds)
        if score.range is None or found is None:
            continue
        if (float(score.range[0]), float(score.range[1])) != found:
            check.add(
                f"scores[{index + 1}].range",
                N_(
                    "says {stated}, but its items, method and multiply give {found}; "
                    "check them against the manual"
                ),
                stated=toml_value(list(score.range)),
                found=toml_value([_plain(found[0]), _plain(found[1])]),
            )


def _plain(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value
