"""Where a subject access request has got to, and which letter comes next. Pure: no Django, no I/O.

The clock is the deadline rules' (selfhelp.deadlines.rules ``sar-response`` and ``sar-extended``;
research note §6): one month from the day the Home Office got the request, three months when it
extends, counted the ICO's way. This module only decides which day counts as "got it":

- the day the person gives (from tracking, or from the Home Office's reply);
- otherwise, sent with the online form or by email: the same day;
- otherwise, sent by post: left to the rules, which estimate the second working day after posting and
  say that it is an estimate;
- and if the Home Office asked for proof of identity and got it later, that later day: since the Data
  (Use and Access) Act 2025 (new Article 12A UK GDPR) the month starts at the "relevant time", once the
  controller has the request and any identification it reasonably asked for.

Which letter comes next (our rule; the page explains it):

- A follow-up letter to the Home Office ("reminder") when the date has passed with no answer (the
  extended date if the Home Office said it needs more time), or at once when the answer refused the
  request or held data back, asking the Home Office to look again. The ICO tells people to follow up
  with the organisation first.
- A complaint to the ICO ``FOLLOW_UP_DAYS`` days after the follow-up letter was sent, unless a full
  answer has come by then. The follow-up letter gives the Home Office that many days; this is our
  convention, not a rule of law. At once, without waiting, when the Home Office refused relying on
  the immigration exemption (Data Protection Act 2018, Schedule 2, paragraph 4): it has given its
  reasons, and the ICO is the body that can check whether the exemption was applied lawfully. The page
  still suggests asking the Home Office to look again first.
- The ICO asks for complaints within three months of the last contact with the organisation:
  ``complain_by``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from selfhelp.deadlines import rules

FOLLOW_UP_DAYS = 14
ICO_MONTHS = 3

ONLINE, EMAIL, POST = "online", "email", "post"
COMPLETE, PARTIAL, REFUSED = "complete", "partial", "refused"


@dataclass(frozen=True)
class Dates:
    """What the person has told us about their request (all optional)."""

    method: str = ""  # online, email or post
    sent: date | None = None
    received: date | None = None
    id_provided: date | None = None
    extended: bool = False
    response: date | None = None
    outcome: str = ""  # complete, partial or refused
    exemption: bool = False
    reminder_sent: date | None = None
    complaint_sent: date | None = None


class Stage(StrEnum):
    NOT_SENT = "not-sent"  # written (or saved) but no date sent yet
    WAITING = "waiting"  # sent, the answer is not due yet
    LATE = "late"  # the date has passed with no answer
    ANSWERED = "answered"  # the Home Office sent the data
    HELD_BACK = "held-back"  # the Home Office refused, or sent only part


class Basis(StrEnum):
    """How we know the day the clock starts."""

    GIVEN = "given"  # the person gave the day the Home Office got it
    SAME_DAY = "same-day"  # sent online or by email: it arrives the same day
    ESTIMATED = "estimated"  # sent by post: the rules estimate it
    IDENTITY = "identity"  # the Home Office got the proof of identity it asked for later


@dataclass(frozen=True)
class Progress:
    stage: Stage
    today: date
    dates: Dates
    basis: Basis | None = None
    starts: date | None = None  # the day the month counts from (None: the rules estimate it)
    facts: rules.Facts | None = None
    response_due: rules.Deadline | None = None
    extended_due: rules.Deadline | None = None
    reminder_due: bool = False
    complaint_due: bool = False
    complaint_from: date | None = None  # when a complaint becomes due, if it is not due yet
    reminder_asks_by: date | None = None

    @property
    def due(self) -> rules.Deadline | None:
        """The deadline that applies: the extended one when the Home Office said it needs more time."""
        return self.extended_due if self.dates.extended else self.response_due

    @property
    def days_left(self) -> int | None:
        """Days until the answer is due: 0 on the day, negative when late, None when not counted."""
        return None if self.due is None else (self.due.last_day - self.today).days

    @property
    def days_late(self) -> int:
        return max(0, -(self.days_left or 0))

    @property
    def received(self) -> date | None:
        """The day the Home Office got the request (given, or estimated from how it was sent)."""
        if self.dates.received:
            return self.dates.received
        if self.dates.sent is None:
            return None
        if self.dates.method in (ONLINE, EMAIL):
            return self.dates.sent
        return estimated_receipt(self.dates.sent)

    @property
    def received_estimated(self) -> bool:
        return self.dates.received is None and self.received is not None

    @property
    def complain_by(self) -> date | None:
        """Three months after the last contact with the Home Office (the ICO's time for complaints)."""
        contacts = [day for day in (self.dates.response, self.dates.reminder_sent) if day]
        if not contacts:
            return None
        return rules.add_months(max(contacts), ICO_MONTHS)

    @property
    def held_back(self) -> bool:
        return self.dates.outcome in (PARTIAL, REFUSED)


def estimated_receipt(sent: date) -> date:
    """The rules' estimate for post: the second working day (England and Wales) after posting."""
    day = sent
    for _ in range(2):
        day = rules.next_working_day(day + timedelta(days=1))
    return day


def clock_start(dates: Dates) -> tuple[date | None, Basis | None]:
    """The day the month counts from and how we know it, or (None, ESTIMATED) for the rules to estimate."""
    if dates.sent is None and dates.received is None:
        return None, None
    if dates.id_provided is not None:
        known = dates.received or dates.sent
        if known is None or dates.id_provided >= known:
            return dates.id_provided, Basis.IDENTITY
    if dates.received is not None:
        return dates.received, Basis.GIVEN
    if dates.method in (ONLINE, EMAIL):
        return dates.sent, Basis.SAME_DAY
    return None, Basis.ESTIMATED


def progress(dates: Dates, today: date) -> Progress:
    """Where the request has got to on ``today``, with its deadlines and the letters now due."""
    if dates.sent is None:
        return Progress(stage=Stage.NOT_SENT, today=today, dates=dates)

    starts, basis = clock_start(dates)
    facts = rules.Facts(decision=rules.Decision.SAR, sent=dates.sent, received=starts)
    try:
        result = rules.compute(facts)
    except rules.FactsError:
        # Dates the forms refuse (received before sent); counted as not yet countable.
        return Progress(stage=Stage.WAITING, today=today, dates=dates)
    found = {deadline.key: deadline for deadline in result.deadlines}
    response_due, extended_due = found["sar-response"], found["sar-extended"]
    due = extended_due if dates.extended else response_due

    if dates.response is not None and dates.outcome in (PARTIAL, REFUSED):
        stage = Stage.HELD_BACK
    elif dates.response is not None:
        stage = Stage.ANSWERED
    elif today > due.last_day:
        stage = Stage.LATE
    else:
        stage = Stage.WAITING

    reminder_due = stage in (Stage.LATE, Stage.HELD_BACK)
    complaint_due, complaint_from = False, None
    if stage is Stage.HELD_BACK and dates.outcome == REFUSED and dates.exemption:
        complaint_due = True
    elif stage in (Stage.LATE, Stage.HELD_BACK) and dates.reminder_sent is not None:
        complaint_from = dates.reminder_sent + timedelta(days=FOLLOW_UP_DAYS)
        complaint_due = today >= complaint_from
        if complaint_due:
            complaint_from = None

    return Progress(
        stage=stage,
        today=today,
        dates=dates,
        basis=basis,
        starts=starts,
        facts=facts,
        response_due=response_due,
        extended_due=extended_due,
        reminder_due=reminder_due,
        complaint_due=complaint_due,
        complaint_from=complaint_from,
        reminder_asks_by=today + timedelta(days=FOLLOW_UP_DAYS),
    )
