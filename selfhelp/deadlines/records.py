"""Every change the deadline tools make to a case, each with its line in the case's history.

- :func:`new_case` saves a calculator result as a new case; :func:`save_facts` writes a result's facts
  into a case that has other ones (after the person has confirmed, in the view).
- :func:`add_date`, :func:`change_date` and :func:`delete_date` keep a person's own dates.

Each runs in one transaction: if any part fails, nothing of it is written. The views parse the forms,
call these and render.
"""

from django.db import transaction
from django.utils.translation import gettext_noop

from selfhelp.cases import history
from selfhelp.cases.history import Message
from selfhelp.cases.models import Case
from selfhelp.cases.records import create_case
from selfhelp.deadlines.case import FACT_FIELDS
from selfhelp.deadlines.models import OwnDate

SAVED = Message(
    gettext_noop("{user} saved dates from the deadline calculator: {fields}"),
    gettext_noop("You saved dates from the deadline calculator: {fields}"),
)
ADDED = Message(
    gettext_noop("{user} added a date: “{title}”, {date}"),
    gettext_noop("You added a date: “{title}”, {date}"),
)
CHANGED = Message(
    gettext_noop("{user} changed a date: “{title}”, {date}"),
    gettext_noop("You changed a date: “{title}”, {date}"),
)
DELETED = Message(
    gettext_noop("{user} deleted a date: “{title}”, {date}"),
    gettext_noop("You deleted a date: “{title}”, {date}"),
)


# A calculator result's facts ------------------------------------------------------------------------


@transaction.atomic
def new_case(user, name: str, language: str, values: dict) -> Case:
    """A new case owned by ``user`` holding the facts ``values`` (selfhelp.deadlines.case.case_values).

    Its history says it was made, then which facts were given (those neither empty nor "no").
    """
    case = create_case(user, Case(name=name, language=language, **values))
    given = [field for field in FACT_FIELDS if values[field] not in (None, False)]
    history.record(case, user, SAVED, fields=given)
    return case


@transaction.atomic
def save_facts(case: Case, user, values: dict, changes: list[str]) -> Case:
    """Write the facts named in ``changes`` from ``values`` into ``case``, and record which they were."""
    for field in changes:
        setattr(case, field, values[field])
    case.save()
    history.record(case, user, SAVED, fields=list(changes))
    return case


# A person's own dates -------------------------------------------------------------------------------


def _record(case, user, message, own: OwnDate) -> None:
    history.record(case, user, message, title=own.shown_title, date=own.date.isoformat())
    case.save(update_fields=["updated"])


@transaction.atomic
def add_date(case: Case, user, form) -> OwnDate:
    """Save a new own date from its valid form (made with ``instance=OwnDate(case=case)``)."""
    own = form.save()
    _record(case, user, ADDED, own)
    return own


@transaction.atomic
def change_date(case: Case, user, form) -> OwnDate:
    """Save the changes in a valid form for one of the case's own dates."""
    own = form.save()
    _record(case, user, CHANGED, own)
    return own


@transaction.atomic
def delete_date(case: Case, user, own: OwnDate) -> None:
    own.delete()
    _record(case, user, DELETED, own)
