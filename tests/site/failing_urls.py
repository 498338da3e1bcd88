"""The site's URLs, with pages that fail on purpose, for tests/site/test_errors.py."""

from django.core.exceptions import BadRequest, PermissionDenied
from django.urls import path

from selfhelp.urls import handler400, handler403, handler404, handler500, urlpatterns  # noqa: F401


def fail(request):
    raise RuntimeError("a bug")


def forbid(request):
    raise PermissionDenied


def refuse(request):
    raise BadRequest


urlpatterns = [
    *urlpatterns,
    path("fail/", fail),
    path("forbidden/", forbid),
    path("bad/", refuse),
]
