"""The bodies' thresholds files: read as SCHEMA.md says, every problem named."""

from __future__ import annotations

from datetime import date

import pytest

from reflectdesk.core.accreditation import AccreditationFileError, CountKind, Period, parse_body

GOOD = """schema = 1
key = "test-body"
name.en = "Test body"
name.nl = "Testorganisatie"
source_url = "https://example.org/rules"
source_title = "Rules"
checked_on = 2026-12-01

[[requirements]]
key = "supervision"
text = "Ten supervision sessions a year"
count = "supervision_sessions"
number = 10
period = "year"

[[requirements]]
key = "report"
text = "A written report"
count = "manual"
number = 1
"""


def test_a_file_is_read_as_the_schema_says() -> None:
    body = parse_body(GOOD)
    assert (body.key, body.checked_on, body.source_url) == (
        "test-body",
        date(2026, 12, 1),
        "https://example.org/rules",
    )
    first, second = body.requirements
    assert (first.count, first.number, first.period) == (
        CountKind.SUPERVISION_SESSIONS,
        10,
        Period.YEAR,
    )
    assert (second.count, second.period) == (CountKind.MANUAL, Period.ALL)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (('count = "manual"', 'count = "cups_of_tea"'), "requirements[2].count"),
        (("checked_on = 2026-12-01", 'checked_on = "yesterday"'), "checked_on"),
        (("number = 10", "number = -1"), "requirements[1].number"),
        (('key = "report"', 'key = "supervision"'), "requirements[2].key"),
        (('source_url = "https://example.org/rules"\n', ""), "source_url"),
    ],
)
def test_every_problem_is_named(change: tuple[str, str], field: str) -> None:
    with pytest.raises(AccreditationFileError) as caught:
        parse_body(GOOD.replace(*change))
    assert field in [problem.field for problem in caught.value.problems]
