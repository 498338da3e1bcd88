"""When asylum support can stop, and the appeal against a support decision (§5)."""

from datetime import date

from selfhelp.deadlines.rules import (
    Decision,
    Facts,
    compute,
)
from tests.deadlines.rules import SCOTLAND, deadline, refusal, text


def test_support_ends_on_day_21_counting_the_day_of_the_decision_as_day_1():
    result = refusal(letter_date=date(2026, 3, 19), sent=date(2026, 3, 20))
    support = deadline(result, "support-ends")
    assert support.last_day == date(2026, 4, 9)  # 20 Mar is day 1, 9 Apr is day 21
    assert support.safe_date == date(2026, 4, 8)  # counted from the letter date, 19 Mar
    steps = text(support.steps)
    assert "Day 1 is Fri 20 Mar 2026. Day 21 is Thu 9 Apr 2026." in steps
    assert "If you count 21 days after Fri 20 Mar 2026 instead, you get Fri 10 Apr 2026." in steps
    assert '"beginning on"' in text(support.uncertain)
    assert "child under 18" in text(support.uncertain)
    assert not support.rolls


def test_support_counts_from_the_day_you_got_the_refusal_when_you_give_it():
    result = refusal(letter_date=date(2026, 3, 19), sent=date(2026, 3, 20), received=date(2026, 3, 23))
    support = deadline(result, "support-ends")
    assert support.last_day == date(2026, 4, 12)  # 23 Mar is day 1; Sun 12 Apr, not moved
    assert support.safe_date == date(2026, 4, 8)


def test_after_a_dismissed_appeal_support_ends_21_days_from_when_appeal_rights_end():
    result = compute(Facts(Decision.FTT_DISMISSED, letter_date=date(2026, 12, 11), sent=date(2026, 12, 14)))
    permission = deadline(result, "permission-ftt")
    # Mon 14 Dec + 14 = Mon 28 Dec (Boxing Day substitute) -> Tue 29 Dec.
    assert permission.last_day == date(2026, 12, 29)
    # Letter date + 14 = Fri 25 Dec (Christmas Day) -> back to Thu 24 Dec.
    assert permission.safe_date == date(2026, 12, 24)
    assert deadline(result, "appeal-rights-exhausted").last_day == date(2026, 12, 30)
    support = deadline(result, "support-ends")
    assert support.last_day == date(2027, 1, 19)  # 30 Dec is day 1
    assert support.safe_date == date(2027, 1, 14)  # from 25 Dec (letter date + 14) as day 1
    assert [d.key for d in result.deadlines] == ["permission-ftt", "appeal-rights-exhausted", "support-ends"]


def test_an_asylum_support_appeal_is_due_3_days_after_receipt_and_rolls_past_christmas():
    result = compute(Facts(Decision.SUPPORT_REFUSAL, sent=date(2026, 12, 23), received=date(2026, 12, 24)))
    appeal = deadline(result, "support-appeal")
    # Thu 24 Dec + 3 = Sun 27 Dec; Mon 28 Dec (Boxing Day substitute); Tue 29 Dec.
    assert appeal.last_day == date(2026, 12, 29)
    # Safe: from the date sent, 23 Dec + 3 = Sat 26 Dec; back past Christmas Day to Thu 24 Dec.
    assert appeal.safe_date == date(2026, 12, 24)
    assert "rule 12" in text(appeal.uncertain)


def test_an_asylum_support_appeal_received_before_easter_rolls_differently_in_scotland():
    facts = {"decision": Decision.SUPPORT_REFUSAL, "received": date(2026, 4, 1)}
    assert deadline(compute(Facts(**facts)), "support-appeal").last_day == date(2026, 4, 7)
    assert deadline(compute(Facts(**facts, nation=SCOTLAND)), "support-appeal").last_day == date(2026, 4, 6)


def test_without_a_date_received_the_support_appeal_counts_from_the_date_sent_and_says_so():
    appeal = deadline(compute(Facts(Decision.SUPPORT_REFUSAL, sent=date(2026, 3, 2))), "support-appeal")
    assert appeal.last_day == date(2026, 3, 5)
    assert "You did not give the date you got the letter" in text(appeal.uncertain)
