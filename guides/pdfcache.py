"""PDFs of published content (guides, evidence pages, the glossary, blank worksheets), rendered once.

A PDF is laid out by WeasyPrint the first time it is asked for, in each language, and kept in the shared
cache (settings.CACHES["default"]: the database by default, Redis or Memcached when CACHE_URL says so)
under a key that names the versions of the content it shows (guides/versions.py). A repeated request is
answered from the cache; an edit in the admin or a new `load_guides` changes the version of what it
touched, so exactly those PDFs are laid out again.

Only content that is the same for everyone is cached here: never a PDF of a case.
"""

import copy

from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.http import content_disposition_header
from django.utils.translation import get_language

from guides import versions
from selfhelp.pdf import pdf_bytes

# A cached PDF stays while its version is current; a month without use lets an old one go.
TIMEOUT = 60 * 60 * 24 * 30


def anonymous(request):
    """The request as anyone would make it: no person's name, cases or messages reach a shared PDF."""
    if request is None:
        return None
    shared = copy.copy(request)
    shared.user = AnonymousUser()
    shared._messages = []
    return shared


def pdf_key(request, kind, scopes, *parts, language=None):
    host = request.build_absolute_uri("/") if request else "http://localhost/"
    language = language or get_language()
    return versions.key("pdf", kind, versions.current(*scopes), language, host, *parts)


def cached_pdf(request, kind, scopes, parts, render, language=None):
    """The PDF's bytes from the cache, or from `render()` (then kept for next time)."""
    key = pdf_key(request, kind, scopes, *parts, language=language)
    found = cache.get(key)
    if found is None:
        found = render()
        cache.set(key, found, TIMEOUT)
    return found


def content_pdf(request, kind, scopes, parts, template_name, context):
    """A published page's PDF, cached. `context` is a function, called only when the PDF is laid out."""
    shared = anonymous(request)
    return cached_pdf(request, kind, scopes, parts, lambda: pdf_bytes(template_name, context(), shared))


def pdf_response(content, filename):
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=filename)
    return response
