"""Keeping a case's pages on this phone, for reading with no signal (the service worker is in
selfhelp/offline.py): the person's choice, per case, in a cookie that never leaves this device."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from selfhelp import safety
from selfhelp.cases.access import case_view

OFFLINE_CASES_COOKIE = "offline_cases"
CLEAR = '"cache", "storage"'


def kept_cases(request) -> set[str]:
    return set(filter(None, request.COOKIES.get(OFFLINE_CASES_COOKIE, "").split(",")))


@case_view
@require_POST
def keep_case(request, case):
    """Keep this case's pages on this phone (or stop): a cookie on this device only."""
    cases = kept_cases(request)
    keep = request.POST.get("keep") == "on"
    cases = (cases | {case.public_id}) if keep else (cases - {case.public_id})
    response = redirect(case.get_absolute_url())
    if cases:
        response.set_cookie(
            OFFLINE_CASES_COOKIE,
            ",".join(sorted(cases)),
            max_age=safety.ONE_YEAR,
            httponly=True,
            samesite="Lax",
        )
    else:
        response.delete_cookie(OFFLINE_CASES_COOKIE, samesite="Lax")
    if not keep:
        response["Clear-Site-Data"] = CLEAR  # the kept pages go now, not at the next visit
    messages.success(
        request,
        _("This case's pages are kept on this phone once you open them.")
        if keep
        else _("This case's pages are no longer kept on this phone."),
    )
    return response
