import gettext
from functools import lru_cache

from django.conf import settings
from django.core.cache import caches
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, to_locale

from selfhelp import languages


@lru_cache
def has_catalogue(code):
    """Whether the site's own wording is translated into this language.

    Every language has a catalogue (Django needs one to accept the language in URLs), but only the
    translated ones hold more than their header.
    """
    if code == languages.DEFAULT:
        return True
    for path in settings.LOCALE_PATHS:
        try:
            catalogue = gettext.translation("django", str(path), [to_locale(code)])
        except OSError:
            continue
        if len(catalogue._catalog) > 1:  # the header is stored as the translation of ""
            return True
    return False


def interface_reviewed(code):
    """Whether a fluent speaker has checked the site's wording in this language (marked in the admin)."""
    from guides.models import InterfaceReview

    # Kept in each process's own memory for five minutes: asking the shared (database) cache would
    # cost the same query as asking the table.
    cache = caches["local"]
    key = f"interface-reviewed:{code}"
    reviewed = cache.get(key)
    if reviewed is None:
        reviewed = InterfaceReview.objects.filter(language=code).exists()
        cache.set(key, reviewed, 300)
    return reviewed


def site(request):
    """What base.html needs on every page: the site's name and the reader's language."""
    language = languages.get(get_language())
    if language.code == languages.DEFAULT:
        interface = "english"
    elif not has_catalogue(language.code):
        interface = "missing"
    else:
        interface = SimpleLazyObject(
            lambda: "reviewed" if interface_reviewed(language.code) else "unreviewed"
        )
    return {
        "site_name": settings.SITE_NAME,
        "language": language,
        "languages": languages.LANGUAGES,
        "interface_translation": interface,
    }
