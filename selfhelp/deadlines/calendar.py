"""Calendar files (iCalendar, RFC 5545) that phone calendars import, with reminders.

:func:`ical` turns simple :class:`Event` objects into a file; :func:`ics_response` sends it.
:func:`deadline_events` makes the events for a calculator result; a case page can add its own
events (a hearing, a reporting date) with the same :class:`Event`.

Each event is an all-day event, or a one-hour event when it has a time (a hearing at 10am), with two
reminders, a week and two days before. A time is UK time, written into the file in UTC, so no time
zone table is needed and a phone shows it in its own time. Its UID is derived from what it is about,
so importing the same dates again updates the event instead of adding a copy.
Nothing goes into the file beyond the dates the person typed and what the rules make of them.

Every text property (the calendar's name, each event's summary, description and reminder, its UID)
goes through one escaping path, :func:`text`: control characters are dropped, and line breaks are
flattened to spaces in one-line properties or escaped as ``\\n`` by icalendar in descriptions. A case
name typed with a line break therefore stays one line of text, and cannot end the property and start
lines of its own (an event planted in someone else's calendar).
"""

from __future__ import annotations  # a field named `time` would hide the type `time`

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.http import HttpResponse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext

from selfhelp.deadlines.presentation import ShownDeadline, format_date
from selfhelp.deadlines.rules import Facts
from selfhelp.text import one_line, without_controls

PRODID = f"-//{settings.SITE_NAME}//Deadlines//EN"
UID_DOMAIN = "after-refusal"
REMINDERS = (timedelta(days=7), timedelta(days=2))
UK = ZoneInfo("Europe/London")
TIMED_LENGTH = timedelta(hours=1)


def text(value, *, lines: bool = False) -> icalendar.vText:
    """The one way text goes into the file (RFC 5545, 3.3.11: TEXT holds no control characters but
    the tab): line breaks kept, and escaped by vText, when ``lines``; else the text made one line
    (selfhelp.text.one_line)."""
    value = str(value)
    return icalendar.vText(without_controls(value) if lines else one_line(value))


@dataclass(frozen=True)
class Event:
    """One event: what it is, the day, more words, a UID that stays the same, and maybe a UK time."""

    title: str
    date: date
    description: str
    uid: str
    time: time | None = None  # None: an all-day event

    @property
    def start(self) -> date | datetime:
        """The day, or the moment in UTC when there is a time."""
        if self.time is None:
            return self.date
        return datetime.combine(self.date, self.time, tzinfo=UK).astimezone(UTC)


def ical(events: Iterable[Event], name: str = "") -> bytes:
    """An iCalendar file of events, each with reminders a week and two days before."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", text(name))
    stamp = datetime.now(UTC).replace(microsecond=0)
    for item in events:
        event = icalendar.Event()
        event.add("uid", text(item.uid))
        event.add("dtstamp", stamp)
        event.add("summary", text(item.title))
        if item.time is None:
            event.add("dtstart", item.date)
            event.add("dtend", item.date + timedelta(days=1))
            event.add("transp", "TRANSPARENT")  # a reminder, not a busy day
        else:
            event.add("dtstart", item.start)
            event.add("dtend", item.start + TIMED_LENGTH)
        if item.description:
            event.add("description", text(item.description, lines=True))
        for before in REMINDERS:
            alarm = icalendar.Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", text(item.title))
            alarm.add("trigger", -before)
            event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()


def ics_response(events: Iterable[Event], filename: str = "deadlines.ics", name: str = "") -> HttpResponse:
    """The events as a calendar file to download (phones offer to add it to their calendar)."""
    response = HttpResponse(ical(events, name), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=filename)
    return response


def deadline_uid(key: str, facts: Facts) -> str:
    """A UID for a deadline that depends only on its key and the facts it was counted from."""
    inputs = "|".join(
        str(value)
        for value in (
            key,
            facts.decision,
            facts.letter_date,
            facts.sent,
            facts.received,
            facts.departed,
            facts.detained,
            facts.outside_uk,
            facts.nation,
        )
    )
    digest = hashlib.sha256(inputs.encode()).hexdigest()[:32]
    return f"{key}-{digest}@{UID_DOMAIN}"


def deadline_events(deadlines: Sequence[ShownDeadline], facts: Facts, link: str = "") -> list[Event]:
    """One event per deadline, on its safe date, in the active language.

    The description gives the last day, what to do, and (if given) a link back to the page that
    shows the counting and the sources.
    """
    events = []
    for deadline in deadlines:
        lines = [
            gettext("Safe date to aim for: %(day)s") % {"day": format_date(deadline.safe_date)},
            gettext("Last day: %(day)s") % {"day": format_date(deadline.last_day)},
            deadline.action,
        ]
        if deadline.cut_off:
            lines.append(gettext("Aim for the tribunal to get it by 4pm."))
        lines.append(gettext("This is not legal advice. Speak to a lawyer or adviser."))
        if link:
            lines.append(gettext("How we counted, and the sources: %(link)s") % {"link": link})
        events.append(
            Event(
                title=deadline.title,
                date=deadline.safe_date,
                description="\n".join(lines),
                uid=deadline_uid(deadline.key, facts),
            )
        )
    return events
