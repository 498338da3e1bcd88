"""When the Home Office must answer a subject access request (§6)."""

from datetime import date

from selfhelp.deadlines.rules import (
    Decision,
    Facts,
    compute,
)
from tests.deadlines.rules import EW, SCOTLAND, deadline, text


def test_a_request_received_on_3_september_is_due_on_3_october():
    result = compute(Facts(Decision.SAR, received=date(2025, 9, 3)))
    assert deadline(result, "sar-response").last_day == date(2025, 10, 3)
    assert deadline(result, "sar-extended").last_day == date(2025, 12, 3)


def test_a_request_received_on_31_january_is_due_at_the_end_of_february_moved_past_the_weekend():
    response = deadline(compute(Facts(Decision.SAR, received=date(2026, 1, 31))), "sar-response")
    assert response.last_day == date(2026, 3, 2)  # Sat 28 Feb -> Mon 2 Mar, never 3 March by overflow
    assert response.safe_date == date(2026, 2, 27)


def test_a_request_received_on_31_january_2028_is_due_on_29_february_and_extends_past_may_day():
    result = compute(Facts(Decision.SAR, received=date(2028, 1, 31)))
    assert deadline(result, "sar-response").last_day == date(2028, 2, 29)
    # 31 Jan + 3 months = Sun 30 Apr; Mon 1 May is the early May bank holiday; Tue 2 May.
    assert deadline(result, "sar-extended").last_day == date(2028, 5, 2)


def test_a_request_uses_england_and_wales_holidays_even_for_someone_in_scotland():
    response = deadline(
        compute(Facts(Decision.SAR, received=date(2026, 10, 30), nation=SCOTLAND)), "sar-response"
    )
    assert response.last_day == date(2026, 11, 30)  # St Andrew's Day is not a holiday for the Home Office
    assert response.calendar is EW


def test_without_a_date_received_a_request_is_estimated_to_arrive_two_working_days_after_posting():
    response = deadline(compute(Facts(Decision.SAR, sent=date(2026, 4, 2))), "sar-response")
    # Thu 2 Apr; Fri 3 Good Friday, weekend, Mon 6 Easter Monday; working days Tue 7, Wed 8.
    assert "We estimate the Home Office got your request on Wed 8 Apr 2026." in text(response.steps)
    assert response.last_day == date(2026, 5, 8)
    assert response.safe_date == date(2026, 5, 1)  # from the day it was sent: Sat 2 May -> Fri 1 May
    assert "not a rule" in text(response.uncertain)
    assert "Article 12A" in text(response.uncertain)


def test_a_request_says_when_article_12a_started_and_where_that_was_checked():
    doubts = text(deadline(compute(Facts(Decision.SAR, received=date(2026, 3, 2))), "sar-response").uncertain)
    assert "Since 5 February 2026" in doubts
    assert "SI 2026/82" in doubts and "checked Sun 6 Dec 2026" in doubts
    assert "could not check when" not in doubts
