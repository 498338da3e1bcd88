from django.db import connection
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse, translate_url
from django.utils.http import url_has_allowed_host_and_scheme

from guides import pagecache
from guides.models import Guide
from guides.pagecache import public_page
from selfhelp import languages
from selfhelp.i18n.status import language_status


@public_page(pagecache.lists)
def home(request):
    return render(request, "home.html", {"guides": Guide.objects.guides()})


def choose_language(request):
    """Every language the site offers, each a link to the page the reader came from, in that language.

    A page of its own rather than a menu on every page: the list of 17 names would add half a kilobyte
    to every page a phone loads, for a choice made once. It also says how complete each translation is,
    and how much of it a fluent speaker has checked.
    """
    back = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts=None) or not back.startswith("/"):
        back = reverse("home")
    path, _, query = back.partition("?")
    choices = [
        (
            language,
            translate_url(path, language.code) + (f"?{query}" if query else ""),
            None if language.code == languages.DEFAULT else language_status(language.code),
        )
        for language in languages.LANGUAGES
    ]
    return render(request, "language.html", {"choices": choices})


def privacy(request):
    return render(request, "privacy.html")


def health(request):
    """For a load balancer: the app answers and its database does."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")
