"""Family-name guessing, Dutch-style sorting, search folding and initials."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reflectdesk.core.names import (
    fold,
    guess_family_name,
    initials,
    sort_key,
    split_family_name,
)


@pytest.mark.parametrize(
    ("display_name", "expected"),
    [
        ("IJsbrand van den Eertwegh", "van den Eertwegh"),
        ("Hüseyin İkiz", "İkiz"),
        ("Anna de Vries", "de Vries"),
        ("Jan-Willem ter Horst", "ter Horst"),
        ("Νίκος Παπαδόπουλος", "Παπαδόπουλος"),
        ("Madonna", "Madonna"),
        ("Sanne van 't Hof", "van 't Hof"),
        ("Maria van der Berg-de Vries", "van der Berg-de Vries"),
        ("Dr. Pieter Jansen", "Jansen"),
        ("", ""),
        # Titles, in any case, with or without dots, several in a row.
        ("Dr Pieter Jansen", "Jansen"),
        ("Prof. Anna de Vries", "de Vries"),
        ("Prof. dr. Anna de Vries", "de Vries"),
        ("Prof.dr. Anna de Vries", "de Vries"),
        ("Mr Pieter Jansen", "Jansen"),
        ("Mrs Anna Smith", "Smith"),
        ("Ms. Anna Smith", "Smith"),
        ("dhr. P. van Dijk", "van Dijk"),
        ("mevr. A. de Vries", "de Vries"),
        ("mevrouw de Vries", "de Vries"),
        ("de heer Jansen", "Jansen"),
        ("De heer P. Jansen", "Jansen"),
        # A title on its own, or "de Heer" on its own, is kept as the name.
        ("Dr.", "Dr."),
        ("de Heer", "de Heer"),
        ("Anna de Heer", "de Heer"),
        # More given names, more particles, other spellings of particles.
        ("Anna Maria de Vries", "de Vries"),
        ("Pieter op den Kamp", "op den Kamp"),
        ("Anna van ’t Hof", "van ’t Hof"),
        ("Jan 's Gravesande", "'s Gravesande"),
        ("Jan vd Berg", "vd Berg"),
        ("Jan v.d. Berg", "v.d. Berg"),
        ("Ludwig van Beethoven", "van Beethoven"),
        ("Leonardo da Vinci", "da Vinci"),
        # No given name: a name that starts with a lowercase particle is all family name.
        ("van Dijk", "van Dijk"),
        # A capitalised first word is a given name even when it looks like a particle.
        ("Van Morrison", "Morrison"),
        # Capitalised prefixes (Flemish style, or the surname in capitals).
        ("Jan De Smet", "De Smet"),
        ("Anna DE VRIES", "DE VRIES"),
        # ...but not as the last word: "Le" and "Du" are surnames in their own right.
        ("Anh Le", "Le"),
        ("Wei Du", "Du"),
        # All capitals or all lowercase.
        ("IJSBRAND VAN DEN EERTWEGH", "VAN DEN EERTWEGH"),
        ("ijsbrand van den eertwegh", "van den eertwegh"),
        ("ANNA DE VRIES", "DE VRIES"),
        ("anna de vries", "de vries"),
        ("HÜSEYIN İKIZ", "İKIZ"),
        ("jan-willem ter horst", "ter horst"),
        ("DR. PIETER JANSEN", "JANSEN"),
        ("PIETER JANSEN", "JANSEN"),
        # Whitespace is collapsed.
        ("   ", ""),
        ("  Anna   de \t Vries  ", "de Vries"),
        ("Madonna\n", "Madonna"),
    ],
)
def test_guess_family_name(display_name: str, expected: str) -> None:
    assert guess_family_name(display_name) == expected


@pytest.mark.parametrize(
    ("family_name", "expected"),
    [
        ("van den Eertwegh", ("van den", "Eertwegh")),
        ("Eertwegh", ("", "Eertwegh")),
        ("de Vries", ("de", "Vries")),
        ("van 't Hof", ("van 't", "Hof")),
        ("van der Berg-de Vries", ("van der", "Berg-de Vries")),
        ("De Vries", ("De", "Vries")),
        ("VAN DEN EERTWEGH", ("VAN DEN", "EERTWEGH")),
        ("v.d. Berg", ("v.d.", "Berg")),
        ("Le", ("", "Le")),
        ("van der", ("van", "der")),
        ("  van   Dijk ", ("van", "Dijk")),
        ("", ("", "")),
        ("   ", ("", "")),
    ],
)
def test_split_family_name(family_name: str, expected: tuple[str, str]) -> None:
    assert split_family_name(family_name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("İkiz", "ikiz"),
        ("Ikiz", "ikiz"),
        ("ıkiz", "ikiz"),
        ("IKIZ", "ikiz"),
        ("İKİZ", "ikiz"),
        ("Özdemir", "ozdemir"),
        ("Şule Çelik", "sule celik"),
        ("Ihsanoğlu", "ihsanoglu"),
        ("Groß", "gross"),
        ("GROẞ", "gross"),
        ("Ĳzerman", "ijzerman"),
        ("ĳzerman", "ijzerman"),
        ("IJzerman", "ijzerman"),
        ("ά", "α"),
        ("Νίκος Παπαδόπουλος", "νικοσ παπαδοπουλοσ"),
        ("ς", "σ"),
        ("Émile Zoë", "emile zoe"),
        ("E\u0301mile", "emile"),
        ("Søren", "soren"),
        ("van ’t Hof", "van 't hof"),
        ("Berg–de Vries", "berg-de vries"),
        ("", ""),
        ("  ", "  "),
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_turkish_i_variants_fold_alike() -> None:
    assert fold("İkiz") == fold("Ikiz") == fold("ıkiz") == fold("ikiz")


@pytest.mark.parametrize(
    ("display_name", "expected"),
    [
        ("IJsbrand van den Eertwegh", "IJvdE"),
        ("Hüseyin İkiz", "Hİ"),
        ("Anna de Vries", "AdV"),
        ("Νίκος Παπαδόπουλος", "ΝΠ"),
        ("Jan-Willem ter Horst", "JWtH"),
        ("Sanne van 't Hof", "SvtH"),
        ("Maria van der Berg-de Vries", "MvdB"),
        ("Dr. Pieter Jansen", "PJ"),
        ("Anna Maria de Vries", "AMdV"),
        ("Madonna", "M"),
        ("van Dijk", "vD"),
        ("Jan vd Berg", "JvdB"),
        ("Jan v.d. Berg", "JvdB"),
        ("Jan De Smet", "JdS"),
        # IJ is one letter where Dutch writes it as one: capital IJ, the ligature, "IJ.".
        ("Pieter IJzerman", "PIJ"),
        ("Ĳsbrand de Boer", "IJdB"),
        ("IJ. van Dam", "IJvD"),
        # "Ij" and all-capital "IJ" are not necessarily the digraph.
        ("Ijeoma Okafor", "IO"),
        ("IJSBRAND VAN DEN EERTWEGH", "IvdE"),
        ("ANNA DE VRIES", "AdV"),
        ("anna de vries", "AdV"),
        ("Émile Zola", "ÉZ"),
        ("E\u0301mile Zola", "ÉZ"),
        ("Şule Çelik", "ŞÇ"),
        ("", ""),
        ("   ", ""),
        ("-", ""),
    ],
)
def test_initials(display_name: str, expected: str) -> None:
    assert initials(display_name) == expected


# Dutch particles, IJ names, Turkish letters, Greek, German ß and plain English, shuffled.
MEMBERS = [
    "Zeynep Ozdemir",
    "Νίκος Παπαδόπουλος",
    "Anna de Vries",
    "Hüseyin İkiz",
    "Thomas Gross",
    "IJsbrand van den Eertwegh",
    "Mehmet Yıldız",
    "Sanne van 't Hof",
    "John Smith",
    "Femke IJzerman",
    "Emre Özdemir",
    "Dr. Pieter Jansen",
    "Şule Çelik",
    "Klaus Groß",
    "Ayşe Ikiz",
    "Maria van der Berg-de Vries",
    "Çağla Ihsanoğlu",
    "Jan-Willem ter Horst",
    "Madonna",
]

EXPECTED_ORDER = [
    "Maria van der Berg-de Vries",  # berg-de vries: the prefix "van der" is ignored
    "Şule Çelik",  # celik
    "IJsbrand van den Eertwegh",  # eertwegh
    "Klaus Groß",  # gross, then by given name: klaus < thomas
    "Thomas Gross",
    "Sanne van 't Hof",  # hof
    "Jan-Willem ter Horst",  # horst
    "Çağla Ihsanoğlu",  # ihsanoglu < ijzerman < ikiz: IJ sorts as i + j
    "Femke IJzerman",
    "Ayşe Ikiz",  # ikiz, then by given name: ayse < huseyin
    "Hüseyin İkiz",
    "Dr. Pieter Jansen",  # jansen: the title plays no part
    "Madonna",
    "Emre Özdemir",  # ozdemir, then by given name: emre < zeynep
    "Zeynep Ozdemir",
    "John Smith",
    "Anna de Vries",  # vries
    "Mehmet Yıldız",  # yildiz: IJzerman is not filed with Y
    "Νίκος Παπαδόπουλος",  # Greek after Latin, in code point order
]


def test_sort_mixed_list() -> None:
    assert sorted(MEMBERS, key=sort_key) == EXPECTED_ORDER


def test_sort_does_not_depend_on_input_order() -> None:
    assert sorted(reversed(MEMBERS), key=sort_key) == EXPECTED_ORDER
    assert sorted(EXPECTED_ORDER, key=sort_key) == EXPECTED_ORDER


def test_sort_key_parts() -> None:
    assert sort_key("IJsbrand van den Eertwegh") == (
        "eertwegh",
        "ijsbrand",
        "van den",
        "IJsbrand van den Eertwegh",
    )
    assert sort_key("Dr. Pieter Jansen") == ("jansen", "pieter", "", "Dr. Pieter Jansen")
    assert sort_key("Madonna") == ("madonna", "", "", "Madonna")


def test_prefix_breaks_ties_after_given_names() -> None:
    names = ["Jan van Boer", "Piet Boer", "Jan de Boer", "Jan Boer"]
    assert sorted(names, key=sort_key) == ["Jan Boer", "Jan de Boer", "Jan van Boer", "Piet Boer"]


def test_raw_display_name_breaks_remaining_ties() -> None:
    names = ["Hüseyin İkiz", "Hüseyin Ikiz"]
    assert fold(names[0]) == fold(names[1])
    assert sorted(names, key=sort_key) == ["Hüseyin Ikiz", "Hüseyin İkiz"]
    assert sort_key(names[0]) != sort_key(names[1])


def test_ij_sorts_between_ih_and_ik() -> None:
    names = ["Kees Ypma", "Anna Ikema", "Jan IJpma", "Piet Ihle", "Lars Jansen"]
    assert sorted(names, key=sort_key) == [
        "Piet Ihle",
        "Jan IJpma",
        "Anna Ikema",
        "Lars Jansen",
        "Kees Ypma",
    ]


def test_family_name_overrides_guess() -> None:
    # Family name first, as in Vietnamese: the guess would pick "Lan".
    assert sort_key("Nguyen Thi Lan")[0] == "lan"
    assert sort_key("Nguyen Thi Lan", "Nguyen") == ("nguyen", "thi lan", "", "Nguyen Thi Lan")
    # "del" belongs to the given names here; the guess would file her under Carmen.
    assert sort_key("María del Carmen López")[0] == "carmen lopez"
    assert sort_key("María del Carmen López", "López")[:3] == ("lopez", "maria del carmen", "")
    # A prefix in the stored family name is split off and ignored for the first level.
    key = sort_key("Anne-Marie Smit", "van der Smit")
    assert (key[0], key[2]) == ("smit", "van der")
    # The family name matches the display name however it is accented or capitalised.
    assert sort_key("Hüseyin İkiz", "IKIZ")[:3] == ("ikiz", "huseyin", "")


def test_family_name_missing_from_display_name() -> None:
    assert sort_key("Dr. Anna Smit", "Jansen") == ("jansen", "anna smit", "", "Dr. Anna Smit")


@pytest.mark.parametrize("family_name", [None, "", "   "])
def test_blank_family_name_falls_back_to_guess(family_name: str | None) -> None:
    assert sort_key("Anna de Vries", family_name) == sort_key("Anna de Vries")


@pytest.mark.parametrize("display_name", ["", " ", "\t\n"])
def test_sort_key_of_blank_name(display_name: str) -> None:
    assert sort_key(display_name) == ("", "", "", display_name)


@given(st.text(), st.one_of(st.none(), st.text()))
def test_sort_key_never_raises(display_name: str, family_name: str | None) -> None:
    key = sort_key(display_name, family_name)
    assert len(key) == 4
    assert all(isinstance(part, str) for part in key)
    assert key[-1] == display_name


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text())
def test_fold_drops_case_and_combining_marks(text: str) -> None:
    folded = fold(text)
    assert fold(folded.upper()) == folded
    assert not any(unicodedata.category(ch) == "Mn" for ch in folded)


@given(st.text())
def test_guessed_family_name_ends_the_display_name(display_name: str) -> None:
    family = guess_family_name(display_name)
    assert " ".join(display_name.split()).endswith(family)
    assert bool(family) == bool(display_name.split())


@given(st.text())
def test_split_family_name_keeps_every_word(family_name: str) -> None:
    prefix, core = split_family_name(family_name)
    assert " ".join(part for part in (prefix, core) if part) == " ".join(family_name.split())
    assert bool(core) == bool(family_name.split())


@given(st.text())
def test_initials_never_raise(display_name: str) -> None:
    assert isinstance(initials(display_name), str)


@given(st.lists(st.text(max_size=30), max_size=12))
def test_sort_order_is_total(names: list[str]) -> None:
    assert sorted(names, key=sort_key) == sorted(reversed(names), key=sort_key)


def test_an_id_wins_over_names_and_names_match_case_insensitively() -> None:
    from reflectdesk.core.names import matching_id_or_name

    records = [("id-1", "Balint A"), ("id-2", "balint a"), ("Balint A", "Other")]

    def find(wanted: str) -> list[tuple[str, str]]:
        return matching_id_or_name(records, wanted, id_of=lambda r: r[0], name_of=lambda r: r[1])

    assert find("id-2") == [("id-2", "balint a")]
    assert find("Balint A") == [("Balint A", "Other")]  # the id, not the two names
    assert find("BALINT a") == [("id-1", "Balint A"), ("id-2", "balint a")]
    assert find("nobody") == []


def test_stripping_marks_drops_exactly_the_combining_marks() -> None:
    import random
    import unicodedata

    from reflectdesk.core.names import _strip_marks

    rng = random.Random(16)
    alphabet = "aeiouAÉİıßøŁ — -'’́̈̃̀ͅ\u0301\u0308\u0327ΆάΐǅĲ中𝔘\u200f\u0627\u064b"
    for _ in range(2000):
        text = unicodedata.normalize(
            "NFKD", "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        )
        expected = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
        assert _strip_marks(text) == expected, repr(text)
