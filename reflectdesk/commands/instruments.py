"""The scoring templates on the command line: add an instrument whose items may not be
shipped, from the items typed from the user's own copy of the paper.

    reflectdesk questionnaires templates [--json]
    reflectdesk questionnaires from-template KEY --items FILE [--db PATH]

FILE is UTF-8 text with one item per line, in the paper's order (a leading "3." is
taken off). The questionnaire is added as the user's own, with the template's scoring,
reverse items, ranges and citation (``core/instrument_templates.py``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from reflectdesk.commands import EXIT_OK, add_command, db_path
from reflectdesk.commands.output import aligned, print_json
from reflectdesk.core.errors import N_, words

ITEMS_FILE_MAX_BYTES = 256 * 1024  # sixty items of 500 characters, with room to spare


def list_templates(args: argparse.Namespace) -> int:
    """``templates``: every shipped scoring template."""
    from reflectdesk.core.instrument_templates import load_templates

    templates = load_templates()
    if args.json:
        print_json(
            [
                {
                    "key": spec.key,
                    "name": spec.name,
                    "items": len(spec.questions),
                    "scores": [score.key for score in spec.scores],
                    "licence": spec.source.licence if spec.source else "",
                }
                for spec in templates
            ]
        )
        return EXIT_OK
    texts = words()
    header = tuple(texts.gettext(title) for title in (N_("Key"), N_("Name"), N_("Items")))
    rows = [(spec.key, spec.name, str(len(spec.questions))) for spec in templates]
    print(aligned(header, rows, numeric=frozenset({2})))
    return EXIT_OK


def from_template(args: argparse.Namespace) -> int:
    """``from-template KEY --items FILE``: add the instrument with the items in FILE."""
    from pathlib import Path

    from reflectdesk.core.errors import InvalidInputError
    from reflectdesk.core.input_files import read_bounded
    from reflectdesk.core.instrument_templates import fill_template, find_template, item_lines
    from reflectdesk.store.builtins import seed_builtins
    from reflectdesk.store.database import open_store
    from reflectdesk.store.questionnaires import add_questionnaire

    template = find_template(args.key)
    data = read_bounded(Path(args.items), ITEMS_FILE_MAX_BYTES)
    try:
        typed = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        message = words().gettext("{path} is not UTF-8 text.").format(path=args.items)
        raise InvalidInputError("items", message) from None
    spec = fill_template(template, item_lines(typed))
    with open_store(db_path(args), seed=seed_builtins) as store:
        summary = add_questionnaire(store, spec)
    line = words().gettext('Added "{name}" as your own questionnaire, key {key}.')
    print(line.format(name=summary.name, key=summary.key))
    return EXIT_OK


def add_template_actions(actions: Any, add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    """``templates`` and ``from-template`` under ``questionnaires``."""
    listing = add_command(
        actions,
        add_db,
        "templates",
        list_templates,
        help="the scoring templates of instruments whose items cannot be shipped",
        description="List the scoring templates: validated instruments whose licence does "
        "not let ReflectDesk ship their items; add one with from-template.",
    )
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    adding = add_command(
        actions,
        add_db,
        "from-template",
        from_template,
        help="add an instrument from its scoring template and your copy of its items",
        description="Add the instrument KEY (see 'templates') as your own questionnaire: "
        "its scoring, reverse items and citation from the template, the items' texts from "
        "FILE, typed from your copy of the paper, one per line in the paper's order.",
    )
    adding.add_argument("key", metavar="KEY", help="a template's key, such as uwes-9")
    adding.add_argument(
        "--items", required=True, metavar="FILE", help="UTF-8 text, one item per line"
    )
