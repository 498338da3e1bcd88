"""Dates and times as every page and PDF shows them: one helper, in the reader's language.

Decisions (guides/content/LANGUAGES.md):

- Every date is a Gregorian date written with the digits 0-9, in every language: the person matches it
  against the date on English papers (a refusal letter, an envelope, a tribunal notice).
- The month is named in the reader's language (the catalogue's month names, or Django's), in the order
  the language writes dates (selfhelp/formats/<locale>/formats.py, else Django's own formats).
- Amharic and Tigrinya readers may count in the Ethiopian calendar, Farsi and Dari readers in the Solar
  Hijri calendar: a Gregorian month name in their language could be taken for one of theirs. For them the
  English month stands beside it: "20 <month> (March) 2026". Their times are 24-hour (16:00), never the
  Ethiopian clock.
- In HTML a date is isolated (<bdi>), so it keeps its order inside right-to-left text, and the English
  month inside it is marked English.
"""

from datetime import date, datetime

from django.utils import dateformat, timezone
from django.utils.formats import get_format, iter_format_modules
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, override

from selfhelp.i18n.standins import strip

#: The languages whose readers may use another calendar: the English month goes beside their own.
ENGLISH_MONTH_BESIDE = {"am", "ti", "fa", "fa-af"}
ENGLISH_MONTHS = [date(2026, month, 1).strftime("%B") for month in range(1, 13)]  # C locale: English
STYLES = {
    "long": "DATE_FORMAT",  # 20 March 2026
    "weekday": "WEEKDAY_DATE_FORMAT",  # Fri 20 March 2026
    "day_month": "MONTH_DAY_FORMAT",  # 20 March
    "short": "j M Y",  # 20 Mar 2026 (English lists of sources)
}
_BESIDE = "\ue010"  # where the English month goes, while formatting


def _format(style, code):
    name = STYLES.get(style, style)
    if name == "WEEKDAY_DATE_FORMAT":
        for module in iter_format_modules(code):
            if hasattr(module, name):
                return getattr(module, name)
        return "D " + get_format("DATE_FORMAT", code)
    return get_format(name, code) if name.isupper() else name


def _with_beside(fmt):
    """The format with a mark after each month name (F, E), where the English month will go."""
    out, escaped = [], False
    for character in fmt:
        out.append(character)
        if escaped:
            escaped = False
        elif character == "\\":
            escaped = True
        elif character in "FE":
            out.append(_BESIDE)
    return "".join(out)


def _parts(value, style, code):
    """(text with the mark, English month or None): the date formatted in the language."""
    if code and code != get_language():
        with override(code):
            return _parts(value, style, code)
    code = code or get_language() or "en"
    if isinstance(value, datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        fmt = f"{_format(style, code)} {get_format('TIME_FORMAT', code)}"
    else:
        fmt = _format(style, code)
    english = ENGLISH_MONTHS[value.month - 1]
    beside = code in ENGLISH_MONTH_BESIDE and strip(dateformat.format(value, "F")) != english
    text = dateformat.format(value, _with_beside(fmt) if beside else fmt)
    return text, english if beside else None


def format_day(value, style="long", code=None):
    """A date (or date and time) as plain text in the language: "20 March 2026", "20 <month> (March) 2026"."""
    if not isinstance(value, date):
        return ""
    text, english = _parts(value, style, code)
    return text.replace(_BESIDE, f" ({english})" if english else "")


def day_html(value, style="long", code=None):
    """A date as HTML, isolated for right-to-left text, with the English month (if any) marked English."""
    if not isinstance(value, date):
        return ""
    text, english = _parts(value, style, code)
    beside = f' <span lang="en" dir="ltr">({english})</span>' if english else ""
    return mark_safe(f"<bdi>{escape(text).replace(_BESIDE, beside)}</bdi>")  # noqa: S308 (escaped)
