"""Respondent codes, which pair a participant's start and end forms of a series without
a name: the names a code may not be, and the pseudonym a member link turns into.

- :func:`member_names` — display and family names (given or guessed) of a group's
  members, which ``core/validation.clean_respondent_code`` refuses as codes.
- :func:`member_pseudonym` — a member's per-group code: an HMAC of the person id with
  the group's secret (``store/settings.pairing_secret``), 8 base32 characters. The same
  member gets the same code at the start and the end; another group gives another code.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from reflectdesk.core.names import guess_family_name, split_family_name
from reflectdesk.core.paired_change import pseudonym
from reflectdesk.core.validation import clean_respondent_code
from reflectdesk.store.database import Store
from reflectdesk.store.models.groups import Membership, Person
from reflectdesk.store.settings import pairing_secret

_memberships = Membership.__table__
_persons = Person.__table__


def member_names(session: Session, group_id: str) -> list[str]:
    """Every name a member of the group (present or former, any role) goes by."""
    rows = session.execute(
        select(_persons.c.display_name, _persons.c.family_name)
        .join(_memberships, _memberships.c.person_id == _persons.c.id)
        .where(_memberships.c.group_id == group_id)
    )
    names: list[str] = []
    for display, given_family in rows:
        family = given_family or guess_family_name(display)
        # "de Vries" and "Vries" alike: a code is a pseudonym, not half a name.
        names += [display, family, split_family_name(family)[1]]
    return names


def member_pseudonym(store: Store, group_id: str, person_id: str) -> str:
    """The member's code in this group (see the module docstring)."""
    return pseudonym(pairing_secret(store, group_id), person_id)


def check_code(store: Store, group_id: str, code: str) -> str | None:
    """``code`` as it would be stored for the group (None when blank); InvalidInputError
    when it is not fit (too long, or a member's name), before any form is filled in."""
    with store.reading() as session:
        names = member_names(session, group_id)
    return clean_respondent_code(code, names=names)
