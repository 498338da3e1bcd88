"""The file request's changes to a case: each writes its rows and its history line, or nothing at all."""

from datetime import date

import pytest

from selfhelp.cases.models import Event
from selfhelp.sar import records
from selfhelp.sar.forms import DatesForm, RequestForm
from selfhelp.sar.models import SubjectAccessRequest
from tests.cases.helpers import Broken, break_history
from tests.sar.helpers import ANSWERS, save_request


def lines(case):
    return [(event.message, event.values) for event in Event.objects.filter(case=case).order_by("pk")]


def request_form(case, answers=ANSWERS):
    instance = SubjectAccessRequest.objects.filter(case=case).first() or SubjectAccessRequest(case=case)
    form = RequestForm(answers, instance=instance)
    assert form.is_valid(), form.errors
    return form


def changed_dates(case, user, **posted):
    """Post the dates form for the case's request, as the view does: the values before, then the form."""
    file_request = SubjectAccessRequest.objects.get(case=case)
    before = {name: getattr(file_request, name) for name in DatesForm.Meta.fields}
    form = DatesForm({"method": "post", "outcome": "", **posted}, instance=file_request)
    assert form.is_valid(), form.errors
    return records.change_dates(case, user, form, before)


# The request ----------------------------------------------------------------------------------------


def test_saving_a_request_keeps_it_on_the_case_with_one_line(case, user):
    records.save_request(case, user, request_form(case))

    saved = SubjectAccessRequest.objects.get(case=case)
    assert (saved.full_name, saved.home_office_reference) == ("Amira Haddad", "H1234567")
    assert lines(case) == [(records.SAVED.others, {})]
    assert Event.objects.get(case=case).user == user


def test_a_request_that_fails_to_record_its_history_is_not_kept(case, user, monkeypatch):
    form = request_form(case)
    break_history(monkeypatch)

    with pytest.raises(Broken):
        records.save_request(case, user, form)

    assert not SubjectAccessRequest.objects.exists()
    assert not Event.objects.exists()


def test_changing_the_request_saves_the_change_with_one_line(case, user):
    save_request(case)

    records.change_request(case, user, request_form(case, {**ANSWERS, "nationality": "Syrian Arab Republic"}))

    assert SubjectAccessRequest.objects.get(case=case).nationality == "Syrian Arab Republic"
    assert lines(case) == [(records.CHANGED.others, {})]


def test_a_change_that_fails_to_record_its_history_is_not_saved(case, user, monkeypatch):
    save_request(case)
    form = request_form(case, {**ANSWERS, "nationality": "Syrian Arab Republic"})
    break_history(monkeypatch)

    with pytest.raises(Broken):
        records.change_request(case, user, form)

    assert SubjectAccessRequest.objects.get(case=case).nationality == "Syrian"
    assert not Event.objects.exists()


def test_deleting_the_request_removes_it_with_one_line(case, user):
    records.delete_request(case, user, save_request(case))

    assert not SubjectAccessRequest.objects.exists()
    assert lines(case) == [(records.DELETED.others, {})]


def test_a_deletion_that_fails_to_record_its_history_keeps_the_request(case, user, monkeypatch):
    file_request = save_request(case)
    break_history(monkeypatch)

    with pytest.raises(Broken):
        records.delete_request(case, user, file_request)

    assert SubjectAccessRequest.objects.filter(case=case).exists()
    assert not Event.objects.exists()


# Its dates ------------------------------------------------------------------------------------------


def test_noting_one_date_saves_it_with_one_line_naming_the_day(case, user):
    save_request(case)

    assert changed_dates(case, user, sent="2026-03-03") == ["method", "sent"]

    assert SubjectAccessRequest.objects.get(case=case).sent == date(2026, 3, 3)
    # How it was sent goes with the date it was sent: no second line for the method.
    assert lines(case) == [(records.DATE_NOTED["sent"].others, {"day": "2026-03-03"})]


def test_a_change_that_is_not_a_date_noted_gets_one_line_of_its_own(case, user):
    save_request(case, method="post", sent=date(2026, 3, 3))

    assert changed_dates(case, user, sent="2026-03-03", extended="on") == ["extended"]

    assert SubjectAccessRequest.objects.get(case=case).extended is True
    assert lines(case) == [(records.TRACKING_CHANGED.others, {})]


def test_dates_that_did_not_change_write_nothing(case, user):
    save_request(case, method="post", sent=date(2026, 3, 3))

    assert changed_dates(case, user, sent="2026-03-03") == []

    assert not Event.objects.exists()


def test_dates_that_fail_to_record_their_history_are_not_saved(case, user, monkeypatch):
    save_request(case, method="post", sent=date(2026, 3, 3))
    record = records.history.record

    def fail_on_the_second_line(*args, **kwargs):
        if Event.objects.filter(case=case).exists():
            raise Broken
        return record(*args, **kwargs)

    monkeypatch.setattr(records.history, "record", fail_on_the_second_line)

    with pytest.raises(Broken):
        changed_dates(
            case, user, sent="2026-03-03", received="2026-03-05", response="2026-03-20", outcome="complete"
        )

    saved = SubjectAccessRequest.objects.get(case=case)
    assert (saved.received, saved.response, saved.outcome) == (None, None, "")
    assert not Event.objects.exists()  # not even the first line
