"""Readable with no signal: the web app manifest, the service worker, and what it may keep.

The service worker (``static/js/sw.js``, served from ``/sw.js`` so that it covers the whole site) keeps
only responses the server marks with an ``Offline`` header:

- ``Offline: public``: a page or PDF anyone may read (guides, the glossary, the calculator and its
  results, the evidence catalogue, the home page, "What changed"). Kept once read.
- ``Offline: case <key>``: a page of a case, only when the person ticked "keep my case on this phone"
  for that case on this device (the ``offline_cases`` cookie, which never leaves this phone's
  browser), kept in a cache of its own for the signed-in person (``<key>`` is a keyed hash of their
  account, never their id). When another person signs in, the worker drops the other's cache.
- anything else, or any page in no-trace mode: never kept.

Signing out, "leave and forget" and deleting a case send ``Clear-Site-Data: "cache", "storage"``,
which empties every cache the worker holds. The worker keeps at most 60 pages and 10 PDFs (about 6 MB
at the most: PDFs are up to 500 KB, pages 30 KB), dropping the oldest first.
"""

import hashlib
import hmac

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static

from selfhelp import safety
from selfhelp.cases.offline import kept_cases

# Pages anyone may read, by URL name: kept by the service worker once read.
PUBLIC = {
    "home",
    "privacy",
    "safety",
    "offline",
    "guides:list",
    "guides:detail",
    "guides:pdf",
    "guides:sources",
    "guides:changes",
    "guides:glossary",
    "guides:glossary_pdf",
    "guides:glossary_term",
    "deadlines:calculator",
    "deadlines:pdf",
    "deadlines:passed",
    "evidence:catalogue",
    "evidence:kind",
    "evidence:kind_pdf",
    "evidence:kind_sources",
}
# Pages of a case kept when the person chose it on this phone.
CASE = {"cases:home", "deadlines:case", "deadlines:case_pdf", "cases:checklists"}


def user_key(user) -> str:
    digest = hmac.new(settings.SECRET_KEY.encode(), f"offline:{user.pk}".encode(), hashlib.sha256)
    return digest.hexdigest()[:20]


class OfflineMarks:
    """Marks each GET response the service worker may keep (``Offline``), and says who is signed in
    (``Offline-User``: a keyed hash, or "none") so the worker can drop another person's pages."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method != "GET" or response.status_code != 200:
            return response
        user = getattr(request, "user", None)
        signed_in = bool(user and user.is_authenticated)
        response["Offline-User"] = user_key(user) if signed_in else "none"
        match = getattr(request, "resolver_match", None)
        name = match.view_name if match else None
        if safety.no_trace(request) or name is None:
            return response
        if name in PUBLIC:
            # Read while signed in, even a guide shows the person's menu: kept as theirs.
            response["Offline"] = f"case {user_key(user)}" if signed_in else "public"
        elif signed_in and name in CASE and match.kwargs.get("case_id") in kept_cases(request):
            response["Offline"] = f"case {user_key(user)}"
        return response


def service_worker(request):
    path = finders.find("js/sw.js")
    if path is None:
        raise Http404
    with open(path, encoding="utf-8") as script:
        response = HttpResponse(script.read(), content_type="text/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = "/"
    response["Cache-Control"] = "no-cache"
    return response


def manifest(request):
    """The web app manifest: the site can be added to the home screen and opens without the browser's bar."""
    icons = [
        {"src": static("img/icon.svg"), "sizes": "any", "type": "image/svg+xml"},
        {"src": static("img/icon-192.png"), "sizes": "192x192", "type": "image/png"},
        {"src": static("img/icon-512.png"), "sizes": "512x512", "type": "image/png"},
    ]
    body = {
        "name": settings.SITE_NAME,
        "short_name": settings.SITE_NAME,
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b3d62",
        "icons": icons,
    }
    response = JsonResponse(body)
    response["Content-Type"] = "application/manifest+json"
    return response


def offline(request):
    """What the service worker shows for a page it has not kept, when there is no connection."""
    return render(request, "offline.html")
