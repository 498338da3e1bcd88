"""The registry of tools on a case (selfhelp.cases.tools): what each tool registers, and that it is walked."""

from datetime import date

from django.apps import apps
from django.db import models

from selfhelp.cases import tools
from selfhelp.cases.models import Case

CASES_OWN = {"cases.Case", "cases.Membership", "cases.ShareCode", "cases.Tick", "cases.Event"}
CASES_OWN |= {"cases.DismissedChange", "cases.JoinAttempt"}


def cascades_from(model, seen=None):
    """Every model whose rows are deleted (and exported) with a row of ``model``, following CASCADE
    (hidden relations too, as Django's deletion does)."""
    seen = set() if seen is None else seen
    relations = [
        field
        for field in model._meta.get_fields(include_hidden=True)
        if field.auto_created and not field.concrete and (field.one_to_many or field.one_to_one)
    ]
    for relation in relations:
        if relation.on_delete is models.CASCADE and relation.related_model._meta.label not in seen:
            seen.add(relation.related_model._meta.label)
            cascades_from(relation.related_model, seen)
    return seen


def test_every_tool_on_a_case_is_registered_once_in_the_order_of_the_apps():
    assert [tool.name for tool in tools.TOOLS] == ["deadlines", "annotator", "evidence", "sar", "interviews"]


def test_every_row_deleted_and_exported_with_a_case_belongs_to_the_case_or_to_a_registered_tool():
    # A many-to-many table Django makes goes with the model that declares it.
    reached = {label for label in cascades_from(Case) if not apps.get_model(label)._meta.auto_created}
    reached |= {"cases.Case"}
    claimed = {label for tool in tools.TOOLS for label in tool.models}

    assert reached - CASES_OWN - claimed == set()  # a new table must be claimed by its tool
    assert claimed <= reached  # and a tool's rows go with the case, so export and deletion find them
    assert all(apps.get_model(label) for label in claimed)


def test_a_tool_with_a_status_line_has_a_template_for_it():
    for tool in tools.TOOLS:
        assert bool(tool.status) == bool(tool.status_template), tool.name


def test_a_new_case_has_no_tool_lines_and_only_the_deadlines_give_its_dates(db, case):
    assert tools.status_lines(case, date(2026, 11, 24)) == []
    found = tools.dates(case, date(2026, 11, 24))
    assert [entry.date for entry in found.upcoming] == [
        date(2026, 11, 26),
        date(2026, 11, 27),
        date(2026, 12, 4),
    ]
    assert found.passed == 0 and not found.needs_dates


def test_registering_a_name_again_replaces_it_in_place_and_tools_with_nothing_give_no_line(monkeypatch):
    monkeypatch.setattr(tools, "TOOLS", [])

    tools.register(tools.Tool("one", status=lambda case, today: "first", status_template="one.html"))
    tools.register(tools.Tool("two", status=lambda case, today: None, status_template="two.html"))
    tools.register(tools.Tool("one", status=lambda case, today: "again", status_template="again.html"))

    assert [tool.name for tool in tools.TOOLS] == ["one", "two"]
    lines = tools.status_lines(object(), date(2026, 1, 1))
    assert [(line.tool, line.template, line.status) for line in lines] == [("one", "again.html", "again")]


def test_a_tool_registered_the_old_way_gives_its_documents_through_the_registry(monkeypatch):
    from selfhelp.cases import exports

    monkeypatch.setattr(tools, "TOOLS", [])

    def for_export(case, request=None):
        return [("file.txt", b"words")]

    for_export.__module__ = "selfhelp.example.exports"
    exports.register(for_export)

    assert [tool.name for tool in tools.TOOLS] == ["example"]
    assert list(tools.documents(object())) == [("file.txt", b"words")]
