"""The deadline rules: from the facts of a decision to every date that follows, with the reasons.

Pure Python: this module imports no Django and does no I/O, so pages, the calendar export, the
SAR tracker and the command line can all call it, and it is tested without a database.

Each rule is one small function whose docstring names the rule it implements. The source of
each rule, and what is not certain about it, comes from the research note
``shared/research/deadline-rules.md`` (section numbers below refer to it). Each result carries
its reasons: the counting, one checkable step per line, and what is uncertain.

Two dates for every deadline:

- ``last_day``: the date the rule gives, counted from the date the rule names and moved to the
  next working day only when the rule says so.
- ``safe_date``: the last working day on or before the earliest date any reasonable reading
  gives (count from the letter date when it is earlier, do not move it forward, and use the
  England and Wales calendar when that is earlier). It is never later than ``last_day``.

Translation: every text is an English template marked with :func:`gettext_noop`, so that
Django's ``makemessages`` finds it, with named ``{placeholders}``. :meth:`Step.format` fills
them in; the Django layer passes ``gettext`` and a localised date formatter.
"""

from __future__ import annotations

import calendar as _calendar
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import lru_cache
from types import MappingProxyType

import holidays
from dateutil.easter import easter

__all__ = [
    "Deadline",
    "Decision",
    "Facts",
    "FactsError",
    "Nation",
    "Result",
    "Source",
    "Step",
    "add_months",
    "compute",
    "english_date",
    "gettext_noop",
    "is_working_day",
    "next_working_day",
    "previous_working_day",
]


def gettext_noop(message: str) -> str:
    """Mark ``message`` for translation and return it unchanged (xgettext knows this name)."""
    return message


# ---------------------------------------------------------------------------------------------
# The interface
# ---------------------------------------------------------------------------------------------


class Decision(StrEnum):
    REFUSAL = "refusal"
    CERTIFIED = "certified"
    # A refusal that may be appealed only from outside the UK: a human rights claim certified under
    # NIAA 2002 s.94B, or a safe third country certificate under Schedule 3 to the 2004 Act.
    OUT_OF_COUNTRY_APPEAL = "out-of-country-appeal"
    NOTICE_OF_INTENT = "notice-of-intent"
    INADMISSIBLE = "inadmissible"
    FTT_DISMISSED = "ftt-dismissed"
    FTT_REFUSED_PERMISSION = "ftt-refused-permission"
    SUPPORT_REFUSAL = "support-refusal"
    SAR = "sar"


class Nation(StrEnum):
    ENGLAND_AND_WALES = "england-and-wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern-ireland"


_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def english_date(day: date) -> str:
    """Format a date the English way, like "Fri 3 Apr 2026", whatever the process locale is."""
    return f"{_DAY_NAMES[day.weekday()]} {day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


def _identity(message: str) -> str:
    return message


type Value = date | int | str | Step


@dataclass(frozen=True)
class Step:
    """One message: an English template with named ``{placeholders}`` and the values for them.

    A value may be a date (formatted with ``format_date``), a number, a string (used as it is,
    for example a citation), or another Step (translated and formatted too, for example the
    name of a bank holiday or of a nation).
    """

    message: str
    values: Mapping[str, Value] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.message, str):
            raise TypeError("A Step's message is an English template string.")
        object.__setattr__(self, "values", MappingProxyType(dict(self.values)))

    def __hash__(self) -> int:
        return hash((self.message, tuple(sorted(self.values.items(), key=lambda item: item[0]))))

    def format(
        self,
        translate: Callable[[str], str] = _identity,
        format_date: Callable[[date], str] = english_date,
    ) -> str:
        """Translate the template, format the values, and fill in the placeholders.

        If a translation has broken placeholders, the English template is used instead, so a
        mistake in a translation never hides a date.
        """
        filled = {name: _format_value(value, translate, format_date) for name, value in self.values.items()}
        try:
            return translate(self.message).format_map(filled)
        except (KeyError, IndexError, ValueError, AttributeError):
            return self.message.format_map(filled)

    def __str__(self) -> str:
        return self.format()


def _format_value(value: Value, translate: Callable[[str], str], format_date: Callable[[date], str]) -> str:
    if isinstance(value, Step):
        return value.format(translate, format_date)
    if isinstance(value, date):
        return format_date(value)
    return str(value)


def _step(message: str, **values: Value) -> Step:
    return Step(message, values)


@dataclass(frozen=True)
class Source:
    """Where a rule comes from, and the date it was last checked against that source."""

    citation: str
    url: str
    checked: date


@dataclass(frozen=True)
class Deadline:
    key: str
    title: Step
    last_day: date
    safe_date: date
    source: Source
    steps: tuple[Step, ...]
    uncertain: tuple[Step, ...]
    action: Step
    rolls: bool
    # The part of the UK whose bank holidays the counting uses.
    calendar: Nation = Nation.ENGLAND_AND_WALES
    # The earliest date any reasonable reading gives, before the safe date goes back to a working
    # day (None means the same as safe_date). Rules that count from this deadline start from it.
    earliest: date | None = None


@dataclass(frozen=True)
class Result:
    deadlines: tuple[Deadline, ...]
    notes: tuple[Step, ...]
    # What the person must see before anything else: a remedy they could lose, or do not have.
    # Pages show these in a warning box above the dates, never among the doubts.
    warnings: tuple[Step, ...] = ()


@dataclass(frozen=True)
class Facts:
    decision: Decision
    letter_date: date | None = None  # the date printed on the letter
    sent: date | None = None  # postmark or email date (for SAR: the date the person sent the request)
    received: date | None = None  # the date the person got it (for SAR: the date the Home Office got it)
    departed: date | None = None  # the date the person left the UK, where the rule counts from it
    detained: bool = False
    outside_uk: bool = False
    nation: Nation = Nation.ENGLAND_AND_WALES


class FactsError(ValueError):
    """The facts are missing something, or cannot be true. ``field`` names the fact at fault."""

    def __init__(self, message: Step, field: str) -> None:
        self.message = message
        self.field = field
        super().__init__(message.format())

    def format(
        self,
        translate: Callable[[str], str] = _identity,
        format_date: Callable[[date], str] = english_date,
    ) -> str:
        return self.message.format(translate, format_date)


# ---------------------------------------------------------------------------------------------
# Sources (research note section in brackets). Each carries the date it was last checked:
#
# - CHECKED (2026-11-24): checked against sections 1-13 of the research note. Not re-read since.
# - RECHECKED (2026-12-06): re-read against the note's "Corrections (December 2026)" or another
#   source read that day (named in the citation): FTT IAC rule 19 (legislation.gov.uk, version of
#   25 December 2023), NIAA 2002 s.94(3A) and s.92 as amended by NABA 2022 s.28 (legislation
#   copy to 4 April 2026), the Home Office's section 94 guidance v7.0, the notice of intent times
#   (v8.0 as quoted by Free Movement; written answer HL4723 of 23 May 2024), and the start of
#   Article 12A UK GDPR (SI 2026/82, regulation 2(h)).
# ---------------------------------------------------------------------------------------------

CHECKED = date(2026, 11, 24)
RECHECKED = date(2026, 12, 6)

_FTT_IAC = "Tribunal Procedure (First-tier Tribunal) (Immigration and Asylum Chamber) Rules 2014"
_FTT_IAC_URL = "https://www.legislation.gov.uk/uksi/2014/2604/article/"
_UT = "Tribunal Procedure (Upper Tribunal) Rules 2008"
_UT_URL = "https://www.legislation.gov.uk/uksi/2008/2698/article/"

FTT_APPEAL_IN_UK = Source(f"{_FTT_IAC}, rule 19(2)", _FTT_IAC_URL + "19", RECHECKED)  # §1.1
FTT_APPEAL_AFTER_LEAVING = Source(f"{_FTT_IAC}, rule 19(3)(a)", _FTT_IAC_URL + "19", RECHECKED)
FTT_APPEAL_OUTSIDE_UK = Source(f"{_FTT_IAC}, rule 19(3)(b)", _FTT_IAC_URL + "19", RECHECKED)
# Corrections (December 2026), points 1 and 2.
NO_APPEAL_CERTIFIED = Source(
    "Nationality, Immigration and Asylum Act 2002, section 94(3A) (no appeal against a decision on a claim "
    "certified as clearly unfounded), inserted by the Nationality and Borders Act 2022, section 28, in force "
    "28 June 2022; section 28(4) keeps the old rules for claims certified before then",
    "https://www.legislation.gov.uk/ukpga/2022/36/section/28",
    RECHECKED,
)
NO_APPEAL_CERTIFIED_GUIDANCE = Source(
    'Home Office, "Certification of protection and human rights claims under section 94 of the '
    'Nationality, Immigration and Asylum Act 2002 (clearly unfounded claims)", version 7.0 (8 November '
    "2023): no right of appeal for decisions certified after 27 June 2022",
    "https://www.gov.uk/government/publications/appeals",
    RECHECKED,
)
APPEAL_FROM_INSIDE_UK = Source(
    "Nationality, Immigration and Asylum Act 2002, section 92(2) (an appeal against the refusal of a "
    "protection claim is brought from inside the UK unless certified under section 94(7) or Schedule 3 "
    "to the 2004 Act) and section 92(8) (an appeal brought from inside the UK is treated as abandoned if "
    "you leave the UK)",
    "https://www.legislation.gov.uk/ukpga/2002/41/section/92",
    RECHECKED,
)
OUT_OF_COUNTRY_CERTIFICATES = Source(
    "Nationality, Immigration and Asylum Act 2002, section 94B (human rights claims certified so that the "
    "appeal is brought from outside the UK); Asylum and Immigration (Treatment of Claimants, etc.) Act "
    "2004, Schedule 3 (safe third country certificates)",
    "https://www.legislation.gov.uk/ukpga/2002/41/section/94B",
    RECHECKED,
)
# The old certificates' appeal: the research note's "Corrections (December 2026)", point 1.
NABA_COMMENCEMENT = date(2022, 6, 28)
PERMISSION_FTT_IN_UK = Source(f"{_FTT_IAC}, rule 33(2)", _FTT_IAC_URL + "33", CHECKED)  # §2
PERMISSION_FTT_OUTSIDE_UK = Source(f"{_FTT_IAC}, rule 33(3)", _FTT_IAC_URL + "33", CHECKED)
PERMISSION_UT_IN_UK = Source(f"{_UT}, rule 21(3)(aa)", _UT_URL + "21", CHECKED)
PERMISSION_UT_OUTSIDE_UK = Source(f"{_UT}, rule 21(3)(b)", _UT_URL + "21", CHECKED)
JUDICIAL_REVIEW_UT = Source(f"{_UT}, rule 28(2)", _UT_URL + "28", CHECKED)  # §3
JUDICIAL_REVIEW_SCOTLAND = Source(
    "Court of Session Act 1988, section 27A(1)",
    "https://www.legislation.gov.uk/ukpga/1988/36/section/27A",
    CHECKED,
)
JUDICIAL_REVIEW_NI = Source(
    "Rules of the Court of Judicature (Northern Ireland) 1980, Order 53, rule 4",
    "https://www.courtsni.gov.uk/en-GB/Services/jr/Pages/default.aspx",
    CHECKED,
)
NOI_REPRESENTATIONS = Source(  # §4
    'Home Office, "Inadmissibility: safe third country cases", version 8.0 (29 April 2024), '
    '"Representation timescales and extensions" (as quoted by Free Movement), and the written answer '
    "HL4723 of 23 May 2024 (7 days in detention, 14 days otherwise, more time can be asked for). The time "
    "limit paragraph of version 9.0 (15 August 2024) was NOT checked",
    "https://www.gov.uk/government/publications/inadmissibility-third-country-cases",
    RECHECKED,
)
SUPPORT_ENDS = Source(  # §5.1
    "Immigration and Asylum Act 1999, section 94(3); Asylum Support Regulations 2000, regulation 2(2)",
    "https://www.legislation.gov.uk/ukpga/1999/33/section/94",
    CHECKED,
)
SUPPORT_APPEAL = Source(  # §5.2
    "Tribunal Procedure (First-tier Tribunal) (Social Entitlement Chamber) Rules 2008, rule 22(2)(a)",
    "https://www.legislation.gov.uk/uksi/2008/2685/article/22",
    CHECKED,
)
APPEAL_RIGHTS_EXHAUSTED = Source(  # §7
    "Nationality, Immigration and Asylum Act 2002, section 104",
    "https://www.legislation.gov.uk/ukpga/2002/41/section/104",
    CHECKED,
)
APPEAL_RIGHTS_EXHAUSTED_CERTIFIED = Source(
    'Home Office, "Enforced removals: notice periods", version 2.0 (meaning of "appeal rights exhausted")',
    "https://www.gov.uk/government/publications/returns-preparation/enforced-removals-notice-periods-accessible-version",
    CHECKED,
)
SAR_RESPONSE = Source(  # §6
    "UK GDPR, Article 12(3) (and Article 12A, added by the Data (Use and Access) Act 2025)",
    "https://www.legislation.gov.uk/eur/2016/679/article/12",
    CHECKED,
)
SAR_RELEVANT_TIME = Source(  # Corrections (December 2026), point 6
    "Data (Use and Access) Act 2025, section 76 (new Article 12A UK GDPR), in force on 5 February 2026: "
    "the Data (Use and Access) Act 2025 (Commencement No. 6 and Transitional and Saving Provisions) "
    "Regulations 2026 (SI 2026/82), regulation 2(h)",
    "https://www.legislation.gov.uk/uksi/2026/82/regulation/2",
    RECHECKED,
)

# The rules that move a last day that is not a working day (named in the counting steps).
_ROLL_FTT_IAC = "First-tier Tribunal (Immigration and Asylum Chamber) Rules 2014, rule 11"
_ROLL_UT = "Upper Tribunal Rules 2008, rule 12(2)"
_ROLL_SEC = "First-tier Tribunal (Social Entitlement Chamber) Rules 2008, rule 12"
_ROLL_SAR = "ICO guidance on subject access: time limits"


# ---------------------------------------------------------------------------------------------
# Calendars
# ---------------------------------------------------------------------------------------------

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
_HOLIDAY_NAMES = {
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
_UNCONFIRMED_HOLIDAYS = {(Nation.SCOTLAND, date(2026, 6, 15))}


@lru_cache(maxsize=256)
def _bank_holidays(nation: Nation, year: int) -> Mapping[date, str]:
    return MappingProxyType(dict(holidays.UnitedKingdom(subdiv=_SUBDIVISIONS[nation], years=year)))


def _good_friday(year: int) -> date:
    return easter(year) - timedelta(days=2)


def _not_working_because(day: date, nation: Nation) -> Step | None:
    """Why ``day`` is not a working day in ``nation``, or None if it is one.

    "Working day" in the tribunal rules (UT rule 1(3); §0 of the note): any day except a
    Saturday, a Sunday, Christmas Day, Good Friday, or a bank holiday in that part of the UK.
    Bank holidays come from the ``holidays`` package, never a hand-made list.
    """
    if day.weekday() == 5:
        return _step(gettext_noop("{day} is a Saturday. It is not a working day."), day=day)
    if day.weekday() == 6:
        return _step(gettext_noop("{day} is a Sunday. It is not a working day."), day=day)
    if (day.month, day.day) == (12, 25):
        return _step(
            gettext_noop("{day} is {holiday}. It is not a working day."),
            day=day,
            holiday=Step(_HOLIDAY_NAMES["Christmas Day"]),
        )
    if day == _good_friday(day.year):
        return _step(
            gettext_noop("{day} is {holiday}. It is not a working day."),
            day=day,
            holiday=Step(_HOLIDAY_NAMES["Good Friday"]),
        )
    name = _bank_holidays(nation, day.year).get(day)
    if name is None:
        return None
    english = name.split("; ")[0]
    return _step(
        gettext_noop("{day} is a bank holiday in {nation} ({holiday}). It is not a working day."),
        day=day,
        nation=_nation_name(nation),
        holiday=Step(_HOLIDAY_NAMES.get(english, english)),
    )


def _nation_name(nation: Nation) -> Step:
    return Step(_NATION_NAMES[nation])


def is_working_day(day: date, nation: Nation = Nation.ENGLAND_AND_WALES) -> bool:
    """Whether ``day`` is a working day in ``nation`` (see :func:`_not_working_because`)."""
    return _not_working_because(day, nation) is None


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


def _month_has_no_such_day(day: date, months: int) -> bool:
    return add_months(day, months).day != day.day


# ---------------------------------------------------------------------------------------------
# Counting, with the steps a person can check
# ---------------------------------------------------------------------------------------------

# How each starting date is named in the steps: (noun phrase, sentence).
_STARTS = {
    "letter": (gettext_noop("the date on the letter"), gettext_noop("The date on the letter is {day}.")),
    "sent": (gettext_noop("the date the letter was sent"), gettext_noop("The letter was sent on {day}.")),
    "received": (gettext_noop("the date you got the letter"), gettext_noop("You got the letter on {day}.")),
    "departed": (gettext_noop("the date you left the UK"), gettext_noop("You left the UK on {day}.")),
    "sar-received": (
        gettext_noop("the date the Home Office got your request"),
        gettext_noop("The Home Office got your request on {day}."),
    ),
    "sar-sent": (
        gettext_noop("the date you sent your request"),
        gettext_noop("You sent your request on {day}."),
    ),
    "sar-estimated": (
        gettext_noop("our estimate of the date the Home Office got your request"),
        gettext_noop("We estimate the Home Office got your request on {day}."),
    ),
    "are": (
        gettext_noop("the day your appeal rights end"),
        gettext_noop("Your appeal rights end on {day}."),
    ),
    "window-last": (
        gettext_noop("the last day to act"),
        gettext_noop("The last day to act is {day}."),
    ),
    "window-earliest": (
        gettext_noop("the earliest last day to act"),
        gettext_noop("The earliest last day to act is {day}."),
    ),
}


@dataclass(frozen=True)
class _Start:
    kind: str
    day: date

    @property
    def name(self) -> Step:
        return Step(_STARTS[self.kind][0])

    @property
    def said(self) -> Step:
        return _step(_STARTS[self.kind][1], day=self.day)


@dataclass(frozen=True)
class _Period:
    """A time limit: a number of days or of months after the start.

    ``beginning_with``: the start day is day 1 of the period ("a period beginning on X",
    "3 months beginning with X"), so the period ends one day earlier than "N after X".
    """

    days: int = 0
    months: int = 0
    beginning_with: bool = False

    def end(self, start: date) -> date:
        """The last day of the period that starts from ``start``.

        - "N days after X": X + N. "N days beginning with X": X is day 1, so X + N - 1.
        - "N months after X": the corresponding date N months later, or the last day of that month
          when it has no such day (:func:`add_months`).
        - "N months beginning with X": the day before the corresponding date; but when that month
          has no corresponding day, the last day of that month (three months beginning with
          30 November 2027 end on 29 February 2028, not the 28th). This is the same as "N months
          after" the day before X whenever X is not the 1st of a month (research note,
          "Corrections (December 2026)", point 3).
        """
        if not self.months:
            end = start + timedelta(days=self.days)
            return end - timedelta(days=1) if self.beginning_with else end
        end = add_months(start, self.months)
        if self.beginning_with and not _month_has_no_such_day(start, self.months):
            return end - timedelta(days=1)
        return end

    def explain(self, start: date) -> list[Step]:
        if not self.days and not self.months:
            return []
        if self.days and self.beginning_with:
            return [
                _step(
                    gettext_noop("Day 1 is {start}. Day {number} is {day}."),
                    start=start,
                    number=self.days,
                    day=self.end(start),
                ),
                _step(
                    gettext_noop("If you count {number} days after {start} instead, you get {day}."),
                    start=start,
                    number=self.days,
                    day=start + timedelta(days=self.days),
                ),
            ]
        if self.days:
            return [
                _step(
                    gettext_noop("Day {number} after that is {day}."), number=self.days, day=self.end(start)
                )
            ]
        plain = add_months(start, self.months)
        if self.months == 1:
            lines = [_step(gettext_noop("One month after that is {day}."), day=plain)]
        else:
            lines = [
                _step(gettext_noop("{number} months after that is {day}."), number=self.months, day=plain)
            ]
        if _month_has_no_such_day(start, self.months):
            lines.append(
                _step(
                    gettext_noop(
                        "That month has no day {number}, so we use the last day of the month: {day}."
                    ),
                    number=start.day,
                    day=plain,
                )
            )
        if self.beginning_with and _month_has_no_such_day(start, self.months):
            lines.append(
                _step(
                    gettext_noop(
                        "The time starts on the first day. That month has no day with the same number, so "
                        "the time ends on the last day of the month: {day}."
                    ),
                    day=self.end(start),
                )
            )
        elif self.beginning_with:
            lines.append(
                _step(
                    gettext_noop("The time starts on the first day, so it ends one day earlier: {day}."),
                    day=self.end(start),
                )
            )
        return lines


def _roll(day: date, nation: Nation, steps: list[Step], skipped: list[date]) -> date:
    """Move ``day`` forward to a working day in ``nation``, saying why for each day skipped."""
    reason = _not_working_because(day, nation)
    if reason is None:
        steps.append(_step(gettext_noop("{day} is a working day, so the date does not move."), day=day))
        return day
    while reason is not None:
        steps.append(reason)
        skipped.append(day)
        day += timedelta(days=1)
        reason = _not_working_because(day, nation)
    steps.append(_step(gettext_noop("The next working day is {day}."), day=day))
    return day


@dataclass(frozen=True)
class _Reading:
    """One reasonable way of reading the rule: the start it counts from and the date it gives."""

    start: _Start
    day: date
    explain: Step | None = None  # how to say it, when "Counting from ... gives ..." does not fit


def _safe_date(
    readings: Sequence[_Reading],
    nation: Nation,
    rolls: bool,
    steps: list[Step],
    skipped: list[date],
    *,
    move_back: bool = True,
):
    """The safe date: the last working day on or before the earliest reading (§0, §13).

    The earliest reading is not moved forward. If it is not a working day in the person's
    calendar or in England and Wales, go back to the last day that is, whichever is earlier.
    ``move_back=False`` is for a date that is not a day to act (the day appeal rights end): it is
    the earliest reading itself, whatever day of the week it is.
    """
    earliest = min(readings, key=lambda reading: reading.day)
    steps.append(Step(gettext_noop("For the safe date, we use the earliest way of counting.")))
    for reading in readings[1:]:
        steps.append(
            reading.explain
            or _step(
                gettext_noop("Counting from {start_name} ({start}) gives {day}."),
                start_name=reading.start.name,
                start=reading.start.day,
                day=reading.day,
            )
        )
    if not move_back:
        steps.append(
            _step(
                gettext_noop(
                    "Safe date: {day}, counted from {start_name}. It is not moved to a working day: it is "
                    "the day your rights end, not a day to act."
                ),
                day=earliest.day,
                start_name=earliest.start.name,
            )
        )
        return earliest.day, earliest.day
    candidates = {previous_working_day(earliest.day, nation), previous_working_day(earliest.day, _EW)}
    safe = min(candidates)
    if safe != earliest.day:
        day = earliest.day
        while day > safe:
            reason = _not_working_because(day, nation) or _not_working_because(day, _EW)
            if reason is not None:
                steps.append(reason)
                skipped.append(day)
            day -= timedelta(days=1)
    if rolls and safe == earliest.day:
        message = gettext_noop("Safe date: {day}, counted from {start_name} and not moved forward.")
    elif rolls:
        message = gettext_noop(
            "Safe date: {day}, counted from {start_name}, not moved forward, and moved back to a working day."
        )
    elif safe == earliest.day:
        message = gettext_noop("Safe date: {day}, counted from {start_name}.")
    else:
        message = gettext_noop("Safe date: {day}, counted from {start_name} and moved back to a working day.")
    steps.append(_step(message, day=safe, start_name=earliest.start.name))
    return safe, earliest.day


_EW = Nation.ENGLAND_AND_WALES


def _count(
    *,
    key: str,
    title: Step,
    action: Step,
    source: Source,
    period: _Period,
    start: _Start,
    others: Sequence[_Start] = (),
    rolls: bool,
    nation: Nation,
    roll_rule: str = "",
    lead: Sequence[Step] = (),
    uncertain: Sequence[Step] = (),
    extra_readings: Sequence[_Reading] = (),
    calendar_doubt: bool = True,
) -> Deadline:
    """Count ``period`` from ``start``, roll if the rule says so, then work out the safe date.

    ``others`` are the other dates a reasonable reading could count from (for example the
    letter date when the rule says "sent"); they only make the safe date earlier.
    """
    steps: list[Step] = [*lead, start.said, *period.explain(start.day)]
    counted = period.end(start.day)
    skipped: list[date] = []
    if rolls:
        steps.append(
            _step(
                gettext_noop(
                    "If the last day is not a working day, the rules let you use the next working day "
                    "({rule})."
                ),
                rule=roll_rule,
            )
        )
        steps.append(
            _step(gettext_noop("We use the bank holidays in {nation}."), nation=_nation_name(nation))
        )
        last_day = _roll(counted, nation, steps, skipped)
    else:
        if period.days or period.months:
            steps.append(Step(gettext_noop("This time limit does not move for weekends or bank holidays.")))
        last_day = counted
    steps.append(_step(gettext_noop("So the last day is {day}."), day=last_day))

    readings = [
        _Reading(start, counted),
        *(_Reading(other, period.end(other.day)) for other in others if other.day != start.day),
        *extra_readings,
    ]
    safe, earliest = _safe_date(readings, nation, rolls, steps, skipped)

    doubts = list(uncertain)
    if rolls and calendar_doubt:
        by_nation = {other: next_working_day(counted, other) for other in Nation}
        differ = len(set(by_nation.values())) > 1
        if differ and by_nation[_EW] == last_day:
            doubts.append(
                _step(
                    gettext_noop(
                        "The rules do not say which part of the UK's bank holidays count. They are not the "
                        "same everywhere. We used {nation}. The safe date does not depend on this."
                    ),
                    nation=_nation_name(nation),
                )
            )
        elif differ:
            doubts.append(
                _step(
                    gettext_noop(
                        "The rules do not say which part of the UK's bank holidays count. They are not the "
                        "same everywhere. We used {nation}: the last day is {day}. In England and Wales "
                        "it is {ew_day}. The safe date does not depend on this."
                    ),
                    nation=_nation_name(nation),
                    day=last_day,
                    ew_day=by_nation[_EW],
                )
            )
    for day in sorted(set(skipped)):
        if (nation, day) in _UNCONFIRMED_HOLIDAYS:
            doubts.append(
                _step(
                    gettext_noop(
                        "We counted {day} as a special bank holiday in Scotland. We could not check that it "
                        "was made official. If it was not, the dates here may change."
                    ),
                    day=day,
                )
            )
    return Deadline(
        key=key,
        title=title,
        last_day=last_day,
        safe_date=min(safe, last_day),
        source=source,
        steps=tuple(steps),
        uncertain=tuple(doubts),
        action=action,
        rolls=rolls,
        calendar=nation,
        earliest=earliest,
    )


def _starts(*pairs: tuple[str, date | None]) -> list[_Start]:
    return [_Start(kind, day) for kind, day in pairs if day is not None]


# Uncertainties shared by several deadlines (§12).

_SENT_OR_LETTER_DATE = Step(
    gettext_noop(
        "The rules count from the day the decision was sent (the postmark or email date). "
        "The tribunal's own computer system counts from the date on the letter. "
        "If these are different, the safe date uses the earlier one."
    )
)
_ONLY_LETTER_DATE = Step(
    gettext_noop(
        "You did not give the date it was sent, so we counted from the date on the letter. "
        "If it was sent later, the last day may be later. Keep the envelope or the email."
    )
)
_FTT_CUT_OFF = Step(
    gettext_noop(
        "We could not check what time of day the tribunal's time ends on the last day (rule 11). "
        "To be safe, make sure the tribunal gets it by 4pm."
    )
)
_FTT_ROLL_NOT_CHECKED = Step(
    gettext_noop(
        "We could not check the words of rule 11, which moves a last day that is not a working day. "
        "Other tribunal rules say the same, so we moved the date."
    )
)
_MONTH_END = Step(
    gettext_noop(
        "That month has no day with the same number, so we used the last day of the month. "
        "Courts usually count this way, but we could not check a rule that says so."
    )
)
_DETAINED_ADA = Step(
    gettext_noop(
        "There is a law for a faster appeal for some people in detention (5 working days). We believe it "
        "is not in use. If your letter gives you less time than this, follow the letter and get advice now."
    )
)
_DETAINED_ADA_PERMISSION = Step(
    gettext_noop(
        "There is a law for faster appeals for some people in detention, with shorter times to ask for "
        "permission. We believe it is not in use. If your letter gives you less time than this, follow "
        "the letter and get advice now."
    )
)


_OLD_CERTIFICATE = Step(
    gettext_noop(
        "This appeal is only for claims certified as clearly unfounded before 28 June 2022 (the old rules, "
        "kept by section 28(4) of the Nationality and Borders Act 2022). For claims certified after 27 June "
        "2022 there is no appeal at all. Check the date on the letter with a lawyer."
    )
)


def _decision_date_starts(facts: Facts) -> tuple[_Start, list[_Start], list[Step]]:
    """The start for a rule that counts from the day a decision was sent, and the other readings."""
    if facts.sent is not None:
        start = _Start("sent", facts.sent)
        others = _starts(("letter", facts.letter_date))
        return start, others, [_SENT_OR_LETTER_DATE]
    assert facts.letter_date is not None  # checked in _check
    return _Start("letter", facts.letter_date), [], [_ONLY_LETTER_DATE, _SENT_OR_LETTER_DATE]


# ---------------------------------------------------------------------------------------------
# The rules: one function per deadline
# ---------------------------------------------------------------------------------------------


def ftt_appeal_in_uk(facts: Facts) -> Deadline:
    """Appeal to the First-tier Tribunal (IAC) from inside the UK, detained or not (§1.1, §1.3).

    FTT IAC Rules 2014 r.19(2): the notice of appeal must be received "not later than 14 days
    after" the appellant is sent the notice of decision: the last day is the date sent + 14.
    Detained appellants have the same limit (the fast track rules were quashed in 2015; the
    accelerated detained appeal of NABA 2022 s.27 is believed not in force: flagged).
    r.11 (not verified here) moves a non-working last day to the next working day.

    NIAA 2002 s.92(2) (Corrections (December 2026), point 2): an uncertified refusal is appealed
    from inside the UK, and s.92(8): leaving ends an appeal brought from inside the UK. So for a
    person who says they are outside the UK this is still the only window: it counts from the
    day the decision was sent, never from the day they left, and says so.
    """
    start, others, doubts = _decision_date_starts(facts)
    lead = []
    if facts.outside_uk:
        lead.append(
            _step(
                gettext_noop(
                    "This appeal can only be brought from inside the UK ({source}). So we count from the day "
                    "the decision was sent, never from the day you left the UK."
                ),
                source="Nationality, Immigration and Asylum Act 2002, section 92(2)",
            )
        )
    if facts.detained:
        lead.append(Step(gettext_noop("You are in detention. The time limit is the same: 14 days.")))
    if facts.received is not None:
        lead.append(
            _step(
                gettext_noop(
                    "You got the letter on {day}. The time counts from the day it was sent, "
                    "not the day you got it."
                ),
                day=facts.received,
            )
        )
    uncertain = [*doubts, _FTT_CUT_OFF, _FTT_ROLL_NOT_CHECKED]
    if facts.detained:
        uncertain.append(_DETAINED_ADA)
    action = (
        Step(
            gettext_noop(
                "This is the last day to appeal from inside the UK. There is no appeal against this decision "
                "from outside the UK. Get advice today."
            )
        )
        if facts.outside_uk
        else Step(
            gettext_noop(
                "The tribunal must receive your appeal by this date. Send it as early as you can, "
                "before the safe date if possible."
            )
        )
    )
    return _count(
        key="ftt-appeal",
        title=Step(gettext_noop("Appeal to the First-tier Tribunal")),
        action=action,
        source=FTT_APPEAL_IN_UK,
        period=_Period(days=14),
        start=start,
        others=others,
        rolls=True,
        nation=facts.nation,
        roll_rule=_ROLL_FTT_IAC,
        lead=lead,
        uncertain=uncertain,
    )


def _decision_day(facts: Facts) -> date | None:
    known = [day for day in (facts.letter_date, facts.sent) if day is not None]
    return min(known) if known else None


def certified_before_june_2022(facts: Facts) -> bool:
    """Whether a "clearly unfounded" certificate falls under the old rules (Corrections, point 1).

    NABA 2022 s.28 inserted NIAA 2002 s.94(3A) (no appeal at all) from 28 June 2022; s.28(4) keeps
    the old out-of-country appeal for claims certified before then. The certificate is dated with
    the decision, so we use the earliest date known for the decision (the date on the letter, else
    the date it was sent): a letter sent on or after 28 June 2022 with no date given is treated as
    certified under the new rules, and the result tells the person to give the letter's date.
    """
    decided = _decision_day(facts)
    return decided is not None and decided < NABA_COMMENCEMENT


def _left_after_decision(facts: Facts) -> bool:
    decided = _decision_day(facts)
    return facts.departed is not None and (decided is None or facts.departed >= decided)


def ftt_appeal_outside_uk(facts: Facts) -> Deadline:
    """Appeal to the First-tier Tribunal (IAC) that may be brought only from outside the UK (§1.1).

    r.19(3)(a): where the person was in the UK when the decision was made and "may not appeal
    while they are in the United Kingdom by reason of a provision of the 2002 Act", 28 days after
    they leave. r.19(3)(b): in any other case (they left before the decision), 28 days after they
    receive the notice of decision.

    Used only for decisions that may be appealed from outside the UK alone (Corrections
    (December 2026), point 1): a human rights claim certified under NIAA 2002 s.94B or a
    Schedule 3 (2004 Act) safe third country certificate (``out-of-country-appeal``), and, under
    NABA 2022 s.28(4), a claim certified as clearly unfounded *before 28 June 2022* (flagged: old
    certificates only). Never for an uncertified refusal (s.92(2)) and never for a claim certified
    under s.94(1) or (3) after 27 June 2022 (s.94(3A): no appeal at all).
    """
    title = Step(gettext_noop("Appeal to the First-tier Tribunal from outside the UK"))
    action = Step(
        gettext_noop(
            "The tribunal must receive your appeal by this date. Send it as early as you can, "
            "before the safe date if possible."
        )
    )
    uncertain = [_FTT_CUT_OFF, _FTT_ROLL_NOT_CHECKED]
    lead = [
        Step(gettext_noop("This decision can only be appealed from outside the UK.")),
    ]
    if facts.decision is Decision.CERTIFIED:
        uncertain.insert(0, _OLD_CERTIFICATE)
    if _left_after_decision(facts):
        assert facts.departed is not None
        lead.append(
            Step(
                gettext_noop(
                    "You were in the UK when the decision was made, so the 28 days start when you left."
                )
            )
        )
        return _count(
            key="ftt-appeal",
            title=title,
            action=action,
            source=FTT_APPEAL_AFTER_LEAVING,
            period=_Period(days=28),
            start=_Start("departed", facts.departed),
            rolls=True,
            nation=facts.nation,
            roll_rule=_ROLL_FTT_IAC,
            lead=lead,
            uncertain=uncertain,
        )
    assert facts.received is not None  # checked in _check
    lead.append(
        Step(
            gettext_noop(
                "You left the UK before the decision was made, so the 28 days start when you got it."
            )
        )
    )
    uncertain.insert(
        0,
        Step(
            gettext_noop(
                "The law may treat a posted letter as received on a set day after it was posted. "
                "We could not check that rule, so we used the date you gave. Keep the envelope."
            )
        ),
    )
    return _count(
        key="ftt-appeal",
        title=title,
        action=action,
        source=FTT_APPEAL_OUTSIDE_UK,
        period=_Period(days=28),
        start=_Start("received", facts.received),
        others=_starts(("sent", facts.sent), ("letter", facts.letter_date)),
        rolls=True,
        nation=facts.nation,
        roll_rule=_ROLL_FTT_IAC,
        lead=lead,
        uncertain=uncertain,
    )


def permission_ftt(facts: Facts) -> Deadline:
    """Ask the First-tier Tribunal for permission to appeal to the Upper Tribunal (§2).

    FTT IAC Rules 2014 r.33(2): received no later than 14 days after the party was sent the
    written reasons (in the UK, detained or not); r.33(3): 28 days if the appellant is outside
    the UK. "Sent" since 14 May 2018. r.11 (not verified here) rolls a non-working last day.
    """
    start, others, doubts = _decision_date_starts(facts)
    uncertain = [*doubts, _FTT_CUT_OFF, _FTT_ROLL_NOT_CHECKED]
    if facts.detained:
        uncertain.append(_DETAINED_ADA_PERMISSION)
    return _count(
        key="permission-ftt",
        title=Step(gettext_noop("Ask the First-tier Tribunal for permission to appeal")),
        action=Step(
            gettext_noop(
                "The First-tier Tribunal must receive your application by this date. "
                "It must say what the legal mistakes in the decision are."
            )
        ),
        source=PERMISSION_FTT_OUTSIDE_UK if facts.outside_uk else PERMISSION_FTT_IN_UK,
        period=_Period(days=28 if facts.outside_uk else 14),
        start=start,
        others=others,
        rolls=True,
        nation=facts.nation,
        roll_rule=_ROLL_FTT_IAC,
        uncertain=uncertain,
    )


def permission_ut(facts: Facts) -> Deadline:
    """Ask the Upper Tribunal for permission to appeal after the FTT refused it (§2).

    UT Rules 2008 r.21(3)(aa): received no later than 14 days after the FTT's refusal was sent
    (appellant in the UK); r.21(3)(b): one month after it was sent (outside the UK).
    UT r.12(2) (verified) moves a non-working last day to the next working day; r.12(1): by 5pm.
    """
    start, others, doubts = _decision_date_starts(facts)
    period = _Period(months=1) if facts.outside_uk else _Period(days=14)
    uncertain = list(doubts)
    if period.months and _month_has_no_such_day(start.day, 1):
        uncertain.append(_MONTH_END)
    return _count(
        key="permission-ut",
        title=Step(gettext_noop("Ask the Upper Tribunal for permission to appeal")),
        action=Step(
            gettext_noop(
                "The Upper Tribunal must receive your application by 5pm on this date. "
                "Send it as early as you can."
            )
        ),
        source=PERMISSION_UT_OUTSIDE_UK if facts.outside_uk else PERMISSION_UT_IN_UK,
        period=period,
        start=start,
        others=others,
        rolls=True,
        nation=facts.nation,
        roll_rule=_ROLL_UT,
        uncertain=uncertain,
    )


def _window_earliest(window: Deadline) -> date:
    return window.earliest if window.earliest is not None else window.safe_date


_ARE_DOUBTS = (
    Step(
        gettext_noop(
            "If you send it late, your appeal rights stay ended until the tribunal agrees to accept it. "
            "We could not check the case law on this."
        )
    ),
    Step(gettext_noop("We could not check the current words of section 104.")),
)


def appeal_rights_exhausted_after(window: Deadline, facts: Facts, *, if_not: Step) -> Deadline:
    """Appeal rights exhausted: the day after the last in-time day to appeal or apply (§7).

    NIAA 2002 s.104: an appeal is pending while an application for permission could be made in
    time. So, if nothing is lodged, appeal rights end the day after the (rolled) last day of the
    window. The earliest reading is the day after the window's earliest reading (the tribunal's
    own system treats that day as late, §9). It is the day rights end, not a day to act, so the
    safe date is never moved back to a working day. Flags §12.11 (late applications) and that the
    amended text of s.104 was not verified.
    """
    last_day = window.last_day + timedelta(days=1)
    steps = [
        if_not,
        _step(gettext_noop("The last day to act is {day}."), day=window.last_day),
        _step(gettext_noop("Your appeal rights end the next day: {day}."), day=last_day),
    ]
    readings = [
        _Reading(_Start("window-last", window.last_day), last_day),
        _Reading(
            _Start("window-earliest", _window_earliest(window)),
            _window_earliest(window) + timedelta(days=1),
            _step(
                gettext_noop(
                    "With the earliest way of counting, the last day to act is {start}, so they end on {day}."
                ),
                start=_window_earliest(window),
                day=_window_earliest(window) + timedelta(days=1),
            ),
        ),
    ]
    safe, earliest = _safe_date(readings, facts.nation, False, steps, [], move_back=False)
    return Deadline(
        key="appeal-rights-exhausted",
        title=Step(gettext_noop("Your appeal rights end if you do nothing")),
        last_day=last_day,
        safe_date=min(safe, last_day),
        source=APPEAL_RIGHTS_EXHAUSTED,
        steps=tuple(steps),
        uncertain=_ARE_DOUBTS,
        action=Step(
            gettext_noop(
                "If you have not acted in time, your appeal rights end on this date. The Home Office "
                'calls this "appeal rights exhausted".'
            )
        ),
        rolls=False,
        calendar=facts.nation,
        earliest=earliest,
    )


def appeal_rights_exhausted_certified(facts: Facts) -> Deadline:
    """Appeal rights exhausted for a certified claim, in the UK (§7).

    The Home Office's "Enforced removals: notice periods" v2.0 counts as appeal rights
    exhausted a person with no appeal right (certified claims) and a person who can no longer
    appeal in time. A claim certified after 27 June 2022 has no appeal at all (NIAA 2002
    s.94(3A)); one certified before then has none from inside the UK; so the Home Office treats
    appeal rights as ended from the day the decision is given. This is policy, not statute:
    flagged. The date is the day the person was told (received, else sent, else the letter
    date); it does not roll and its safe date is not moved back to a working day. Earlier dates
    given make the safe date earlier.
    """
    start = _first_start(facts)
    steps = [
        start.said,
        _step(gettext_noop("From {day}, the Home Office treats your appeal rights as ended."), day=start.day),
    ]
    readings = [_Reading(start, start.day)] + [
        _Reading(
            other,
            other.day,
            _step(
                gettext_noop("It may count from {start_name} instead: {day}."),
                start_name=other.name,
                day=other.day,
            ),
        )
        for other in _starts(("sent", facts.sent), ("letter", facts.letter_date))
        if other.day != start.day
    ]
    safe, earliest = _safe_date(readings, facts.nation, False, steps, [], move_back=False)
    return Deadline(
        key="appeal-rights-exhausted",
        title=Step(gettext_noop("The Home Office treats your appeal rights as ended")),
        last_day=start.day,
        safe_date=min(safe, start.day),
        source=APPEAL_RIGHTS_EXHAUSTED_CERTIFIED,
        steps=tuple(steps),
        uncertain=(
            Step(
                gettext_noop(
                    "This comes from Home Office guidance, not from a law. The guidance does not say "
                    "which day it starts; we used the day you were told about the decision."
                )
            ),
        ),
        action=Step(
            gettext_noop(
                "Your claim was certified before 28 June 2022, so you cannot appeal from inside the UK. The "
                'Home Office treats your appeal rights as ended ("appeal rights exhausted") from this date.'
            )
        )
        if certified_before_june_2022(facts)
        else Step(
            gettext_noop(
                "Your claim was certified, so you have no appeal. The Home Office treats your appeal "
                'rights as ended ("appeal rights exhausted") from this date.'
            )
        ),
        rolls=False,
        calendar=facts.nation,
        earliest=earliest,
    )


def _first_start(facts: Facts) -> _Start:
    """The day the person was told: received if known, else sent, else the letter date."""
    return _starts(("received", facts.received), ("sent", facts.sent), ("letter", facts.letter_date))[0]


_SUPPORT_TITLE = Step(gettext_noop("Your asylum support (section 95) can stop"))
_SUPPORT_ACTION = Step(
    gettext_noop(
        "If you get asylum support, it can stop at the end of this day. The Home Office should write "
        "to you first. Get advice now about where you can stay."
    )
)
_SUPPORT_BEGINNING_ON = Step(
    gettext_noop(
        'The law says a period of 21 days "beginning on" the start day, so the start day is day 1. '
        "Some people count 21 days after the start day instead, which is one day later. "
        "We use the earlier date."
    )
)
_SUPPORT_CHILDREN = Step(
    gettext_noop(
        "If a child under 18 lives with you as part of your family, your support usually continues "
        "(section 94(5)). We could not check this rule."
    )
)


def support_ends_after_decision(facts: Facts) -> Deadline:
    """Section 95 support ends after a refusal when no appeal is lodged (§5.1).

    IAA 1999 s.94(3)(a): a claim is determined at the end of the prescribed period beginning on
    the day the Secretary of State notifies the decision; reg 2(2) Asylum Support Regulations
    2000: 21 days when the claim is refused. "Beginning on" X: X is day 1, so the last day is
    X + 20. Flags (§12.5): "after" reading (X + 21), "notifies" sent or received, children.
    """
    start = _first_start(facts)
    others = _starts(("sent", facts.sent), ("letter", facts.letter_date))
    uncertain = [
        _SUPPORT_BEGINNING_ON,
        Step(
            gettext_noop(
                "The law counts from the day the Home Office tells you about the decision. It does not "
                "say if that is the day it was sent or the day you got it. The safe date uses the earlier."
            )
        ),
        Step(
            gettext_noop(
                "If you appeal, your support should carry on until the appeal ends. The Home Office "
                "often sends a letter with its own date for when support stops: keep that letter."
            )
        ),
        _SUPPORT_CHILDREN,
    ]
    return _count(
        key="support-ends",
        title=_SUPPORT_TITLE,
        action=_SUPPORT_ACTION,
        source=SUPPORT_ENDS,
        period=_Period(days=21, beginning_with=True),
        start=start,
        others=others,
        rolls=False,
        nation=facts.nation,
        lead=[
            Step(
                gettext_noop(
                    "If you do not appeal, support can stop 21 days after the Home Office tells you "
                    "about the decision."
                )
            )
        ],
        uncertain=uncertain,
    )


def support_ends_after_appeal(window: Deadline, rights_end: Deadline, facts: Facts) -> Deadline:
    """Section 95 support ends after an appeal is disposed of (§5.1, §7).

    IAA 1999 s.94(3)(b): the 21-day period (reg 2(2)) begins on the day the appeal is disposed
    of. We read "disposed of" as the day the appeal stops being pending: the day appeal rights
    end. Readings from the last day of the window, and from its earliest reading, make the safe
    date earlier. Flags (§12.5): s.94(9) not verified, "beginning on", children.
    """
    return _count(
        key="support-ends",
        title=_SUPPORT_TITLE,
        action=_SUPPORT_ACTION,
        source=SUPPORT_ENDS,
        period=_Period(days=21, beginning_with=True),
        start=_Start("are", rights_end.last_day),
        others=[_Start("window-last", window.last_day), _Start("window-earliest", _window_earliest(window))],
        rolls=False,
        nation=facts.nation,
        lead=[
            Step(
                gettext_noop(
                    "If you do not ask for permission to appeal in time, support can stop 21 days after "
                    "your appeal rights end."
                )
            )
        ],
        uncertain=[
            Step(
                gettext_noop(
                    'We read "the day the appeal is disposed of" as the day your appeal rights end. '
                    "It may be the last day to act instead, which is one day earlier. We could not "
                    "check section 94(9). The safe date uses the earliest reading."
                )
            ),
            _SUPPORT_BEGINNING_ON,
            _SUPPORT_CHILDREN,
        ],
    )


def judicial_review(facts: Facts) -> Deadline:
    """Judicial review of a decision that cannot be appealed (certified, inadmissible) (§3).

    - England and Wales: UT Rules 2008 r.28(2): "promptly" and received no later than 3 months
      after the date of the decision (CPR 54.5(1) gives the same outer limit in the High Court,
      not verified here). UT r.12(2) moves a non-working last day forward.
    - Scotland: Court of Session Act 1988 s.27A: 3 months "beginning with" the date the grounds
      arise, so one day earlier. Whether it moves for a court holiday is unclear: not moved.
    - Northern Ireland: RCJ Order 53 r.4: promptly and within 3 months (not verified here): not
      moved, and the "beginning with" reading makes the safe date earlier.
    The decision date is the letter date when known, else the date sent (flagged).
    """
    if facts.letter_date is not None:
        start = _Start("letter", facts.letter_date)
        others = _starts(("sent", facts.sent))
    else:
        assert facts.sent is not None  # checked in _check
        start, others = _Start("sent", facts.sent), []
    uncertain = [
        Step(
            gettext_noop(
                'The law says you must act "promptly". A claim started before this date can still be '
                "refused if it was not prompt. Three months is the outer limit, not a target."
            )
        ),
        Step(
            gettext_noop(
                "If the Home Office has given you a date to remove you, act before that date: "
                "it may come first."
            )
        ),
    ]
    if facts.letter_date is None:
        uncertain.append(
            Step(
                gettext_noop(
                    "The time counts from the date of the decision. You did not give the date on the letter, "
                    "so we used the date it was sent. Check the date on the letter."
                )
            )
        )
    if _month_has_no_such_day(start.day, 3):
        uncertain.append(_MONTH_END)
    common = {
        "key": "judicial-review",
        "title": Step(gettext_noop("Start a judicial review: act promptly")),
        "action": Step(
            gettext_noop(
                "Act promptly: do not wait for this date. It is the latest possible date, not a target. "
                "Get a lawyer as soon as you can."
            )
        ),
        "start": start,
        "others": others,
        "nation": facts.nation,
    }
    if facts.nation is Nation.SCOTLAND:
        uncertain.append(
            Step(
                gettext_noop(
                    "In Scotland the 3 months begin with the day of the decision, so they end one day "
                    "earlier than in England. The law does not clearly say the date moves if the court is "
                    "closed, so we did not move it."
                )
            )
        )
        return _count(
            **common,
            source=JUDICIAL_REVIEW_SCOTLAND,
            period=_Period(months=3, beginning_with=True),
            rolls=False,
            uncertain=uncertain,
        )
    if facts.nation is Nation.NORTHERN_IRELAND:
        uncertain.append(
            Step(
                gettext_noop(
                    "We could not check the Northern Ireland court rule. We used 3 months and did not move "
                    "the date for weekends or holidays. The safe date is one day earlier, in case the "
                    "3 months include the day of the decision."
                )
            )
        )
        earliest = _Period(months=3, beginning_with=True)
        return _count(
            **common,
            source=JUDICIAL_REVIEW_NI,
            period=_Period(months=3),
            rolls=False,
            uncertain=uncertain,
            extra_readings=[
                _Reading(
                    s,
                    earliest.end(s.day),
                    _step(
                        gettext_noop("If the 3 months include {start}, they end on {day}."),
                        start=s.day,
                        day=earliest.end(s.day),
                    ),
                )
                for s in [start, *others]
            ],
        )
    uncertain.append(
        Step(
            gettext_noop(
                "Most judicial reviews of Home Office decisions start in the Upper Tribunal. If yours is in "
                "the High Court, its rule (CPR 54.5) gives the same 3 months; we could not check it."
            )
        )
    )
    return _count(
        **common,
        source=JUDICIAL_REVIEW_UT,
        period=_Period(months=3),
        rolls=True,
        roll_rule=_ROLL_UT,
        uncertain=uncertain,
    )


def noi_representations(facts: Facts) -> Deadline:
    """Reply to an inadmissibility notice of intent (§4).

    Home Office "Inadmissibility: safe third country cases" v8.0 (29 April 2024), section
    "Representation timescales and extensions": a standard timescale of 7 calendar days if
    detained, 14 otherwise, from service of the notice; extensions may be requested. Calendar
    days and no roll-forward (§12.7). Served: the day the person got it, else sent, else the
    letter date. The notice usually states its own date: flagged.
    """
    days = 7 if facts.detained else 14
    lead = [
        Step(gettext_noop("You are in detention, so the usual time is 7 days."))
        if facts.detained
        else Step(gettext_noop("You are not in detention, so the usual time is 14 days."))
    ]
    return _count(
        key="noi-representations",
        title=Step(gettext_noop("Reply to the notice of intent")),
        action=Step(
            gettext_noop(
                "The Home Office should get your reply by this date. If the notice gives an earlier date, "
                "use that. If you need more time, ask in writing now."
            )
        ),
        source=NOI_REPRESENTATIONS,
        period=_Period(days=days),
        start=_first_start(facts),
        others=_starts(("sent", facts.sent), ("letter", facts.letter_date)),
        rolls=False,
        nation=facts.nation,
        lead=lead,
        uncertain=[
            Step(
                gettext_noop(
                    "This time limit comes from Home Office guidance. It counts calendar days and does not "
                    "say the date moves for weekends or bank holidays, so we did not move it."
                )
            ),
            Step(
                gettext_noop(
                    "We read this in version 8.0 of the guidance and in a government answer of May 2024. We "
                    "could not check the time limits in version 9.0, the newest version we found. The date "
                    "printed on your notice is the one that counts."
                )
            ),
            Step(
                gettext_noop(
                    "The time counts from the day the notice is given to you. If it was posted or emailed, "
                    "that day is not certain. The safe date counts from the earliest date you gave."
                )
            ),
        ],
    )


def support_appeal(facts: Facts) -> Deadline:
    """Appeal against an asylum support decision (§5.2).

    FTT (SEC) Rules 2008 r.22(2)(a): the notice of appeal must be received within 3 days after
    the date the appellant received written notice of the decision. SEC r.12 (not verified here)
    moves a non-working last day forward. If the date received is unknown we assume it arrived
    the day it was sent (the note's safe assumption; no deeming rule was found for support
    decisions): flagged. The safe date counts from the date sent or on the letter.
    """
    start = _first_start(facts)
    uncertain = [
        Step(
            gettext_noop(
                "We could not check the words of rule 12, which moves a last day that is not a working day. "
                "Other tribunal rules say the same, so we moved the date."
            )
        ),
        Step(
            gettext_noop(
                "We could not check what time of day the time ends. Make sure the tribunal gets your appeal "
                "early in the day."
            )
        ),
    ]
    if start.kind != "received":
        uncertain.insert(
            0,
            _step(
                gettext_noop(
                    "You did not give the date you got the letter, so we counted from {start_name}. "
                    "If you got it later, the last day may be later."
                ),
                start_name=start.name,
            ),
        )
    return _count(
        key="support-appeal",
        title=Step(gettext_noop("Appeal against the asylum support decision")),
        action=Step(
            gettext_noop(
                "The tribunal must receive your appeal by this date. The time is very short, so send it "
                "today if you can."
            )
        ),
        source=SUPPORT_APPEAL,
        period=_Period(days=3),
        start=start,
        others=_starts(("sent", facts.sent), ("letter", facts.letter_date)),
        rolls=True,
        nation=facts.nation,
        roll_rule=_ROLL_SEC,
        uncertain=uncertain,
    )


def _sar_received(facts: Facts) -> tuple[_Start, list[_Start], list[Step], list[Step]]:
    """When the Home Office got the request: the date given, or an estimate from the date sent.

    The estimate is the second working day (England and Wales) after posting. This is a
    convention for first class post, not a rule of law for requests: flagged.
    """
    if facts.received is not None:
        others = _starts(("sar-sent", facts.sent)) if facts.sent is not None else []
        return _Start("sar-received", facts.received), others, [], []
    assert facts.sent is not None  # checked in _check
    estimate = facts.sent
    lead = [_Start("sar-sent", facts.sent).said]
    for number in (1, 2):
        estimate = next_working_day(estimate + timedelta(days=1), _EW)
        lead.append(
            _step(gettext_noop("Working day {number} after that is {day}."), number=number, day=estimate)
        )
    doubt = Step(
        gettext_noop(
            "You did not give the date the Home Office got your request. We estimated 2 working days after "
            "you posted it. This is a common way to estimate post, not a rule. If you know the real date "
            "(for example from tracking), use it. The safe date counts from the day you sent it."
        )
    )
    return _Start("sar-estimated", estimate), [_Start("sar-sent", facts.sent)], lead, [doubt]


_SAR_DOUBTS = (
    _step(
        gettext_noop(
            "Since 5 February 2026, the month starts when the Home Office has your request and any proof of "
            "identity it reasonably asks for (Article 12A: {source}; checked {checked}). If they ask you for "
            "ID or to explain your request, the date can move later."
        ),
        source=SAR_RELEVANT_TIME.citation,
        checked=SAR_RELEVANT_TIME.checked,
    ),
    Step(
        gettext_noop(
            "If the last day is a weekend or bank holiday, the Home Office has until the next working day. "
            "We used bank holidays in England and Wales, because the Home Office is in England."
        )
    ),
)


def sar_response(facts: Facts) -> Deadline:
    """The Home Office's answer to a subject access request (§6).

    UK GDPR Art 12(3): without undue delay and within one month of receipt. ICO counting: the
    day of receipt counts as the start, the corresponding date next month, the last day of the
    month when there is none, the next working day when it falls on a weekend or public
    holiday (England and Wales: the controller is in England). DUAA 2025 Art 12A "relevant
    time" (ID, clarification) flagged.
    """
    start, others, lead, doubts = _sar_received(facts)
    return _count(
        key="sar-response",
        title=Step(gettext_noop("The Home Office must answer your request for your data")),
        action=Step(
            gettext_noop(
                "The Home Office should send you your data by this date. If it has not, you can write to "
                "remind them, and then complain to the Information Commissioner's Office (ICO)."
            )
        ),
        source=SAR_RESPONSE,
        period=_Period(months=1),
        start=start,
        others=others,
        rolls=True,
        nation=_EW,
        roll_rule=_ROLL_SAR,
        calendar_doubt=False,
        lead=lead,
        uncertain=[*doubts, *_SAR_DOUBTS],
    )


def sar_extended(facts: Facts) -> Deadline:
    """The latest answer to a subject access request when the Home Office extends the time (§6).

    UK GDPR Art 12(3): extendable by two further months where necessary (complexity, number of
    requests); the requester must be told, with reasons, within the first month. The end is the
    corresponding date 3 months after receipt, with the same ICO counting as :func:`sar_response`.
    """
    start, others, lead, doubts = _sar_received(facts)
    return _count(
        key="sar-extended",
        title=Step(gettext_noop("Latest answer if the Home Office takes more time")),
        action=Step(
            gettext_noop(
                "If the Home Office told you in the first month that it needs more time, and why, this is "
                "the latest date it can answer."
            )
        ),
        source=SAR_RESPONSE,
        period=_Period(months=3),
        start=start,
        others=others,
        rolls=True,
        nation=_EW,
        roll_rule=_ROLL_SAR,
        calendar_doubt=False,
        lead=lead,
        uncertain=[*doubts, *_SAR_DOUBTS],
    )


# ---------------------------------------------------------------------------------------------
# Notes: things that are not deadlines but the person must know
# ---------------------------------------------------------------------------------------------

_NOT_ADVICE = Step(
    gettext_noop(
        "These dates come from the rules. They are not legal advice. If you can, ask a lawyer or adviser "
        "to check them."
    )
)
_FURTHER_SUBMISSIONS = _step(
    gettext_noop(
        "Further submissions (new evidence or reasons sent to the Home Office) have no deadline in law "
        "({source}). But do not wait: once your appeal rights have ended, the Home Office can try to "
        "remove you."
    ),
    source="Immigration Rules, paragraph 353",
)
_LATE = Step(
    gettext_noop(
        "If you miss a date, you can still send it late. You must ask the tribunal to accept it and say "
        "why it is late. The tribunal decides."
    )
)
_NO_SUPPORT_OUTSIDE_UK = Step(
    gettext_noop("Asylum support is for people in the UK, so we have not worked out a date for it.")
)

_JUDICIAL_REVIEW_DOES_NOT_STOP_REMOVAL = _step(
    gettext_noop(
        "Starting a judicial review does not by itself stop the Home Office removing you. Removal stops only "
        "if the Home Office agrees to put it off, or a judge orders it to stop (an injunction). If you have "
        "a removal date, tell your lawyer at once ({source})."
    ),
    source='Home Office, "Judicial reviews, injunctions and applications to the European Court of Human '
    'Rights", version 3.0 (29 April 2024)',
)

# Warnings: shown first, in a box, because each is about a remedy the person could lose or does not have.

_LEAVING_ENDS_THE_APPEAL = _step(
    gettext_noop(
        "Leaving the UK ends your appeal. An appeal against this refusal can only be made from inside the "
        "UK. If you leave before you appeal, you cannot appeal from abroad. If you leave while your appeal "
        "is waiting, it ends ({source}). Get advice today."
    ),
    source=APPEAL_FROM_INSIDE_UK.citation.split(" (")[0] + " and (8)",
)
_STAY_TO_KEEP_THE_APPEAL = _step(
    gettext_noop(
        "Do not leave the UK if you want to appeal. The appeal can only be made from inside the UK, and "
        "leaving ends an appeal that is waiting ({source})."
    ),
    source="Nationality, Immigration and Asylum Act 2002, section 92(2) and (8)",
)
_LEAVING_ENDS_AN_IN_UK_APPEAL = _step(
    gettext_noop(
        "If your appeal was made from inside the UK, leaving the UK ends it ({source}). The longer times for "
        "people outside the UK are only for appeals that had to be made from outside the UK. Get advice "
        "today."
    ),
    source="Nationality, Immigration and Asylum Act 2002, section 92(8)",
)
_NO_APPEAL_CERTIFIED = _step(
    gettext_noop(
        "You have no appeal, from inside or outside the UK. A claim certified as clearly unfounded after "
        "27 June 2022 cannot be appealed ({source}). Leaving the UK does not give you an appeal. The only "
        "ways to challenge the decision are a judicial review, started promptly with a lawyer, and further "
        "submissions to the Home Office."
    ),
    source="Nationality, Immigration and Asylum Act 2002, section 94(3A)",
)
_GIVE_THE_LETTER_DATE = Step(
    gettext_noop(
        "Give the date printed on the letter. If it is before 28 June 2022, the old rules apply and you may "
        "be able to appeal after you leave the UK."
    )
)
_OLD_CERTIFICATE_WARNING = _step(
    gettext_noop(
        "Your letter is dated before 28 June 2022. Under the old rules for claims certified then, you can "
        "appeal only from outside the UK, within 28 days after you leave ({source}). Check this with a "
        "lawyer before you decide anything: for claims certified after 27 June 2022 there is no appeal at "
        "all."
    ),
    source="Nationality and Borders Act 2022, section 28(4)",
)
_ONLY_FROM_OUTSIDE = _step(
    gettext_noop(
        "You can appeal only from outside the UK. The tribunal must get your appeal within 28 days after the "
        "day you left the UK ({source}). Send it as soon as you can."
    ),
    source=FTT_APPEAL_AFTER_LEAVING.citation,
)
_USE_THE_NOTICE_DATE = Step(
    gettext_noop(
        "If your notice gives a date to reply by, use that date, even if ours is later. If you are in "
        "detention, the time is very short: get a lawyer today and ask for more time in writing if you "
        "need it."
    )
)


def _check(facts: Facts) -> Facts:
    """Check the facts before counting; raise :class:`FactsError` naming the field at fault.

    - ``decision`` and ``nation`` must be known kinds; dates must be dates (not date-times) in
      2000-2099 (the tool counts with today's rules and bank-holiday data).
    - Impossible orders: a letter cannot be sent before the date printed on it; it cannot be
      received before it was sent or before its date; a request cannot reach the Home Office
      before it was sent.
    - Contradictions: a date of leaving the UK means the person is outside the UK (for an
      out-of-country appeal, the date of leaving says so by itself); a person cannot be both in UK
      detention and outside the UK.
    - Missing facts, by decision: a rule needs the date it counts from (see each branch). An
      out-of-country appeal needs the date the person left the UK: its 28 days start then.
    """
    try:
        decision = Decision(facts.decision)
    except ValueError:
        raise FactsError(Step(gettext_noop("Choose the kind of decision.")), "decision") from None
    try:
        nation = Nation(facts.nation)
    except ValueError:
        raise FactsError(Step(gettext_noop("Choose the part of the UK you live in.")), "nation") from None

    for name in ("letter_date", "sent", "received", "departed"):
        value = getattr(facts, name)
        if value is None:
            continue
        if not isinstance(value, date) or isinstance(value, datetime):
            raise FactsError(Step(gettext_noop("Give a date, for example 2026-03-20.")), name)
        if not date(2000, 1, 1) <= value <= date(2099, 12, 31):
            raise FactsError(
                Step(gettext_noop("Check the year. We can count dates from 2000 to 2099.")), name
            )

    if facts.sent and facts.letter_date and facts.sent < facts.letter_date:
        raise FactsError(
            Step(
                gettext_noop(
                    "The date it was sent cannot be before the date on the letter. Check both dates."
                )
            ),
            "sent",
        )
    if facts.received and facts.sent and facts.received < facts.sent:
        raise FactsError(
            Step(
                gettext_noop(
                    "The date it was received cannot be before the date it was sent. Check both dates."
                )
            ),
            "received",
        )
    if facts.received and facts.letter_date and facts.received < facts.letter_date:
        raise FactsError(
            Step(
                gettext_noop(
                    "The date it was received cannot be before the date on the letter. Check both dates."
                )
            ),
            "received",
        )
    outside_uk = bool(facts.outside_uk)
    if decision is Decision.OUT_OF_COUNTRY_APPEAL and facts.departed is not None:
        outside_uk = True  # the appeal is made after leaving: the date of leaving says it all
    if facts.departed and not outside_uk:
        raise FactsError(
            Step(
                gettext_noop(
                    "You gave a date you left the UK. Say that you are outside the UK, or remove the date."
                )
            ),
            "departed",
        )
    if facts.detained and outside_uk:
        raise FactsError(
            Step(
                gettext_noop("You cannot be in detention in the UK and outside the UK. Check your answers.")
            ),
            "detained",
        )

    facts = Facts(
        decision=decision,
        letter_date=facts.letter_date,
        sent=facts.sent,
        received=facts.received,
        departed=facts.departed,
        detained=bool(facts.detained),
        outside_uk=outside_uk,
        nation=nation,
    )
    need_sent_or_letter = Step(
        gettext_noop("Give the date it was sent (postmark or email date), or the date on the letter.")
    )
    left_before_decision = Step(
        gettext_noop(
            "You left the UK before the decision. Give the date you got the letter, so we can count from it."
        )
    )
    if decision is Decision.SAR:
        if facts.received is None and facts.sent is None:
            raise FactsError(
                Step(
                    gettext_noop("Give the date the Home Office got your request, or the date you sent it.")
                ),
                "received",
            )
    elif decision is Decision.SUPPORT_REFUSAL or decision is Decision.NOTICE_OF_INTENT:
        if facts.received is None and facts.sent is None and facts.letter_date is None:
            raise FactsError(
                Step(
                    gettext_noop("Give the date you got the letter, the date it was sent, or the date on it.")
                ),
                "received",
            )
    elif decision is Decision.OUT_OF_COUNTRY_APPEAL:
        if facts.departed is None:
            raise FactsError(
                Step(
                    gettext_noop(
                        "Give the date you left the UK: for this decision, the 28 days to appeal start on "
                        "that day. If you are still in the UK, you cannot appeal yet. Get advice now: a "
                        "lawyer may be able to challenge the certificate by judicial review."
                    )
                ),
                "departed",
            )
        if not _left_after_decision(facts) and facts.received is None:
            raise FactsError(left_before_decision, "received")
    elif decision is Decision.CERTIFIED:
        if facts.letter_date is None and facts.sent is None:
            raise FactsError(need_sent_or_letter, "sent")
        if certified_before_june_2022(facts) and facts.outside_uk:
            if facts.departed is None and facts.received is None:
                raise FactsError(
                    Step(gettext_noop("Give the date you left the UK, or the date you got the letter.")),
                    "departed",
                )
            if not _left_after_decision(facts) and facts.received is None:
                raise FactsError(left_before_decision, "received")
    elif facts.sent is None and facts.letter_date is None:
        raise FactsError(need_sent_or_letter, "sent")
    return facts


def _sorted(deadlines: Sequence[Deadline]) -> tuple[Deadline, ...]:
    return tuple(sorted(deadlines, key=lambda deadline: (deadline.last_day, deadline.safe_date)))


def _if_not_appealed() -> Step:
    return Step(gettext_noop("If you do not appeal in time, your appeal rights end."))


def compute(facts: Facts) -> Result:
    """Every deadline that follows from ``facts``, soonest first, with notes and warnings.

    Raises :class:`FactsError` for missing or impossible facts (see :func:`_check`).

    Appeal rights (research note, "Corrections (December 2026)", points 1 and 2):

    - ``refusal``: appealed from inside the UK only (NIAA 2002 s.92(2)); leaving ends a pending
      appeal (s.92(8)). Outside the UK or with a date of leaving, the only window is still the
      in-UK one, counted from the decision, never from the day the person left, with a warning.
    - ``certified`` (s.94(1) or (3)): after 27 June 2022 no appeal at all (s.94(3A)): judicial
      review and further submissions only, with a warning. Before 28 June 2022 (NABA 2022
      s.28(4)) the old out-of-country appeal is kept, flagged as for old certificates only.
    - ``out-of-country-appeal`` (s.94B, or a Schedule 3 certificate): 28 days after leaving
      (FTT IAC r.19(3)(a)); the date of leaving is required.
    """
    facts = _check(facts)
    notes: list[Step] = [_NOT_ADVICE]
    warnings: list[Step] = []
    deadlines: list[Deadline] = []
    decision = facts.decision

    if decision is Decision.REFUSAL:
        window = ftt_appeal_in_uk(facts)
        deadlines += [window, appeal_rights_exhausted_after(window, facts, if_not=_if_not_appealed())]
        if facts.outside_uk:
            warnings.append(_LEAVING_ENDS_THE_APPEAL)
            notes.append(_NO_SUPPORT_OUTSIDE_UK)
        else:
            deadlines.append(support_ends_after_decision(facts))
            notes.append(_STAY_TO_KEEP_THE_APPEAL)
        notes += [_LATE, _FURTHER_SUBMISSIONS]

    elif decision is Decision.CERTIFIED:
        deadlines.append(judicial_review(facts))
        if not certified_before_june_2022(facts):
            warnings.append(_NO_APPEAL_CERTIFIED)
            if facts.letter_date is None:
                notes.append(_GIVE_THE_LETTER_DATE)
            if facts.outside_uk:
                notes.append(_NO_SUPPORT_OUTSIDE_UK)
            else:
                deadlines += [appeal_rights_exhausted_certified(facts), support_ends_after_decision(facts)]
            notes.append(
                Step(
                    gettext_noop(
                        "If your letter says you can appeal after you leave the UK (for example because of "
                        "section 94B or a safe third country certificate), choose that kind of decision "
                        "instead."
                    )
                )
            )
        else:
            warnings.append(_OLD_CERTIFICATE_WARNING)
            if facts.outside_uk:
                window = ftt_appeal_outside_uk(facts)
                deadlines += [window, appeal_rights_exhausted_after(window, facts, if_not=_if_not_appealed())]
                notes.append(_NO_SUPPORT_OUTSIDE_UK)
            else:
                deadlines += [appeal_rights_exhausted_certified(facts), support_ends_after_decision(facts)]
        notes.append(_FURTHER_SUBMISSIONS)

    elif decision is Decision.OUT_OF_COUNTRY_APPEAL:
        warnings.append(_ONLY_FROM_OUTSIDE)
        window = ftt_appeal_outside_uk(facts)
        deadlines += [window, appeal_rights_exhausted_after(window, facts, if_not=_if_not_appealed())]
        if _decision_day(facts) is not None:
            deadlines.append(judicial_review(facts))
        notes += [_NO_SUPPORT_OUTSIDE_UK, _LATE, _FURTHER_SUBMISSIONS]

    elif decision is Decision.INADMISSIBLE:
        deadlines.append(judicial_review(facts))
        notes += [
            _step(
                gettext_noop(
                    "There is no appeal against an inadmissibility decision ({source}). It can be challenged "
                    "by judicial review."
                ),
                source="Nationality, Immigration and Asylum Act 2002, sections 80B and 80C",
            ),
            _JUDICIAL_REVIEW_DOES_NOT_STOP_REMOVAL,
            Step(
                gettext_noop(
                    "We do not give a date for when asylum support stops after an inadmissibility decision. "
                    "We could not find a clear rule. Ask an adviser."
                )
            ),
        ]

    elif decision is Decision.NOTICE_OF_INTENT:
        warnings.append(_USE_THE_NOTICE_DATE)
        deadlines.append(noi_representations(facts))
        notes.append(
            _step(
                gettext_noop(
                    "If you need more time, ask the Home Office in writing, early, well before the date. "
                    "Say why you need it and how long. The guidance says you may ask ({source})."
                ),
                source=NOI_REPRESENTATIONS.citation,
            )
        )

    elif decision is Decision.FTT_DISMISSED or decision is Decision.FTT_REFUSED_PERMISSION:
        window = permission_ftt(facts) if decision is Decision.FTT_DISMISSED else permission_ut(facts)
        rights_end = appeal_rights_exhausted_after(
            window,
            facts,
            if_not=Step(
                gettext_noop("If you do not ask for permission to appeal in time, your appeal rights end.")
            ),
        )
        deadlines += [window, rights_end]
        if facts.outside_uk:
            warnings.append(_LEAVING_ENDS_AN_IN_UK_APPEAL)
            notes.append(_NO_SUPPORT_OUTSIDE_UK)
        else:
            deadlines.append(support_ends_after_appeal(window, rights_end, facts))
        notes += [_LATE, _FURTHER_SUBMISSIONS]

    elif decision is Decision.SUPPORT_REFUSAL:
        deadlines.append(support_appeal(facts))
        notes.append(_LATE)

    elif decision is Decision.SAR:
        deadlines += [sar_response(facts), sar_extended(facts)]
        notes.append(
            Step(
                gettext_noop(
                    "The Home Office can take 2 more months only if your request is complex or you sent many "
                    "requests. It must tell you within the first month, and say why."
                )
            )
        )

    has_review = any(deadline.key == "judicial-review" for deadline in deadlines)
    if has_review and _JUDICIAL_REVIEW_DOES_NOT_STOP_REMOVAL not in notes:
        notes.append(_JUDICIAL_REVIEW_DOES_NOT_STOP_REMOVAL)
    return Result(deadlines=_sorted(deadlines), notes=tuple(notes), warnings=tuple(warnings))
