"""Case-presenter rotation: counting per member and suggesting who presents next."""

from __future__ import annotations

from datetime import date

from reflectdesk.core.rotation import PresenterStat, presenter_stats, suggest_presenter

MEMBERS = [
    ("p-jansen", "Pieter Jansen"),
    ("p-eertwegh", "IJsbrand van den Eertwegh"),
    ("p-vries", "Anna de Vries"),
]


def stat(person_id: str, name: str, times: int, last: date | None) -> PresenterStat:
    return PresenterStat(person_id, name, times, last)


def test_stats_count_and_keep_the_latest_date_in_name_order() -> None:
    presented = [
        ("p-jansen", date(2026, 3, 3)),
        ("p-jansen", date(2026, 1, 13)),
        ("p-vries", date(2026, 2, 10)),
    ]

    assert presenter_stats(MEMBERS, presented) == [
        stat("p-eertwegh", "IJsbrand van den Eertwegh", 0, None),
        stat("p-jansen", "Pieter Jansen", 2, date(2026, 3, 3)),
        stat("p-vries", "Anna de Vries", 1, date(2026, 2, 10)),
    ]


def test_stats_ignore_people_who_are_not_members_and_duplicate_members() -> None:
    stats = presenter_stats(
        [*MEMBERS, ("p-jansen", "Pieter Jansen")], [("former", date(2026, 1, 6))]
    )

    assert [s.person_id for s in stats] == ["p-eertwegh", "p-jansen", "p-vries"]
    assert all(s.times == 0 for s in stats)


def test_no_members_means_no_suggestion() -> None:
    assert presenter_stats([], [("x", date(2026, 1, 6))]) == []
    assert suggest_presenter([]) is None


def test_never_presented_comes_first() -> None:
    stats = [
        stat("a", "Anna de Vries", 1, date(2020, 1, 1)),
        stat("b", "Pieter Jansen", 0, None),
    ]
    assert suggest_presenter(stats) == stats[1]


def test_least_times_beats_longest_ago() -> None:
    stats = [
        stat("a", "Anna de Vries", 2, date(2025, 1, 1)),
        stat("b", "Pieter Jansen", 1, date(2026, 5, 1)),
    ]
    assert suggest_presenter(stats) == stats[1]


def test_equal_times_longest_ago_first() -> None:
    stats = [
        stat("a", "Anna de Vries", 1, date(2026, 3, 1)),
        stat("b", "Pieter Jansen", 1, date(2026, 1, 1)),
        stat("c", "Hüseyin İkiz", 1, date(2026, 2, 1)),
    ]
    assert suggest_presenter(stats) == stats[1]


def test_never_beats_any_date_even_with_equal_counts() -> None:
    # Hand-built stats can say 0 times with a date; "never" still comes first.
    stats = [stat("a", "Anna de Vries", 0, date(1990, 1, 1)), stat("b", "Pieter Jansen", 0, None)]
    assert suggest_presenter(stats) == stats[1]


def test_absent_people_are_skipped() -> None:
    stats = presenter_stats(MEMBERS, [("p-vries", date(2026, 1, 6))])

    suggested = suggest_presenter(stats)
    assert suggested is not None
    assert suggested.person_id == "p-eertwegh"
    suggested = suggest_presenter(stats, absent={"p-eertwegh"})
    assert suggested is not None
    assert suggested.person_id == "p-jansen"
    assert suggest_presenter(stats, absent=["p-eertwegh", "p-jansen", "p-vries"]) is None


def test_ties_are_broken_by_family_name_whatever_the_input_order() -> None:
    stats = [
        stat("1", "Pieter Jansen", 0, None),
        stat("2", "Anna de Vries", 0, None),
        stat("3", "IJsbrand van den Eertwegh", 0, None),
    ]

    for ordering in (stats, stats[::-1], [stats[1], stats[2], stats[0]]):
        suggested = suggest_presenter(ordering)
        assert suggested is not None
        assert suggested.display_name == "IJsbrand van den Eertwegh"


def test_same_name_is_settled_by_id() -> None:
    stats = [stat("z", "Anna de Vries", 0, None), stat("a", "Anna de Vries", 0, None)]
    assert suggest_presenter(stats) == stats[1]
    assert suggest_presenter(stats[::-1]) == stats[1]
