"""The request's clock and its next letters, without a database.

The due dates come from the deadline rules (selfhelp.deadlines.rules, research note §6); these tests check
which day the clock starts on, and when the follow-up letter and the complaint become due.
"""

from datetime import date

import pytest

from selfhelp.deadlines import rules
from selfhelp.sar.tracking import FOLLOW_UP_DAYS, Basis, Dates, Stage, estimated_receipt, progress


def sar_deadlines(**facts):
    result = rules.compute(rules.Facts(decision=rules.Decision.SAR, **facts))
    return {deadline.key: deadline for deadline in result.deadlines}


def test_a_request_not_sent_yet_has_no_dates_and_no_letters():
    found = progress(Dates(), date(2026, 3, 1))

    assert found.stage is Stage.NOT_SENT
    assert found.due is None and found.days_left is None
    assert not found.reminder_due and not found.complaint_due


def test_a_request_sent_online_counts_from_the_same_day():
    # Received Tue 3 Mar 2026: one month later is Fri 3 Apr, Good Friday, so Tue 7 Apr after Easter Monday.
    found = progress(Dates(method="online", sent=date(2026, 3, 3)), date(2026, 3, 10))

    assert found.basis is Basis.SAME_DAY
    assert found.received == date(2026, 3, 3)
    assert found.received_estimated
    assert found.due.last_day == date(2026, 4, 7)
    assert found.days_left == 28


def test_a_request_sent_by_email_on_a_sunday_counts_from_that_sunday():
    found = progress(Dates(method="email", sent=date(2026, 3, 1)), date(2026, 3, 2))

    assert found.starts == date(2026, 3, 1)
    assert found.due.last_day == date(2026, 4, 1)


def test_a_request_sent_by_post_uses_the_rules_estimate_of_two_working_days():
    found = progress(Dates(method="post", sent=date(2026, 3, 3)), date(2026, 3, 10))

    assert found.basis is Basis.ESTIMATED
    assert found.received == date(2026, 3, 5) == estimated_receipt(date(2026, 3, 3))
    assert found.received_estimated
    assert found.due == sar_deadlines(sent=date(2026, 3, 3))["sar-response"]


def test_a_posted_request_s_estimate_skips_the_weekend_and_bank_holidays():
    # Posted Thu 24 Dec 2026: Christmas, Boxing Day (Monday 28th substitute), so Tue 29 and Wed 30 Dec.
    assert estimated_receipt(date(2026, 12, 24)) == date(2026, 12, 30)


def test_a_known_day_of_receipt_is_used_instead_of_an_estimate():
    found = progress(
        Dates(method="post", sent=date(2026, 1, 27), received=date(2026, 1, 31)), date(2026, 2, 1)
    )

    assert found.basis is Basis.GIVEN
    assert not found.received_estimated
    # 31 January: February has no 31st, so the last day of February (a Saturday) then Mon 2 March.
    assert found.due.last_day == date(2026, 3, 2)


def test_proof_of_identity_that_arrives_later_starts_the_month_again():
    dates = Dates(method="online", sent=date(2026, 3, 3), id_provided=date(2026, 3, 20))

    found = progress(dates, date(2026, 3, 21))

    assert found.basis is Basis.IDENTITY
    assert found.starts == date(2026, 3, 20)
    assert found.received == date(2026, 3, 3)
    assert found.due.last_day == date(2026, 4, 20)


def test_the_extended_date_applies_once_the_home_office_says_it_needs_more_time():
    dates = Dates(method="online", sent=date(2026, 3, 3), extended=True)

    found = progress(dates, date(2026, 4, 20))

    assert found.due is found.extended_due
    assert found.due.last_day == date(2026, 6, 3)
    assert found.stage is Stage.WAITING
    assert not found.reminder_due


@pytest.mark.parametrize(
    ("sent", "method"),
    [
        (date(2026, 1, 30), "online"),
        (date(2026, 1, 31), "email"),
        (date(2026, 3, 27), "post"),
        (date(2026, 12, 23), "post"),
        (date(2027, 2, 28), "online"),
    ],
)
def test_the_due_dates_are_the_deadline_rules_own(sent, method):
    found = progress(Dates(method=method, sent=sent), sent)

    received = sent if method in ("online", "email") else None
    expected = sar_deadlines(sent=sent, received=received)
    assert found.response_due.last_day == expected["sar-response"].last_day
    assert found.extended_due.last_day == expected["sar-extended"].last_day


def test_no_follow_up_letter_while_the_answer_is_not_late():
    dates = Dates(method="online", sent=date(2026, 3, 3))

    on_the_last_day = progress(dates, date(2026, 4, 7))

    assert on_the_last_day.stage is Stage.WAITING
    assert on_the_last_day.days_left == 0
    assert not on_the_last_day.reminder_due


def test_the_follow_up_letter_is_due_the_day_after_the_last_day_with_no_answer():
    found = progress(Dates(method="online", sent=date(2026, 3, 3)), date(2026, 4, 8))

    assert found.stage is Stage.LATE
    assert found.days_late == 1
    assert found.reminder_due
    assert not found.complaint_due
    assert found.reminder_asks_by == date(2026, 4, 22)


def test_the_complaint_waits_until_the_follow_up_letter_has_had_its_time():
    dates = Dates(method="online", sent=date(2026, 3, 3), reminder_sent=date(2026, 4, 10))

    waiting = progress(dates, date(2026, 4, 23))
    due = progress(dates, date(2026, 4, 10 + FOLLOW_UP_DAYS))

    assert waiting.reminder_due and not waiting.complaint_due
    assert waiting.complaint_from == date(2026, 4, 24)
    assert due.complaint_due
    assert due.complaint_from is None
    assert due.complain_by == date(2026, 7, 10)


def test_a_full_answer_stops_the_follow_up_letters():
    dates = Dates(
        method="online",
        sent=date(2026, 3, 3),
        reminder_sent=date(2026, 4, 10),
        response=date(2026, 4, 15),
        outcome="complete",
    )

    found = progress(dates, date(2026, 5, 30))

    assert found.stage is Stage.ANSWERED
    assert not found.reminder_due and not found.complaint_due


def test_a_refusal_makes_the_follow_up_letter_due_at_once_and_the_complaint_after_it():
    dates = Dates(method="online", sent=date(2026, 3, 3), response=date(2026, 3, 20), outcome="refused")

    found = progress(dates, date(2026, 3, 21))

    assert found.stage is Stage.HELD_BACK
    assert found.reminder_due
    assert not found.complaint_due


def test_a_refusal_under_the_immigration_exemption_can_go_to_the_ico_at_once():
    dates = Dates(
        method="online", sent=date(2026, 3, 3), response=date(2026, 3, 20), outcome="refused", exemption=True
    )

    found = progress(dates, date(2026, 3, 21))

    assert found.reminder_due and found.complaint_due
    assert found.complain_by == date(2026, 6, 20)


def test_data_held_back_under_the_exemption_still_waits_for_the_follow_up():
    dates = Dates(
        method="online", sent=date(2026, 3, 3), response=date(2026, 3, 20), outcome="partial", exemption=True
    )

    assert not progress(dates, date(2026, 3, 21)).complaint_due
