"""The pages a person sees when something goes wrong, in their language, each with the way back and what
to do: 400 (a request the site cannot use), 403 (and the form that has expired: CSRF), 404, 500, and 503
when the database cannot be reached.

None of them needs the database: they render from the language that LocaleMiddleware chose (from the
address, or the browser), without the context processors (the "signed in?" check and the translation
review mark read the database). A page that fails because the database is gone is the 503 page, whatever
noticed it: a view (selfhelp.middleware.DatabaseOutage), or a middleware after it (``server_error``).
Every error page is sent with ``Cache-Control: no-store``.
"""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils.cache import add_never_cache_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language

from selfhelp import languages, safety

DATABASE_GONE = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def _back(request):
    """The page the person came from, when it is a page of this site (else None)."""
    referer = request.META.get("HTTP_REFERER", "")
    if referer and url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return referer
    return None


def render_error(request, template, status, **context):
    """The error page, rendered without the database."""
    try:
        back = _back(request)
    except Exception:  # a Host header that is not allowed (400): no way back to offer
        back = None
    context = {
        "site_name": settings.SITE_NAME,
        "language": languages.get(get_language()),
        "back": back,
        "status": status,
        "neutral_url": safety.NEUTRAL_URL,
        **context,
    }
    response = HttpResponse(loader.get_template(template).render(context), status=status)
    add_never_cache_headers(response)
    return response


def _database_gone(exception) -> bool:
    """Whether the exception, or one it came from, is a lost database (Django turns a session that
    cannot be saved into SessionInterrupted, a 400, raised from the database's error)."""
    seen = set()
    while exception is not None and id(exception) not in seen:
        if isinstance(exception, DATABASE_GONE):
            return True
        seen.add(id(exception))
        exception = exception.__cause__ or exception.__context__
    return False


def bad_request(request, exception=None):
    if _database_gone(exception):
        return unavailable(request)
    return render_error(request, "errors/400.html", 400)


def permission_denied(request, exception=None):
    return render_error(request, "errors/403.html", 403)


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a form sent without its token (an old tab, cookies off, another site)."""
    return render_error(request, "errors/403_csrf.html", 403)


def page_not_found(request, exception=None):
    return render_error(request, "errors/404.html", 404)


def server_error(request):
    """handler500. Django calls it while handling the exception, so the exception is known: a lost
    database, even one noticed by a middleware after the view, gets the 503 page."""
    if _database_gone(sys.exc_info()[1]):
        return unavailable(request)
    return render_error(request, "errors/500.html", 500)


def unavailable(request):
    """503, "try again in a moment", with Retry-After."""
    response = render_error(request, "errors/503.html", 503, retry_after=RETRY_AFTER_SECONDS)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
