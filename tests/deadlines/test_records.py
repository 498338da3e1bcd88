"""The deadline tools' changes to a case: each writes its rows and exactly one line of history, or nothing.

The case (tests/conftest.py) is a refusal dated 10 November 2026, sent 12 November, received 14 November.
"""

from datetime import date

import pytest

from selfhelp.cases.models import Case, Event, Membership
from selfhelp.deadlines import records
from selfhelp.deadlines.case import FACT_FIELDS, case_values
from selfhelp.deadlines.forms import OwnDateForm
from selfhelp.deadlines.models import OwnDate
from selfhelp.deadlines.rules import Decision, Facts, Nation
from tests.cases.helpers import Broken, break_history

LATER = Facts(
    decision=Decision.REFUSAL,
    letter_date=date(2026, 11, 16),
    sent=date(2026, 11, 17),
    received=date(2026, 11, 19),
    nation=Nation.ENGLAND_AND_WALES,
)
HEARING = {"kind": "hearing", "title": "Hearing at Taylor House", "date": "2026-12-15", "time": "10:00"}


@pytest.fixture
def history_fails(monkeypatch):
    break_history(monkeypatch)


def lines(case):
    return [(event.message, event.values) for event in Event.objects.filter(case=case).order_by("pk")]


def add_hearing(case, user):
    form = OwnDateForm(HEARING, instance=OwnDate(case=case), submit="Add")
    assert form.is_valid(), form.errors
    return records.add_date(case, user, form)


# Facts from the calculator ------------------------------------------------------------------------


def test_a_new_case_holds_the_facts_its_owner_and_a_line_saying_which_facts_were_given(user):
    case = records.new_case(user, "My appeal", "fr", case_values(LATER))

    case = Case.objects.get(pk=case.pk)
    assert (case.name, case.language, case.decision) == ("My appeal", "fr", "refusal")
    assert (case.letter_date, case.sent, case.received) == (
        date(2026, 11, 16),
        date(2026, 11, 17),
        date(2026, 11, 19),
    )
    assert case.memberships.get().user == user
    assert case.memberships.get().role == Membership.Role.OWNER
    # The case's first line (selfhelp.cases.records.create_case), then the one line of the calculator.
    assert lines(case) == [
        ("{user} saved this case", {}),
        (
            records.SAVED.others,
            {"fields": ["decision", "letter_date", "sent", "received", "nation"]},
        ),
    ]


def test_a_new_case_that_fails_to_record_its_facts_line_is_not_saved_at_all(user, monkeypatch):
    record = records.history.record

    def fail_on_facts(case, user, message, **values):
        if message == records.SAVED:
            raise Broken
        return record(case, user, message, **values)

    monkeypatch.setattr(records.history, "record", fail_on_facts)

    with pytest.raises(Broken):
        records.new_case(user, "My appeal", "en", case_values(LATER))

    assert not Case.objects.exists()
    assert not Membership.objects.exists()
    assert not Event.objects.exists()


def test_saving_facts_changes_only_the_fields_named_and_records_them_in_one_line(case, user):
    values = case_values(LATER)
    values["received"] = date(2026, 11, 20)
    records.save_facts(case, user, values, ["letter_date", "sent"])

    case.refresh_from_db()
    assert (case.letter_date, case.sent) == (date(2026, 11, 16), date(2026, 11, 17))
    assert case.received == date(2026, 11, 14)  # not named, not changed
    assert lines(case) == [(records.SAVED.others, {"fields": ["letter_date", "sent"]})]
    assert Event.objects.get(case=case).user == user


def test_facts_that_fail_to_record_their_history_leave_the_case_as_it_was(case, user, history_fails):
    before = {name: getattr(case, name) for name in FACT_FIELDS}

    with pytest.raises(Broken):
        records.save_facts(case, user, case_values(LATER), ["letter_date", "sent", "received"])

    saved = Case.objects.get(pk=case.pk)
    assert {name: getattr(saved, name) for name in FACT_FIELDS} == before
    assert not Event.objects.exists()


# Own dates ----------------------------------------------------------------------------------------


def test_adding_a_date_saves_it_on_the_case_with_one_line_naming_it(case, user):
    own = add_hearing(case, user)

    assert list(case.own_dates.values_list("pk", "title", "date")) == [
        (own.pk, "Hearing at Taylor House", date(2026, 12, 15))
    ]
    assert lines(case) == [
        (records.ADDED.others, {"title": "Hearing at Taylor House", "date": "2026-12-15"}),
    ]


def test_a_date_that_fails_to_record_its_history_is_not_added(case, user, history_fails):
    with pytest.raises(Broken):
        add_hearing(case, user)

    assert not OwnDate.objects.exists()
    assert not Event.objects.exists()


def test_changing_a_date_saves_the_change_with_one_line(case, user):
    own = add_hearing(case, user)
    form = OwnDateForm({**HEARING, "date": "2026-12-16"}, instance=own, submit="Save")
    assert form.is_valid(), form.errors

    records.change_date(case, user, form)

    assert OwnDate.objects.get(pk=own.pk).date == date(2026, 12, 16)
    assert lines(case)[1:] == [
        (records.CHANGED.others, {"title": "Hearing at Taylor House", "date": "2026-12-16"}),
    ]


def test_a_change_that_fails_to_record_its_history_is_not_saved(case, user, monkeypatch):
    own = add_hearing(case, user)
    form = OwnDateForm({**HEARING, "date": "2026-12-16"}, instance=own, submit="Save")
    assert form.is_valid(), form.errors
    break_history(monkeypatch)

    with pytest.raises(Broken):
        records.change_date(case, user, form)

    assert OwnDate.objects.get(pk=own.pk).date == date(2026, 12, 15)
    assert len(lines(case)) == 1  # only the line for adding it


def test_deleting_a_date_removes_it_with_one_line_naming_it(case, user):
    own = add_hearing(case, user)

    records.delete_date(case, user, own)

    assert not case.own_dates.exists()
    assert lines(case)[1:] == [
        (records.DELETED.others, {"title": "Hearing at Taylor House", "date": "2026-12-15"}),
    ]


def test_a_deletion_that_fails_to_record_its_history_keeps_the_date(case, user, monkeypatch):
    own = add_hearing(case, user)
    kept = own.pk
    break_history(monkeypatch)

    with pytest.raises(Broken):
        records.delete_date(case, user, own)

    assert case.own_dates.filter(pk=kept).exists()
    assert len(lines(case)) == 1
