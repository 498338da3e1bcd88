"""A case's dates merged: the functions the case list, the home page and other tools call.

The case (tests/conftest.py) is a refusal dated Tue 10 November 2026, sent Thu 12 November, received
Sat 14 November. Worked out by hand from the rules: the appeal must reach the tribunal by Thu 26
November (14 days after sending), appeal rights end on Fri 27 November, and asylum support can stop
at the end of Fri 4 December (day 21 counting Sat 14 November as day 1).
"""

from datetime import date, time

import pytest
from django.utils import translation

from selfhelp.cases.models import Case
from selfhelp.deadlines.case import OWN, RULE, case_dates, choices, lookup, upcoming

TODAY = date(2026, 11, 24)


@pytest.fixture
def hearing(case):
    return case.own_dates.create(kind="hearing", title="Hearing at Taylor House", date=date(2026, 11, 25))


def keys(entries):
    return [entry.key for entry in entries]


def test_upcoming_merges_own_dates_with_the_deadlines_soonest_first(case, hearing):
    reporting = case.own_dates.create(kind="reporting", date=date(2026, 12, 1), time=time(10, 0))

    found = upcoming(case, TODAY)

    assert keys(found) == [
        hearing.key,
        "ftt-appeal",
        "appeal-rights-exhausted",
        reporting.key,
        "support-ends",
    ]
    assert [(entry.kind, entry.date, entry.days_left) for entry in found[:2]] == [
        (OWN, date(2026, 11, 25), 1),
        (RULE, date(2026, 11, 26), 2),
    ]
    assert found[0].title == "Hearing at Taylor House"
    assert found[3].title == "Reporting to the Home Office"  # no title typed: the kind says what it is
    assert found[3].time == time(10, 0)


def test_upcoming_keeps_today_and_leaves_out_what_has_passed(case):
    yesterday = case.own_dates.create(kind="other", title="Yesterday", date=date(2026, 11, 25))
    today = case.own_dates.create(kind="other", title="Today", date=date(2026, 11, 26))

    found = upcoming(case, date(2026, 11, 26))

    assert yesterday.key not in keys(found)
    assert keys(found)[:2] == ["ftt-appeal", today.key]  # on one day, the deadline comes first
    assert found[0].days_left == 0
    assert found[0].state == "today"


def test_a_deadline_entry_carries_its_safe_date_and_everything_the_calculator_shows(case):
    [appeal] = [entry for entry in upcoming(case, TODAY) if entry.key == "ftt-appeal"]

    assert appeal.safe_date == date(2026, 11, 24)
    assert appeal.deadline.source.citation.endswith("rule 19(2)")
    assert appeal.is_rule


def test_lookup_finds_a_deadline_or_an_own_date_by_its_key_even_once_passed(case, hearing):
    later = date(2026, 12, 20)

    assert lookup(case, "ftt-appeal", later).date == date(2026, 11, 26)
    assert lookup(case, "ftt-appeal", later).passed
    assert lookup(case, hearing.key, TODAY).own == hearing
    assert lookup(case, "own-999999", TODAY) is None
    assert lookup(case, "no-such-deadline", TODAY) is None


def test_lookup_does_not_find_another_cases_own_date(case, hearing, user):
    other = Case.objects.create(name="Another", decision="refusal")

    assert lookup(other, hearing.key, TODAY) is None


def test_choices_label_each_date_for_a_form(case, hearing):
    assert choices(case, TODAY)[:2] == [
        (hearing.key, "Hearing at Taylor House – Wed 25 November 2026"),
        ("ftt-appeal", "Appeal to the First-tier Tribunal – Thu 26 November 2026"),
    ]


def test_deadline_titles_go_through_the_translation_and_own_titles_stay_as_typed(case, hearing):
    found = case_dates(case, TODAY, translate=str.upper).entries

    assert [entry.title for entry in found[:2]] == [
        "Hearing at Taylor House",
        "APPEAL TO THE FIRST-TIER TRIBUNAL",
    ]


def test_choices_give_dates_in_the_readers_language(case, hearing):
    with translation.override("ar"):
        labels = dict(choices(case, TODAY))

    assert labels[hearing.key] == "Hearing at Taylor House – أربعاء 25 نوفمبر، 2026"


def test_facts_that_are_not_enough_give_only_the_own_dates_and_say_what_is_missing(case, hearing):
    Case.objects.filter(pk=case.pk).update(letter_date=None, sent=None, received=None)
    case.refresh_from_db()

    found = case_dates(case, TODAY)

    assert keys(found.entries) == [hearing.key]
    assert found.shown is None
    assert found.problem == "Give the date it was sent (postmark or email date), or the date on the letter."
    assert found.problem_field == "sent"
    assert not found.no_rules


def test_a_decision_the_rules_do_not_know_has_only_own_dates_and_no_problem(case, hearing):
    Case.objects.filter(pk=case.pk).update(decision="other")
    case.refresh_from_db()

    found = case_dates(case, TODAY)

    assert keys(found.entries) == [hearing.key]
    assert found.no_rules
    assert found.problem == ""


def test_every_fact_of_the_rules_is_a_field_of_the_case_and_comes_back_the_same(case):
    from django.db import models as django_models

    from selfhelp.cases.models import Case
    from selfhelp.deadlines.case import DATE_FIELDS, FACT_FIELDS, FLAG_FIELDS, case_values, facts_for

    assert DATE_FIELDS == ("letter_date", "sent", "received", "departed")
    assert FLAG_FIELDS == ("detained", "outside_uk")
    for name in FACT_FIELDS:
        Case._meta.get_field(name)  # raises if the case has no such field
    assert all(isinstance(Case._meta.get_field(name), django_models.DateField) for name in DATE_FIELDS)
    values = case_values(facts_for(case))
    assert values == {name: getattr(case, name) for name in FACT_FIELDS}
    assert all(type(value) is str for name, value in values.items() if name in ("decision", "nation"))
