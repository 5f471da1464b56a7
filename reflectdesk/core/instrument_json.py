"""An instrument's scoring and source as a JSON object, the way the database keeps them.

The store keeps them beside the first Likert item's scale (``questions.labels``), as it
keeps ``agree_from``: the scoring travels with the version it was written for, in
archives too, without a new column. Reading is forgiving: a value that cannot be read
is left out (the questionnaire still shows and its items still count), never an error.
"""

from __future__ import annotations

from typing import Any

from reflectdesk.core.instrument_spec import SCORE_METHODS, ScoreSpec, SourceSpec
from reflectdesk.core.local_text import LocalText

__all__ = ["instrument_data", "instrument_from"]

Instrument = tuple[tuple[ScoreSpec, ...], SourceSpec | None, bool]


def _text(value: str) -> object:
    return dict(value.texts) if isinstance(value, LocalText) else str(value)


def _read_text(value: object) -> str:
    if isinstance(value, dict) and value and all(isinstance(v, str) for v in value.values()):
        return LocalText({str(code): text for code, text in value.items()})
    return value if isinstance(value, str) else ""


def instrument_data(
    scores: tuple[ScoreSpec, ...], source: SourceSpec | None, template: bool
) -> dict[str, Any] | None:
    """The JSON-ready object of a questionnaire's scoring; None when it has none."""
    if not scores and source is None and not template:
        return None
    data: dict[str, Any] = {
        "scores": [
            {
                "key": s.key,
                "name": _text(s.name),
                "items": list(s.items),
                "method": s.method,
                "multiply": s.multiply,
                "max_missing": s.max_missing,
                "range": None if s.range is None else list(s.range),
            }
            for s in scores
        ]
    }
    if source is not None:
        fields = ("authors", "year", "title", "journal", "doi", "url", "licence")
        data["source"] = {name: getattr(source, name) for name in fields}
        data["source"].update(licence_url=source.licence_url, checked=source.checked)
        data["source"]["text_sources"] = [list(pair) for pair in source.text_sources]
    if template:
        data["template"] = True
    return data


def _score(raw: Any) -> ScoreSpec | None:
    try:
        method = str(raw["method"])
        multiply = raw.get("multiply", 1)
        shown = raw.get("range")
        if method not in SCORE_METHODS or not isinstance(multiply, int | float):
            return None
        return ScoreSpec(
            key=str(raw["key"]),
            name=_read_text(raw["name"]),
            items=tuple(str(item) for item in raw["items"]),
            method=method,
            multiply=multiply,
            max_missing=int(raw.get("max_missing", 0)),
            range=None if shown is None else (shown[0], shown[1]),
        )
    except (KeyError, TypeError, ValueError, IndexError):
        return None


def _source(raw: Any) -> SourceSpec | None:
    if not isinstance(raw, dict):
        return None
    try:
        texts = {name: str(raw.get(name) or "") for name in SourceSpec.__dataclass_fields__}
        pairs = tuple((str(code), str(text)) for code, text in raw.get("text_sources") or ())
        del texts["year"], texts["text_sources"]
        return SourceSpec(year=int(raw.get("year") or 0), text_sources=pairs, **texts)
    except (TypeError, ValueError):
        return None


def instrument_from(data: object) -> Instrument:
    """(scores, source, template) from :func:`instrument_data`'s object; what cannot
    be read is left out."""
    if not isinstance(data, dict):
        return (), None, False
    raw_scores = data.get("scores")
    scores = tuple(
        score
        for score in (_score(raw) for raw in (raw_scores if isinstance(raw_scores, list) else ()))
        if score is not None
    )
    return scores, _source(data.get("source")), data.get("template") is True
