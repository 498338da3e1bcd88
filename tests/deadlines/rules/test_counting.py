"""Counting one rule: the period, moving a last day to a working day, and the safe date.

Dates worked out by hand: Good Friday 2026 is 3 April and Easter Monday 6 April (England and Wales).
"""

from datetime import date

from selfhelp.deadlines.rules import Step, gettext_noop
from selfhelp.deadlines.rules.counting import Period, Rule, Start, count
from selfhelp.deadlines.rules.sources import FTT_APPEAL_IN_UK
from tests.deadlines.rules import EW, SCOTLAND, text


def rule(period: Period, rolls: bool) -> Rule:
    return Rule(
        key="test",
        title=Step(gettext_noop("A test rule")),
        action=Step(gettext_noop("Act")),
        source=FTT_APPEAL_IN_UK,
        period=period,
        rolls=rolls,
        roll_rule="a rule that moves the date",
    )


def test_n_days_after_a_day_end_n_days_later_and_beginning_with_it_one_day_earlier():
    assert Period(days=14).end(date(2026, 3, 4)) == date(2026, 3, 18)
    assert Period(days=21, beginning_with=True).end(date(2026, 3, 4)) == date(2026, 3, 24)


def test_a_rule_that_rolls_moves_a_last_day_on_good_friday_past_easter_monday():
    counted = count(rule(Period(days=14), rolls=True), Start("sent", date(2026, 3, 20)), nation=EW)
    assert counted.last_day == date(2026, 4, 7)
    assert counted.safe_date == date(2026, 4, 2)
    assert "Easter Monday" in text(counted.steps)
    assert "a rule that moves the date" in text(counted.steps)


def test_a_rule_that_does_not_roll_keeps_the_last_day_and_the_safe_date_goes_back_to_a_working_day():
    counted = count(rule(Period(days=14), rolls=False), Start("sent", date(2026, 3, 20)), nation=EW)
    assert counted.last_day == date(2026, 4, 3)
    assert counted.safe_date == date(2026, 4, 2)
    assert "does not move for weekends or bank holidays" in text(counted.steps)


def test_another_reasonable_start_makes_the_safe_date_earlier_but_not_the_last_day():
    counted = count(
        rule(Period(days=14), rolls=True),
        Start("sent", date(2026, 3, 4)),
        nation=EW,
        others=[Start("letter", date(2026, 3, 2))],
    )
    assert counted.last_day == date(2026, 3, 18)
    assert counted.safe_date == date(2026, 3, 16)


def test_the_calendar_doubt_is_said_only_when_the_part_of_the_uk_changes_the_last_day():
    in_scotland = count(rule(Period(days=14), rolls=True), Start("sent", date(2026, 3, 20)), nation=SCOTLAND)
    assert in_scotland.last_day == date(2026, 4, 6)  # Easter Monday is not a holiday in Scotland
    assert any("which part of the UK" in doubt.format() for doubt in in_scotland.uncertain)
    ordinary = count(rule(Period(days=14), rolls=True), Start("sent", date(2026, 3, 4)), nation=SCOTLAND)
    assert not any("which part of the UK" in doubt.format() for doubt in ordinary.uncertain)
