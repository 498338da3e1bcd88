"""Inadmissibility: the reply to a notice of intent, and the decision itself (§4)."""

from datetime import date

from selfhelp.deadlines.rules import (
    Decision,
    Facts,
    compute,
)
from tests.deadlines.rules import deadline, text


def test_an_inadmissibility_decision_gives_only_judicial_review_and_says_there_is_no_appeal():
    result = compute(Facts(Decision.INADMISSIBLE, letter_date=date(2026, 1, 15)))
    assert [d.key for d in result.deadlines] == ["judicial-review"]
    assert "no appeal against an inadmissibility decision" in text(result.notes)


def test_a_detained_person_has_7_calendar_days_to_answer_a_notice_of_intent():
    result = compute(Facts(Decision.NOTICE_OF_INTENT, received=date(2026, 3, 3), detained=True))
    reply = deadline(result, "noi-representations")
    assert reply.last_day == date(2026, 3, 10)
    assert "version 8.0" in reply.source.citation


def test_a_notice_of_intent_served_on_a_saturday_is_due_on_a_saturday_and_does_not_roll():
    result = compute(Facts(Decision.NOTICE_OF_INTENT, received=date(2026, 3, 7)))
    reply = deadline(result, "noi-representations")
    assert reply.last_day == date(2026, 3, 21)  # 14 calendar days, a Saturday
    assert not reply.rolls
    assert reply.safe_date == date(2026, 3, 20)
    assert "If your notice gives a date to reply by, use that date" in text(result.warnings)
    assert "version 9.0" in text(reply.uncertain)
    assert "ask the Home Office in writing, early" in text(result.notes)
