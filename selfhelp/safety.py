"""Safe on a shared phone: a quick exit on every page, a no-trace mode, and "leave and forget".

- **Quick exit** leaves for ``NEUTRAL_URL``: BBC Weather, a page that is common on any UK phone, says
  nothing about the person, needs no account and loads on a slow connection. With JavaScript the exit
  replaces the current page in the browser's history (so Back does not return here), and pressing
  Escape twice does the same; without it, it is a plain link.
- **No-trace mode** is chosen on the safety page and remembered by a cookie on this device only (it
  is not tied to an account, so it holds before anyone signs in): the tab shows a neutral title and
  icon, links replace the page in the history instead of adding to it (where the browser allows), and
  nothing is kept in the browser's storage (drafts of answers are then not kept offline; the page says
  so where it matters).
- **Leave and forget** signs out, tells the browser to clear the site's cache, cookies and storage
  (``Clear-Site-Data``), and leaves for the neutral page.
"""

from django.contrib.auth import logout
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

NEUTRAL_URL = "https://www.bbc.co.uk/weather"
NO_TRACE_COOKIE = "notrace"
ONE_YEAR = 365 * 24 * 60 * 60


def no_trace(request) -> bool:
    return request.COOKIES.get(NO_TRACE_COOKIE) == "1"


def safety(request):
    return render(request, "safety.html", {"no_trace": no_trace(request), "neutral_url": NEUTRAL_URL})


@require_POST
def set_no_trace(request):
    response = redirect(reverse("safety"))
    if request.POST.get("no_trace") == "on":
        response.set_cookie(NO_TRACE_COOKIE, "1", max_age=ONE_YEAR, httponly=True, samesite="Lax")
    else:
        response.delete_cookie(NO_TRACE_COOKIE, samesite="Lax")
    return response


@require_POST
def leave_and_forget(request):
    """Sign out, clear what the browser keeps for this site, and leave.

    The answer is a short page rather than a redirect, so that the browser applies Clear-Site-Data before
    it leaves; the page leaves at once (refresh, and with JavaScript a history replace).
    """
    logout(request)
    response = render(request, "leave.html", {"neutral_url": NEUTRAL_URL, "title": _("Leaving")})
    response["Clear-Site-Data"] = '"cache", "cookies", "storage"'
    response["Refresh"] = f"0; url={NEUTRAL_URL}"
    return response
