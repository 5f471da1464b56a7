"""A library key as the laptop that published it wrote it (issue 20).

Every laptop seeds the built-in questionnaires, their items and the themes under its
own ids with the same keys, and the hub's keys are unique: the second laptop to publish
one sends it marked with its laptop (``safe-space~1a2b3c4d``, store/hub_writes.py). A
programme pools its groups by key, so the hub's reads take the mark off again: one
questionnaire, one item, one theme, whichever laptop's copy a group answered. A laptop's
own keys never hold a ``~`` (core/limits.KEY_PATTERN), so this changes none of them.
"""

from __future__ import annotations

__all__ = ["MARK", "unmarked"]

MARK = "~"


def unmarked(key: str) -> str:
    """``key`` without the publishing laptop's mark."""
    return key.partition(MARK)[0]
