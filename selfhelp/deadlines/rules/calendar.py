"""Calendars: the parts of the UK, their working days and bank holidays, and counting in months."""

from __future__ import annotations

import calendar as _calendar
from collections.abc import Mapping
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType

import holidays
from dateutil.easter import easter

from selfhelp.decisions import Nation

from .text import Step, gettext_noop, step

_SUBDIVISIONS = {
    Nation.ENGLAND_AND_WALES: "ENG",
    Nation.SCOTLAND: "SCT",
    Nation.NORTHERN_IRELAND: "NIR",
}

_NATION_NAMES = {
    Nation.ENGLAND_AND_WALES: gettext_noop("England and Wales"),
    Nation.SCOTLAND: gettext_noop("Scotland"),
    Nation.NORTHERN_IRELAND: gettext_noop("Northern Ireland"),
}

# The English names the `holidays` package uses for UK holidays, marked for translation.
HOLIDAY_NAMES = {
    "New Year's Day": gettext_noop("New Year's Day"),
    "New Year's Day (observed)": gettext_noop("New Year's Day (substitute day)"),
    "New Year Holiday": gettext_noop("2 January holiday"),
    "New Year Holiday (observed)": gettext_noop("2 January holiday (substitute day)"),
    "Saint Patrick's Day": gettext_noop("St Patrick's Day"),
    "Saint Patrick's Day (observed)": gettext_noop("St Patrick's Day (substitute day)"),
    "Good Friday": gettext_noop("Good Friday"),
    "Easter Monday": gettext_noop("Easter Monday"),
    "May Day": gettext_noop("Early May bank holiday"),
    "Spring Bank Holiday": gettext_noop("Spring bank holiday"),
    "Battle of the Boyne": gettext_noop("Battle of the Boyne (Orangemen's Day)"),
    "Battle of the Boyne (observed)": gettext_noop("Battle of the Boyne (substitute day)"),
    "Summer Bank Holiday": gettext_noop("Summer bank holiday"),
    "Late Summer Bank Holiday": gettext_noop("Summer bank holiday"),
    "Saint Andrew's Day": gettext_noop("St Andrew's Day"),
    "Saint Andrew's Day (observed)": gettext_noop("St Andrew's Day (substitute day)"),
    "Christmas Day": gettext_noop("Christmas Day"),
    "Christmas Day (observed)": gettext_noop("Christmas Day (substitute day)"),
    "Boxing Day": gettext_noop("Boxing Day"),
    "Boxing Day (observed)": gettext_noop("Boxing Day (substitute day)"),
    "Scotland's participation in the FIFA World Cup final": gettext_noop(
        "Special bank holiday for the football World Cup"
    ),
    "Millennium Celebrations": gettext_noop("Millennium bank holiday"),
    "Golden Jubilee of Elizabeth II": gettext_noop("Queen's Golden Jubilee"),
    "Diamond Jubilee of Elizabeth II": gettext_noop("Queen's Diamond Jubilee"),
    "Platinum Jubilee of Elizabeth II": gettext_noop("Queen's Platinum Jubilee"),
    "Wedding of William and Catherine": gettext_noop("Royal wedding"),
    "State Funeral of Queen Elizabeth II": gettext_noop("Queen's funeral"),
    "Coronation of Charles III": gettext_noop("King's coronation"),
}

# One-off holidays in the package that the research note could not confirm were proclaimed (§12.10).
UNCONFIRMED_HOLIDAYS = {(Nation.SCOTLAND, date(2026, 6, 15))}


@lru_cache(maxsize=256)
def _bank_holidays(nation: Nation, year: int) -> Mapping[date, str]:
    return MappingProxyType(dict(holidays.UnitedKingdom(subdiv=_SUBDIVISIONS[nation], years=year)))


def _good_friday(year: int) -> date:
    return easter(year) - timedelta(days=2)


def not_working_because(day: date, nation: Nation) -> Step | None:
    """Why ``day`` is not a working day in ``nation``, or None if it is one.

    "Working day" in the tribunal rules (UT rule 1(3); §0 of the note): any day except a
    Saturday, a Sunday, Christmas Day, Good Friday, or a bank holiday in that part of the UK.
    Bank holidays come from the ``holidays`` package, never a hand-made list.
    """
    if day.weekday() == 5:
        return step(gettext_noop("{day} is a Saturday. It is not a working day."), day=day)
    if day.weekday() == 6:
        return step(gettext_noop("{day} is a Sunday. It is not a working day."), day=day)
    if (day.month, day.day) == (12, 25):
        return step(
            gettext_noop("{day} is {holiday}. It is not a working day."),
            day=day,
            holiday=Step(HOLIDAY_NAMES["Christmas Day"]),
        )
    if day == _good_friday(day.year):
        return step(
            gettext_noop("{day} is {holiday}. It is not a working day."),
            day=day,
            holiday=Step(HOLIDAY_NAMES["Good Friday"]),
        )
    name = _bank_holidays(nation, day.year).get(day)
    if name is None:
        return None
    english = name.split("; ")[0]
    return step(
        gettext_noop("{day} is a bank holiday in {nation} ({holiday}). It is not a working day."),
        day=day,
        nation=nation_name(nation),
        holiday=Step(HOLIDAY_NAMES.get(english, english)),
    )


def nation_name(nation: Nation) -> Step:
    return Step(_NATION_NAMES[nation])


def is_working_day(day: date, nation: Nation = Nation.ENGLAND_AND_WALES) -> bool:
    """Whether ``day`` is a working day in ``nation`` (see :func:`not_working_because`)."""
    return not_working_because(day, nation) is None


def next_working_day(day: date, nation: Nation = Nation.ENGLAND_AND_WALES) -> date:
    """``day`` if it is a working day in ``nation``, otherwise the first working day after it."""
    while not is_working_day(day, nation):
        day += timedelta(days=1)
    return day


def previous_working_day(day: date, nation: Nation = Nation.ENGLAND_AND_WALES) -> date:
    """``day`` if it is a working day in ``nation``, otherwise the last working day before it."""
    while not is_working_day(day, nation):
        day -= timedelta(days=1)
    return day


def add_months(day: date, months: int) -> date:
    """The corresponding date ``months`` later, or the last day of that month if it has no such date.

    This is the ICO's way of counting "one month" (31 January + 1 month = 28 February, or 29 in a
    leap year; never 2 or 3 March), and the note assumes the same for tribunals and courts (§12.6).
    """
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, _calendar.monthrange(year, month)[1]))


def month_has_no_such_day(day: date, months: int) -> bool:
    return add_months(day, months).day != day.day
