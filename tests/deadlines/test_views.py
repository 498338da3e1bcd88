"""The deadline calculator, its PDF and "a deadline has passed", as a person sees them.

Today is fixed at Tue 10 March 2026. The main example: a refusal dated Mon 2 March 2026, posted Tue
3 March, received Thu 5 March. Worked out by hand from the rules: the appeal must arrive by Tue 17 March
(14 days after posting), the safe date is Mon 16 March (14 days after the date on the letter), and appeal
rights end on Wed 18 March.
"""

import gzip
import html
import io
import re
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags
from pypdf import PdfReader

from selfhelp.deadlines import views

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\ssrc=)")

TODAY = date(2026, 3, 10)
CALCULATOR = "/en/deadlines/"
REFUSAL = {
    "decision": "refusal",
    "letter_date": "2026-03-02",
    "sent": "2026-03-03",
    "received": "2026-03-05",
    "departed": "",
    "nation": "england-and-wales",
}


@pytest.fixture(autouse=True)
def today(monkeypatch):
    monkeypatch.setattr(views, "today", lambda: TODAY)


def page(client, query=None, url=CALCULATOR):
    response = client.get(url, query or {})
    assert response.status_code == 200
    return response.content.decode()


def words(markup):
    """What a person reads: the text without tags, with single spaces."""
    return " ".join(html.unescape(strip_tags(markup)).split())


def section(markup, key):
    return re.search(rf'<section class="deadline [a-z]+" id="{key}".*?</section>', markup, re.S).group(0)


def errors(markup):
    summary = re.search(r'class="govuk-error-summary".*?</ul>', markup, re.S)
    return re.findall(r'<a href="#([^"]+)">([^<]+)</a>', summary.group(0)) if summary else []


# --- Step 1: the kind of decision ---------------------------------------------------------------------


def test_the_first_step_lists_every_kind_of_decision_as_a_plain_link(client, db):
    markup = page(client)

    links = re.findall(r'<a href="/en/deadlines/\?decision=([a-z-]+)">', markup)
    assert links == [
        "refusal",
        "certified",
        "out-of-country-appeal",
        "notice-of-intent",
        "inadmissible",
        "ftt-dismissed",
        "ftt-refused-permission",
        "support-refusal",
        "sar",
    ]
    assert "A letter that refuses your asylum claim and says you can appeal." in words(markup)
    assert "<form" not in markup


def test_the_first_step_says_nothing_is_saved_and_links_to_help_when_a_date_has_passed(client, db):
    markup = page(client)

    assert "We do not save what you type." in words(markup)
    assert f'href="{reverse("deadlines:passed")}"' in markup


def test_an_unknown_kind_of_decision_goes_back_to_the_list_with_a_message(client, db):
    markup = page(client, {"decision": "deportation"})

    assert "We do not know that kind of decision. Choose one from the list." in words(markup)
    assert "?decision=refusal" in markup


# --- Step 2: only the questions the decision needs ------------------------------------------------


def field_names(markup):
    return set(re.findall(r'<input type="(?:date|checkbox)" name="([a-z_]+)"', markup)) | set(
        re.findall(r'type="radio"\s+name="([a-z_]+)"', markup)
    )


@pytest.mark.parametrize(
    ("decision", "fields"),
    [
        ("refusal", {"letter_date", "sent", "received", "detained", "outside_uk", "departed", "nation"}),
        ("inadmissible", {"letter_date", "sent", "nation"}),
        ("notice-of-intent", {"letter_date", "sent", "received", "detained", "nation"}),
        ("ftt-refused-permission", {"letter_date", "sent", "outside_uk", "nation"}),
        ("sar", {"sent", "received"}),
    ],
)
def test_a_decision_asks_only_the_questions_it_needs(client, db, decision, fields):
    markup = page(client, {"decision": decision})

    assert field_names(markup) == fields
    assert f'<input type="hidden" name="decision" value="{decision}"' in markup
    assert 'method="get"' in markup
    assert "govuk-error-summary" not in markup  # nothing typed yet, so no complaints


def test_the_form_says_where_to_find_each_date(client, db):
    text = words(page(client, {"decision": "refusal"}))

    assert "The postmark is the date stamped on the envelope. Keep the envelope: it is your proof." in text
    assert "It is printed near the top of the first page." in text
    assert "Write this date on the envelope today" in text
    assert "How to find the postmark" in text


def test_a_subject_access_request_asks_about_the_request_not_a_letter(client, db):
    text = words(page(client, {"decision": "sar"}))

    assert "The date you sent your request" in text
    assert "The date the Home Office got your request" in text
    assert "The date on the letter" not in text


def test_the_decision_can_be_changed_without_losing_the_dates(client, db):
    markup = page(client, REFUSAL)

    change = re.search(r'<a href="([^"]+)">Choose a different decision</a>', markup).group(1)
    listing = page(client, url=html.unescape(change))
    certified = re.search(r'href="([^"]*decision=certified[^"]*)"', listing).group(1)
    assert "letter_date=2026-03-02" in certified
    assert "sent=2026-03-03" in certified

    result = page(client, url=html.unescape(certified))
    assert "The Home Office treats your appeal rights as ended" in words(result)


# --- The result ----------------------------------------------------------------------------------


def test_a_refusal_shows_the_appeal_date_days_left_and_the_safe_date(client, db):
    appeal = words(section(page(client, REFUSAL), "ftt-appeal"))

    assert "Appeal to the First-tier Tribunal" in appeal
    assert "Last day Tue 17 March 2026 7 days left" in appeal
    assert "Safe date to aim for Mon 16 March 2026" in appeal
    assert "The tribunal must receive your appeal by this date." in appeal
    assert "Aim for the tribunal to get it by 4pm on the day" in appeal


def test_each_deadline_shows_the_counting_what_is_uncertain_and_the_source(client, db):
    appeal = section(page(client, REFUSAL), "ftt-appeal")

    assert "<summary>How we counted</summary>" in appeal
    assert "The letter was sent on <bdi>Tue 3 March 2026</bdi>." in appeal
    assert "Day 14 after that is <bdi>Tue 17 March 2026</bdi>." in appeal
    assert re.search(r'<details class="uncertain"><summary>Not certain: \d things to know</summary>', appeal)
    assert "make sure the tribunal gets it by 4pm" in appeal
    assert (
        '<a href="https://www.legislation.gov.uk/uksi/2014/2604/article/19" lang="en" dir="ltr">'
        "Tribunal Procedure (First-tier Tribunal) (Immigration and Asylum Chamber) Rules 2014, rule 19(2)</a>"
    ) in appeal
    assert "(checked 6 December 2026)" in words(appeal)


def test_deadlines_are_listed_soonest_first(client, db):
    markup = page(client, REFUSAL)

    keys = re.findall(r'<section class="deadline [a-z]+" id="([a-z-]+)"', markup)
    assert keys == ["ftt-appeal", "appeal-rights-exhausted", "support-ends"]
    days = re.findall(r'<dt>Last day</dt>\s*<dd><time datetime="([\d-]+)"', markup)
    assert days == sorted(days)


def test_the_result_comes_after_the_form_and_the_form_jumps_to_it(client, db):
    markup = page(client, REFUSAL)

    assert markup.index("</form>") < markup.index('id="result"')
    assert 'action="/en/deadlines/#result"' in markup


def test_the_result_says_it_is_not_legal_advice_once_and_gives_the_notes(client, db):
    text = words(page(client, REFUSAL))

    assert text.count("not legal advice") == 2  # the result, and the footer of every page
    assert "This is not legal advice. Speak to a lawyer or adviser about your dates" in text
    assert "Further submissions (new evidence or reasons sent to the Home Office) have no deadline" in text


def test_a_notice_of_intent_notes_that_more_time_can_be_asked_for_early(client, db):
    text = words(page(client, {"decision": "notice-of-intent", "received": "2026-03-05"}))

    assert "Reply to the notice of intent" in text
    assert "If you need more time, ask the Home Office in writing, early" in text


def test_the_page_says_anyone_with_the_link_can_see_the_dates(client, db):
    text = words(page(client, REFUSAL))

    assert "Anyone with the link can see those dates. We do not save them." in text


def test_the_calculator_stores_nothing_and_sets_no_cookie(client, db):
    response = client.get(CALCULATOR, REFUSAL)

    assert response.cookies == {}
    assert "Set-Cookie" not in response.headers


def test_the_result_links_to_a_calendar_file_and_a_pdf_with_the_same_answers(client, db):
    markup = page(client, REFUSAL)

    answers = "decision=refusal&amp;letter_date=2026-03-02&amp;sent=2026-03-03&amp;received=2026-03-05"
    assert f'href="/en/deadlines/calendar.ics?{answers}&amp;nation=england-and-wales"' in markup
    assert f'href="/en/deadlines/pdf/?{answers}&amp;nation=england-and-wales"' in markup
    assert "reminders a week and 2 days before" in words(markup)


def test_on_the_last_day_the_page_says_today_is_the_last_day(client, db, monkeypatch):
    monkeypatch.setattr(views, "today", lambda: date(2026, 3, 17))

    appeal = words(section(page(client, REFUSAL), "ftt-appeal"))

    assert "Today is the last day" in appeal
    assert "The safe date has passed: act today" in appeal


def test_one_day_left_is_said_in_the_singular(client, db, monkeypatch):
    monkeypatch.setattr(views, "today", lambda: date(2026, 3, 16))

    assert "1 day left" in words(section(page(client, REFUSAL), "ftt-appeal"))


# --- A deadline has passed ---------------------------------------------------------------------------


def test_a_passed_appeal_deadline_says_how_long_ago_and_how_to_appeal_late(client, db, monkeypatch):
    monkeypatch.setattr(views, "today", lambda: date(2026, 3, 20))
    markup = page(client, REFUSAL)
    appeal = section(markup, "ftt-appeal")
    text = words(appeal)

    assert "A date has passed. Below it, we say what you can do now." in words(markup)
    assert "Passed 3 days ago" in text
    assert "You can still appeal late" in text
    assert 'asking for "an extension of time"' in text
    assert "Your reasons must cover the whole time" in text
    assert "Immigration and Asylum Chamber) Rules 2014, rule 20 (we could not check the exact words)" in text
    assert "BO and Others (Extension of time for appealing) Nigeria [2006] UKAIT 00035 (checked" in text
    guide = reverse("guides:detail", args=["appeal-rights"])
    assert f'href="{guide}#late-appeals"' in appeal
    assert "Aim for the tribunal to get it by 4pm" not in text


def test_a_passed_notice_of_intent_says_to_write_to_the_home_office_at_once(client, db, monkeypatch):
    monkeypatch.setattr(views, "today", lambda: date(2026, 3, 25))

    text = words(page(client, {"decision": "notice-of-intent", "received": "2026-03-05"}))

    assert "Write to the Home Office at once" in text
    assert "Send your reply now, or say when you will send it." in text


def test_a_late_judicial_review_needs_a_lawyer_today_and_cites_the_rule(client, db, monkeypatch):
    monkeypatch.setattr(views, "today", lambda: date(2026, 7, 1))

    text = words(page(client, {"decision": "inadmissible", "letter_date": "2026-03-02"}))

    assert "Judicial review after the time limit" in text
    assert "Tribunal Procedure (Upper Tribunal) Rules 2008, rule 28(7)" in text


def test_the_passed_page_explains_each_situation_with_its_sources(client, guides):
    markup = page(client, url=reverse("deadlines:passed"))
    text = words(markup)

    assert markup.count("<h1>") == 1
    for heading in (
        "You can still appeal late",
        "You can still ask the Upper Tribunal late",
        "Judicial review after the time limit",
        "Write to the Home Office at once",
        "If the Home Office has not answered",
    ):
        assert f"<h2>{heading}</h2>" in markup
    assert "Tribunal Procedure (Upper Tribunal) Rules 2008, rule 21(7)" in text
    assert "This is not legal advice." in text


def test_every_guide_the_late_help_links_to_exists_with_its_section(client, guides):
    markup = page(client, url=reverse("deadlines:passed"))

    for slug, section_key in re.findall(r'href="/en/guides/([a-z0-9-]+)/(?:#([a-z0-9-]+))?"', markup):
        guide = client.get(f"/en/guides/{slug}/")
        assert guide.status_code == 200, slug
        if section_key:
            assert f'id="{section_key}"' in guide.content.decode(), (slug, section_key)


# --- Bad input ---------------------------------------------------------------------------------------


def test_no_dates_at_all_gets_a_message_beside_the_sent_date_and_in_the_summary(client, db):
    markup = page(client, {**REFUSAL, "letter_date": "", "sent": "", "received": ""})

    message = "Give the date it was sent (postmark or email date), or the date on the letter."
    assert errors(markup) == [("id_sent", message)]
    assert re.search(
        rf'<span id="id_sent_1_error" class="govuk-error-message">.*?{re.escape(message)}', markup
    )
    assert 'id="result"' not in markup
    assert "<title>Error:" in markup


def test_a_letter_date_after_today_gets_a_message_and_everything_typed_is_kept(client, db):
    markup = page(client, {**REFUSAL, "letter_date": "2026-04-02", "detained": "on", "nation": "scotland"})

    assert errors(markup) == [
        ("id_letter_date", "This date is after today. Check the day, the month and the year.")
    ]
    assert 'name="letter_date" value="2026-04-02"' in markup
    assert 'name="sent" value="2026-03-03"' in markup
    assert 'name="received" value="2026-03-05"' in markup
    assert re.search(r'name="detained"[^>]*checked', markup)
    assert re.search(r'value="scotland"\s+checked', markup)


def test_dates_in_an_impossible_order_are_explained_beside_the_later_date(client, db):
    markup = page(client, {**REFUSAL, "sent": "2026-02-27"})

    assert errors(markup) == [
        ("id_sent", "The date it was sent cannot be before the date on the letter. Check both dates.")
    ]
    assert 'name="sent" value="2026-02-27"' in markup


def test_a_date_of_leaving_without_saying_you_are_outside_the_uk_is_flagged_on_that_date(client, db):
    markup = page(client, {**REFUSAL, "departed": "2026-03-06"})

    assert errors(markup) == [
        (
            "id_departed",
            "You gave a date you left the UK. Say that you are outside the UK, or remove the date.",
        )
    ]


def test_a_date_that_is_not_a_date_is_refused_and_kept(client, db):
    markup = page(client, {**REFUSAL, "sent": "31/02/2026"})

    assert errors(markup) == [("id_sent", "Enter a valid date.")]
    assert 'name="sent" value="31/02/2026"' in markup


def test_a_date_typed_the_british_way_is_understood(client, db):
    markup = page(client, {**REFUSAL, "sent": "03/03/2026"})

    assert "Tue 17 March 2026" in words(section(markup, "ftt-appeal"))


def test_messages_are_in_the_readers_language(client, db):
    # Django's own messages are translated into Arabic already; the site's catalogue comes later.
    markup = page(client, {**REFUSAL, "sent": "not a date"}, url="/ar/deadlines/")

    assert '<html lang="ar" dir="rtl"' in markup
    assert errors(markup) == [("id_sent", "أدخل تاريخاً صحيحاً.")]


# --- Language, weight and safety -------------------------------------------------------------------------


def test_an_arabic_result_gives_dates_in_arabic_isolated_inside_the_text(client, db):
    markup = page(client, REFUSAL, url="/ar/deadlines/")

    assert '<html lang="ar" dir="rtl"' in markup
    assert '<time datetime="2026-03-17"><bdi>ثلاثاء 17 مارس، 2026</bdi></time>' in markup
    assert "<bdi>ثلاثاء 3 مارس، 2026</bdi>" in markup


def test_the_result_page_weighs_less_than_14_kb_compressed_with_its_stylesheet(client, db):
    markup = client.get(CALCULATOR, {**REFUSAL, "detained": "on"}).content
    stylesheet = (Path(settings.BASE_DIR) / "static/css/site.css").read_bytes()

    assert not INLINE_SCRIPT.search(markup.decode())  # only scripts from files, which the CSP allows
    assert len(gzip.compress(markup)) + len(gzip.compress(stylesheet)) < 14 * 1024


def test_the_pages_have_no_inline_styles_or_scripts_and_one_heading_of_the_first_level(client, guides):
    for query in ({}, {"decision": "refusal"}, REFUSAL):
        markup = page(client, query)

        assert "style=" not in markup
        assert "<script>" not in markup
        assert markup.count("<h1>") == 1


# --- The PDF -----------------------------------------------------------------------------------------


def test_the_pdf_of_a_result_holds_the_answers_the_dates_and_the_counting(client, db):
    response = client.get(reverse("deadlines:pdf"), REFUSAL)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="deadlines-en.pdf"' in response["Content-Disposition"]
    text = " ".join(
        "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages).split()
    )
    assert "The date on the letter Mon 2 March 2026" in text
    assert "Tue 17 March 2026" in text
    assert "Day 14 after that is Tue 17 March 2026." in text  # the counting is open in print
    assert "Work out my dates" not in text  # no form in the PDF


def test_the_pdf_without_answers_leads_back_to_the_calculator(client, db):
    response = client.get(reverse("deadlines:pdf"), {"decision": "refusal"})

    assert response.status_code == 302
    assert response["Location"] == "/en/deadlines/?decision=refusal"


# --- Warnings: a remedy that leaving the UK, or a certificate, takes away ------------------------------


def warning_box(markup):
    found = re.search(r'<section class="notice warnings".*?</section>', markup, re.S)
    return found.group(0) if found else ""


def test_a_refusal_outside_the_uk_warns_first_that_leaving_ends_the_appeal(client, db):
    markup = page(client, {**REFUSAL, "outside_uk": "on", "departed": "2026-03-06"})
    box = warning_box(markup)
    assert "Read this first" in words(box)
    assert "Leaving the UK ends your appeal." in words(box)
    # The box comes before the dates, not among the doubts.
    assert markup.index(box) < markup.index('id="ftt-appeal"')
    assert "Fri 3 April 2026" not in words(markup)  # never 6 March + 28
    assert "Tue 17 March 2026" in words(section(markup, "ftt-appeal"))


def test_a_refusal_in_the_uk_has_no_warning_box(client, db):
    assert warning_box(page(client, REFUSAL)) == ""


def test_a_certified_claim_outside_the_uk_shows_no_appeal_and_says_why(client, db):
    markup = page(
        client,
        {
            "decision": "certified",
            "letter_date": "2026-03-02",
            "outside_uk": "on",
            "departed": "2026-03-06",
            "nation": "england-and-wales",
        },
    )
    assert 'id="ftt-appeal"' not in markup
    assert "You have no appeal, from inside or outside the UK." in words(warning_box(markup))
    assert 'id="judicial-review"' in markup


def test_an_out_of_country_appeal_asks_first_for_the_day_you_left_and_counts_from_it(client, db):
    form = page(client, {"decision": "out-of-country-appeal"})
    names = re.findall(r'name="([a-z_]+)"', form)
    assert names.index("departed") < names.index("letter_date")
    assert 'name="outside_uk"' not in form
    markup = page(client, {"decision": "out-of-country-appeal", "departed": "2026-03-02"})
    appeal = section(markup, "ftt-appeal")
    assert "You left the UK on <bdi>Mon 2 March 2026</bdi>." in appeal
    assert "Mon 30 March 2026" in words(appeal)
    assert "within 28 days after the day you left the UK" in words(warning_box(markup))


def test_an_out_of_country_appeal_without_the_day_you_left_says_so_beside_that_field(client):
    markup = page(client, {"decision": "out-of-country-appeal", "letter_date": "2026-03-02"})
    [(field, message)] = errors(markup)
    assert field == "id_departed"
    assert "the 28 days to appeal start on that day" in message


def test_the_counting_steps_show_their_english_beside_them_until_the_language_is_reviewed(client, db):
    from django.core.cache import caches

    from guides.models import InterfaceReview

    markup = page(client, REFUSAL, url="/ar/deadlines/")

    assert '<details class="english"><summary' in markup
    assert '<p lang="en" dir="ltr">The letter was sent on <bdi>Tue 3 March 2026</bdi>.</p>' in markup

    InterfaceReview.objects.create(language="ar", reviewed_on="2026-12-01")
    caches["local"].clear()

    assert '<details class="english">' not in page(client, REFUSAL, url="/ar/deadlines/")


def test_an_english_page_has_no_english_beside_its_steps(client, db):
    assert '<details class="english">' not in page(client, REFUSAL)


def test_the_late_appeal_help_shows_its_english_beside_it(client, db):
    with translation.override("en"):  # the request leaves French active: give English back after it
        markup = page(client, url="/fr/deadlines/passed/")

    assert '<details class="english"><summary' in markup
    assert '<p lang="en" dir="ltr">You can still send your appeal.' in markup
