"""The pure-Python Wilcoxon signed-rank p (core/signed_rank.py) against SciPy's, which
stays the reference: every method SciPy chooses (exact, permutation, normal) is met."""

from __future__ import annotations

import random

import pytest

from reflectdesk.core.signed_rank import signed_rank_p


def scipy_p(differences: list[float]) -> float:
    from scipy.stats import wilcoxon

    result = wilcoxon(differences, zero_method="wilcox", alternative="two-sided")
    return float(result.pvalue)


def likert_differences(rng: random.Random, n: int, shift: float) -> list[float]:
    # Differences of two answers on a 5-point scale: ties and zeros galore.
    return [float(rng.randint(1, 5) - rng.randint(1, 5) + round(shift)) for _ in range(n)]


@pytest.mark.parametrize("n", [5, 6, 8, 11, 13])
def test_small_samples_with_ties_and_zeros_match_scipys_permutation_test(n: int) -> None:
    rng = random.Random(n)
    for _ in range(12):  # SciPy takes a good part of a second for each of these
        differences = likert_differences(rng, n, rng.choice((0, 0.6, 1.2)))
        if not any(differences):
            continue
        assert signed_rank_p(differences) == pytest.approx(scipy_p(differences), rel=1e-9)


@pytest.mark.parametrize("n", [5, 9, 20, 50])
def test_samples_without_ties_match_scipys_exact_distribution(n: int) -> None:
    rng = random.Random(100 + n)
    for _ in range(40):
        differences = [rng.uniform(-3, 5) for _ in range(n)]
        assert signed_rank_p(differences) == pytest.approx(scipy_p(differences), rel=1e-9)


@pytest.mark.parametrize("n", [14, 30, 51, 120])
def test_larger_samples_match_scipys_normal_approximation(n: int) -> None:
    rng = random.Random(200 + n)
    for _ in range(40):
        differences = likert_differences(rng, n, rng.choice((0, 0.5)))
        if not any(differences):
            continue
        assert signed_rank_p(differences) == pytest.approx(scipy_p(differences), rel=1e-9)
    untied = [rng.uniform(-3, 5) for _ in range(60)]
    assert signed_rank_p(untied) == pytest.approx(scipy_p(untied), rel=1e-9)


def test_a_hand_count() -> None:
    # 1, 2, 3, 4, -5: W- = 5; 10 of the 32 sign patterns have W- <= 5: p = 2 * 10 / 32.
    assert signed_rank_p([1.0, 2.0, 3.0, 4.0, -5.0]) == 0.625
    # All five up: only one pattern of 32 is as extreme on each side.
    assert signed_rank_p([1.0, 2.0, 3.0, 4.0, 5.0]) == 2 / 32


def test_nothing_to_rank_is_refused() -> None:
    with pytest.raises(ValueError):
        signed_rank_p([0.0, 0.0])
