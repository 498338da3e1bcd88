"""A case at a glance on the case list and the home page: the next deadline, or the next own date.

Today is fixed at Tue 24 November 2026. The case (tests/conftest.py) is a refusal sent Thu 12
November 2026: the tribunal must have the appeal 14 days later, by Thu 26 November; appeal rights end
on Fri 27 November; support can stop on Fri 4 December.
"""

import html
import re
from datetime import UTC, date, datetime

import pytest
from django.utils.html import strip_tags

from selfhelp.cases.models import Case, Membership, Tick
from selfhelp.cases.summary import case_summaries, case_summary

TODAY = date(2026, 11, 24)


@pytest.fixture(autouse=True)
def today(monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: TODAY)


def words(markup):
    return " ".join(html.unescape(strip_tags(markup)).split())


def next_lines(markup):
    """The "next deadline" line of each case on the page, in order."""
    return [words(line) for line in re.findall(r'<span class="next-deadline">(.*?)</span>', markup, re.S)]


def add_case(user, name, **facts):
    case = Case.objects.create(name=name, **facts)
    Membership.objects.create(case=case, user=user, role=Membership.Role.OWNER)
    return case


def test_the_case_list_shows_each_cases_next_deadline_or_own_date(signed_in, user, case, guides):
    second = add_case(user, "Second", decision="ftt-dismissed")
    second.own_dates.create(kind="reporting", date=date(2026, 11, 30))
    third = add_case(user, "Third", decision="other")
    third.own_dates.create(kind="hearing", title="Hearing at Taylor House", date=date(2026, 12, 1))
    Case.objects.filter(pk=case.pk).update(updated=datetime(2026, 11, 1, tzinfo=UTC))  # listed last

    lines = next_lines(signed_in.get("/en/cases/").content.decode())

    assert lines == [
        "Next date: Hearing at Taylor House, 1 December 2026 (7 days left)",
        "Next date: Reporting to the Home Office, 30 November 2026 (6 days left)",
        "Next deadline: Appeal to the First-tier Tribunal, 26 November 2026 (2 days left)",
    ]


def test_an_own_date_sooner_than_every_deadline_is_the_next_one_on_the_list_and_the_home_page(
    signed_in, case, guides
):
    case.own_dates.create(kind="hearing", title="Case management hearing", date=date(2026, 11, 25))
    case.own_dates.create(kind="reporting", date=date(2026, 11, 20))  # passed: not the next one

    for address in ("/en/cases/", case.get_absolute_url()):
        markup = signed_in.get(address).content.decode()
        assert next_lines(markup) == ["Next date: Case management hearing, 25 November 2026 (1 day left)"]


def test_the_dates_are_isolated_for_right_to_left_pages(signed_in, case, guides):
    markup = signed_in.get("/ar/cases/").content.decode()

    assert "<bdi><bdi>26 نوفمبر، 2026</bdi></bdi>" in markup


def test_on_the_last_day_the_list_says_today_is_the_last_day(signed_in, case, guides, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: date(2026, 11, 26))

    assert next_lines(signed_in.get("/en/cases/").content.decode()) == [
        "Today is the last day: Appeal to the First-tier Tribunal"
    ]


def test_an_own_date_today_says_today(signed_in, case, guides):
    case.own_dates.create(kind="reporting", date=TODAY)

    assert next_lines(signed_in.get("/en/cases/").content.decode()) == ["Today: Reporting to the Home Office"]


def test_one_day_left_is_said_in_the_singular(signed_in, case, guides, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: date(2026, 11, 25))

    assert next_lines(signed_in.get("/en/cases/").content.decode()) == [
        "Next deadline: Appeal to the First-tier Tribunal, 26 November 2026 (1 day left)"
    ]


def test_when_every_deadline_has_passed_the_list_says_so(signed_in, case, guides, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: date(2027, 1, 4))

    assert next_lines(signed_in.get("/en/cases/").content.decode()) == [
        "A deadline has passed. Open the case to see what you can do now."
    ]


def test_a_case_without_dates_shows_no_next_deadline_and_says_dates_are_needed(user, case, guides):
    Case.objects.filter(pk=case.pk).update(letter_date=None, sent=None, received=None)
    case.refresh_from_db()

    summary = case_summary(case)

    assert summary.next_deadline is None
    assert summary.days_left is None
    assert summary.needs_dates
    assert summary.passed_deadlines == 0


def test_the_summary_keeps_its_fields_and_says_what_kind_the_next_date_is(case, guides):
    own = case.own_dates.create(kind="hearing", date=date(2026, 11, 25))
    Tick.objects.create(case=case, item=guides[0].sections.filter(items__isnull=False).first().items.first())

    summary = case_summary(case)

    assert (summary.next_deadline.key, summary.next_deadline.kind, summary.days_left) == (own.key, "own", 1)
    assert (summary.ticks_done, summary.ticks_total > 1) == (1, True)
    assert summary.role == ""  # the case was not loaded through a membership


def test_many_cases_are_summarised_in_three_queries_whatever_their_number(
    user, case, guides, django_assert_num_queries
):
    for number in range(5):
        other = add_case(user, f"Case {number}", decision="refusal", sent=date(2026, 11, 10 + number))
        other.own_dates.create(kind="hearing", date=date(2026, 11, 25))
        Tick.objects.create(
            case=other, item=guides[0].sections.filter(items__isnull=False).first().items.first()
        )
    cases = list(Case.objects.order_by("pk"))

    with django_assert_num_queries(3):  # own dates, ticks, checklist items
        summaries = case_summaries(cases)

    one_by_one = [case_summary(Case.objects.get(pk=one.pk)) for one in cases]
    assert [(s.case, s.next_deadline.key, s.days_left, s.ticks_done) for s in summaries] == [
        (s.case, s.next_deadline.key, s.days_left, s.ticks_done) for s in one_by_one
    ]


def test_the_case_list_runs_the_same_number_of_queries_for_one_case_or_six(
    signed_in, user, case, guides, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        signed_in.get("/en/cases/")
    for number in range(5):
        add_case(user, f"Case {number}", decision="refusal").own_dates.create(kind="hearing", date=TODAY)

    with django_assert_max_num_queries(len(one.captured_queries)):
        signed_in.get("/en/cases/")
