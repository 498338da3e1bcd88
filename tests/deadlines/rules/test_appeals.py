"""Appeals to the tribunals, permission to appeal further, and the day appeal rights end (§1, §2, §7)."""

from datetime import date

import pytest

from selfhelp.deadlines.rules import (
    Decision,
    Facts,
    FactsError,
    compute,
)
from tests.deadlines.rules import NI, SCOTLAND, deadline, refusal, text


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
