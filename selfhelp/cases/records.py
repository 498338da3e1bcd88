"""Creating a case, written once: the case, its owner's membership and the first line of its history.

Called by the case form (cases.views) and by "save to a new case" on the deadline calculator
(deadlines.records); each tool's own changes to a case are in that tool's records.py.
"""

from django.db import transaction

from selfhelp.cases import history
from selfhelp.cases.models import Case, Membership


@transaction.atomic
def create_case(user, case: Case) -> Case:
    """Save the new ``case`` with ``user`` as its owner, and record that they made it."""
    case.save()
    Membership.objects.create(case=case, user=user, role=Membership.Role.OWNER)
    history.record(case, user, history.CREATED)
    return case
