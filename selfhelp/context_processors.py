from django.conf import settings
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from selfhelp import languages
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
    }
