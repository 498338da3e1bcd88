"""The file request at a glance, for the case home page and the case's calendar file.

- :func:`for_case` gives the request's :class:`~selfhelp.sar.tracking.Progress` on a case (or None);
  ``templates/sar/includes/case_status.html`` shows it as one line with the days left.
- :func:`calendar_events` gives the request's dates as calendar events
  (:class:`selfhelp.deadlines.calendar.Event`: title, date, description, uid) in the reader's language;
  :func:`case_calendar_events` puts them in the case's calendar file, through selfhelp.cases.tools
  (registered in apps.py).
"""

import hashlib
from collections.abc import Callable
from datetime import date

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from selfhelp.deadlines.calendar import UID_DOMAIN, Event
from selfhelp.deadlines.presentation import format_date
from selfhelp.sar.tracking import Progress, Stage


def for_case(case, today: date | None = None) -> Progress | None:
    """Where the request saved on ``case`` has got to, or None when there is none."""
    file_request = getattr(case, "file_request", None)
    if file_request is None:
        return None
    from selfhelp.sar.tracking import progress

    return progress(file_request.dates(), today or timezone.localdate())


def _uid(case, key: str) -> str:
    # The same event keeps the same UID, so importing the file again updates it instead of adding one.
    digest = hashlib.sha256(f"{case.public_id}|{key}".encode()).hexdigest()[:32]
    return f"sar-{key}-{digest}@{UID_DOMAIN}"


def calendar_events(case, today: date | None = None, link: str = "") -> list[Event]:
    """The request's coming dates as all-day events ([] when nothing is sent yet or nothing is due).

    ``link``, an absolute address of the request's page (``sar:case``), is added to each description.

    - the day the answer is due (the extended day when the Home Office is taking more time), while no
      answer has come;
    - the day a complaint to the ICO becomes possible, after a follow-up letter;
    - the last day to complain to the ICO (three months after the last contact), when a complaint is due.
    """
    found = for_case(case, today)
    if found is None or found.due is None:
        return []
    more = [gettext("What to do, and the letters: %(link)s") % {"link": link}] if link else []
    events = []
    if found.stage in (Stage.WAITING, Stage.LATE):
        events.append(
            Event(
                title=gettext("The Home Office must answer your request for your file"),
                date=found.due.last_day,
                description="\n".join(
                    [
                        gettext("You sent the request on %(day)s.") % {"day": format_date(found.dates.sent)},
                        gettext("If no answer comes by this date, send the follow-up letter."),
                        *more,
                    ]
                ),
                uid=_uid(case, "due"),
            )
        )
    if found.complaint_from:
        events.append(
            Event(
                title=gettext("You can complain to the ICO about your file request"),
                date=found.complaint_from,
                description="\n".join(
                    [
                        gettext(
                            "If the Home Office has not answered your follow-up letter, complain to the ICO."
                        ),
                        *more,
                    ]
                ),
                uid=_uid(case, "complaint-from"),
            )
        )
    if found.complaint_due and found.complain_by and not found.dates.complaint_sent:
        events.append(
            Event(
                title=gettext("Last day to complain to the ICO about your file request"),
                date=found.complain_by,
                description="\n".join(
                    [
                        gettext(
                            "The ICO asks for complaints within 3 months of your last contact with the Home "
                            "Office."
                        ),
                        *more,
                    ]
                ),
                uid=_uid(case, "complain-by"),
            )
        )
    return events


def case_calendar_events(case, today: date, absolute: Callable[[str], str]) -> list[Event]:
    """The request's dates for the case's calendar file, each linking to the request's page."""
    return calendar_events(case, today, link=absolute(reverse("sar:case", args=[case.public_id])))
