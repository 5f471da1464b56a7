"""Reading a pasted list of people, or a CSV file of them, into members to add."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reflectdesk.core.member_list import (
    ListedMember,
    Problem,
    check,
    read_csv,
    read_name,
    read_pasted,
    role_of,
)
from reflectdesk.core.model import Role
from reflectdesk.core.validation import NAME_MAX_LENGTH


def people(rows: list[ListedMember]) -> list[tuple[str, Role | None]]:
    return [(row.name, row.role) for row in rows]


def test_one_person_per_line_with_blank_lines_and_surrounding_space() -> None:
    text = "  IJsbrand van den Eertwegh \n\n Sanne van 't Hof\n\u00a0\nHüseyin Yılmaz\n"
    rows = read_pasted(text)
    assert people(rows) == [
        ("IJsbrand van den Eertwegh", None),
        ("Sanne van 't Hof", None),
        ("Hüseyin Yılmaz", None),
    ]
    assert [row.line for row in rows] == [1, 3, 5]
    assert all(not problems for problems in check(rows, []))


def test_excel_copies_two_columns_with_tabs_and_windows_line_ends() -> None:
    text = "IJsbrand de Vries\tParticipant\r\nAnna de Vries\tBegeleider\r\nΝίκος Παπαδόπουλος\t\r\n"
    assert people(read_pasted(text)) == [
        ("IJsbrand de Vries", Role.MEMBER),
        ("Anna de Vries", Role.FACILITATOR),
        ("Νίκος Παπαδόπουλος", None),
    ]


def test_a_header_row_is_skipped_and_says_which_column_is_which() -> None:
    assert people(read_pasted("Naam\tRol\nAnna de Vries\tlid")) == [("Anna de Vries", Role.MEMBER)]
    swapped = read_pasted("Role\tE-mail\tName\ncofacilitator\ta@b.nl\tJan Jansen")
    assert people(swapped) == [("Jan Jansen", Role.CO_FACILITATOR)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Member", Role.MEMBER),
        ("GROEPSLID", Role.MEMBER),
        ("deelnemer", Role.MEMBER),
        ("Facilitator", Role.FACILITATOR),
        ("begeleider", Role.FACILITATOR),
        ("Co-facilitator", Role.CO_FACILITATOR),
        ("co begeleider", Role.CO_FACILITATOR),
        ("Co-Begeleider\u200b", Role.CO_FACILITATOR),
        ("secretaris", None),
    ],
)
def test_roles_in_english_and_dutch_any_case(text: str, role: Role | None) -> None:
    assert role_of(text) is role


def test_an_unknown_role_is_kept_said_and_does_not_block() -> None:
    [row] = read_pasted("Anna de Vries;Secretaris")
    assert row.role is None and row.role_text == "Secretaris"
    assert row.notes == {Problem.UNKNOWN_ROLE}
    assert not Problem.UNKNOWN_ROLE.blocking
    assert row.with_role(Role.MEMBER).notes == frozenset()


def test_name_comma_role_only_when_the_last_part_is_a_role() -> None:
    assert people(read_pasted("Anna de Vries, begeleider")) == [("Anna de Vries", Role.FACILITATOR)]
    assert people(read_pasted("Eertwegh, van den, IJsbrand, Co-facilitator")) == [
        ("IJsbrand van den Eertwegh", Role.CO_FACILITATOR)
    ]


@pytest.mark.parametrize(
    ("text", "display", "family"),
    [
        ("Eertwegh, van den, IJsbrand", "IJsbrand van den Eertwegh", "van den Eertwegh"),
        ("Hof, van 't, Sanne", "Sanne van 't Hof", "van 't Hof"),
        ("Vries, Anna de", "Anna de Vries", "de Vries"),
        ("de Vries, Anna", "Anna de Vries", "de Vries"),
        ("Yılmaz, Hüseyin", "Hüseyin Yılmaz", "Yılmaz"),
        ("Παπαδόπουλος, Νίκος", "Νίκος Παπαδόπουλος", "Παπαδόπουλος"),
    ],
)
def test_last_first_is_turned_round_and_keeps_the_family_name(
    text: str, display: str, family: str
) -> None:
    assert read_name(text) == (display, family, {Problem.TURNED_ROUND})
    assert not Problem.TURNED_ROUND.blocking


def test_more_commas_than_a_register_writes_are_left_and_flagged() -> None:
    name, family, notes = read_name("Jansen, Jan, GP, Utrecht")
    assert (name, family) == ("Jansen, Jan, GP, Utrecht", "")
    assert Problem.UNCLEAR_COMMAS in notes and Problem.UNCLEAR_COMMAS.blocking
    # A whole name before the comma is not a register's family name.
    assert read_name("Anna de Vries, huisarts")[2] == {Problem.UNCLEAR_COMMAS}


def test_invisible_and_direction_characters_are_removed() -> None:
    text = "\u200fحسن\u00a0علی\u200e\n\ufeffAnna\u200b de\u00a0Vries\u202c\n\u2067Jan Jansen\u2069"
    assert [row.name for row in read_pasted(text)] == ["حسن علی", "Anna de Vries", "Jan Jansen"]


def test_a_line_without_a_name_and_an_overlong_name_block() -> None:
    rows = read_pasted(f"\tBegeleider\n{'x' * (NAME_MAX_LENGTH + 1)}\n{'y' * NAME_MAX_LENGTH}")
    problems = check(rows, [])
    assert problems == [{Problem.NO_NAME}, {Problem.TOO_LONG}, set()]
    assert all(problem.blocking for problem in (Problem.NO_NAME, Problem.TOO_LONG))


def test_duplicates_within_the_list_and_with_members_as_the_app_compares_names() -> None:
    rows = read_pasted("Hüseyin Yılmaz\nhuseyin  yilmaz\nİkiz, Ayşe\nAnna de Vries\nJan")
    problems = check(rows, ["Ayşe Ikiz", "ANNA DE VRIES"])
    assert problems == [
        set(),
        {Problem.REPEATED},
        {Problem.TURNED_ROUND, Problem.ALREADY_MEMBER},
        {Problem.ALREADY_MEMBER},
        set(),
    ]
    # Leaving the first out of the list leaves the second alone.
    first_out = [replace(rows[0], included=False), *rows[1:]]
    assert check(first_out, [])[1] == set()


def test_editing_a_name_reads_it_again_and_keeps_the_role_note() -> None:
    [row] = read_pasted("Jansen, Jan, GP, Utrecht\tsecretaris")
    edited = row.renamed("Jansen, Jan")
    assert (edited.name, edited.family_name) == ("Jan Jansen", "Jansen")
    assert edited.notes == {Problem.TURNED_ROUND, Problem.UNKNOWN_ROLE}


def test_csv_from_dutch_excel_cp1252_with_semicolons() -> None:
    data = "Naam;Rol\r\nHüseyin Yılmaz;Groepslid\r\n".encode()
    assert people(read_csv(data)) == [("Hüseyin Yılmaz", Role.MEMBER)]
    data = 'Naam;Rol\r\n"Eertwegh, van den, IJsbrand";Begeleider\r\nRenée Müller;lid\r\n'
    rows = read_csv(data.encode("cp1252"))
    assert people(rows) == [
        ("IJsbrand van den Eertwegh", Role.FACILITATOR),
        ("Renée Müller", Role.MEMBER),
    ]
    assert [row.line for row in rows] == [2, 3]


def test_csv_with_a_bom_and_commas() -> None:
    data = "\ufeffName,Role\nΝίκος Παπαδόπουλος,Facilitator\nAnna de Vries,Member\n"
    rows = read_csv(data.encode("utf-8"))
    assert people(rows) == [
        ("Νίκος Παπαδόπουλος", Role.FACILITATOR),
        ("Anna de Vries", Role.MEMBER),
    ]


def test_csv_of_one_column_needs_no_separator() -> None:
    data = "Hüseyin Yılmaz\nIJsbrand de Vries\n".encode("utf-8-sig")
    assert people(read_csv(data)) == [("Hüseyin Yılmaz", None), ("IJsbrand de Vries", None)]


def test_addresses_copied_from_an_e_mail() -> None:
    line = (
        'Anna de Vries <anna@example.nl>; "Eertwegh, van den, IJsbrand" <ij@example.nl>;'
        " Hüseyin Yılmaz <h.yilmaz@example.com>;"
    )
    rows = read_pasted(line + "\nJan Jansen (jan@example.nl)\nnobody@example.nl")
    assert [row.name for row in rows] == [
        "Anna de Vries",
        "IJsbrand van den Eertwegh",
        "Hüseyin Yılmaz",
        "Jan Jansen",
        "",
    ]
    assert rows[-1].notes == {Problem.NO_NAME}


def test_a_first_column_of_row_numbers_is_skipped() -> None:
    text = "1\tAnna de Vries\tBegeleider\n2.\tJan Jansen\n\tPieter"
    assert people(read_pasted(text)) == [
        ("Anna de Vries", Role.FACILITATOR),
        ("Jan Jansen", None),
        ("", None),  # an empty first cell is an empty name, not a number
    ]


def test_a_huge_pasted_line_is_read_quickly_and_flagged() -> None:
    [row] = read_pasted("a" * 200_000 + "@ b")  # would take minutes if searched for addresses
    assert row.notes == {Problem.TOO_LONG}
