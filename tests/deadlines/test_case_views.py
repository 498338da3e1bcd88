"""A case's deadlines page and the dates a person adds to it, as a person sees them.

Today is fixed at Tue 24 November 2026. The case (tests/conftest.py) is a refusal dated Tue 10
November 2026, sent Thu 12 November, received Sat 14 November. Worked out by hand from the rules: the
appeal must reach the tribunal by Thu 26 November (14 days after sending; safe date Tue 24 November,
14 days after the date on the letter), appeal rights end on Fri 27 November, and asylum support can
stop at the end of Fri 4 December.
"""

import gzip
import html
import io
import re
import zipfile
from datetime import date, time
from pathlib import Path

import pytest
from django.conf import settings
from django.utils.html import strip_tags
from pypdf import PdfReader

from selfhelp.cases.models import Case, Event, Membership
from selfhelp.deadlines import views
from selfhelp.deadlines.models import OwnDate

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\ssrc=)")

TODAY = date(2026, 11, 24)
PAYLOAD = '<script>alert("x")</script><b onmouseover="y()">bold</b>'


@pytest.fixture(autouse=True)
def today(monkeypatch):
    monkeypatch.setattr(views, "today", lambda: TODAY)


def url(case, rest=""):
    return f"/en/cases/{case.public_id}/deadlines/{rest}"


def page(client, address):
    response = client.get(address)
    assert response.status_code == 200
    return response.content.decode()


def words(markup):
    """What a person reads: the text without tags, with single spaces."""
    return " ".join(html.unescape(strip_tags(markup)).split())


def sections(markup):
    """The id of each date on the page, in order."""
    return re.findall(r'<section class="deadline [a-z ]+" id="([a-z0-9-]+)"', markup)


def section(markup, key):
    return re.search(rf'<section class="deadline [a-z ]+" id="{key}".*?</section>', markup, re.S).group(0)


def add(case, **fields):
    return case.own_dates.create(**{"kind": "hearing", "date": date(2026, 11, 25), **fields})


# --- The page --------------------------------------------------------------------------------------


def test_the_deadlines_are_counted_from_the_cases_facts_soonest_first(signed_in, case):
    markup = page(signed_in, url(case))

    assert sections(markup) == ["ftt-appeal", "appeal-rights-exhausted", "support-ends"]
    appeal = section(markup, "ftt-appeal")
    assert '<time datetime="2026-11-26"><bdi>Thu 26 November 2026</bdi></time>' in appeal
    assert "2 days left" in words(appeal)
    assert "Safe date to aim for Tue 24 November 2026" in words(appeal)
    assert "Counted on Tue 24 November 2026." in words(markup)
    assert words(markup).count("This is not legal advice.") == 1


def test_own_dates_are_merged_with_the_deadlines_soonest_first(signed_in, case):
    hearing = add(case, title="Hearing at Taylor House", date=date(2026, 11, 25))
    reporting = add(case, kind="reporting", date=date(2026, 12, 1), time=time(10, 0))
    same_day = add(case, kind="direction", title="Send the bundle", date=date(2026, 11, 26))

    markup = page(signed_in, url(case))

    assert sections(markup) == [
        hearing.key,
        "ftt-appeal",
        same_day.key,  # on the same day, the deadline comes first
        "appeal-rights-exhausted",
        reporting.key,
        "support-ends",
    ]
    text = words(section(markup, reporting.key))
    assert "Reporting to the Home Office" in text
    assert "Tue 1 December 2026, 10:00" in text
    assert "7 days left" in text
    assert '<time datetime="2026-12-01T10:00">' in markup
    assert "A date you added · A date the tribunal set (a direction)" in words(section(markup, same_day.key))


def test_a_passed_deadline_says_how_long_ago_and_what_to_do_now(signed_in, case, monkeypatch):
    monkeypatch.setattr(views, "today", lambda: date(2026, 11, 30))

    markup = page(signed_in, url(case))

    appeal = words(section(markup, "ftt-appeal"))
    assert "Passed 4 days ago" in appeal
    assert "You can still appeal late" in appeal
    assert 'This is called asking for "an extension of time".' in appeal
    assert "A date has passed. Below it, we say what you can do now." in words(markup)
    # Still soonest first: what has passed comes before what has not.
    assert sections(markup) == ["ftt-appeal", "appeal-rights-exhausted", "support-ends"]


def test_a_passed_own_date_says_so_without_late_help(signed_in, case):
    reporting = add(case, kind="reporting", date=date(2026, 11, 20))

    text = words(section(page(signed_in, url(case)), reporting.key))

    assert "Passed 4 days ago" in text
    assert "late" not in text


def test_missing_facts_say_which_date_to_add_and_link_to_the_cases_form(signed_in, case):
    Case.objects.filter(pk=case.pk).update(letter_date=None, sent=None, received=None)
    hearing = add(case)

    markup = page(signed_in, url(case))

    assert (
        "We cannot count your deadlines yet. Give the date it was sent (postmark or email date), "
        "or the date on the letter." in words(markup)
    )
    assert f'<a href="/en/cases/{case.public_id}/edit/#id_sent">Add the dates to the case</a>' in markup
    assert sections(markup) == [hearing.key]


def test_a_kind_of_decision_without_rules_asks_for_the_persons_own_dates(signed_in, case):
    Case.objects.filter(pk=case.pk).update(decision="other")

    markup = page(signed_in, url(case))

    assert "We do not count deadlines for this kind of decision." in words(markup)
    assert "There are no dates on this case yet." in words(markup)
    assert "calendar.ics" not in markup


def test_the_page_links_to_its_calendar_file_its_pdf_and_adding_a_date(signed_in, case):
    markup = page(signed_in, url(case))

    assert f'href="/en/cases/{case.public_id}/deadlines/calendar.ics"' in markup
    assert f'href="/en/cases/{case.public_id}/deadlines/pdf/"' in markup
    assert f'href="/en/cases/{case.public_id}/deadlines/dates/new/"' in markup
    assert f'href="/en/cases/{case.public_id}/"' in markup  # back to the case


def test_the_case_home_page_links_to_the_deadlines(signed_in, case, guides):
    markup = page(signed_in, f"/en/cases/{case.public_id}/")

    assert f'<a href="/en/cases/{case.public_id}/deadlines/">Deadlines and your own dates</a>' in markup


def test_a_supporter_sees_the_same_dates(client, case, make_user):
    supporter = make_user("supporter")
    Membership.objects.create(case=case, user=supporter, role=Membership.Role.SUPPORTER)
    hearing = add(case)
    client.force_login(supporter)

    assert sections(page(client, url(case)))[0] == hearing.key


def test_the_page_weighs_less_than_14_kb_compressed_with_its_stylesheet(signed_in, case):
    for day in range(3):
        add(case, title="Hearing at Taylor House", date=date(2026, 12, 1 + day), note="Bring the bundle.")
    markup = signed_in.get(url(case)).content
    stylesheet = (Path(settings.BASE_DIR) / "static/css/site.css").read_bytes()

    assert len(gzip.compress(markup)) + len(gzip.compress(stylesheet)) < 14 * 1024


@pytest.mark.parametrize("rest", ["", "dates/new/"])
def test_the_pages_have_no_inline_styles_or_scripts_and_one_heading_of_the_first_level(signed_in, case, rest):
    add(case)
    markup = page(signed_in, url(case, rest))

    assert " style=" not in markup
    assert not INLINE_SCRIPT.search(markup)  # only scripts from files, which the CSP allows
    assert markup.count("<h1") == 1


def test_an_arabic_page_is_right_to_left_with_its_dates_isolated(signed_in, case):
    markup = page(signed_in, f"/ar/cases/{case.public_id}/deadlines/")

    assert '<html lang="ar" dir="rtl"' in markup
    assert '<time datetime="2026-11-26"><bdi>خميس 26 نوفمبر، 2026</bdi></time>' in markup
    assert "<bdi>ثلاثاء 24 نوفمبر، 2026</bdi>" in markup


def test_the_pdf_holds_the_deadlines_the_own_dates_and_the_counting(signed_in, case):
    add(case, title="Hearing at Taylor House", note="Room 3")

    response = signed_in.get(url(case, "pdf/"))

    assert response["Content-Type"] == "application/pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    text = " ".join(text.split())
    assert "Hearing at Taylor House" in text
    assert "Room 3" in text
    assert "Appeal to the First-tier Tribunal" in text
    assert "Day 14 after that is Thu 26 November 2026." in text  # the counting is open in print
    assert "Change or delete" not in text


# --- Adding, changing and deleting an own date ------------------------------------------------------

GOOD = {
    "kind": "hearing",
    "title": "Hearing at Taylor House",
    "date": "2026-12-01",
    "time": "10:00",
    "note": "",
}


def test_adding_a_date_saves_it_on_the_case_records_it_and_lists_it(signed_in, case, user):
    response = signed_in.post(url(case, "dates/new/"), GOOD, follow=True)

    own = case.own_dates.get()
    assert (own.kind, own.title, own.date, own.time) == (
        "hearing",
        "Hearing at Taylor House",
        date(2026, 12, 1),
        time(10),
    )
    assert response.redirect_chain == [(url(case), 302)]
    text = words(response.content.decode())
    assert "Added: Hearing at Taylor House, Tue 1 December 2026." in text
    assert own.key in sections(response.content.decode())
    event = Event.objects.get(case=case, message__contains="added a date")
    assert (event.user, event.values) == (user, {"title": "Hearing at Taylor House", "date": "2026-12-01"})
    history = words(page(signed_in, f"/en/cases/{case.public_id}/history/"))
    assert "You added a date: “Hearing at Taylor House”, 2026-12-01" in history


def test_the_form_asks_what_kind_of_date_and_explains_each_field(signed_in, case):
    text = words(page(signed_in, url(case, "dates/new/")))

    for words_ in (
        "What kind of date",
        "A hearing",
        "Reporting to the Home Office",
        "A date the tribunal set (a direction)",
        "The time (optional) UK time.",
        "Only you and your supporters see it.",
    ):
        assert words_ in text


def test_a_date_without_a_title_is_named_by_its_kind(signed_in, case):
    signed_in.post(url(case, "dates/new/"), {**GOOD, "kind": "reporting", "title": ""})

    assert "Reporting to the Home Office" in sections_text(page(signed_in, url(case)))


def sections_text(markup):
    return words(" ".join(re.findall(r"<h3[^>]*>.*?</h3>", markup, re.S)))


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"date": ""}, "date", "Give the date. It is on the letter or the notice that gave it to you."),
        ({"date": "32/13/2026"}, "date", "This is not a date we can read. Write it like 1/12/2026."),
        ({"date": "1/12/1926"}, "date", "Check the year. Write the date like 1/12/2026."),
        ({"time": "half past ten"}, "time", "This is not a time we can read. Write it like 10:00 or 14:30."),
    ],
)
def test_a_mistake_is_explained_beside_its_field_and_everything_typed_is_kept(
    signed_in, case, changes, field, message
):
    typed = {**GOOD, "note": "Bring the letter", **changes}

    response = signed_in.post(url(case, "dates/new/"), typed)

    assert response.status_code == 200
    markup = response.content.decode()
    assert message in words(markup)
    assert f'<a href="#id_{field}">' in markup  # the summary of mistakes leads to the field
    assert f'id="id_{field}_1_error"' in markup  # and the message sits beside it
    assert 'value="Hearing at Taylor House"' in markup
    assert re.search(r">\s*Bring the letter</textarea>", markup)
    assert f'value="{typed[field]}"' in markup or not typed[field]
    assert "<title>Error:" in markup
    assert not case.own_dates.exists()


def test_a_british_date_and_a_time_with_a_dot_are_understood(signed_in, case):
    signed_in.post(url(case, "dates/new/"), {**GOOD, "date": "1/12/2026", "time": "14.30"})

    assert (case.own_dates.get().date, case.own_dates.get().time) == (date(2026, 12, 1), time(14, 30))


def test_changing_a_date_keeps_what_was_typed_and_records_it(signed_in, case):
    own = add(case, title="Hearing", time=time(10))

    form = page(signed_in, url(case, f"dates/{own.pk}/"))
    assert 'value="Hearing"' in form
    assert 'value="2026-11-25"' in form
    assert 'value="10:00"' in form

    response = signed_in.post(
        url(case, f"dates/{own.pk}/"), {**GOOD, "title": "Hearing (moved)", "date": "2026-12-03"}
    )

    assert response["Location"] == url(case)
    own.refresh_from_db()
    assert (own.title, own.date) == ("Hearing (moved)", date(2026, 12, 3))
    assert Event.objects.filter(case=case, message__contains="changed a date").count() == 1


def test_saving_a_date_unchanged_records_nothing(signed_in, case):
    own = add(case, title="Hearing at Taylor House", date=date(2026, 12, 1), time=time(10))

    signed_in.post(url(case, f"dates/{own.pk}/"), GOOD)

    assert not Event.objects.filter(case=case, message__contains="a date").exists()


def test_deleting_a_date_asks_first_then_deletes_it_and_records_it(signed_in, case):
    own = add(case, title="Hearing")

    confirm = words(page(signed_in, url(case, f"dates/{own.pk}/delete/")))
    assert "Delete this date? Hearing, Wed 25 November 2026" in confirm
    assert case.own_dates.exists()

    response = signed_in.post(url(case, f"dates/{own.pk}/delete/"))

    assert response["Location"] == url(case)
    assert not case.own_dates.exists()
    assert Event.objects.filter(case=case, message__contains="deleted a date").get().values == {
        "title": "Hearing",
        "date": "2026-11-25",
    }


def test_another_cases_date_cannot_be_reached_through_this_case(signed_in, case, user):
    other = Case.objects.create(name="Another of mine", decision="refusal")
    Membership.objects.create(case=other, user=user, role=Membership.Role.OWNER)
    elsewhere = add(other, title="Elsewhere")

    for rest in (f"dates/{elsewhere.pk}/", f"dates/{elsewhere.pk}/delete/"):
        assert signed_in.get(url(case, rest)).status_code == 404
        assert signed_in.post(url(case, rest), GOOD).status_code == 404
    assert OwnDate.objects.get(pk=elsewhere.pk).title == "Elsewhere"


# --- What a person typed stays text -----------------------------------------------------------------


def test_typed_text_is_escaped_on_the_page_and_in_the_history(signed_in, case):
    signed_in.post(url(case, "dates/new/"), {**GOOD, "title": PAYLOAD, "note": PAYLOAD})

    for address in (
        url(case),
        f"/en/cases/{case.public_id}/history/",
        url(case, f"dates/{case.own_dates.get().pk}/"),
    ):
        markup = page(signed_in, address)
        assert "<script>alert" not in markup
        assert "<b onmouseover" not in markup
        assert "&lt;script&gt;alert(" in markup


def test_typed_text_is_text_in_the_pdf(signed_in, case):
    add(case, title=PAYLOAD, note=PAYLOAD)

    response = signed_in.get(url(case, "pdf/"))

    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert '<script>alert("x")</script>' in "".join(text.split("\n"))


# --- Download everything ------------------------------------------------------------------------------


def test_download_everything_holds_the_cases_calendar_file_and_deadlines_pdf(signed_in, case):
    add(case, title="Hearing at Taylor House")

    response = signed_in.post("/en/accounts/download/")

    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = archive.namelist()
    [ics] = [name for name in names if name.endswith("/deadlines.ics")]
    [pdf] = [name for name in names if name.endswith("/deadlines.pdf")]
    assert b"SUMMARY:Hearing at Taylor House" in archive.read(ics)
    assert b"SUMMARY:Appeal to the First-tier Tribunal" in archive.read(ics)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(archive.read(pdf))).pages)
    assert "Hearing at Taylor House" in text


def test_a_case_outside_the_uk_shows_the_warning_on_its_deadlines_page_and_home_page(signed_in, case):
    case.outside_uk, case.departed = True, date(2026, 11, 16)
    case.save()
    for address in (url(case), f"/en/cases/{case.public_id}/"):
        markup = page(signed_in, address)
        box = re.search(r'<section class="notice warnings".*?</section>', markup, re.S).group(0)
        assert "Leaving the UK ends your appeal." in words(box)
        assert markup.index(box) < markup.index("<h2", markup.index(box) + len(box))
    home = page(signed_in, f"/en/cases/{case.public_id}/")
    assert home.index("Leaving the UK ends your appeal.") < home.index('id="this-week"')


def test_a_case_in_the_uk_has_no_warning_box(signed_in, case):
    assert 'class="notice warnings"' not in page(signed_in, url(case))
