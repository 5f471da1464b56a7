"""Which hub a `reflectdesk hub …` or `--hub` command means: ``--url``, else
$REFLECTDESK_HUB_URL (so an admin's password need not be on a command line), else the
address this laptop saved at its last publish; always a postgresql:// address."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from reflectdesk.commands import CommandError, _words

if TYPE_CHECKING:
    import argparse

URL_VARIABLE = "REFLECTDESK_HUB_URL"


def given_url(args: argparse.Namespace, saved: str | None = None) -> str | None:
    """The hub asked for, or None when neither the command, the environment nor this
    laptop names one."""
    from reflectdesk.store.engine_kind import is_hub_url

    url = getattr(args, "url", None) or os.environ.get(URL_VARIABLE) or saved or None
    if url is not None and not is_hub_url(url):
        raise CommandError(_words().gettext("--url must be a postgresql:// address"))
    return None if url is None else str(url)


def required_url(args: argparse.Namespace, saved: str | None = None) -> str:
    url = given_url(args, saved)
    if url is None:
        message = _words().gettext("say which hub with --url or {variable}")
        raise CommandError(message.format(variable=URL_VARIABLE))
    return url
