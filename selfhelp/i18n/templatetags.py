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
