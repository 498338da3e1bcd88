"""Judicial review in each part of the UK (§3)."""

from datetime import date

from selfhelp.deadlines.rules import (
    Decision,
    Facts,
    compute,
)
from tests.deadlines.rules import NI, SCOTLAND, deadline, text


def test_judicial_review_of_a_certified_claim_is_three_months_at_the_outside_and_says_promptly():
    result = compute(Facts(Decision.CERTIFIED, letter_date=date(2025, 11, 28)))
    review = deadline(result, "judicial-review")
    # Fri 28 Nov + 3 months = Sat 28 Feb 2026 -> Mon 2 Mar (UT rule 12(2)).
    assert review.last_day == date(2026, 3, 2)
    assert review.safe_date == date(2026, 2, 27)
    assert "promptly" in review.action.format().lower()
    assert "promptly" in text(review.uncertain)
    assert review.source.citation.endswith("rule 28(2)")


def test_in_scotland_judicial_review_ends_one_day_earlier_and_does_not_roll():
    result = compute(Facts(Decision.CERTIFIED, letter_date=date(2026, 1, 15), nation=SCOTLAND))
    review = deadline(result, "judicial-review")
    assert review.last_day == date(2026, 4, 14)  # 3 months beginning with 15 Jan
    assert not review.rolls
    assert "27A" in review.source.citation
    england = deadline(compute(Facts(Decision.CERTIFIED, letter_date=date(2026, 1, 15))), "judicial-review")
    assert england.last_day == date(2026, 4, 15)


def test_in_scotland_three_months_beginning_with_30_november_end_on_the_last_day_of_february():
    # No 30 February: the period ends on the last day of that month, not the day before it.
    result = compute(Facts(Decision.INADMISSIBLE, letter_date=date(2025, 11, 30), nation=SCOTLAND))
    assert deadline(result, "judicial-review").last_day == date(2026, 2, 28)


def test_three_months_beginning_with_30_november_2027_end_on_29_february_2028():
    result = compute(Facts(Decision.INADMISSIBLE, letter_date=date(2027, 11, 30), nation=SCOTLAND))
    review = deadline(result, "judicial-review")
    assert review.last_day == date(2028, 2, 29)
    assert "ends on the last day of the month: Tue 29 Feb 2028" in text(review.steps)
    # The same as three months after the day before (29 November), as counted in England.
    after = compute(Facts(Decision.INADMISSIBLE, letter_date=date(2027, 11, 29)))
    assert deadline(after, "judicial-review").last_day == date(2028, 2, 29)


def test_three_months_beginning_with_the_first_of_a_month_end_on_the_last_day_of_the_third_month():
    result = compute(Facts(Decision.INADMISSIBLE, letter_date=date(2027, 3, 1), nation=SCOTLAND))
    assert deadline(result, "judicial-review").last_day == date(2027, 5, 31)


def test_in_northern_ireland_judicial_review_is_flagged_as_not_checked_and_does_not_roll():
    result = compute(Facts(Decision.INADMISSIBLE, letter_date=date(2025, 11, 28), nation=NI))
    review = deadline(result, "judicial-review")
    assert review.last_day == date(2026, 2, 28)
    assert review.safe_date == date(2026, 2, 27)
    assert "Northern Ireland" in text(review.uncertain)


def test_judicial_review_says_that_starting_it_does_not_stop_removal():
    for kind in (Decision.CERTIFIED, Decision.INADMISSIBLE):
        notes = text(compute(Facts(kind, letter_date=date(2026, 3, 2))).notes)
        assert notes.count("does not by itself stop the Home Office removing you") == 1
        assert "injunction" in notes
