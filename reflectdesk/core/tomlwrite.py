"""Writing hand-edited TOML files back: values that tomllib reads back unchanged, and
text fields in the shape they were read (plain, or one text per language). Reading is
in ``tomlfile.py``, which re-exports these for older imports."""

from __future__ import annotations

import unicodedata

from reflectdesk.core.local_text import LocalText, languages_of

# --- Writing ----------------------------------------------------------------------------

# The characters TOML has a short escape for, each mapped to its escape.
_ESCAPES = {char: "\\" + name for char, name in zip('"\\\b\t\n\f\r', '"\\btnfr', strict=True)}


def toml_string(value: str, *, multiline: bool = False) -> str:
    """A TOML basic string that tomllib reads back as ``value``.

    Letters of any script, emoji included, are written as they are, so the file stays
    readable; quotes, backslashes and control characters are escaped. With ``multiline``,
    line breaks are kept as real line breaks (in a triple-quoted string) for hand editing.
    Raises ValueError for a lone surrogate, which no TOML (or UTF-8) file can hold.
    """

    def escape(char: str) -> str:
        if char == "\n" and multiline:
            return char
        if char in _ESCAPES:
            return _ESCAPES[char]
        category = unicodedata.category(char)
        if category == "Cs":
            raise ValueError(f"a TOML string cannot hold the lone surrogate U+{ord(char):04X}")
        return f"\\u{ord(char):04X}" if category == "Cc" else char

    body = "".join(escape(char) for char in value)
    if multiline and "\n" in value:
        # The newline right after the opening quotes is not part of the value in TOML.
        return f'"""\n{body}"""'
    return f'"{body}"'


def toml_local(key: str, value: str, *, multiline: bool = False) -> list[str]:
    """The lines of a text field: ``key = "..."`` for plain text, ``key.en = "..."`` and
    ``key.nl = "..."`` side by side for a LocalText (the shape it was read in)."""
    if not isinstance(value, LocalText):
        return [f"{key} = {toml_string(value, multiline=multiline)}"]
    return [
        f"{key}.{code} = {toml_string(text, multiline=multiline)}"
        for code, text in value.texts.items()
    ]


def toml_locals(key: str, values: list[str] | tuple[str, ...]) -> list[str]:
    """A list of short texts (a scale's labels) as :func:`toml_local` writes one text:
    one list, or one list per language when any of them is a LocalText."""
    codes = languages_of(values)
    if not codes:
        return [f"{key} = [{', '.join(toml_string(text) for text in values)}]"]
    return [
        f"{key}.{code} = [{', '.join(toml_string(_in(text, code)) for text in values)}]"
        for code in codes
    ]


def _in(value: str, code: str) -> str:
    return value.text(code) if isinstance(value, LocalText) else str(value)


def toml_value(value: object) -> str:
    """A TOML value for text, a boolean, a whole number, a float or a list of these."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, float):
        return repr(float(value))  # Python spells 1e+100, inf and nan just as TOML does
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as a TOML value")
