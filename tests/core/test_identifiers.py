"""Identifiable-detail check: positive and negative examples in English and Dutch."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reflectdesk.core.identifiers import (
    Finding,
    IdentifierKind,
    bsn_check_ok,
    describe,
    find_identifiers,
    nhs_check_ok,
)

K = IdentifierKind


def _nhs_check_digit(nine: str) -> int | None:
    """Our own modulus-11 computation, independent of the module under test."""
    total = sum(int(d) * (10 - i) for i, d in enumerate(nine))
    check = (11 - total % 11) % 11
    return None if check == 10 else check


def _valid_nhs(nine: str) -> str:
    check = _nhs_check_digit(nine)
    assert check is not None
    return nine + str(check)


def _bsn_valid(digits: str) -> bool:
    weights = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


def _kinds(text: str, place_names: Iterable[str] = ()) -> list[tuple[IdentifierKind, str]]:
    return [(f.kind, f.text) for f in find_identifiers(text, place_names=place_names)]


def _assert_single(text: str, kind: IdentifierKind, expected: str) -> None:
    findings = find_identifiers(text)
    assert [(f.kind, f.text) for f in findings] == [(kind, expected)], findings
    for finding in findings:
        assert text[finding.start : finding.end] == finding.text


def _assert_none_of(text: str, kind: IdentifierKind) -> None:
    findings = find_identifiers(text)
    assert not [f for f in findings if f.kind == kind], findings


# --- dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seen on 12-03-2024 in clinic.", "12-03-2024"),
        ("Gezien op 12/3/24.", "12/3/24"),
        ("Admitted 2024-03-12 overnight", "2024-03-12"),
        ("Opname 12.03.2024 via SEH", "12.03.2024"),
        ("On 12 March 2024 she came back.", "12 March 2024"),
        ("It was March 12, 2024 when", "March 12, 2024"),
        ("Op 12 maart 2024 kwam ze terug", "12 maart 2024"),
        ("controle 12 mrt bij de poli", "12 mrt"),
        ("sinds 3 januari opgenomen", "3 januari"),
        ("on the 5th of May he fell", "5th of May"),
        ("op 1 okt. 2023 overleden", "1 okt. 2023"),
        ("seen 29 FEB", "29 FEB"),
        ("Dec 3rd was the last visit", "Dec 3rd"),
        ("op 31 december", "31 december"),
        ("date 3/12/2023 written US-style", "3/12/2023"),
    ],
)
def test_dates_found(text: str, expected: str) -> None:
    _assert_single(text, K.DATE, expected)


@pytest.mark.parametrize(
    "text",
    [
        "45/13/2024 is not a date",
        "running version 3.12 of the software",
        "1-2 patients a week",
        "a 3-4 day course",
        "she qualified in 2019",
        "it may be 5 may be not",
        "31 februari bestaat niet",
        "32 maart ook niet",
        "versie 3.12.1 is uit",
        "score 12/30 on the MMSE",
        "dose 0.5.1 units",
        "het januari-nummer van het tijdschrift",
    ],
)
def test_not_dates(text: str) -> None:
    _assert_none_of(text, K.DATE)


# --- ages ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 67-year-old man", "67-year-old"),
        ("a 67 year old woman", "67 year old"),
        ("a woman aged 67 with", "aged 67"),
        ("he was 67 years of age", "67 years of age"),
        ("een man van 67 jaar met", "67 jaar"),
        ("een 67-jarige vrouw", "67-jarige"),
        ("zij is 67 jarig", "67 jarig"),
        ("age: 67, male", "age: 67"),
        ("Patient X (67 y) presented", "67 y"),
        ("patiënte, 67 jaar, met pijn", "67 jaar"),
        ("de patiënt is 67 jaar oud", "67 jaar oud"),
        ("leeftijd: 54", "leeftijd: 54"),
        ("a 4-year-old child", "4-year-old"),
        ("(67 jr)", "67 jr"),
    ],
)
def test_ages_found(text: str, expected: str) -> None:
    _assert_single(text, K.AGE, expected)


@pytest.mark.parametrize(
    "text",
    [
        "after 5 years of training",
        "twenty years ago",
        "na 5 jaar opleiding",
        "al twintig jaar geleden",
        "a 300-year-old building",
        "in her sixties",
        "the 3 years I spent there",
        "een vrouw van middelbare leeftijd",
        "over 10 jaar misschien",
        "a 5 year plan",
    ],
)
def test_not_ages(text: str) -> None:
    _assert_none_of(text, K.AGE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mrs Jansen, 67, seen on Monday", "67"),
        ("a woman, 54, with chest pain", "54"),
        ("patiënte, 67, met pijn", "67"),
        ("we discussed Mr Smith, 81.", "81"),
    ],
)
def test_a_bare_age_set_off_after_a_person(text: str, expected: str) -> None:
    assert [f.text for f in find_identifiers(text) if f.kind == K.AGE] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "room 4, 12, and 13 were full",
        "Mr Smith, 3 times a day",
        "Dr de Vries, 2019, wrote it",
        "Mr Smith, 67.5 kg",
        "Mrs Jansen, 130, is not an age",
        "the team, 12, met",
    ],
)
def test_a_bare_number_elsewhere_is_not_an_age(text: str) -> None:
    _assert_none_of(text, K.AGE)


def test_the_three_details_of_a_typical_case_line() -> None:
    assert _kinds("Mrs Jansen, 67, seen on 12-03-2026") == [
        (K.TITLED_NAME, "Mrs Jansen"),
        (K.AGE, "67"),
        (K.DATE, "12-03-2026"),
    ]


# --- NHS numbers and BSN ---------------------------------------------------------------


def test_own_helpers_agree_on_known_numbers() -> None:
    assert _nhs_check_digit("943476591") == 9
    assert _bsn_valid("111222333")
    assert not _bsn_valid("123456789")


@pytest.mark.parametrize(
    "number",
    [
        "943 476 5919",
        "9434765919",
        "943-476-5919",
        _valid_nhs("401023213"),
        _valid_nhs("485777345"),
    ],
)
def test_valid_nhs_numbers(number: str) -> None:
    assert nhs_check_ok(number.replace(" ", "").replace("-", ""))
    _assert_single(f"NHS no {number} on file", K.NHS_NUMBER, number)


@pytest.mark.parametrize("number", ["943 476 5918", "9434765910", "401 023 2130", "1234567890"])
def test_invalid_nhs_numbers(number: str) -> None:
    assert not nhs_check_ok(number.replace(" ", ""))
    _assert_none_of(f"NHS no {number} on file", K.NHS_NUMBER)


def test_nhs_check_digit_ten_is_invalid() -> None:
    nine = next(
        f"{n:09d}" for n in range(100000000, 100001000) if _nhs_check_digit(f"{n:09d}") is None
    )
    assert not any(nhs_check_ok(nine + str(d)) for d in range(10))


@pytest.mark.parametrize("number", ["111222333", "123456782", "999999990", "1234.56.782"])
def test_valid_bsn(number: str) -> None:
    digits = number.replace(".", "")
    assert _bsn_valid(digits)
    assert bsn_check_ok(digits)
    _assert_single(f"BSN {number} genoteerd", K.BSN, number)


def test_eight_digit_bsn_is_padded() -> None:
    eight = next(f"{n:08d}" for n in range(10000000, 10001000) if _bsn_valid(f"0{n:08d}"))
    _assert_single(f"bsn {eight}.", K.BSN, eight)


@pytest.mark.parametrize("number", ["123456789", "111222334", "000000000", "987654320"])
def test_invalid_bsn(number: str) -> None:
    assert not bsn_check_ok(number)
    _assert_none_of(f"BSN {number} genoteerd", K.BSN)


def test_all_zero_bsn_rejected_even_though_sum_is_zero() -> None:
    assert _bsn_valid("000000000")
    assert not bsn_check_ok("000000000")


# --- phones, e-mail, postcodes ---------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        "06-12345678",
        "06 1234 5678",
        "0201234567",
        "+31 6 12345678",
        "020-1234567",
        "07700 900123",
        "+44 7700 900123",
        "020 7946 0958",
        "+31 (0)20 123 4567",
        "0044 20 7946 0958",
        "010-2345679",
    ],
)
def test_phones_found(number: str) -> None:
    assert not nhs_check_ok("".join(ch for ch in number if ch.isdigit()))
    _assert_single(f"bel {number} morgen", K.PHONE, number)


@pytest.mark.parametrize(
    "text",
    [
        "120 mg twice daily",
        "2 x 500 mg",
        "BP 120/80 mmHg",
        "1234567",
        "12 345 678 9",
        "06-1234",
        "ward 0612",
        "012345678901234",
        "Hb 8.1 mmol/l, leuco 12.3",
        "+31",
    ],
)
def test_not_phones(text: str) -> None:
    _assert_none_of(text, K.PHONE)


@pytest.mark.parametrize(
    "address",
    ["j.smith@lumc.nl", "a.de.vries+poli@umcutrecht.nl", "x_y@nhs.net", "ÅSA@example.co.uk"],
)
def test_emails_found(address: str) -> None:
    _assert_single(f"mail {address}, thanks", K.EMAIL, address)


@pytest.mark.parametrize("text", ["@home", "twitter @name", "a@b", "x@localhost", "1@2.3"])
def test_not_emails(text: str) -> None:
    _assert_none_of(text, K.EMAIL)


@pytest.mark.parametrize(
    "code",
    [
        *("1234 AB", "1234AB", "2333 ZA", "9999 XX"),
        *("SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB"),
    ],
)
def test_postcodes_found(code: str) -> None:
    _assert_single(f"woont in {code} sinds kort", K.POSTCODE, code)


@pytest.mark.parametrize(
    "text",
    [
        "1000 mg paracetamol",
        "1234 SS",
        "1234 SA",
        "0123 AB",
        "1234 ab",
        "sw1a 1aa",
        "1234 ABC",
        "M1 1AC",
        "12345 AB",
        "COVID 19",
    ],
)
def test_not_postcodes(text: str) -> None:
    _assert_none_of(text, K.POSTCODE)


# --- names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I saw Mr Jansen today", "Mr Jansen"),
        ("gesprek met mevrouw De Vries over", "mevrouw De Vries"),
        ("Dr. Smith said no", "Dr. Smith"),
        ("meneer van der Berg belde", "meneer van der Berg"),
        ("bij mevr. Yilmaz thuis", "mevr. Yilmaz"),
        ("dhr. Bakker kwam", "dhr. Bakker"),
        ("de heer Pietersen zei", "de heer Pietersen"),
        ("mw. El Amrani had", "mw. El Amrani"),
        ("zuster Anna hielp", "zuster Anna"),
        ("dokter Visser keek", "dokter Visser"),
        ("Prof. dr. J. de Boer gave", "Prof. dr. J. de Boer"),
        ("Mrs Ölund arrived", "Mrs Ölund"),
        ("Miss Patel was", "Miss Patel"),
        ("Ms O'Brien was", "Ms O'Brien"),
    ],
)
def test_titled_names_found(text: str, expected: str) -> None:
    _assert_single(text, K.TITLED_NAME, expected)


@pytest.mark.parametrize(
    "text",
    [
        "the doctor came",
        "Dr alone",
        "Dr. said",
        "I miss Anna",
        "de heer",
        "meneer van der",
        "the patient Mr",
        "Anna Jansen without title",
        "a mr of law",
        "de dokter kwam",
        "Mr X and Dr S, as the guidance advises",
        "Dr S. agreed",
    ],
)
def test_not_titled_names(text: str) -> None:
    _assert_none_of(text, K.TITLED_NAME)


PLACES = ["LUMC", "Huisartsenpraktijk De Linde", "St Thomas'", "Sint Maartenskliniek"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("werkzaam in het LUMC.", "LUMC"),
        ("werkzaam in het lumc", "lumc"),
        ("bij huisartsenpraktijk de línde gezien", "huisartsenpraktijk de línde"),
        ("at St Thomas' last week", "St Thomas'"),
        ("at ST THOMAS’ last week", "ST THOMAS’"),
        ("in de Sint Maartenskliniek", "Sint Maartenskliniek"),
        ("in de sint maartensklinie\u0301k", "sint maartensklinie\u0301k"),
        ("(LUMC)", "LUMC"),
    ],
)
def test_place_names_found(text: str, expected: str) -> None:
    findings = find_identifiers(text, place_names=PLACES)
    assert [(f.kind, f.text) for f in findings] == [(K.PLACE_NAME, expected)]
    assert text[findings[0].start : findings[0].end] == expected


@pytest.mark.parametrize("text", ["LUMCX", "PLUMC", "De Linde alone", "St Thomas Aquinas"])
def test_place_names_whole_words_only(text: str) -> None:
    assert not find_identifiers(text, place_names=PLACES)


def test_blank_place_names_ignored() -> None:
    assert find_identifiers("any text", place_names=["", "   "]) == []


# --- combining -------------------------------------------------------------------------


def test_offsets_and_order_in_mixed_text() -> None:
    text = (
        "Op 12-03-2024 zag ik mevrouw De Vries (67 jaar), BSN 111222333, tel 06-12345678, "
        "NHS 943 476 5919, j.smith@lumc.nl, 2333 ZA Leiden, in het LUMC."
    )
    findings = find_identifiers(text, place_names=["LUMC"])
    assert [f.kind for f in findings] == [
        K.DATE,
        K.TITLED_NAME,
        K.AGE,
        K.BSN,
        K.PHONE,
        K.NHS_NUMBER,
        K.EMAIL,
        K.POSTCODE,
        K.PLACE_NAME,
    ]
    for finding in findings:
        assert text[finding.start : finding.end] == finding.text
    assert [f.start for f in findings] == sorted(f.start for f in findings)


def test_nhs_number_beats_phone() -> None:
    # A valid NHS number written with a leading zero also looks like a phone number.
    number = next(
        n
        for n in (f"0{i:08d}" for i in range(20000000, 20001000))
        if _nhs_check_digit(n) is not None
    )
    number = _valid_nhs(number)
    assert _kinds(f"nr {number}") == [(K.NHS_NUMBER, number)]


def test_email_beats_place_name() -> None:
    assert _kinds("mail j.smith@lumc.nl", place_names=["LUMC"]) == [(K.EMAIL, "j.smith@lumc.nl")]


def test_longer_wins_between_equal_ranks() -> None:
    # "67 jaar oud" and "67 jaar" are both ages; the longer span is kept.
    assert _kinds("zij is 67 jaar oud") == [(K.AGE, "67 jaar oud")]


def test_findings_are_frozen_dataclasses() -> None:
    finding = Finding(K.DATE, 0, 1, "x")
    with pytest.raises(AttributeError):
        finding.start = 3  # type: ignore[misc]


def test_describe_every_kind() -> None:
    assert describe(K.DATE) == "a date"
    assert describe(K.AGE) == "an exact age"
    assert describe(K.NHS_NUMBER) == "an NHS number"
    for kind in IdentifierKind:
        assert describe(kind)


def test_empty_text() -> None:
    assert find_identifiers("") == []


@pytest.mark.parametrize(
    "unit",
    ["1.1.1 ", "a" * 50 + "@", "0 6 1 2 3 ", "Mr " * 5, "12 ", "-" * 20, "1" * 40 + " "],
)
def test_long_repetitive_text_is_searched_to_the_end(unit: str) -> None:
    # How fast (no catastrophic backtracking) is benchmarks/identifiers.py's business;
    # a hang here prints its stack after pytest's faulthandler_timeout.
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    findings = find_identifiers(text, place_names=["LUMC", "a a"])
    assert all(0 <= found.start < found.end <= len(text) for found in findings)


@settings(deadline=None, max_examples=150)
@given(st.text(max_size=2000), st.lists(st.text(max_size=20), max_size=3))
def test_arbitrary_text_never_raises(text: str, places: list[str]) -> None:
    findings = find_identifiers(text, place_names=places)
    previous_end = 0
    for finding in findings:
        assert 0 <= previous_end <= finding.start < finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.text
        previous_end = finding.end


@settings(deadline=None, max_examples=100)
@given(
    st.lists(
        st.sampled_from(
            ["12", "-", "/", ".", " ", "mei", "Mr", "De", "06", "@", "a", "jaar", "AB", "\u0301"]
        ),
        max_size=300,
    )
)
def test_tricky_tokens_never_raise(tokens: list[str]) -> None:
    text = "".join(tokens)
    findings = find_identifiers(text, place_names=["de mei"])
    assert all(a.end <= b.start for a, b in itertools.pairwise(findings))
