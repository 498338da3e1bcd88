"""Filters every template has (a builtin library, see settings.TEMPLATES): dates in the reader's language."""

from django import template

from selfhelp.i18n import dates

register = template.Library()


@register.filter
def day(value, style="long"):
    """A date as HTML in the reader's language, isolated for right-to-left text.

    Styles: "long" (20 March 2026), "weekday" (Fri 20 March 2026), "day_month" (20 March), "short"
    (20 Mar 2026). A datetime gets its time too, in the language's form (24-hour where it matters).
    """
    return dates.day_html(value, style)


@register.filter
def day_text(value, style="long"):
    """The same date as plain text (for attributes and text files)."""
    return dates.format_day(value, style)


def _details(english):
    from django.utils.html import format_html
    from django.utils.translation import gettext

    return format_html(
        '<details class="english"><summary>{}</summary><p lang="en" dir="ltr">{}</p></details>',
        gettext("In English"),
        english,
    )


@register.filter
def in_english(english):
    """A small "In English" box with the English of a legal sentence, when there is one to show and the
    language's wording is not yet reviewed."""
    from django.utils.translation import get_language

    from selfhelp.i18n.status import english_beside

    return _details(english) if english and english_beside(get_language()) else ""


@register.filter
def english_of(text):
    """The same box for a translatable text (a lazy translation): its English, beside the translation,
    until a fluent speaker has reviewed the language's wording."""
    from django.utils.translation import get_language, override

    from selfhelp.i18n.standins import strip
    from selfhelp.i18n.status import english_beside

    if not english_beside(get_language()):
        return ""
    with override("en"):
        english = str(text)
    return "" if strip(str(text)) == english else _details(english)


@register.filter
def standin(text):
    """Text translated before the page was rendered (in a view), marked as English when it is the
    English of a message the reader's language has no translation of yet."""
    from django.utils.html import format_html
    from django.utils.translation import get_language

    from selfhelp.i18n import standins, status

    code = get_language()
    value = str(text)
    if code and code != "en" and value in status.msgids(code) and standins.missing(value):
        return format_html('<span lang="en" dir="ltr">{}</span>', value)
    return text
