"""The deadline rules, tested against the rules' own wording and the bank-holiday table.

Expected dates are worked out by hand from the rule (for example "14 days after the date sent")
and the bank holidays in §10 of shared/research/deadline-rules.md; they are never produced by
calling the code under test. These tests import no Django and need no database.
"""

import ast
import subprocess
import sys
from datetime import date
from pathlib import Path

import holidays
import pytest

from selfhelp.deadlines import rules
from selfhelp.deadlines.rules import (
    Deadline,
    Decision,
    Facts,
    FactsError,
    Nation,
    Result,
    Step,
    add_months,
    compute,
    english_date,
    is_working_day,
)

EW = Nation.ENGLAND_AND_WALES
SCOTLAND = Nation.SCOTLAND
NI = Nation.NORTHERN_IRELAND


def deadline(result: Result, key: str) -> Deadline:
    [found] = [d for d in result.deadlines if d.key == key]
    return found


def text(steps: tuple[Step, ...]) -> str:
    return "\n".join(step.format() for step in steps)


def refusal(**facts) -> Result:
    return compute(Facts(Decision.REFUSAL, **facts))


# --- The calendar (bank holidays from §10 of the research note) -----------------------------------


def test_good_friday_and_easter_monday_2026_are_not_working_days_in_england_and_wales():
    assert not is_working_day(date(2026, 4, 3), EW)
    assert not is_working_day(date(2026, 4, 6), EW)
    assert is_working_day(date(2026, 4, 7), EW)


def test_scotland_has_no_easter_monday_but_has_a_holiday_on_2_january():
    assert is_working_day(date(2026, 4, 6), SCOTLAND)
    assert not is_working_day(date(2026, 1, 2), SCOTLAND)
    assert is_working_day(date(2026, 1, 2), EW)


def test_st_andrews_day_is_a_holiday_only_in_scotland_with_a_monday_substitute_in_2025():
    assert not is_working_day(date(2025, 12, 1), SCOTLAND)
    assert is_working_day(date(2025, 12, 1), EW)
    assert not is_working_day(date(2026, 11, 30), SCOTLAND)
    assert is_working_day(date(2026, 11, 30), NI)


def test_northern_ireland_has_st_patricks_day_and_the_boyne_substitute_days():
    assert not is_working_day(date(2026, 3, 17), NI)
    assert is_working_day(date(2026, 3, 17), EW)
    assert not is_working_day(date(2025, 7, 14), NI)
    assert not is_working_day(date(2026, 7, 13), NI)
    assert is_working_day(date(2026, 7, 13), SCOTLAND)


def test_scotland_has_its_summer_holiday_on_the_first_monday_of_august_and_england_on_the_last():
    assert not is_working_day(date(2026, 8, 3), SCOTLAND)
    assert is_working_day(date(2026, 8, 3), EW)
    assert not is_working_day(date(2026, 8, 31), EW)
    assert is_working_day(date(2026, 8, 31), SCOTLAND)


def test_christmas_substitute_days_2026_and_2027_are_not_working_days_anywhere():
    for nation in Nation:
        assert not is_working_day(date(2026, 12, 28), nation)
        assert not is_working_day(date(2027, 12, 27), nation)
        assert not is_working_day(date(2027, 12, 28), nation)
    assert not is_working_day(date(2027, 1, 4), SCOTLAND)
    assert is_working_day(date(2027, 1, 4), EW)


def test_the_days_between_christmas_and_new_year_are_working_days_when_not_bank_holidays():
    # The old 2005 rules left out 25-31 December; the 2014 rules do not (§1.4).
    assert is_working_day(date(2026, 12, 29), EW)
    assert is_working_day(date(2026, 12, 31), EW)


def test_the_2028_spring_bank_holiday_is_monday_29_may():
    assert not is_working_day(date(2028, 5, 29), EW)


# --- Months ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2025, 9, 3), 1, date(2025, 10, 3)),  # ICO: 3 September -> 3 October
        (date(2026, 1, 31), 1, date(2026, 2, 28)),  # no 31 February: last day of the month
        (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
        (date(2028, 2, 29), 1, date(2028, 3, 29)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2025, 11, 30), 3, date(2026, 2, 28)),  # §3: 30 Nov + 3 months
        (date(2025, 10, 31), 1, date(2025, 11, 30)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),  # across a year end
        (date(2027, 12, 31), 2, date(2028, 2, 29)),
    ],
)
def test_a_month_later_is_the_same_date_or_else_the_last_day_of_that_month(start, months, expected):
    assert add_months(start, months) == expected


# --- Appeal to the First-tier Tribunal (r.19) -----------------------------------------------------


def test_a_refusal_sent_on_the_friday_before_easter_2026_rolls_past_easter_monday():
    result = refusal(letter_date=date(2026, 3, 19), sent=date(2026, 3, 20))
    appeal = deadline(result, "ftt-appeal")
    # 20 Mar + 14 = Fri 3 Apr (Good Friday); Sat, Sun, Easter Monday; Tue 7 Apr.
    assert appeal.last_day == date(2026, 4, 7)
    # Safe: 19 Mar (letter date) + 14 = Thu 2 Apr, not moved forward.
    assert appeal.safe_date == date(2026, 4, 2)
    assert appeal.rolls
    steps = text(appeal.steps)
    assert "The letter was sent on Fri 20 Mar 2026." in steps
    assert "Day 14 after that is Fri 3 Apr 2026." in steps
    assert "Fri 3 Apr 2026 is Good Friday. It is not a working day." in steps
    assert "Mon 6 Apr 2026 is a bank holiday in England and Wales (Easter Monday)." in steps
    assert "The next working day is Tue 7 Apr 2026." in steps
    assert "Safe date: Thu 2 Apr 2026, counted from the date on the letter and not moved forward." in steps
    assert appeal.source.citation.endswith("Rules 2014, rule 19(2)")


def test_in_scotland_the_same_refusal_rolls_only_to_easter_monday():
    appeal = deadline(refusal(sent=date(2026, 3, 20), nation=SCOTLAND), "ftt-appeal")
    assert appeal.last_day == date(2026, 4, 6)
    assert appeal.safe_date == date(2026, 4, 2)
    assert "Tue 7 Apr 2026" in text(appeal.uncertain)  # the England and Wales answer is shown


def test_a_refusal_sent_on_a_wednesday_is_due_on_the_wednesday_two_weeks_later():
    appeal = deadline(refusal(sent=date(2026, 3, 4)), "ftt-appeal")
    assert appeal.last_day == date(2026, 3, 18)
    assert appeal.safe_date == date(2026, 3, 18)
    assert "Wed 18 Mar 2026 is a working day, so the date does not move." in text(appeal.steps)


def test_detention_does_not_change_the_14_days_and_the_faster_detained_appeal_is_flagged():
    appeal = deadline(refusal(sent=date(2026, 3, 4), detained=True), "ftt-appeal")
    assert appeal.last_day == date(2026, 3, 18)
    assert "5 working days" in text(appeal.uncertain)


def test_the_safe_date_counts_from_the_letter_date_when_it_is_earlier_than_the_postmark():
    appeal = deadline(refusal(letter_date=date(2026, 3, 2), sent=date(2026, 3, 4)), "ftt-appeal")
    assert appeal.last_day == date(2026, 3, 18)
    assert appeal.safe_date == date(2026, 3, 16)
    assert "computer system counts from the date on the letter" in text(appeal.uncertain)


def test_with_only_a_letter_date_the_appeal_counts_from_it_and_says_so():
    appeal = deadline(refusal(letter_date=date(2026, 3, 2)), "ftt-appeal")
    assert appeal.last_day == date(2026, 3, 16)
    assert "You did not give the date it was sent" in text(appeal.uncertain)


def test_the_date_the_letter_arrived_does_not_move_the_appeal_deadline_in_the_uk():
    appeal = deadline(refusal(sent=date(2026, 3, 4), received=date(2026, 3, 10)), "ftt-appeal")
    assert appeal.last_day == date(2026, 3, 18)
    assert "not the day you got it" in text(appeal.steps)


def test_an_email_sent_on_a_saturday_before_christmas_2026_rolls_past_the_boxing_day_substitute():
    appeal = deadline(refusal(sent=date(2026, 12, 12)), "ftt-appeal")
    # Sat 12 Dec + 14 = Sat 26 Dec; Sun 27; Mon 28 (Boxing Day substitute); Tue 29 Dec.
    assert appeal.last_day == date(2026, 12, 29)
    # Safe: Sat 26 Dec not moved forward, back past Christmas Day to Thu 24 Dec.
    assert appeal.safe_date == date(2026, 12, 24)
    assert "Fri 25 Dec 2026 is Christmas Day. It is not a working day." in text(appeal.steps)


def test_a_refusal_due_on_the_christmas_substitute_day_2027_rolls_to_wednesday_29_december():
    appeal = deadline(refusal(sent=date(2027, 12, 13)), "ftt-appeal")
    assert appeal.last_day == date(2027, 12, 29)


def test_a_refusal_due_on_the_new_year_substitute_day_2028_rolls_one_day_more_in_scotland():
    # Mon 20 Dec 2027 + 14 = Mon 3 Jan 2028 (New Year's Day substitute everywhere);
    # Tue 4 Jan is the 2 January substitute in Scotland only.
    assert deadline(refusal(sent=date(2027, 12, 20)), "ftt-appeal").last_day == date(2028, 1, 4)
    scottish = deadline(refusal(sent=date(2027, 12, 20), nation=SCOTLAND), "ftt-appeal")
    assert scottish.last_day == date(2028, 1, 5)


def test_in_scotland_a_last_day_on_2_january_rolls_but_not_in_england():
    assert deadline(refusal(sent=date(2025, 12, 19)), "ftt-appeal").last_day == date(2026, 1, 2)
    scottish = deadline(refusal(sent=date(2025, 12, 19), nation=SCOTLAND), "ftt-appeal")
    assert scottish.last_day == date(2026, 1, 5)
    # Safe: Fri 2 Jan is not a working day in Scotland, Thu 1 Jan is New Year's Day.
    assert scottish.safe_date == date(2025, 12, 31)
    assert "Fri 2 Jan 2026" in text(scottish.uncertain)


def test_in_scotland_a_last_day_on_st_andrews_day_rolls_to_the_next_day():
    assert deadline(refusal(sent=date(2026, 11, 16), nation=SCOTLAND), "ftt-appeal").last_day == date(
        2026, 12, 1
    )
    assert deadline(refusal(sent=date(2025, 11, 17), nation=SCOTLAND), "ftt-appeal").last_day == date(
        2025, 12, 2
    )
    assert deadline(refusal(sent=date(2025, 11, 17)), "ftt-appeal").last_day == date(2025, 12, 1)


def test_in_scotland_a_last_day_on_the_first_monday_of_august_rolls():
    assert deadline(refusal(sent=date(2026, 7, 20), nation=SCOTLAND), "ftt-appeal").last_day == date(
        2026, 8, 4
    )
    assert deadline(refusal(sent=date(2026, 7, 20)), "ftt-appeal").last_day == date(2026, 8, 3)


def test_the_scottish_world_cup_holiday_of_15_june_2026_rolls_the_date_and_is_flagged_as_unconfirmed():
    appeal = deadline(refusal(sent=date(2026, 6, 1), nation=SCOTLAND), "ftt-appeal")
    assert appeal.last_day == date(2026, 6, 16)
    assert "could not check that it was made official" in text(appeal.uncertain)


def test_in_northern_ireland_a_last_day_on_st_patricks_day_rolls_and_the_safe_date_stays_before_it():
    appeal = deadline(refusal(sent=date(2026, 3, 3), nation=NI), "ftt-appeal")
    assert appeal.last_day == date(2026, 3, 18)
    assert appeal.safe_date == date(2026, 3, 16)  # Tue 17 Mar is not a working day in Northern Ireland
    assert deadline(refusal(sent=date(2026, 3, 3)), "ftt-appeal").last_day == date(2026, 3, 17)


def test_in_northern_ireland_a_last_day_on_the_boyne_substitute_day_rolls():
    assert deadline(refusal(sent=date(2026, 6, 29), nation=NI), "ftt-appeal").last_day == date(2026, 7, 14)
    assert deadline(refusal(sent=date(2025, 6, 30), nation=NI), "ftt-appeal").last_day == date(2025, 7, 15)


def test_a_refusal_outside_the_uk_never_counts_28_days_from_leaving_and_warns_that_leaving_ends_it():
    # NIAA 2002 s.92(2): "Otherwise, the appeal must be brought from within the United Kingdom";
    # s.92(8): an appeal brought from inside the UK is abandoned if the appellant leaves.
    result = refusal(letter_date=date(2026, 1, 2), departed=date(2026, 1, 20), outside_uk=True)
    appeal = deadline(result, "ftt-appeal")
    assert appeal.last_day == date(2026, 1, 16)  # Fri 2 Jan + 14: the in-UK limit, r.19(2)
    assert appeal.source.citation.endswith("rule 19(2)")
    assert date(2026, 2, 17) not in {d.last_day for d in result.deadlines}  # 20 Jan + 28
    assert "You left the UK on" not in text(appeal.steps)
    assert "never from the day you left the UK" in text(appeal.steps)
    assert "no appeal against this decision from outside the UK" in appeal.action.format()
    [warning] = result.warnings
    assert warning.format().startswith("Leaving the UK ends your appeal.")
    assert "section 92(2) and (8)" in warning.format()
    assert "support-ends" not in {d.key for d in result.deadlines}


def test_a_refusal_outside_the_uk_with_only_the_date_received_still_counts_from_the_decision():
    result = refusal(letter_date=date(2026, 1, 2), received=date(2026, 1, 10), outside_uk=True)
    appeal = deadline(result, "ftt-appeal")
    assert appeal.last_day == date(2026, 1, 16)
    assert all("rule 19(3)" not in d.source.citation for d in result.deadlines)


def test_a_refusal_outside_the_uk_needs_the_decision_date_not_the_date_you_left():
    with pytest.raises(FactsError) as caught:
        refusal(departed=date(2026, 1, 20), received=date(2026, 1, 10), outside_uk=True)
    assert caught.value.field == "sent"


def test_a_refusal_in_the_uk_says_that_leaving_would_end_the_appeal_but_is_not_a_warning():
    result = refusal(sent=date(2026, 3, 4))
    assert result.warnings == ()
    assert "Do not leave the UK if you want to appeal" in text(result.notes)


# --- Out-of-country appeals (s.94B, Schedule 3 certificates) ---------------------------------------


def test_an_out_of_country_appeal_is_due_28_days_after_leaving_the_uk_with_the_counting_shown():
    result = compute(
        Facts(Decision.OUT_OF_COUNTRY_APPEAL, letter_date=date(2026, 2, 20), departed=date(2026, 3, 2))
    )
    appeal = deadline(result, "ftt-appeal")
    assert appeal.last_day == date(2026, 3, 30)  # Mon 2 Mar + 28 (r.19(3)(a))
    assert appeal.source.citation.endswith("rule 19(3)(a)")
    steps = text(appeal.steps)
    assert "You left the UK on Mon 2 Mar 2026." in steps
    assert "Day 28 after that is Mon 30 Mar 2026." in steps
    assert "within 28 days after the day you left the UK" in text(result.warnings)
    assert deadline(result, "appeal-rights-exhausted").last_day == date(2026, 3, 31)


def test_an_out_of_country_appeal_whose_28th_day_is_easter_monday_rolls_to_tuesday():
    result = compute(Facts(Decision.OUT_OF_COUNTRY_APPEAL, departed=date(2026, 3, 9)))
    appeal = deadline(result, "ftt-appeal")
    assert appeal.last_day == date(2026, 4, 7)  # 9 Mar + 28 = Mon 6 Apr (Easter Monday)
    assert appeal.safe_date == date(2026, 4, 2)  # back past Good Friday 3 Apr


def test_an_out_of_country_appeal_needs_the_date_you_left_and_says_why():
    with pytest.raises(FactsError) as caught:
        compute(
            Facts(Decision.OUT_OF_COUNTRY_APPEAL, letter_date=date(2026, 3, 2), received=date(2026, 3, 4))
        )
    assert caught.value.field == "departed"
    assert "the 28 days to appeal start on that day" in str(caught.value)


def test_an_out_of_country_appeal_by_someone_who_left_before_the_decision_counts_from_receipt():
    facts = Facts(
        Decision.OUT_OF_COUNTRY_APPEAL,
        letter_date=date(2026, 3, 2),
        departed=date(2026, 2, 20),
        received=date(2026, 3, 10),
    )
    appeal = deadline(compute(facts), "ftt-appeal")
    assert appeal.last_day == date(2026, 4, 7)  # Tue 10 Mar + 28
    assert appeal.source.citation.endswith("rule 19(3)(b)")
    with pytest.raises(FactsError) as caught:
        compute(
            Facts(Decision.OUT_OF_COUNTRY_APPEAL, letter_date=date(2026, 3, 2), departed=date(2026, 2, 20))
        )
    assert caught.value.field == "received"


# --- Appeal rights exhausted and support ----------------------------------------------------------


def test_appeal_rights_end_the_day_after_the_last_day_to_appeal():
    result = refusal(letter_date=date(2026, 3, 19), sent=date(2026, 3, 20))
    assert deadline(result, "appeal-rights-exhausted").last_day == date(2026, 4, 8)
    assert "section 104" in deadline(result, "appeal-rights-exhausted").source.citation


def test_appeal_rights_end_on_a_saturday_and_that_safe_date_is_not_moved_back_to_a_working_day():
    result = refusal(sent=date(2026, 4, 17))
    assert deadline(result, "ftt-appeal").last_day == date(2026, 5, 1)  # Fri 17 Apr + 14
    rights_end = deadline(result, "appeal-rights-exhausted")
    assert rights_end.last_day == date(2026, 5, 2)  # the next day, a Saturday
    assert rights_end.safe_date == date(2026, 5, 2)  # never moved back to Fri 1 May
    assert "It is not moved to a working day" in text(rights_end.steps)


def test_a_certified_claims_appeal_rights_end_on_the_day_you_got_it_even_on_a_sunday():
    result = compute(Facts(Decision.CERTIFIED, sent=date(2026, 3, 6), received=date(2026, 3, 8)))
    rights_end = deadline(result, "appeal-rights-exhausted")
    assert rights_end.last_day == date(2026, 3, 8)
    assert rights_end.safe_date == date(2026, 3, 6)  # from the date sent, a Friday; not moved


def test_after_a_dismissed_appeal_someone_outside_the_uk_is_warned_that_leaving_ends_an_in_uk_appeal():
    result = compute(Facts(Decision.FTT_DISMISSED, sent=date(2026, 3, 4), outside_uk=True))
    assert "leaving the UK ends it" in text(result.warnings)
    assert "section 92(8)" in text(result.warnings)


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


# --- Permission to appeal -------------------------------------------------------------------------


def test_permission_from_the_first_tier_tribunal_is_28_days_after_sending_outside_the_uk():
    result = compute(Facts(Decision.FTT_DISMISSED, sent=date(2026, 3, 4), outside_uk=True))
    permission = deadline(result, "permission-ftt")
    assert permission.last_day == date(2026, 4, 1)
    assert permission.source.citation.endswith("rule 33(3)")
    assert "support-ends" not in {d.key for d in result.deadlines}


def test_permission_from_the_upper_tribunal_is_14_days_after_the_refusal_was_sent_in_the_uk():
    result = compute(Facts(Decision.FTT_REFUSED_PERMISSION, sent=date(2026, 3, 20)))
    permission = deadline(result, "permission-ut")
    assert permission.last_day == date(2026, 4, 7)
    assert permission.source.citation.endswith("rule 21(3)(aa)")
    assert "5pm" in permission.action.format()
    assert "Upper Tribunal Rules 2008, rule 12(2)" in text(permission.steps)


def test_permission_from_the_upper_tribunal_outside_the_uk_is_one_month_to_the_end_of_february():
    result = compute(Facts(Decision.FTT_REFUSED_PERMISSION, sent=date(2026, 1, 31), outside_uk=True))
    permission = deadline(result, "permission-ut")
    # 31 Jan + 1 month = Sat 28 Feb (no 31 Feb) -> Mon 2 Mar.
    assert permission.last_day == date(2026, 3, 2)
    assert permission.safe_date == date(2026, 2, 27)
    assert permission.source.citation.endswith("rule 21(3)(b)")
    assert "last day of the month" in text(permission.uncertain)


def test_one_month_from_31_january_in_a_leap_year_ends_on_29_february():
    result = compute(Facts(Decision.FTT_REFUSED_PERMISSION, sent=date(2028, 1, 31), outside_uk=True))
    assert deadline(result, "permission-ut").last_day == date(2028, 2, 29)


# --- Judicial review ------------------------------------------------------------------------------


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


def test_an_inadmissibility_decision_gives_only_judicial_review_and_says_there_is_no_appeal():
    result = compute(Facts(Decision.INADMISSIBLE, letter_date=date(2026, 1, 15)))
    assert [d.key for d in result.deadlines] == ["judicial-review"]
    assert "no appeal against an inadmissibility decision" in text(result.notes)


def test_a_claim_certified_after_27_june_2022_has_no_appeal_at_all_only_review_and_further_submissions():
    result = compute(Facts(Decision.CERTIFIED, letter_date=date(2026, 3, 2), sent=date(2026, 3, 4)))
    keys = [d.key for d in result.deadlines]
    assert keys == ["appeal-rights-exhausted", "support-ends", "judicial-review"]
    assert deadline(result, "appeal-rights-exhausted").last_day == date(2026, 3, 4)
    assert deadline(result, "support-ends").last_day == date(2026, 3, 24)  # 4 Mar is day 1
    [warning] = result.warnings
    assert warning.format().startswith("You have no appeal, from inside or outside the UK.")
    assert "section 94(3A)" in warning.format()
    assert "judicial review" in warning.format() and "further submissions" in warning.format()
    assert "rule 19(3)(a)" not in text(result.notes)
    assert "you have no appeal" in deadline(result, "appeal-rights-exhausted").action.format()


def test_a_claim_certified_after_june_2022_gives_no_appeal_after_leaving_the_uk():
    facts = Facts(
        Decision.CERTIFIED, letter_date=date(2026, 3, 2), departed=date(2026, 3, 20), outside_uk=True
    )
    result = compute(facts)
    assert [d.key for d in result.deadlines] == ["judicial-review"]
    assert "Leaving the UK does not give you an appeal" in text(result.warnings)


def test_a_claim_certified_on_28_june_2022_falls_under_the_new_rules_and_on_27_june_under_the_old():
    def keys(letter_date):
        facts = Facts(
            Decision.CERTIFIED, letter_date=letter_date, departed=date(2026, 11, 2), outside_uk=True
        )
        return {d.key for d in compute(facts).deadlines}

    assert "ftt-appeal" not in keys(date(2022, 6, 28))
    assert "ftt-appeal" in keys(date(2022, 6, 27))


def test_a_claim_certified_before_28_june_2022_keeps_the_old_appeal_28_days_after_leaving_flagged():
    facts = Facts(
        Decision.CERTIFIED, letter_date=date(2022, 5, 10), departed=date(2026, 11, 2), outside_uk=True
    )
    result = compute(facts)
    appeal = deadline(result, "ftt-appeal")
    assert appeal.last_day == date(2026, 11, 30)  # Mon 2 Nov + 28
    assert appeal.source.citation.endswith("rule 19(3)(a)")
    assert "only for claims certified as clearly unfounded before 28 June 2022" in text(appeal.uncertain)
    assert "section 28(4)" in text(result.warnings)


def test_a_certified_claim_with_only_a_date_sent_after_june_2022_asks_for_the_date_on_the_letter():
    result = compute(Facts(Decision.CERTIFIED, sent=date(2026, 3, 4)))
    assert "ftt-appeal" not in {d.key for d in result.deadlines}
    assert "Give the date printed on the letter" in text(result.notes)


def test_judicial_review_says_that_starting_it_does_not_stop_removal():
    for kind in (Decision.CERTIFIED, Decision.INADMISSIBLE):
        notes = text(compute(Facts(kind, letter_date=date(2026, 3, 2))).notes)
        assert notes.count("does not by itself stop the Home Office removing you") == 1
        assert "injunction" in notes


# --- Notice of intent -----------------------------------------------------------------------------


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


# --- Asylum support appeal ------------------------------------------------------------------------


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


# --- Subject access request -----------------------------------------------------------------------


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


# --- Notes ----------------------------------------------------------------------------------------


def test_further_submissions_are_a_note_never_a_deadline():
    result = refusal(sent=date(2026, 3, 4))
    assert "Further submissions" in text(result.notes)
    assert "no deadline in law" in text(result.notes)
    assert all("further" not in d.key for d in result.deadlines)


def test_every_result_says_it_is_not_legal_advice():
    assert "not legal advice" in text(refusal(sent=date(2026, 3, 4)).notes)


def test_deadlines_are_listed_soonest_first():
    result = refusal(sent=date(2026, 3, 20))
    assert [d.key for d in result.deadlines] == ["ftt-appeal", "appeal-rights-exhausted", "support-ends"]


# --- Missing and impossible facts -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "field"),
    [
        (Facts(Decision.REFUSAL), "sent"),
        (Facts(Decision.REFUSAL, received=date(2026, 3, 4)), "sent"),
        (Facts(Decision.REFUSAL, outside_uk=True), "sent"),
        (Facts(Decision.REFUSAL, departed=date(2026, 3, 1), outside_uk=True), "sent"),
        (Facts(Decision.CERTIFIED), "sent"),
        (Facts(Decision.CERTIFIED, letter_date=date(2022, 5, 1), outside_uk=True), "departed"),
        (Facts(Decision.OUT_OF_COUNTRY_APPEAL, letter_date=date(2026, 3, 4)), "departed"),
        (Facts(Decision.INADMISSIBLE, received=date(2026, 3, 4)), "sent"),
        (Facts(Decision.NOTICE_OF_INTENT), "received"),
        (Facts(Decision.FTT_DISMISSED), "sent"),
        (Facts(Decision.FTT_REFUSED_PERMISSION, outside_uk=True), "sent"),
        (Facts(Decision.SUPPORT_REFUSAL), "received"),
        (Facts(Decision.SAR, letter_date=date(2026, 3, 4)), "received"),
    ],
)
def test_missing_facts_are_refused_and_name_the_field_to_fill_in(facts, field):
    with pytest.raises(FactsError) as caught:
        compute(facts)
    assert caught.value.field == field
    assert str(caught.value)


@pytest.mark.parametrize(
    ("facts", "field"),
    [
        (Facts(Decision.REFUSAL, letter_date=date(2026, 3, 4), sent=date(2026, 3, 3)), "sent"),
        (Facts(Decision.REFUSAL, sent=date(2026, 3, 4), received=date(2026, 3, 3)), "received"),
        (Facts(Decision.REFUSAL, letter_date=date(2026, 3, 4), received=date(2026, 3, 3)), "received"),
        (Facts(Decision.SAR, sent=date(2026, 3, 4), received=date(2026, 3, 3)), "received"),
        (Facts(Decision.REFUSAL, sent=date(2026, 3, 4), departed=date(2026, 3, 5)), "departed"),
        (Facts(Decision.REFUSAL, sent=date(2026, 3, 4), detained=True, outside_uk=True), "detained"),
        (Facts(Decision.REFUSAL, sent=date(1999, 3, 4)), "sent"),
        (Facts("appeal-allowed", sent=date(2026, 3, 4)), "decision"),
        (Facts(Decision.REFUSAL, sent=date(2026, 3, 4), nation="wales"), "nation"),
        (Facts(Decision.REFUSAL, sent="2026-03-04"), "sent"),
    ],
)
def test_impossible_facts_are_refused_and_name_the_field_at_fault(facts, field):
    with pytest.raises(FactsError) as caught:
        compute(facts)
    assert caught.value.field == field


def test_a_facts_error_message_goes_through_the_translation_function():
    with pytest.raises(FactsError) as caught:
        compute(Facts(Decision.REFUSAL, sent=date(2026, 3, 4), received=date(2026, 3, 3)))
    assert caught.value.format(translate=str.upper) == str(caught.value).upper()
    assert isinstance(caught.value, ValueError)


# --- Messages and translation ---------------------------------------------------------------------


def test_english_dates_read_like_fri_3_apr_2026():
    assert english_date(date(2026, 4, 3)) == "Fri 3 Apr 2026"


def test_a_step_translates_its_template_and_nested_holiday_names_and_formats_dates():
    appeal = deadline(refusal(sent=date(2026, 3, 20)), "ftt-appeal")
    [step] = [s for s in appeal.steps if "Easter Monday" in s.format()]
    french = {
        "{day} is a bank holiday in {nation} ({holiday}). It is not a working day.": (
            "Le {day} est un jour férié en {nation} ({holiday})."
        ),
        "Easter Monday": "lundi de Pâques",
        "England and Wales": "Angleterre et pays de Galles",
    }
    out = step.format(translate=lambda m: french.get(m, m), format_date=date.isoformat)
    assert out == "Le 2026-04-06 est un jour férié en Angleterre et pays de Galles (lundi de Pâques)."


def test_a_translation_with_a_broken_placeholder_falls_back_to_english():
    step = Step("Day {number} after that is {day}.", {"number": 14, "day": date(2026, 4, 3)})
    assert step.format(translate=lambda m: "Jour {nombre}") == "Day 14 after that is Fri 3 Apr 2026."


def test_every_uk_holiday_name_in_the_holidays_package_has_a_translatable_name():
    names = set()
    for subdivision in ("ENG", "SCT", "NIR"):
        for name in holidays.UnitedKingdom(subdiv=subdivision, years=range(1995, 2100)).values():
            names.update(name.split("; "))
    assert names <= set(rules._HOLIDAY_NAMES)


def test_every_message_in_the_rules_is_marked_for_translation():
    """Step(...) and _step(...) never get a bare string: it must be wrapped in gettext_noop."""
    tree = ast.parse(Path(rules.__file__).read_text())
    bare = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", None) in {"Step", "_step"}
        and node.args
        and isinstance(node.args[0], ast.Constant | ast.JoinedStr)
    ]
    assert bare == []


def test_every_deadline_has_a_source_with_an_address_and_a_checked_date():
    results = [
        refusal(sent=date(2026, 3, 4)),
        compute(Facts(Decision.CERTIFIED, sent=date(2026, 3, 4), nation=NI)),
        compute(Facts(Decision.NOTICE_OF_INTENT, sent=date(2026, 3, 4))),
        compute(Facts(Decision.FTT_DISMISSED, sent=date(2026, 3, 4))),
        compute(Facts(Decision.SUPPORT_REFUSAL, sent=date(2026, 3, 4))),
        compute(Facts(Decision.SAR, sent=date(2026, 3, 4))),
        compute(Facts(Decision.OUT_OF_COUNTRY_APPEAL, departed=date(2026, 3, 4))),
    ]
    for result in results:
        for d in result.deadlines:
            assert d.source.citation
            assert d.source.url.startswith("https://www.")
            assert d.source.checked in {date(2026, 11, 24), date(2026, 12, 6)}
            assert d.steps
            assert d.title.format() and d.action.format()


def test_the_tribunal_rule_19_sources_carry_the_day_they_were_re_read():
    appeal = deadline(refusal(sent=date(2026, 3, 4)), "ftt-appeal")
    assert appeal.source.checked == date(2026, 12, 6)
    ooc = deadline(compute(Facts(Decision.OUT_OF_COUNTRY_APPEAL, departed=date(2026, 3, 4))), "ftt-appeal")
    assert ooc.source.checked == date(2026, 12, 6)
    support = deadline(refusal(sent=date(2026, 3, 4)), "support-ends")
    assert support.source.checked == date(2026, 11, 24)  # not re-read


def test_the_rules_module_imports_no_django():
    code = (
        "import sys, selfhelp.deadlines.rules; print(any(m.split('.')[0] == 'django' for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)  # noqa: S603
    assert out.stdout.strip() == "False"
