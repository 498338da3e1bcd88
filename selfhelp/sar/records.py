"""Every change to the file request saved on a case, with its line in the case's history.

- :func:`save_request` keeps a new request; :func:`change_request` saves changes to the one there;
  :func:`delete_request` removes it with its dates.
- :func:`change_dates` saves its tracking dates: one line for each date noted, one for any other change.

Each runs in one transaction: if any part fails, nothing of it is written. The views parse the forms,
call these and render.
"""

from django.db import transaction
from django.utils.translation import gettext_noop

from selfhelp.cases import history
from selfhelp.cases.history import Message
from selfhelp.sar.models import SubjectAccessRequest

SAVED = Message(
    gettext_noop("{user} saved a request for the Home Office file"),
    gettext_noop("You saved a request for the Home Office file"),
)
CHANGED = Message(
    gettext_noop("{user} changed the request for the Home Office file"),
    gettext_noop("You changed the request for the Home Office file"),
)
DELETED = Message(
    gettext_noop("{user} deleted the request for the Home Office file"),
    gettext_noop("You deleted the request for the Home Office file"),
)
TRACKING_CHANGED = Message(
    gettext_noop("{user} changed the dates of the request for the Home Office file"),
    gettext_noop("You changed the dates of the request for the Home Office file"),
)
DATE_NOTED = {
    "sent": Message(
        gettext_noop("{user} noted that the request for the Home Office file was sent on {day}"),
        gettext_noop("You noted that the request for the Home Office file was sent on {day}"),
    ),
    "received": Message(
        gettext_noop("{user} noted that the Home Office got the request on {day}"),
        gettext_noop("You noted that the Home Office got the request on {day}"),
    ),
    "id_provided": Message(
        gettext_noop("{user} noted that the Home Office got the proof of identity on {day}"),
        gettext_noop("You noted that the Home Office got the proof of identity on {day}"),
    ),
    "response": Message(
        gettext_noop("{user} noted that the Home Office answered the request on {day}"),
        gettext_noop("You noted that the Home Office answered the request on {day}"),
    ),
    "reminder_sent": Message(
        gettext_noop("{user} noted that the follow-up letter was sent on {day}"),
        gettext_noop("You noted that the follow-up letter was sent on {day}"),
    ),
    "complaint_sent": Message(
        gettext_noop("{user} noted that the complaint to the ICO was sent on {day}"),
        gettext_noop("You noted that the complaint to the ICO was sent on {day}"),
    ),
}


@transaction.atomic
def save_request(case, user, form) -> SubjectAccessRequest:
    """Keep a new request on ``case`` from its valid form (made with an unsaved instance on the case)."""
    file_request = form.save()
    history.record(case, user, SAVED)
    return file_request


@transaction.atomic
def change_request(case, user, form) -> SubjectAccessRequest:
    """Save the changes in a valid form for the request already on ``case``."""
    file_request = form.save()
    history.record(case, user, CHANGED)
    return file_request


@transaction.atomic
def delete_request(case, user, file_request: SubjectAccessRequest) -> None:
    """Remove the request and its dates from ``case``."""
    file_request.delete()
    history.record(case, user, DELETED)


@transaction.atomic
def change_dates(case, user, form, before: dict) -> list[str]:
    """Save a valid dates form, if anything differs from ``before`` (each field's value before the form
    was cleaned); the names of the fields that changed, none if nothing did."""
    file_request = form.instance
    changed = [name for name in form.Meta.fields if getattr(file_request, name) != before[name]]
    if changed:
        form.save()
        _record_dates(case, user, file_request, changed)
    return changed


def _record_dates(case, user, file_request, changed):
    """One line of history for each date noted, and one for any other change.

    How it was sent goes with the date it was sent, when both are noted together.
    """
    if "sent" in changed and file_request.sent is not None:
        changed = [name for name in changed if name != "method"]
    other = False
    for name in changed:
        value = getattr(file_request, name)
        if name in DATE_NOTED and value is not None:
            history.record(case, user, DATE_NOTED[name], day=value.isoformat())
        else:
            other = True
    if other:
        history.record(case, user, TRACKING_CHANGED)
