"""Public pages (guides, evidence pages, the glossary, the home page) served from the shared cache.

A page is cached per address, language and version of the content it shows (guides/versions.py), and
only when it is the same for everyone:

- the request is a GET (or HEAD) with no query string and no cookie but the CSRF one (so nobody signed
  in, no messages or answers kept, no no-trace mode);
- the response is a plain 200 that sets no cookie, whose making stored nothing in the session, did not
  ask for a CSRF token (a form that posts) and did not use the CSP nonce.

Anything else is made as usual and not kept. A page kept is served again without touching the content
tables; an edit to the content changes its version, and the page is made afresh.
"""

from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.functional import empty
from django.utils.translation import get_language

from guides import versions

TIMEOUT = 60 * 60 * 24
KEPT_HEADERS = ("Content-Type", "Content-Language")


def public_page(scopes):
    """Serve the view from the cache when the page is the same for everyone. `scopes(**kwargs)` names
    the content versions the page shows."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not shareable_request(request):
                return view(request, *args, **kwargs)
            key = versions.key(
                "page",
                versions.current(*scopes(**kwargs)),
                get_language(),
                request.get_host(),
                request.path,
            )
            found = cache.get(key)
            if found is not None:
                response = HttpResponse(found["content"])
                for name, value in found["headers"].items():
                    response[name] = value
                return response
            response = view(request, *args, **kwargs)
            if shareable_response(request, response):
                headers = {name: response[name] for name in KEPT_HEADERS if response.has_header(name)}
                cache.set(key, {"content": response.content, "headers": headers}, TIMEOUT)
            return response

        return wrapped

    return decorator


def shareable_request(request):
    return (
        request.method in {"GET", "HEAD"}
        and not request.META.get("QUERY_STRING")
        # Any cookie but the CSRF one may shape the page (a session, messages, no-trace mode:
        # selfhelp/safety.py), so a request carrying one is made for that person alone.
        and set(request.COOKIES) <= {settings.CSRF_COOKIE_NAME}
    )


def shareable_response(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if hasattr(response, "render") and not response.is_rendered:
        response.render()
    # Reading the (empty) session is harmless: it only tells the page that nobody is signed in.
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or b"csrfmiddlewaretoken" in response.content:
        return False
    nonce = getattr(request, "_csp_nonce", None)
    return nonce is None or getattr(nonce, "_wrapped", empty) is empty


def lists(**kwargs):
    return [versions.LISTS]


def guide(slug, **kwargs):
    return [versions.guide(slug)]


def glossary(**kwargs):
    return [versions.GLOSSARY]


def glossary_term(**kwargs):
    return [versions.GLOSSARY, versions.LISTS]
