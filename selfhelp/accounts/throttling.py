"""Login throttling with django-axes, each kind of count against its own limit.

django-axes counts wrong passwords in the database for each group of ``AXES_LOCKOUT_PARAMETERS`` (one
username from one address; one username from any address; one address for any username) and compares
the largest count with one limit, ``AXES_FAILURE_LIMIT``. The groups need different limits
(``LOGIN_FAILURE_LIMITS`` in settings explains them), so :class:`LimitPerGroupHandler` scales each
group's count to that one limit: a group is at the limit exactly when its own count reaches its own
limit.

:func:`client_str` is how axes names a visitor in its log lines: never by the username they typed or
their address.
"""

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_lockout_parameters
from django.conf import settings
from django.db.models import Sum


def _limit(group) -> int:
    key = tuple(group) if isinstance(group, list | tuple) else (group,)
    return settings.LOGIN_FAILURE_LIMITS.get(key, settings.AXES_FAILURE_LIMIT)


class LimitPerGroupHandler(AxesDatabaseHandler):
    def get_failures(self, request, credentials=None) -> int:
        groups = get_lockout_parameters(request, credentials)
        attempts = self.get_user_attempts(request, credentials)
        scaled = [0]
        for group, queryset in zip(groups, attempts, strict=True):
            failures = queryset.aggregate(total=Sum("failures_since_start"))["total"] or 0
            scaled.append(failures * settings.AXES_FAILURE_LIMIT // _limit(group))
        return max(scaled)


def client_str(username, ip_address, user_agent, path_info, request) -> str:
    return "a visitor (not named in logs)"
