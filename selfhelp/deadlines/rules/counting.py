"""Counting, with the steps a person can check: periods, rolling to a working day, safe dates.

Two dates for every deadline:

- ``last_day``: the date the rule gives, counted from the date the rule names and moved to the
  next working day only when the rule says so.
- ``safe_date``: the last working day on or before the earliest date any reasonable reading
  gives (count from the letter date when it is earlier, do not move it forward, and use the
  England and Wales calendar when that is earlier). It is never later than ``last_day``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .calendar import (
    UNCONFIRMED_HOLIDAYS,
    Nation,
    add_months,
    month_has_no_such_day,
    nation_name,
    next_working_day,
    not_working_because,
    previous_working_day,
)
from .facts import Facts
from .sources import LegalSource
from .text import Step, gettext_noop, step


@dataclass(frozen=True)
class Deadline:
    key: str
    title: Step
    last_day: date
    safe_date: date
    source: LegalSource
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
class Start:
    kind: str
    day: date

    @property
    def name(self) -> Step:
        return Step(_STARTS[self.kind][0])

    @property
    def said(self) -> Step:
        return step(_STARTS[self.kind][1], day=self.day)


@dataclass(frozen=True)
class Period:
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
        if self.beginning_with and not month_has_no_such_day(start, self.months):
            return end - timedelta(days=1)
        return end

    def explain(self, start: date) -> list[Step]:
        if not self.days and not self.months:
            return []
        if self.days and self.beginning_with:
            return [
                step(
                    gettext_noop("Day 1 is {start}. Day {number} is {day}."),
                    start=start,
                    number=self.days,
                    day=self.end(start),
                ),
                step(
                    gettext_noop("If you count {number} days after {start} instead, you get {day}."),
                    start=start,
                    number=self.days,
                    day=start + timedelta(days=self.days),
                ),
            ]
        if self.days:
            return [
                step(gettext_noop("Day {number} after that is {day}."), number=self.days, day=self.end(start))
            ]
        plain = add_months(start, self.months)
        if self.months == 1:
            lines = [step(gettext_noop("One month after that is {day}."), day=plain)]
        else:
            lines = [
                step(gettext_noop("{number} months after that is {day}."), number=self.months, day=plain)
            ]
        if month_has_no_such_day(start, self.months):
            lines.append(
                step(
                    gettext_noop(
                        "That month has no day {number}, so we use the last day of the month: {day}."
                    ),
                    number=start.day,
                    day=plain,
                )
            )
        if self.beginning_with and month_has_no_such_day(start, self.months):
            lines.append(
                step(
                    gettext_noop(
                        "The time starts on the first day. That month has no day with the same number, so "
                        "the time ends on the last day of the month: {day}."
                    ),
                    day=self.end(start),
                )
            )
        elif self.beginning_with:
            lines.append(
                step(
                    gettext_noop("The time starts on the first day, so it ends one day earlier: {day}."),
                    day=self.end(start),
                )
            )
        return lines


def _roll(day: date, nation: Nation, steps: list[Step], skipped: list[date]) -> date:
    """Move ``day`` forward to a working day in ``nation``, saying why for each day skipped."""
    reason = not_working_because(day, nation)
    if reason is None:
        steps.append(step(gettext_noop("{day} is a working day, so the date does not move."), day=day))
        return day
    while reason is not None:
        steps.append(reason)
        skipped.append(day)
        day += timedelta(days=1)
        reason = not_working_because(day, nation)
    steps.append(step(gettext_noop("The next working day is {day}."), day=day))
    return day


@dataclass(frozen=True)
class Reading:
    """One reasonable way of reading the rule: the start it counts from and the date it gives."""

    start: Start
    day: date
    explain: Step | None = None  # how to say it, when "Counting from ... gives ..." does not fit


def count_safe_date(
    readings: Sequence[Reading],
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
            or step(
                gettext_noop("Counting from {start_name} ({start}) gives {day}."),
                start_name=reading.start.name,
                start=reading.start.day,
                day=reading.day,
            )
        )
    if not move_back:
        steps.append(
            step(
                gettext_noop(
                    "Safe date: {day}, counted from {start_name}. It is not moved to a working day: it is "
                    "the day your rights end, not a day to act."
                ),
                day=earliest.day,
                start_name=earliest.start.name,
            )
        )
        return earliest.day, earliest.day
    candidates = {previous_working_day(earliest.day, nation), previous_working_day(earliest.day, EW)}
    safe = min(candidates)
    if safe != earliest.day:
        day = earliest.day
        while day > safe:
            reason = not_working_because(day, nation) or not_working_because(day, EW)
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
    steps.append(step(message, day=safe, start_name=earliest.start.name))
    return safe, earliest.day


EW = Nation.ENGLAND_AND_WALES


@dataclass(frozen=True)
class Rule:
    """What one time limit says: its name, what to do, its source, how long it is, and whether a last
    day that is not a working day moves to the next one (``rolls``, and the rule that says so).

    ``calendar_doubt``: whether to say that the rules do not name the part of the UK whose bank
    holidays count (False where the rule names it, as for subject access).
    """

    key: str
    title: Step
    action: Step
    source: LegalSource
    period: Period
    rolls: bool
    roll_rule: str = ""
    calendar_doubt: bool = True


def count(
    rule: Rule,
    start: Start,
    *,
    nation: Nation,
    others: Sequence[Start] = (),
    lead: Sequence[Step] = (),
    uncertain: Sequence[Step] = (),
    extra_readings: Sequence[Reading] = (),
) -> Deadline:
    """Count ``rule.period`` from ``start``, roll if the rule says so, then work out the safe date.

    ``others`` are the other dates a reasonable reading could count from (for example the
    letter date when the rule says "sent"); they only make the safe date earlier. ``lead`` are
    the steps said before the counting, ``uncertain`` the doubts the rule itself carries.
    """
    steps: list[Step] = [*lead, start.said, *rule.period.explain(start.day)]
    counted = rule.period.end(start.day)
    skipped: list[date] = []
    last_day = _last_day(rule, counted, nation, steps, skipped)
    readings = [
        Reading(start, counted),
        *(Reading(other, rule.period.end(other.day)) for other in others if other.day != start.day),
        *extra_readings,
    ]
    safe, earliest = count_safe_date(readings, nation, rule.rolls, steps, skipped)
    doubts = [*uncertain, *_calendar_doubts(rule, counted, last_day, nation), *_unconfirmed(skipped, nation)]
    return Deadline(
        key=rule.key,
        title=rule.title,
        last_day=last_day,
        safe_date=min(safe, last_day),
        source=rule.source,
        steps=tuple(steps),
        uncertain=tuple(doubts),
        action=rule.action,
        rolls=rule.rolls,
        calendar=nation,
        earliest=earliest,
    )


def _last_day(rule: Rule, counted: date, nation: Nation, steps: list[Step], skipped: list[date]) -> date:
    """The day the rule gives: ``counted``, moved to a working day when the rule rolls."""
    if rule.rolls:
        steps.append(
            step(
                gettext_noop(
                    "If the last day is not a working day, the rules let you use the next working day "
                    "({rule})."
                ),
                rule=rule.roll_rule,
            )
        )
        steps.append(step(gettext_noop("We use the bank holidays in {nation}."), nation=nation_name(nation)))
        last_day = _roll(counted, nation, steps, skipped)
    else:
        if rule.period.days or rule.period.months:
            steps.append(Step(gettext_noop("This time limit does not move for weekends or bank holidays.")))
        last_day = counted
    steps.append(step(gettext_noop("So the last day is {day}."), day=last_day))
    return last_day


def _calendar_doubts(rule: Rule, counted: date, last_day: date, nation: Nation) -> list[Step]:
    """Say so when the part of the UK whose bank holidays count changes the last day."""
    if not (rule.rolls and rule.calendar_doubt):
        return []
    by_nation = {other: next_working_day(counted, other) for other in Nation}
    if len(set(by_nation.values())) == 1:
        return []
    if by_nation[EW] == last_day:
        return [
            step(
                gettext_noop(
                    "The rules do not say which part of the UK's bank holidays count. They are not the "
                    "same everywhere. We used {nation}. The safe date does not depend on this."
                ),
                nation=nation_name(nation),
            )
        ]
    return [
        step(
            gettext_noop(
                "The rules do not say which part of the UK's bank holidays count. They are not the "
                "same everywhere. We used {nation}: the last day is {day}. In England and Wales "
                "it is {ew_day}. The safe date does not depend on this."
            ),
            nation=nation_name(nation),
            day=last_day,
            ew_day=by_nation[EW],
        )
    ]


def _unconfirmed(skipped: list[date], nation: Nation) -> list[Step]:
    """A doubt for each day skipped as a bank holiday that may never have been made official."""
    return [
        step(
            gettext_noop(
                "We counted {day} as a special bank holiday in Scotland. We could not check that it "
                "was made official. If it was not, the dates here may change."
            ),
            day=day,
        )
        for day in sorted(set(skipped))
        if (nation, day) in UNCONFIRMED_HOLIDAYS
    ]


def starts(*pairs: tuple[str, date | None]) -> list[Start]:
    return [Start(kind, day) for kind, day in pairs if day is not None]


# Uncertainties shared by several deadlines (§12).

SENT_OR_LETTER_DATE = Step(
    gettext_noop(
        "The rules count from the day the decision was sent (the postmark or email date). "
        "The tribunal's own computer system counts from the date on the letter. "
        "If these are different, the safe date uses the earlier one."
    )
)
ONLY_LETTER_DATE = Step(
    gettext_noop(
        "You did not give the date it was sent, so we counted from the date on the letter. "
        "If it was sent later, the last day may be later. Keep the envelope or the email."
    )
)
MONTH_END = Step(
    gettext_noop(
        "That month has no day with the same number, so we used the last day of the month. "
        "Courts usually count this way, but we could not check a rule that says so."
    )
)


def decision_date_starts(facts: Facts) -> tuple[Start, list[Start], list[Step]]:
    """The start for a rule that counts from the day a decision was sent, and the other readings."""
    if facts.sent is not None:
        start = Start("sent", facts.sent)
        others = starts(("letter", facts.letter_date))
        return start, others, [SENT_OR_LETTER_DATE]
    assert facts.letter_date is not None  # checked in facts.check
    return Start("letter", facts.letter_date), [], [ONLY_LETTER_DATE, SENT_OR_LETTER_DATE]


def first_start(facts: Facts) -> Start:
    """The day the person was told: received if known, else sent, else the letter date."""
    return starts(("received", facts.received), ("sent", facts.sent), ("letter", facts.letter_date))[0]


def window_earliest(window: Deadline) -> date:
    return window.earliest if window.earliest is not None else window.safe_date
