"""Deleting an account and everything that belongs only to it."""

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.db import transaction

from selfhelp.cases import history
from selfhelp.cases.models import Membership


def plan(user):
    """(cases that will be deleted, shared cases that stay with their other members)."""
    deleted, kept = [], []
    for membership in user.memberships.select_related("case"):
        others = membership.case.memberships.exclude(user=user)
        (kept if others.exists() else deleted).append(membership.case)
    return deleted, kept


@transaction.atomic
def delete_everything(user):
    """Delete the account, every case only this person holds, and every record of them.

    A shared case stays with its other members; if this person owned it, the supporter who joined first
    becomes its owner, so that someone can still share or delete it.
    """
    deleted, kept = plan(user)
    for case in deleted:
        case.delete()
    for case in kept:
        if case.memberships.filter(user=user, role=Membership.Role.OWNER).exists():
            heir = case.memberships.exclude(user=user).order_by("added").first()
            heir.role = Membership.Role.OWNER
            heir.save(update_fields=["role"])
            history.record(case, None, history.NEW_OWNER, member=heir.user)
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        model.objects.filter(username=user.get_username()).delete()
    user.delete()  # with their sessions, memberships and everything else that cascades
