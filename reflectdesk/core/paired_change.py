"""Paired change from the start to the end of a series, pure Python.

A participant's start and end forms are paired by their respondent code (a pseudonym
they chose or were given; see ``respondent_code`` below), never by name.

- :func:`paired_change` — the plain computation on ``(code, start, end)`` triples: the
  entry point for anyone pooling pairs (one group's, or a programme's across groups).
- :func:`item_pairs` — one item's triples from a series' responses.
- :func:`paired_start_end` — every Likert item of a questionnaire.

Definitions:

- A **pair** is a code with an answer on the item at both the start and the end. A code
  with only a start answer counts in ``start_only``, with only an end answer in
  ``end_only``; forms without a code cannot be paired (``uncoded``). When one code has
  two forms at the same time point, the later one counts (a form entered again).
- **Change** is end minus start in scored scale points (reverse-coded items are scored
  first, as everywhere); mean and median over the pairs.
- **p** is the two-sided Wilcoxon signed-rank test as ``scipy.stats.wilcoxon`` gives
  it (zero differences left out as in Wilcoxon's original test; exact for small samples,
  else the normal approximation), computed in core/signed_rank.py. It is not computed
  with fewer than :data:`MIN_PAIRS` pairs (``no_test`` = "too_few_pairs") or when every
  difference is zero ("no_change"); the figures still show, and the report says why p
  does not.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from reflectdesk.core.evaluation_stats import END, START, ResponseData, StartEndChange, score
from reflectdesk.core.questionnaires import QuestionnaireSpec, QuestionSpec
from reflectdesk.core.signed_rank import signed_rank_p

__all__ = [
    "MIN_PAIRS",
    "PairedChange",
    "PairedItem",
    "item_pairs",
    "paired_change",
    "paired_start_end",
    "pseudonym",
    "unpaired_where_missing",
    "wilcoxon_p",
]

MIN_PAIRS = 5
TOO_FEW_PAIRS = "too_few_pairs"
NO_CHANGE = "no_change"
PSEUDONYM_LENGTH = 8

Triple = tuple[str | None, float | None, float | None]


@dataclass(frozen=True, slots=True)
class PairedChange:
    """The paired change over a set of (code, start, end) triples."""

    pairs: int
    mean_change: float | None
    median_change: float | None
    p_value: float | None
    no_test: str  # "" when p was computed; else TOO_FEW_PAIRS or NO_CHANGE
    start_only: int = 0
    end_only: int = 0
    uncoded: int = 0

    @property
    def missing_pairs(self) -> bool:
        """Whether some answers had no partner (then the unpaired figures are shown)."""
        return bool(self.start_only or self.end_only or self.uncoded)


@dataclass(frozen=True, slots=True)
class PairedItem:
    key: str
    text: str
    change: PairedChange


def pseudonym(secret: bytes, person_id: str) -> str:
    """A one-way code for a person within one group: the first 8 base32 characters of
    HMAC-SHA256(secret, person id), lower case. Without the secret it cannot be
    recomputed, and no secret turns it back into a name."""
    digest = hmac.new(secret, person_id.encode("utf-8"), hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii")[:PSEUDONYM_LENGTH].lower()


def wilcoxon_p(differences: Sequence[float]) -> float:
    """Two-sided Wilcoxon signed-rank p-value of ``differences`` (zeros dropped)."""
    return signed_rank_p(differences)


def paired_change(triples: Iterable[Triple]) -> PairedChange:
    """The paired change over ``(code, start value, end value)`` triples; a None value
    is a missing answer, a None (or empty) code an unpaired form. Codes are expected
    already matched (one triple per code; see :func:`item_pairs`)."""
    differences: list[float] = []
    start_only = end_only = uncoded = 0
    for code, start, end in triples:
        if not code:
            uncoded += (start is not None) + (end is not None)
        elif start is not None and end is not None:
            differences.append(end - start)
        elif start is not None:
            start_only += 1
        elif end is not None:
            end_only += 1
    n = len(differences)
    mean = statistics.fmean(differences) if n else None
    median = float(statistics.median(differences)) if n else None
    p_value, no_test = None, ""
    if n < MIN_PAIRS:
        no_test = TOO_FEW_PAIRS
    elif not any(differences):
        no_test = NO_CHANGE
    else:
        p_value = wilcoxon_p(differences)
    return PairedChange(n, mean, median, p_value, no_test, start_only, end_only, uncoded)


def item_pairs(question: QuestionSpec, responses: Sequence[ResponseData]) -> list[Triple]:
    """One item's (code, start, end) triples, scored; codes matched as stored (the store
    keeps them trimmed and case-folded). Forms without a code give a (None, …) triple."""
    by_code: dict[str, list[float | None]] = {}
    loose: list[Triple] = []
    for response in responses:  # in submission order: a later form replaces an earlier one
        if response.timepoint not in (START, END):
            continue
        value = score(question, response.values.get(question.key))
        side = 0 if response.timepoint == START else 1
        code = response.respondent_code
        if not code:
            if value is not None:
                loose.append((None, value, None) if side == 0 else (None, None, value))
            continue
        slot = by_code.setdefault(code, [None, None])
        slot[side] = value
    return [(code, start, end) for code, (start, end) in by_code.items()] + loose


def paired_start_end(
    spec: QuestionnaireSpec, responses: Sequence[ResponseData]
) -> tuple[PairedItem, ...]:
    """The paired change of every Likert item of ``spec``, in the questionnaire's order."""
    return tuple(
        PairedItem(question.key, question.text, paired_change(item_pairs(question, responses)))
        for question in spec.questions
        if question.is_likert
    )


def unpaired_where_missing(change: StartEndChange, paired: Sequence[PairedItem]) -> StartEndChange:
    """``change`` (the unpaired start and end figures) with only the items where some
    answers have no partner: the only items whose unpaired figures are shown."""
    if not paired:  # no paired change computed: every item stays unpaired
        return change
    missing = {item.key for item in paired if item.change.missing_pairs}
    return replace(change, items=tuple(i for i in change.items if i.key in missing))
