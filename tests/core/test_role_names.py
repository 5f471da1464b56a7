"""Hub role names made from people's names: plain, safe and unique (issue 20)."""

from __future__ import annotations

import re

import pytest

from reflectdesk.core.role_names import MAX_LENGTH, role_name_from, unique_role_name

PLAIN = re.compile(r"rd_[a-z0-9_]+")


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("O'Brien", "rd_obrien"),
        ("Hüseyin İkiz", "rd_huseyin_ikiz"),
        ("Anne-Marie van der Berg", "rd_anne_marie_van_der_berg"),
        ("Strauß", "rd_strauss"),
        ("  Dr.  Jansen  ", "rd_dr_jansen"),
        ("李小龍", "rd_user"),
        ('Robert"); DROP TABLE groups; --', "rd_robert_drop_table_groups"),
        ("postgres", "rd_postgres"),
    ],
)
def test_a_name_becomes_a_plain_role_name(name: str, role: str) -> None:
    assert role_name_from(name) == role
    assert PLAIN.fullmatch(role)


def test_a_long_name_is_cut_to_the_limit() -> None:
    role = role_name_from("Maria " * 30)
    assert len(role) <= MAX_LENGTH
    assert PLAIN.fullmatch(role) and not role.endswith("_")


def test_a_taken_name_gets_a_number() -> None:
    assert unique_role_name("O'Brien", set()) == "rd_obrien"
    assert unique_role_name("O'Brien", {"rd_obrien"}) == "rd_obrien_2"
    assert unique_role_name("O’Brien", {"rd_obrien", "rd_obrien_2"}) == "rd_obrien_3"
    long = unique_role_name("Maria " * 30, {role_name_from("Maria " * 30)})
    assert long.endswith("_2") and len(long) <= MAX_LENGTH
