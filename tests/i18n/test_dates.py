"""Dates in every language: Gregorian, digits 0-9, the language's month names, the English month beside
where readers may use another calendar, 24-hour times, isolated in HTML."""

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import translation

from selfhelp.i18n.dates import ENGLISH_MONTH_BESIDE, day_html, format_day
from selfhelp.languages import LANGUAGES

CODES = [language.code for language in LANGUAGES]
DAY = date(2026, 3, 20)
AFTERNOON = datetime(2026, 3, 20, 16, 5, tzinfo=ZoneInfo("Europe/London"))


@pytest.mark.parametrize("code", CODES)
def test_a_date_is_written_with_the_digits_of_the_english_papers(code):
    text = format_day(DAY, code=code)

    assert re.findall(r"\d+", text) in (["20", "2026"], ["20", "3", "2026"])
    assert not re.search(r"[\u0660-\u0669\u06f0-\u06f9\u09e6-\u09ef\u1369-\u137c]", text)


@pytest.mark.parametrize("code", CODES)
def test_a_date_names_the_month_in_the_language_when_the_language_has_month_names(code):
    with translation.override(code):
        local_month = translation.gettext("March")
        text = format_day(DAY)

    if code == "vi":  # Vietnamese writes the month as a number: "20 tháng 3 năm 2026"
        assert text == "20 tháng 3 năm 2026"
    else:
        assert local_month in text


@pytest.mark.parametrize("code", sorted(ENGLISH_MONTH_BESIDE))
def test_where_readers_may_count_in_another_calendar_the_english_month_stands_beside_theirs(code):
    with translation.override(code):
        translated = translation.gettext("March") != "March"
        text = format_day(DAY)
        html = day_html(DAY)

    if translated:
        assert "(March)" in text
        assert '<span lang="en" dir="ltr">(March)</span>' in html
    else:  # an English month name already: nothing to add
        assert "(March)" not in text


def test_the_farsi_date_reads_day_persian_month_english_month_year():
    assert format_day(DAY, code="fa") == "20 مارس (March) 2026"
    assert format_day(DAY, "weekday", code="fa-af").endswith("20 مارچ (March) 2026")  # Dari: مارچ


def test_the_tigrinya_month_name_that_is_also_an_ethiopian_month_gets_the_english_beside_it():
    # Tigrinya's catalogue calls March መጋቢት, the name of the Ethiopian month that starts on 10 March.
    assert format_day(DAY, code="ti") == "20 መጋቢት (March) 2026"


@pytest.mark.parametrize("code", ["en", "fr", "ar", "ur"])
def test_other_languages_have_no_english_month_added(code):
    assert "(March)" not in format_day(DAY, code=code)


@pytest.mark.parametrize("code", ["am", "ti", "fa", "fa-af", "ps", "ur", "so", "om", "ku", "fr", "tr"])
def test_times_are_written_on_the_24_hour_clock(code, settings):
    with translation.override(code):
        assert "16:05" in format_day(AFTERNOON)


def test_a_date_in_html_is_isolated_for_right_to_left_text_and_escaped():
    with translation.override("ar"):
        html = day_html(DAY, "weekday")

    assert html.startswith("<bdi>") and html.endswith("</bdi>")
    assert "20 مارس، 2026" in html


def test_the_day_filter_is_there_in_every_template_and_ignores_what_is_not_a_date():
    template = Template('{{ day|day }} · {{ day|day:"day_month" }} · {{ nothing|day }}|{{ day|day_text }}')

    with translation.override("fr"):
        assert template.render(Context({"day": DAY, "nothing": ""})) == (
            "<bdi>20 mars 2026</bdi> · <bdi>20 mars</bdi> · |20 mars 2026"
        )
