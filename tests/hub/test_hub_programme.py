"""A programme lead reads the programme from the hub (issue 20, "the programme view reads
the hub"), on a real PostgreSQL server: two facilitators' laptops publish their groups
into one programme, and the lead's figures from the hub are the figures the same groups
give on one laptop; a second programme's group is not among them."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import make_url

from reflectdesk.export.programme import ProgrammeReport, build_programme_report
from reflectdesk.export.programme_tables import load_programme, programme_tables
from reflectdesk.operations import hub_publish
from reflectdesk.operations.programme_exports import export_programme_report, export_redcap
from reflectdesk.store import groups, hub_roles, programmes
from reflectdesk.store.database import Store
from reflectdesk.store.hub_errors import HubUnreachableError
from reflectdesk.store.hub_programmes import HubNotALeadError, open_lead_hub
from tests.hub.programme_laptops import PublishedProgramme, laptops_together, publish_two_laptops
from tests.hub.publish_sample import build_laptop

pytestmark = pytest.mark.usefixtures("postgres_server")


@pytest.fixture
def published(hub_database: str, tmp_path: Path) -> PublishedProgramme:
    return publish_two_laptops(hub_database, tmp_path)


def _figures(report: ProgrammeReport) -> dict[str, Any]:
    """The report's numbers, with groups and themes by name: the hub and the one laptop
    hold the same groups under other ids."""
    names = {group.group_id: group.name for group in report.groups}

    def renamed(pooled: Any) -> Any:
        return dataclasses.replace(pooled, group_ids=tuple(names[i] for i in pooled.group_ids))

    return {
        "groups": [dataclasses.replace(g, group_id=g.name) for g in report.groups],
        "questionnaires": [renamed(q) for q in report.questionnaires],
        "changes": [renamed(c) for c in report.changes],
        "themes": [dataclasses.replace(t, theme_id=t.name) for t in report.themes],
        "min_n": report.min_n,
    }


def test_the_leads_programme_on_the_hub_has_the_figures_of_the_laptops_together(
    published: PublishedProgramme, tmp_path: Path
) -> None:
    together, programme_id = laptops_together(tmp_path / "together.db")
    try:
        expected = build_programme_report(together, programme_id)
    finally:
        together.close()

    lead = open_lead_hub(published.lead_url)
    try:
        report = build_programme_report(lead.store, published.programme_id)
    finally:
        lead.store.close()

    assert [g.group_id for g in report.groups] == published.groups
    assert report.group_names == ("Balint A", "Balint B")
    assert _figures(report) == _figures(expected)
    # One questionnaire each, pooled over both laptops' copies of it.
    assert [q.key for q in report.questionnaires] == ["session-evaluation"]
    assert [c.key for c in report.changes] == ["series-evaluation"]
    assert report.questionnaires[0].pooled.responses == 19
    assert len({theme.name for theme in report.themes}) == len(report.themes)


def test_the_lead_sees_exactly_the_groups_of_their_programme(
    published: PublishedProgramme,
) -> None:
    lead = open_lead_hub(published.lead_url)
    try:
        assert [p.id for p in lead.programmes] == [published.programme_id]
        shown = programmes.programme_groups(lead.store, published.programme_id)
        assert [group.id for group in shown] == published.groups
        every = {p.id: p.group_count for p in programmes.list_programmes(lead.store)}
    finally:
        lead.store.close()
    # The other programme is the department's list, but none of its groups is readable.
    assert sum(every.values()) == len(published.groups)
    assert set(published.other_groups).isdisjoint(published.groups)


def test_the_tables_and_redcap_files_read_the_hub_under_the_laptops_keys(
    published: PublishedProgramme, tmp_path: Path
) -> None:
    together, programme_id = laptops_together(tmp_path / "together.db")
    try:
        expected = programme_tables(load_programme(together, programme_id, "en"))
    finally:
        together.close()

    lead = open_lead_hub(published.lead_url)
    try:
        tables = programme_tables(load_programme(lead.store, published.programme_id, "en"))
        written = export_redcap(lead.store, published.programme_id, tmp_path / "redcap")
    finally:
        lead.store.close()

    answers = {table.name: table for table in tables}["answers"]
    form, item = answers.columns.index("questionnaire_key"), answers.columns.index("item_key")
    assert {(row[form], row[item]) for row in answers.rows} == {
        ("session-evaluation", "safe-space"),
        ("session-evaluation", "depth"),
        ("series-evaluation", "discuss-difficult-cases"),
    }
    assert [len(t.rows) for t in tables] == [len(t.rows) for t in expected]
    assert sorted(path.name for path in written.files) == ["data_dictionary.csv", "records.csv"]
    dictionary = (tmp_path / "redcap" / "data_dictionary.csv").read_text(encoding="utf-8")
    assert "~" not in dictionary


def test_the_report_pdf_from_the_hub_keeps_the_small_numbers_rule(
    published: PublishedProgramme, tmp_path: Path
) -> None:
    lead = open_lead_hub(published.lead_url)
    try:
        done = export_programme_report(lead.store, published.programme_id, tmp_path / "p.pdf")
    finally:
        lead.store.close()
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")
    assert done.report.min_n == 5  # the default: the hub keeps no Preferences


def test_a_facilitator_cannot_open_the_hub_as_a_lead(hub_database: str) -> None:
    anna = hub_roles.add_facilitator(hub_database, "Anna")
    with pytest.raises(HubNotALeadError) as refused:
        open_lead_hub(anna.connection_string)
    assert anna.role in str(refused.value)


def test_an_unreachable_hub_is_one_clear_error(tmp_path: Path) -> None:
    nowhere = make_url(f"postgresql://lotte:secret@/hub?host={tmp_path}")
    with pytest.raises(HubUnreachableError) as refused:
        open_lead_hub(nowhere)
    assert "Could not connect to the hub" in str(refused.value)
    assert "secret" not in str(refused.value)


def test_the_hubs_groups_sort_by_name_as_on_the_laptop(store: Store, hub_database: str) -> None:
    """The hub's server sorts text bytewise (C collation: "Zorg" before "ärzte" and
    "anna"); the programme lists its groups as a person reads them, on both engines."""
    lead = hub_roles.add_lead(hub_database, "Lotte", "Balint 2026")
    anna = hub_roles.add_facilitator(hub_database, "Anna").connection_string
    laptop = build_laptop(store, 3, programme=lead.programme_id)
    local = programmes.create_programme(store, "Balint 2026")
    for group_id, name in zip(laptop.groups, ("Zorg", "ärzte", "anna"), strict=True):
        groups.rename_group(store, group_id, name)
        programmes.add_group(store, local.id, group_id)
    hub_publish.publish(store, anna)

    opened = open_lead_hub(lead.connection_string)
    try:
        on_hub = [g.name for g in programmes.programme_groups(opened.store, lead.programme_id)]
        report = build_programme_report(opened.store, lead.programme_id)
    finally:
        opened.store.close()

    on_laptop = [g.name for g in programmes.programme_groups(store, local.id)]
    assert on_hub == on_laptop == ["anna", "ärzte", "Zorg"]
    assert report.group_names == tuple(on_laptop)
