"""Working days and bank holidays in each part of the UK (§10 of the research note), and months."""

from datetime import date

import holidays
import pytest

from selfhelp.deadlines.rules import (
    Nation,
    add_months,
    is_working_day,
)
from selfhelp.deadlines.rules.calendar import HOLIDAY_NAMES
from tests.deadlines.rules import EW, NI, SCOTLAND


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


def test_every_uk_holiday_name_in_the_holidays_package_has_a_translatable_name():
    names = set()
    for subdivision in ("ENG", "SCT", "NIR"):
        for name in holidays.UnitedKingdom(subdiv=subdivision, years=range(1995, 2100)).values():
            names.update(name.split("; "))
    assert names <= set(HOLIDAY_NAMES)
