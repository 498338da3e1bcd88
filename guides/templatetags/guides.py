from django import template
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, override

from guides import rendering
from guides.models import column
from selfhelp import languages

register = template.Library()

ENGLISH = mark_safe(' lang="en" dir="ltr"')


class Shown:
    """A translated field as the reader sees it: their language's text, or the English standing in.

    `{{ shown }}` is the text (escaped as usual); `{{ shown.attrs }}` is ` lang="en" dir="ltr"` when the
    English stands in, for the element that holds it; `shown.english` says whether it does.
    """

    def __init__(self, text, english):
        self.text = text or ""
        self.english = english

    def __str__(self):
        return self.text

    def __bool__(self):
        return bool(self.text)

    @property
    def attrs(self):
        return ENGLISH if self.english else ""


@register.filter
def translated(obj, name):
    """A translated field in the reader's language, or its English standing in (marked as such)."""
    code = get_language() or languages.DEFAULT
    english = getattr(obj, column(name, languages.DEFAULT)) or ""
    if code == languages.DEFAULT:
        return Shown(english, False)
    text = getattr(obj, column(name, code), "") or ""
    return Shown(text, False) if text else Shown(english, bool(english))


@register.filter
def markdown(text):
    """A section's Markdown as HTML (raw HTML in the text is escaped)."""
    return rendering.render(str(text))


@register.simple_tag
def english_url(guide, fragment=""):
    """The address of a guide's English text: the authoritative version, linked from every translation."""
    with override(languages.DEFAULT):
        url = guide.get_absolute_url()
    return f"{url}#{fragment}" if fragment else url


@register.simple_tag
def english_glossary_url(term):
    with override(languages.DEFAULT):
        return reverse("guides:glossary_term", args=[term.key])
