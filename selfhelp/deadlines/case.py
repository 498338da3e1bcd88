"""A case's dates: the deadlines the rules count from its facts, and the person's own dates, merged.

This is the one place other tools ask "what is due on this case, and when?":

- :func:`upcoming` — the dates from today on, soonest first (the case list, the case home page);
- :func:`lookup` — one date by its key, passed or not (the evidence planner ties an item's due date to
  a key: a rule's key such as ``"ftt-appeal"``, or ``"own-<id>"`` for an own date);
- :func:`choices` — (key, label) pairs for a form that lets a person pick one of those dates;
- :func:`case_dates` — everything, passed dates included, with the rules' result and, when the facts
  are not enough to count, what is missing (the case's deadlines page, its PDF and calendar file).

Each :class:`Entry` has a ``key``, a ``title`` in the reader's language (an own date's title is what
the person typed), a ``date`` (a deadline's last day, or the own date's day), ``days_left`` and a
``kind`` (:data:`RULE` or :data:`OWN`). The rules stay pure; this module only feeds them the case's
facts and reads its own dates through ``case.own_dates`` (prefetched by the case list).
"""

from __future__ import annotations  # a field named `time` would hide the type `time`

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import date, time
from enum import Enum
from typing import get_type_hints

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from selfhelp.cases.tools import Dates
from selfhelp.deadlines import rules
from selfhelp.deadlines.calendar import UID_DOMAIN, Event, deadline_events
from selfhelp.deadlines.presentation import Countdown, Shown, ShownDeadline, format_date, present, text

RULE = "rule"
OWN = "own"
OWN_PREFIX = "own-"


# The one mapping between a case and the rules' facts: the case stores each fact in a field of the same
# name (selfhelp.cases.models.Case), so every list of those fields is derived from rules.Facts here.
FACT_FIELDS = tuple(field.name for field in fields(rules.Facts))
_TYPES = get_type_hints(rules.Facts)
DATE_FIELDS = tuple(name for name in FACT_FIELDS if _TYPES[name] == date | None)
FLAG_FIELDS = tuple(name for name in FACT_FIELDS if _TYPES[name] is bool)


def facts_for(case) -> rules.Facts | None:
    """The deadline rules' facts for a case, or None when its kind of decision has no rules."""
    if case.rule_decision is None:
        return None
    values = {name: getattr(case, name) for name in FACT_FIELDS}
    return rules.Facts(**{**values, "decision": case.rule_decision, "nation": rules.Nation(case.nation)})


def case_values(facts: rules.Facts) -> dict:
    """The case's field values for ``facts`` (kinds as the plain strings the case stores)."""
    values = {name: getattr(facts, name) for name in FACT_FIELDS}
    return {name: value.value if isinstance(value, Enum) else value for name, value in values.items()}


@dataclass(frozen=True)
class Entry(Countdown):
    """One date on a case: a deadline from the rules, or a date the person added."""

    key: str
    kind: str  # RULE or OWN
    title: str
    date: date  # a deadline's last day; an own date's day
    today: date
    time: time | None = None  # own dates only, when a time was given
    safe_date: date | None = None  # deadlines only: the day to aim for
    deadline: ShownDeadline | None = None  # deadlines only: everything the calculator shows
    own: object = None  # own dates only: the OwnDate

    @property
    def due(self) -> date:
        return self.date

    @property
    def is_rule(self) -> bool:
        return self.kind == RULE


def _order(entry: Entry):
    # Soonest first; on one day, the deadlines (all day) before a timed date; otherwise as given.
    return (entry.date, entry.time or time.min, entry.kind != RULE)


@dataclass(frozen=True)
class CaseDates:
    """Every date on a case, soonest first, and why the rules could not count, if they could not."""

    case: object
    today: date
    entries: tuple[Entry, ...]
    facts: rules.Facts | None = None  # None: no rules for this kind of decision, or facts missing
    shown: Shown | None = None  # the rules' result, as the calculator shows it
    problem: str = ""  # what is missing or wrong in the facts, in the reader's language
    problem_field: str = ""  # the case's field it is about

    @property
    def no_rules(self) -> bool:
        """The case's kind of decision is one the rules do not count ("something else")."""
        return self.case.rule_decision is None

    @property
    def passed(self) -> tuple[Entry, ...]:
        return tuple(entry for entry in self.entries if entry.passed)

    @property
    def upcoming(self) -> tuple[Entry, ...]:
        return tuple(entry for entry in self.entries if not entry.passed)


def case_dates(case, today: date | None = None, translate: Callable[[str], str] = gettext) -> CaseDates:
    """Every date on ``case`` counted against ``today`` (default: today in the UK), soonest first."""
    today = today or timezone.localdate()
    facts = facts_for(case)
    shown, problem, problem_field = None, "", ""
    if facts is not None:
        try:
            shown = present(rules.compute(facts), today, translate)
        except rules.FactsError as error:
            facts, problem, problem_field = None, text(error.message, translate), error.field
    entries = [
        Entry(
            key=deadline.key,
            kind=RULE,
            title=deadline.title,
            date=deadline.last_day,
            today=today,
            safe_date=deadline.safe_date,
            deadline=deadline,
        )
        for deadline in (shown.deadlines if shown else ())
    ]
    entries += [
        Entry(
            key=own.key,
            kind=OWN,
            title=own.shown_title,
            date=own.date,
            today=today,
            time=own.time,
            own=own,
        )
        for own in case.own_dates.all()
    ]
    return CaseDates(
        case=case,
        today=today,
        entries=tuple(sorted(entries, key=_order)),
        facts=facts,
        shown=shown,
        problem=problem,
        problem_field=problem_field,
    )


def at_a_glance(case, today: date) -> Dates:
    """The case's dates for the case list and home page (its part in selfhelp.cases.tools)."""
    dates = case_dates(case, today)
    return Dates(
        upcoming=dates.upcoming,
        passed=sum(1 for entry in dates.passed if entry.is_rule),
        needs_dates=bool(dates.problem),
        warnings=dates.shown.warnings_beside if dates.shown else (),
    )


def upcoming(case, today: date | None = None) -> list[Entry]:
    """The case's dates from ``today`` on (today included), soonest first, deadlines and own dates."""
    return list(case_dates(case, today).upcoming)


def lookup(case, key: str, today: date | None = None) -> Entry | None:
    """The case's date with this key (passed or not), or None if the case has no such date now.

    A rule's key names a deadline that depends on the case's facts: after the facts change it may
    have a new date, or (after the kind of decision changes) be gone.
    """
    for entry in case_dates(case, today).entries:
        if entry.key == key:
            return entry
    return None


def choices(case, today: date | None = None) -> list[tuple[str, str]]:
    """(key, label) for each of the case's dates, soonest first, labelled like "Hearing – Tue 1 Dec 2026"."""
    return [
        (entry.key, f"{entry.title} – {format_date(entry.date)}") for entry in case_dates(case, today).entries
    ]


# The calendar file ------------------------------------------------------------------------------


def case_uid(case, key: str) -> str:
    """A UID for one of a case's dates that stays the same when the facts, the date or the language change.

    So importing the file again after a correction moves the event instead of adding a second one.
    The case's identifier is hashed: it does not appear in the file.
    """
    digest = hashlib.sha256(f"{case.public_id}|{key}".encode()).hexdigest()[:32]
    return f"{key}-{digest}@{UID_DOMAIN}"


def case_events(dates: CaseDates, link: str = "") -> list[Event]:
    """Every date on the case as a calendar event: deadlines on their safe date, own dates on their day."""
    case = dates.case
    events = []
    if dates.shown is not None:
        for event, deadline in zip(
            deadline_events(dates.shown.deadlines, dates.facts, link=link), dates.shown.deadlines, strict=True
        ):
            events.append(replace(event, uid=case_uid(case, deadline.key)))
    for entry in dates.entries:
        if entry.kind != OWN:
            continue
        own = entry.own
        lines = []
        if own.title:
            lines.append(str(own.get_kind_display()))
        if own.note:
            lines.append(own.note)
        if link:
            lines.append(gettext("All your dates: %(link)s") % {"link": link})
        events.append(
            Event(
                title=entry.title,
                date=entry.date,
                description="\n".join(lines),
                uid=case_uid(case, entry.key),
                time=entry.time,
            )
        )
    return sorted(events, key=lambda event: (event.date, event.time or time.min))


def calendar_events(case, today: date, absolute: Callable[[str], str]) -> list[Event]:
    """The case's deadlines and own dates as calendar events, each linking to the case's dates page."""
    link = absolute(reverse("deadlines:case", args=[case.public_id]))
    return case_events(case_dates(case, today), link=link)
