from django import template
from django.urls import reverse
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, override

from guides import rendering
from guides.models import column
from selfhelp import languages
from selfhelp.i18n import latin

register = template.Library()

ENGLISH = mark_safe(' lang="en" dir="ltr"')


class Shown:
    """A translated field as the reader sees it: their language's text, or the English standing in.

    `{{ shown }}` is the text (escaped as usual); `{{ shown.attrs }}` is ` lang="en" dir="ltr"` when the
    English stands in, for the element that holds it; `shown.english` says whether it does. In a language
    written in another script, the English a translation keeps on purpose ("(Home Office)") is marked as
    English (selfhelp/i18n/latin.py).
    """

    def __init__(self, text, english, mark_english=False):
        self.text = text or ""
        self.english = english
        self.mark_english = mark_english and not english

    def __str__(self):
        # Django's templates print str(value): the marked HTML, safe, or the text, escaped as usual.
        return mark_safe(latin.mark(self.text)) if self.mark_english else self.text  # noqa: S308 (escaped)

    def __html__(self):
        return conditional_escape(str(self))

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
    return Shown(text, False, latin.marks_english(code)) if text else Shown(english, bool(english))


@register.filter
def english_marked(text):
    """A content text shown without `translated`: in a language written in another script, the English it
    keeps on purpose ("(Home Office)") marked as English."""
    if text and latin.marks_english(get_language()):
        return mark_safe(latin.mark(str(text)))  # noqa: S308 (latin.mark escapes the text)
    return text


@register.filter
def markdown(text):
    """A section's Markdown as HTML (raw HTML in the text is escaped)."""
    return rendering.render(text.text if isinstance(text, Shown) else str(text))


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
