"""The case pages: saving a case, its home page at a glance, checklists, history, and escaping."""

import html
import io
import json
import re
from datetime import date

import pytest
from pypdf import PdfReader

from guides.models import ChecklistItem
from selfhelp.cases.models import Case, Event, Tick

PAYLOAD = '<script>alert("x")</script><b onmouseover="y()">bold</b>'

CASE_FORM = {
    "name": "My appeal",
    "decision": "refusal",
    "letter_date": "2026-11-10",
    "sent": "2026-11-12",
    "received": "2026-11-14",
    "nation": "england-and-wales",
    "language": "en",
    "home_office_reference": "",
}


@pytest.fixture
def today(monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: date(2026, 11, 24))
    return date(2026, 11, 24)


def test_saving_a_case_makes_the_person_its_owner_and_records_it(signed_in, user, guides):
    response = signed_in.post("/en/cases/new/", CASE_FORM)

    case = Case.objects.get()
    assert response["Location"] == f"/en/cases/{case.public_id}/"
    assert case.memberships.get().user == user
    assert case.memberships.get().role == "owner"
    assert Event.objects.get(case=case).user == user


def test_a_case_form_with_mistakes_explains_them_and_keeps_everything_typed(signed_in, guides):
    data = {**CASE_FORM, "received": "2026-11-01", "home_office_reference": "12345", "sent": "2030-01-01"}

    page = signed_in.post("/en/cases/new/", data).content.decode()

    assert "There is a problem" in page
    assert "This date is in the future" in page
    assert "This does not look like a Home Office reference" in page
    assert 'value="My appeal"' in page
    assert 'value="12345"' in page
    assert 'value="2026-11-10"' in page
    assert not Case.objects.exists()


def test_a_home_office_reference_is_tidied(signed_in, guides):
    signed_in.post("/en/cases/new/", {**CASE_FORM, "home_office_reference": " h1234567 "})

    assert Case.objects.get().home_office_reference == "H1234567"


def test_the_home_page_shows_the_next_deadline_with_days_left(signed_in, case, guides, today):
    page = signed_in.get(case.get_absolute_url()).content.decode()

    # Sent Thu 12 Nov 2026: the tribunal must have the appeal 14 days later, Thu 26 Nov.
    assert "Next deadline: Appeal to the First-tier Tribunal" in page
    assert "26 November 2026" in page
    assert "(2 days left)" in page


def test_the_home_page_asks_for_dates_when_the_deadlines_cannot_be_counted(signed_in, case, guides):
    Case.objects.filter(pk=case.pk).update(letter_date=None, sent=None, received=None)

    page = signed_in.get(case.get_absolute_url()).content.decode()

    assert "Add the dates from your letter" in page


@pytest.mark.parametrize(
    ("decision", "now"),
    [
        ("refusal", "Refusal letter"),
        ("ftt-dismissed", "Tribunal hearing and decision"),
        ("certified", "Refusal, certified"),
        ("notice-of-intent", "Notice of intent"),
    ],
)
def test_the_picture_of_the_stages_marks_where_the_person_is(signed_in, case, guides, decision, now):
    Case.objects.filter(pk=case.pk).update(decision=decision)

    page = signed_in.get(case.get_absolute_url()).content.decode()

    svg = re.search(r"<svg class=\"stages\".*?</svg>", page, re.S).group(0)
    assert 'role="img"' in svg
    marked = re.findall(r'font-weight="700">([^<]+)</text>', svg)
    assert marked[0].startswith(now)
    assert "You are here" in marked[-1]
    assert "(you are here)" in re.search(r"<desc[^>]*>(.*?)</desc>", svg, re.S).group(1)


def test_the_picture_is_mirrored_in_arabic(signed_in, case, guides):
    page = signed_in.get(f"/ar/cases/{case.public_id}/").content.decode()

    svg = re.search(r"<svg class=\"stages\".*?</svg>", page, re.S).group(0)
    assert '<circle cx="300"' in svg
    # Each translated line starts at the right, beside the circles, and runs left: nothing is cut off.
    lines = re.findall(r'<text x="(\d+)" y="\d+"([^>]*)>', svg)
    translated = [attributes for x, attributes in lines if 'lang="en"' not in attributes]
    assert translated and all('direction="rtl" text-anchor="start"' in a for a in translated)
    # An English stand-in line ends at the same place and reads left to right.
    english = [attributes for x, attributes in lines if 'lang="en"' in attributes]
    assert all('text-anchor="end"' in a and 'direction="ltr"' in a and "rtl" not in a for a in english)
    assert {x for x, _ in lines} == {"280"}


def test_ticks_saved_with_the_form_show_as_progress_and_in_the_history(signed_in, case, guides):
    guide = next(g for g in guides if ChecklistItem.objects.filter(section__guide=g).count() >= 2)
    first, second = ChecklistItem.objects.filter(section__guide=guide)[:2]
    url = f"/en/cases/{case.public_id}/checklists/{guide.slug}/"

    signed_in.post(url, {"item": [first.pk, second.pk]})
    signed_in.post(url, {"item": [second.pk]})

    assert list(Tick.objects.values_list("item_id", flat=True)) == [second.pk]
    page = signed_in.get(url).content.decode()
    assert f'value="{second.pk}" data-key' in page and "checked" in page
    history = signed_in.get(f"/en/cases/{case.public_id}/history/").content.decode()
    assert f"You ticked “{first.text}”" in history
    assert f"You unticked “{first.text}”" in history


def test_one_tick_saved_by_the_script_answers_with_the_progress(signed_in, case, guides):
    item = ChecklistItem.objects.select_related("section__guide").first()
    url = f"/en/cases/{case.public_id}/checklists/{item.section.guide.slug}/"

    response = signed_in.post(url, {"item": item.pk, "checked": "1"}, headers={"Accept": "application/json"})

    total = ChecklistItem.objects.filter(section__guide=item.section.guide).count()
    assert json.loads(response.content) == {"done": 1, "total": total}
    signed_in.post(url, {"item": item.pk, "checked": "0"}, headers={"Accept": "application/json"})
    assert not Tick.objects.exists()


def test_an_item_from_another_guide_cannot_be_ticked_through_this_one(signed_in, case, guides):
    items = list(ChecklistItem.objects.select_related("section__guide"))
    item = items[0]
    stranger = next(other for other in items if other.section.guide_id != item.section.guide_id)

    signed_in.post(
        f"/en/cases/{case.public_id}/checklists/{item.section.guide.slug}/", {"item": [stranger.pk]}
    )

    assert not Tick.objects.exists()


def test_editing_records_which_facts_changed(signed_in, case, guides):
    signed_in.post(f"/en/cases/{case.public_id}/edit/", {**CASE_FORM, "name": case.name, "detained": "on"})

    history = signed_in.get(f"/en/cases/{case.public_id}/history/").content.decode()
    assert "You changed: in detention" in history


def test_the_history_says_who_did_what_in_the_readers_language(client, case, make_user, guides):
    from selfhelp.cases.models import Membership

    supporter = make_user("helper")
    Membership.objects.create(case=case, user=supporter, role="supporter")
    item = ChecklistItem.objects.select_related("section__guide").first()
    client.force_login(supporter)
    client.post(f"/en/cases/{case.public_id}/checklists/{item.section.guide.slug}/", {"item": [item.pk]})

    client.force_login(case.memberships.get(role="owner").user)
    history = client.get(f"/fr/cases/{case.public_id}/history/").content.decode()
    assert html.escape(item.text_fr or item.text_en) in history
    assert "helper" in history
    assert "ticked" not in history  # the sentence itself is French


def test_typed_text_is_shown_escaped_in_pages(signed_in, case, guides):
    Case.objects.filter(pk=case.pk).update(name=PAYLOAD, home_office_reference="<i>H1</i>")

    for url in [case.get_absolute_url(), "/en/cases/", f"/en/cases/{case.public_id}/edit/"]:
        page = signed_in.get(url).content.decode()
        assert "<script>alert" not in page
        assert "<b onmouseover" not in page
        assert "<i>H1</i>" not in page
        assert "&lt;script&gt;alert(" in page


def test_typed_text_is_printed_as_text_in_the_pdf(signed_in, case, guides):
    Case.objects.filter(pk=case.pk).update(name=PAYLOAD)

    response = signed_in.get(f"/en/cases/{case.public_id}/pdf/")

    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert '<script>alert("x")</script>' in text.replace("\n", "")


def test_the_owner_can_delete_the_case_with_everything_in_it(signed_in, case, guides):
    item = ChecklistItem.objects.first()
    Tick.objects.create(case=case, item=item)

    signed_in.post(f"/en/cases/{case.public_id}/delete/")

    assert not Case.objects.exists()
    assert not Tick.objects.exists()
    assert not Event.objects.exists()


def test_post_forms_need_the_csrf_token(client, user, case, guides):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(user)

    assert strict.post("/en/cases/new/", CASE_FORM).status_code == 403
    assert strict.post(f"/en/cases/{case.public_id}/delete/").status_code == 403
    assert strict.post(f"/en/cases/{case.public_id}/share/").status_code == 403
    assert Case.objects.count() == 1
