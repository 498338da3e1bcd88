"""The one access rule for case data.

Every view that touches a case, or anything that belongs to one, gets it through `case_view` (or
`get_case`): a visitor who is not logged in is sent to log in, and anyone the case is not shared with
gets 404, the same answer as for a case that does not exist, so nobody learns which cases exist.
"""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.http import Http404

from selfhelp.cases.models import Membership


def get_case(user, case_id, *, owner=False):
    """The case with this identifier if `user` may see it (and owns it, when `owner`), else 404.

    The case comes back with `.membership`: the user's own membership (their role on it).
    """
    memberships = Membership.objects.filter(user=user, case__public_id=case_id).select_related("case")
    if owner:
        memberships = memberships.filter(role=Membership.Role.OWNER)
    membership = memberships.first()
    if membership is None:
        raise Http404
    case = membership.case
    case.membership = membership
    return case


def case_view(view=None, *, owner=False):
    """Decorate a view taking `(request, case, …)`; its URL names the case as `case_id`."""

    def decorate(view):
        @login_required
        @wraps(view)
        def wrapped(request, case_id, *args, **kwargs):
            return view(request, get_case(request.user, case_id, owner=owner), *args, **kwargs)

        wrapped.case_view = True  # the access tests find every case view by this mark
        return wrapped

    return decorate(view) if view else decorate
