"""Paired change from start to end of a series: pairing by respondent code, missing
pairs, the Wilcoxon p-value against a hand count and scipy, pseudonyms and codes."""

from __future__ import annotations

import subprocess
import sys

import pytest

from reflectdesk.core.errors import InvalidInputError
from reflectdesk.core.evaluation_stats import ResponseData
from reflectdesk.core.model import QuestionKind
from reflectdesk.core.paired_change import (
    NO_CHANGE,
    TOO_FEW_PAIRS,
    item_pairs,
    paired_change,
    paired_start_end,
    pseudonym,
)
from reflectdesk.core.questionnaires import QuestionnaireSpec, QuestionSpec, default_scale
from reflectdesk.core.validation import clean_respondent_code

FIVE = QuestionSpec("aaa", "A", QuestionKind.LIKERT, default_scale(5))
REVERSED = QuestionSpec("rev", "R", QuestionKind.LIKERT, default_scale(5), reverse_coded=True)
TEXT = QuestionSpec("txt", "T", QuestionKind.FREE_TEXT)
SPEC = QuestionnaireSpec("series-evaluation", "Series", "series", (FIVE, REVERSED, TEXT))


def form(code: str | None, timepoint: str, value: int | None, n: int = 0) -> ResponseData:
    return ResponseData(
        id=f"{code}-{timepoint}-{n}",
        values={"aaa": value, "rev": value},
        timepoint=timepoint,
        respondent_code=code,
    )


def test_wilcoxon_p_against_a_hand_count() -> None:
    # Differences 1, 2, 3, 4, -5: ranks 1..5, W- = 5. Of the 2^5 = 32 sign patterns,
    # 10 have a negative rank sum <= 5 ({}, {1}..{5}, {1,2}, {1,3}, {1,4}, {2,3}):
    # exact two-sided p = 2 * 10 / 32 = 0.625.
    triples = [(c, 0.0, d) for c, d in zip("abcde", [1.0, 2.0, 3.0, 4.0, -5.0], strict=True)]
    result = paired_change(triples)
    assert result.pairs == 5
    assert result.mean_change == pytest.approx(1.0)  # (1 + 2 + 3 + 4 - 5) / 5
    assert result.median_change == 2.0
    assert result.p_value == pytest.approx(0.625)
    assert result.no_test == ""


def test_wilcoxon_p_with_ties_and_zeros_matches_scipy() -> None:
    from scipy.stats import wilcoxon

    starts = [2, 3, 1, 4, 2, 3, 3, 2]
    ends = [4, 4, 3, 3, 5, 3, 5, 3]
    triples = [
        (f"p{i}", float(s), float(e)) for i, (s, e) in enumerate(zip(starts, ends, strict=True))
    ]
    result = paired_change(triples)
    differences = [e - s for s, e in zip(starts, ends, strict=True)]  # 2 1 2 -1 3 0 2 1
    assert result.pairs == 8
    assert result.mean_change == pytest.approx(10 / 8)
    assert result.median_change == pytest.approx(1.5)  # sorted -1 0 1 1 2 2 2 3
    expected = wilcoxon(differences, zero_method="wilcox", alternative="two-sided").pvalue
    assert result.p_value == pytest.approx(float(expected))
    assert 0 < result.p_value < 0.1


def test_pairing_with_missing_pairs() -> None:
    responses = [
        form("ann1", "start", 2),
        form("bob2", "start", 3),  # a start without an end
        form("cat3", "start", 1),
        form("ann1", "end", 4),
        form("cat3", "end", 2),
        form("dan4", "end", 5),  # an end without a start
        form("xx99", "end", 4),  # a code matching no start form
        form(None, "start", 3),  # no code: cannot be paired
        form("eve5", "start", 2),
        form("eve5", "end", None),  # answered the end form, left this item blank
    ]
    triples = item_pairs(FIVE, responses)
    result = paired_change(triples)
    assert result.pairs == 2  # ann1 +2, cat3 +1
    assert result.mean_change == pytest.approx(1.5)
    assert result.median_change == pytest.approx(1.5)
    assert (result.start_only, result.end_only, result.uncoded) == (2, 2, 1)
    assert result.missing_pairs
    assert result.p_value is None and result.no_test == TOO_FEW_PAIRS


def test_later_form_replaces_earlier_and_reverse_items_are_scored() -> None:
    responses = [
        form("ann1", "start", 1),
        form("ann1", "start", 2, n=1),  # entered again: this one counts
        form("ann1", "end", 5),
    ]
    assert paired_change(item_pairs(FIVE, responses)).mean_change == pytest.approx(3.0)
    # Reverse-coded: scored 6 - value, so 2 -> 4 and 5 -> 1: a change of -3.
    assert paired_change(item_pairs(REVERSED, responses)).mean_change == pytest.approx(-3.0)


def test_no_p_without_change_and_every_item_listed() -> None:
    responses = [form(c, t, 3) for c in "abcdef" for t in ("start", "end")]
    items = paired_start_end(SPEC, responses)
    assert [item.key for item in items] == ["aaa", "rev"]  # free text has no change
    change = items[0].change
    assert change.pairs == 6 and change.mean_change == 0.0
    assert change.p_value is None and change.no_test == NO_CHANGE
    assert not change.missing_pairs


def test_no_pairs_at_all() -> None:
    result = paired_change([])
    assert result.pairs == 0 and result.mean_change is None and result.median_change is None
    assert result.no_test == TOO_FEW_PAIRS


def test_pseudonym_is_short_stable_and_keyed() -> None:
    one = pseudonym(b"secret-of-group-1", "person-1")
    assert one == pseudonym(b"secret-of-group-1", "person-1")
    assert len(one) == 8 and one == one.lower() and one.isalnum()
    assert one != pseudonym(b"secret-of-group-2", "person-1")
    assert one != pseudonym(b"secret-of-group-1", "person-2")


def test_respondent_code_is_trimmed_and_case_folded() -> None:
    assert clean_respondent_code("  Tulip 7 ") == "tulip 7"
    assert clean_respondent_code("   ") is None
    with pytest.raises(InvalidInputError):
        clean_respondent_code("x" * 21)


@pytest.mark.parametrize("code", ["Anna de Vries", "ANNA DE VRIES", "de Vries", "vriés"])
def test_respondent_code_that_is_a_name_is_refused(code: str) -> None:
    names = ["Anna de Vries", "de Vries", "Vries"]
    with pytest.raises(InvalidInputError) as raised:
        clean_respondent_code(code, names=names)
    assert raised.value.field == "respondent_code"


def test_scipy_is_not_imported_even_to_compute_a_p() -> None:
    # Importing scipy.stats alone costs 0.3 s or more: a report must not pay for it.
    script = (
        "import sys, reflectdesk.core.paired_change as c, reflectdesk.export.evaluation;"
        "print(c.paired_change([(x, 1.0, 3.0) for x in 'abcdef']).p_value is not None,"
        " 'scipy' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "True False"
