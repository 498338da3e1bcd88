from django.conf import settings
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from selfhelp import languages, safety
from selfhelp.i18n import status


def site(request):
    """What base.html needs on every page: the site's name and the reader's language.

    `interface_translation` is "english", "missing" (no message translated), "partial" (English stands
    in for some messages, marked as English), "unreviewed" or "reviewed".
    """
    language = languages.get(get_language())
    return {
        "site_name": settings.SITE_NAME,
        "language": language,
        "languages": languages.LANGUAGES,
        "interface_translation": SimpleLazyObject(lambda: status.interface_state(language.code)),
        # Legal sentences show their English beside them until the language's wording is reviewed.
        "english_beside": SimpleLazyObject(lambda: status.english_beside(language.code)),
        # Safe on a shared phone (selfhelp/safety.py).
        "no_trace": safety.no_trace(request),
        "neutral_url": safety.NEUTRAL_URL,
        "session_ends": _session_ends(request),
    }


def _session_ends(request):
    """When a signed-in person is signed out if they do nothing (None for a long "keep me signed in")."""
    user = getattr(request, "user", None)
    session = getattr(request, "session", None)  # none on a request made outside the middleware
    if user is None or session is None or not user.is_authenticated or session.get_expire_at_browser_close():
        return None
    age = session.get_expiry_age()
    return session.get_expiry_date() if age <= settings.SESSION_COOKIE_AGE else None
