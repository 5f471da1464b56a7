"""Adding the people of a pasted list or a CSV file to a group, all in one go.

The dialog checks the list as the person edits it; this checks it once more against the
group as it is now (a member may have been added meanwhile) and then adds every included
row in one transaction, or none.
"""

from __future__ import annotations

from collections.abc import Sequence

from reflectdesk.core.errors import InvalidInputError, words
from reflectdesk.core.member_list import ListedMember, check
from reflectdesk.core.model import MemberDraft, MemberRecord, Role
from reflectdesk.store import members
from reflectdesk.store.database import Store


def add_listed_members(
    store: Store, group_id: str, rows: Sequence[ListedMember]
) -> list[MemberRecord]:
    """The members added for the included ``rows``; InvalidInputError (nothing added)
    when an included row has a blocking problem, naming its line."""
    existing = [record.display_name for record in members.list_members(store, group_id)]
    for row, problems in zip(rows, check(rows, existing), strict=True):
        if row.included and any(problem.blocking for problem in problems):
            message = (
                words()
                .gettext("Line {line} cannot be added as it is; nothing was added.")
                .format(line=words().integer(row.line))
            )
            raise InvalidInputError("members", message)
    drafts = [
        MemberDraft(row.name, row.role or Role.MEMBER, row.family_name)
        for row in rows
        if row.included
    ]
    return members.add_members(store, group_id, drafts)
