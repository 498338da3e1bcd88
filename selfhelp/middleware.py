"""Two rules every response follows, whatever view made it.

- :class:`PrivateResponses`: a response that can hold a person's data is never kept by the browser or
  anything between (``Cache-Control: no-store, private``), so that on a shared phone Back after
  signing out shows nothing, and no proxy keeps a copy. That is every response to a signed-in person
  (their cases, PDFs, calendar files, "download everything"), every answer to a form sent by POST (the
  letter read on the public page, a file request's letter), and every page whose address carries
  answers (the deadline calculator's dates travel in the query string). Public pages read without any
  of these stay cacheable.
- :class:`DatabaseOutage`: when the database connection is lost while a view runs, a read (GET, HEAD)
  is tried once more on a fresh connection; if that fails too, or the request was a write, the person
  gets the 503 page with ``Retry-After`` (selfhelp.errors.unavailable) instead of a failure.
"""

import contextlib

from django.db import DatabaseError, connections
from django.utils.cache import add_never_cache_headers

from selfhelp import errors

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


def signed_in(request) -> bool:
    """Whether the request comes from a signed-in person. Finding out reads the session; if the
    database cannot answer, the response is treated as private."""
    user = getattr(request, "user", None)
    if user is None:
        return False
    try:
        return user.is_authenticated
    except DatabaseError:
        return True


def is_private(request) -> bool:
    return request.method not in SAFE_METHODS or bool(request.GET) or signed_in(request)


class PrivateResponses:
    """Sets ``Cache-Control: max-age=0, no-cache, no-store, must-revalidate, private`` (Django's
    ``never_cache``) on every response that can hold a person's data (see the module's docstring).
    Placed after AuthenticationMiddleware, which it needs to know who is signed in."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_private(request):
            add_never_cache_headers(response)
        return response


class DatabaseOutage:
    """A view that loses the database: a read is retried once on a fresh connection, else 503."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, errors.DATABASE_GONE):
            return None
        match = request.resolver_match
        if request.method in SAFE_METHODS and match is not None and not getattr(request, "_retried", False):
            request._retried = True
            _reconnect()
            try:
                response = match.func(request, *match.args, **match.kwargs)
                if callable(getattr(response, "render", None)) and not response.is_rendered:
                    response = response.render()
                return response
            except errors.DATABASE_GONE:
                pass
        return errors.unavailable(request)


def _reconnect():
    """Close every connection that is not inside a transaction: the next query opens a fresh one."""
    for connection in connections.all(initialized_only=True):
        if connection.in_atomic_block:
            continue
        with contextlib.suppress(DatabaseError):
            connection.close()
