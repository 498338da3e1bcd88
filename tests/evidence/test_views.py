"""The evidence plan on a case: coverage of the disputed paragraphs, suggestions planned or set aside,
items added, changed and deleted with history, dates that follow the case, late items, costs, the case
home page's line, escaping, and page weights."""

import re
from datetime import date

import pytest

from selfhelp.annotator.models import Paragraph
from selfhelp.cases.models import Case, Event, Membership
from selfhelp.evidence.models import Item, Suggestion
from tests.annotator.helpers import forty_paragraphs, save_letter
from tests.cases.helpers import tool_line
from tests.evidence.helpers import DISPUTED, PAYLOAD, add_item, annotate, paragraph
from tests.weight import LIMIT, weight

TODAY = date(2026, 11, 20)


@pytest.fixture(autouse=True)
def today(monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: TODAY)


def url(case, rest=""):
    return f"/en/cases/{case.public_id}/evidence/{rest}"


def text_of(response):
    """The words a person reads: inline tags removed, other tags as spaces."""
    html = re.sub(r"</?(?:bdi|b|strong|a|span|q|label)\b[^>]*>", "", response.content.decode())
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("&#x27;", "'").replace("&quot;", '"')


def form(**changes):
    data = {
        "kind": "witness-statements",
        "title": "",
        "shows": "",
        "who": "",
        "status": "idea",
        "due": "",
        "due_date": "",
        "received": "",
        "cost": "",
        "funding": "",
        "pages": "",
        "order": "",
        "notes": "",
    }
    return {**data, **changes}


def history(case):
    return [event.message_you.format(**event.values) for event in case.events.order_by("pk")]


@pytest.fixture
def letter(case, user):
    return annotate(case, user)


# --- the plan and its coverage -------------------------------------------------------------------------


def test_without_a_letter_the_plan_asks_for_it_and_nothing_is_planned(signed_in, case, guides):
    page = text_of(signed_in.get(url(case)))

    assert "Evidence plan" in page
    assert "Bring in your refusal letter and mark the paragraphs you disagree with." in page
    assert "Nothing is planned yet." in page
    assert f'href="/en/cases/{case.public_id}/letter/"' in signed_in.get(url(case)).content.decode()


def test_the_plan_counts_the_disputed_paragraphs_with_evidence_and_lists_the_others(
    signed_in, case, letter, guides
):
    add_item(case, kind="own-statement", paragraphs=[paragraph(case, 7), paragraph(case, 9)])

    response = signed_in.get(url(case))

    page = text_of(response)
    assert "2 of 6 disputed paragraphs have evidence planned" in page
    assert '<progress id="covered" value="2" max="6">' in response.content.decode()
    still = page[page.index("Still without evidence:") : page.index("See ")]
    assert re.findall(r"Paragraph (\d+)", still) == ["12", "15", "17", "25"]
    assert "Paragraph 12 Whether you are believed (credibility)" in still
    assert f'href="/en/cases/{case.public_id}/evidence/suggestions/#p12"' in response.content.decode()


def test_when_every_disputed_paragraph_has_evidence_the_plan_says_so(signed_in, case, letter, guides):
    add_item(case, paragraphs=[paragraph(case, position) for position in DISPUTED])

    page = text_of(signed_in.get(url(case)))

    assert "6 of 6 disputed paragraphs have evidence planned" in page
    assert "Every disputed paragraph has evidence planned." in page


def test_a_paragraph_with_evidence_noted_needs_evidence_even_if_not_disputed(signed_in, case, user, guides):
    letter = save_letter(case, user)
    letter.paragraphs.filter(position=20).update(evidence_needed="The ferry tickets")

    page = text_of(signed_in.get(url(case)))

    assert "0 of 1 disputed paragraph has evidence planned" in page


# --- suggestions ---------------------------------------------------------------------------------------


def suggested(response, position):
    """(kind's label, catalogue address) of each open suggestion for a paragraph, and its text."""
    html = response.content.decode()
    start = html.index(f'<section id="p{position}"')
    section = html[start : html.index("</section>", start)]
    found = re.findall(r'<li><a id="s\d+-\d+" href="([^"]+)">([^<]+)</a>', section)
    return [(label, href) for href, label in found], re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", section))


def test_each_disputed_paragraph_has_its_suggestions_with_reasons_and_catalogue_links(
    signed_in, case, letter, guides
):
    response = signed_in.get(url(case, "suggestions/"))

    html = response.content.decode()
    assert re.findall(r'<section id="p(\d+)"', html) == [str(p) for p in DISPUTED]
    assert "Paragraph 5" not in text_of(response)  # agreed with: nothing to answer

    offered, text = suggested(response, 7)
    assert offered == [
        ("Your own document", "/en/evidence/your-own-documents/"),
        ("Your own statement", "/en/evidence/witness-statements/"),
        ("Witness statement", "/en/evidence/witness-statements/"),
    ]
    assert "You wrote: The screening interview record" in text
    assert "You wrote that this would answer it." in text
    assert "Your own statement can explain the dates in your own words" in text

    offered, text = suggested(response, 9)  # the asylum interview (AIR) cited: the records
    assert ("Your own document", "/en/evidence/your-own-documents/") in offered
    assert "Your interview records show what you really said, and when." in text
    assert f'href="/en/cases/{case.public_id}/file-request/"' in html

    offered, text = suggested(response, 12)
    assert [label for label, _ in offered][:3] == [
        "Your own document",
        "Translation of a document",
        "Expert report",
    ]
    assert "Write down where the document came from" in text

    offered, text = suggested(response, 15)
    assert [label for label, _ in offered] == [
        "Country guidance case",
        "Report about your country",
        "Expert report",
    ]
    assert "£300 to £400" in text and "see our page on expert reports" in text

    offered, text = suggested(response, 17)
    assert [label for label, _ in offered] == ["Your own statement", "Your own document"]
    assert "explain your journey, and why you did not claim asylum earlier" in text

    offered, text = suggested(response, 25)
    assert ("Medical report", "/en/evidence/medical-reports/") in offered
    assert "A doctor trained to write reports for asylum cases" in text


def test_each_suggested_kind_links_to_a_catalogue_page_that_exists(signed_in, case, letter, guides):
    html = signed_in.get(url(case, "suggestions/")).content.decode()

    for address in set(re.findall(r'<li><a id="s\d+-\d+" href="([^"]+)"', html)):
        assert signed_in.get(address).status_code == 200, address


def test_plan_this_makes_an_item_for_the_paragraph_and_stops_offering_it(signed_in, case, letter, guides):
    response = signed_in.post(url(case, "suggestions/"), {"plan": "15:expert-reports"})

    item = Item.objects.get(case=case)
    assert response["Location"] == url(case, f"{item.number}/")
    assert (item.number, item.kind, item.cost, item.status) == (1, "expert-reports", 400, "idea")
    assert [p.position for p in item.paragraphs.all()] == [15]
    assert Suggestion.objects.get().decision == "accepted"
    assert history(case)[-1] == "You added item 1 to the evidence plan for paragraph 15"
    follow = signed_in.get(response["Location"])
    assert "Item 1 is in your plan. Say who is getting it and when it is needed." in text_of(follow)

    page = signed_in.get(url(case, "suggestions/"))
    offered, text = suggested(page, 15)
    assert "Expert report" not in [label for label, _ in offered]
    assert "✓ Planned: 1. Expert report" in text


def test_plan_this_again_does_not_make_a_second_item(signed_in, case, letter, guides):
    signed_in.post(url(case, "suggestions/"), {"plan": "15:expert-reports"})
    response = signed_in.post(url(case, "suggestions/"), {"plan": "15:expert-reports"}, follow=True)

    assert Item.objects.filter(case=case).count() == 1
    assert "Item 1 already answers this paragraph." in text_of(response)


def test_plan_this_ties_the_item_to_the_hearing_when_there_is_one(signed_in, case, letter, guides):
    hearing = case.own_dates.create(kind="hearing", date=date(2027, 1, 12))

    signed_in.post(url(case, "suggestions/"), {"plan": "7:own-statement"})

    assert Item.objects.get(case=case).due_key == hearing.key


def test_not_needed_sets_a_suggestion_aside_and_it_can_be_offered_again(signed_in, case, letter, guides):
    response = signed_in.post(url(case, "suggestions/"), {"ignore": "25:medical-reports"}, follow=True)

    offered, text = suggested(response, 25)
    assert "Medical report" not in [label for label, _ in offered]
    assert "Not needed: Medical report Suggest again" in text
    assert "Medical report: marked as not needed for paragraph 25." in text_of(response)
    assert not Item.objects.exists()
    assert history(case)[-1] == "You marked a suggested kind of evidence for paragraph 25 as not needed"

    response = signed_in.post(url(case, "suggestions/"), {"restore": "25:medical-reports"}, follow=True)

    assert ("Medical report", "/en/evidence/medical-reports/") in suggested(response, 25)[0]
    assert not Suggestion.objects.exists()
    assert history(case)[-1] == "You asked for a suggestion for paragraph 25 again"


@pytest.mark.parametrize("value", ["99:expert-reports", "7:nonsense", "seven:own-statement", ""])
def test_a_suggestion_that_does_not_exist_is_refused(signed_in, case, letter, guides, value):
    response = signed_in.post(url(case, "suggestions/"), {"plan": value})

    assert response.status_code == 400
    assert not Item.objects.exists()


def test_without_a_letter_the_suggestions_page_asks_for_it(signed_in, case, guides):
    page = text_of(signed_in.get(url(case, "suggestions/")))

    assert "Bring in your refusal letter and mark the paragraphs you disagree with." in page


# --- items: add, change, delete ------------------------------------------------------------------------


def test_adding_an_item_links_it_to_paragraphs_by_their_place_in_the_letter(signed_in, case, letter, guides):
    page = signed_in.get(url(case, "add/?paragraph=12&kind=translations"))

    html = page.content.decode()
    boxes = re.findall(r'name="paragraphs"[^>]*value="(\d+)"', re.sub(r"\s+", " ", html))
    assert boxes == [str(p) for p in DISPUTED]  # only the paragraphs that need evidence, by position
    assert re.search(r'value="12"\s+checked', html)
    assert re.search(r'<option value="translations" selected>', html)

    response = signed_in.post(
        url(case, "add/"),
        form(kind="translations", title="Summons, in English", paragraphs=["12"], who="supporter"),
    )

    item = Item.objects.get(case=case)
    assert response["Location"] == url(case, "#item-1")
    assert [p.position for p in item.paragraphs.all()] == [12]
    assert item.answered == "12"
    assert history(case)[-1] == "You added item 1 to the evidence plan"
    page = text_of(signed_in.get(url(case)))
    assert "1. Summons, in English Idea" not in page  # the status is its label
    assert "1. Summons, in English An idea" in page
    assert "Translation of a document. Getting it: A supporter. Answers paragraph 12." in page


def test_a_paragraph_of_another_case_cannot_be_linked(signed_in, case, letter, user, guides):
    other = Case.objects.create(name="Another")
    Membership.objects.create(case=other, user=user, role=Membership.Role.OWNER)

    response = signed_in.post(f"/en/cases/{other.public_id}/evidence/add/", form(paragraphs=["12"]))

    assert response.status_code == 200
    assert "Select a valid choice." in text_of(response)
    assert not Item.objects.exists()


def test_items_are_found_by_their_number_on_their_own_case_only(signed_in, case, user, guides):
    other = Case.objects.create(name="Another")
    Membership.objects.create(case=other, user=user, role=Membership.Role.OWNER)
    add_item(other)
    add_item(other)

    assert signed_in.get(f"/en/cases/{other.public_id}/evidence/2/").status_code == 200
    assert signed_in.get(url(case, "2/")).status_code == 404
    assert signed_in.post(url(case, "2/delete/")).status_code == 404
    assert Item.objects.filter(case=other).count() == 2


def test_a_form_with_mistakes_explains_them_and_keeps_everything_typed(signed_in, case, guides):
    response = signed_in.post(
        url(case, "add/"),
        form(title="Letter from St Mark's", due="date", cost="120", funding="free", received="2027-01-01"),
    )

    page = text_of(response)
    assert "Type the date, or choose one of the dates on this case." in page
    assert "You said it is free. Take the cost away, or choose how it will be paid." in page
    assert "This date is after today." in page
    assert 'value="Letter from St Mark&#x27;s"' in response.content.decode()
    assert not Item.objects.exists()

    response = signed_in.post(url(case, "add/"), form(kind="", cost="a lot", pages="many"))
    page = text_of(response)
    assert "Choose what kind of evidence it is." in page
    assert "Give the cost as a number of pounds, like 350 or 49.50." in page
    assert "Give the number of pages as a whole number, like 3." in page


def test_changing_the_status_and_more_is_written_in_the_history(signed_in, case, guides):
    item = add_item(case, kind="medical-reports", who="doctor")

    signed_in.post(url(case, "1/"), form(kind="medical-reports", who="doctor", status="received", pages="7"))

    item.refresh_from_db()
    assert (item.status, item.pages) == ("received", 7)
    assert history(case)[-2:] == [
        "You marked item 1 of the evidence plan as received",
        "You changed item 1 of the evidence plan",
    ]

    signed_in.post(url(case, "1/"), form(kind="medical-reports", who="doctor", status="received", pages="7"))
    assert len(history(case)) == 2  # nothing changed, nothing written


def test_deleting_asks_first_then_offers_the_suggestion_again(signed_in, case, letter, guides):
    signed_in.post(url(case, "suggestions/"), {"plan": "25:medical-reports"})

    page = text_of(signed_in.get(url(case, "1/delete/")))
    assert "Delete item 1, Medical report?" in page
    assert Item.objects.exists()

    response = signed_in.post(url(case, "1/delete/"), follow=True)

    assert "Item 1 is deleted." in text_of(response)
    assert not Item.objects.exists()
    assert not Suggestion.objects.exists()
    assert ("Medical report", "/en/evidence/medical-reports/") in suggested(
        signed_in.get(url(case, "suggestions/")), 25
    )[0]
    assert history(case)[-1] == "You deleted item 1 from the evidence plan"


def test_a_supporter_can_plan_and_the_history_names_them(client, case, letter, make_user, user, guides):
    supporter = make_user("yonas")
    Membership.objects.create(case=case, user=supporter, role=Membership.Role.SUPPORTER)
    client.force_login(supporter)

    client.post(url(case, "suggestions/"), {"plan": "17:own-statement"})

    event = Event.objects.filter(case=case).first()
    assert event.user == supporter
    assert event.message.format(user="yonas", **event.values) == (
        "yonas added item 1 to the evidence plan for paragraph 17"
    )


# --- dates, late items, costs --------------------------------------------------------------------------


def test_an_item_tied_to_a_deadline_moves_when_the_cases_dates_change(signed_in, case, guides):
    signed_in.post(url(case, "add/"), form(due="ftt-appeal"))
    assert Item.objects.get().due_key == "ftt-appeal"
    assert "Needed by 26 Nov 2026 (Appeal to the First-tier Tribunal)." in text_of(signed_in.get(url(case)))

    case.sent, case.received = date(2026, 11, 13), date(2026, 11, 16)
    case.save()

    assert "Needed by 27 Nov 2026 (Appeal to the First-tier Tribunal)." in text_of(signed_in.get(url(case)))


def test_an_item_tied_to_a_hearing_moves_with_the_hearing_and_says_when_it_is_gone(signed_in, case, guides):
    hearing = case.own_dates.create(kind="hearing", title="Hearing at Taylor House", date=date(2027, 1, 12))
    form_page = signed_in.get(url(case, "add/")).content.decode()
    assert f'<option value="{hearing.key}">Hearing at Taylor House – ' in form_page

    signed_in.post(url(case, "add/"), form(due=hearing.key))
    hearing.date = date(2027, 2, 3)
    hearing.save()
    assert "Needed by 3 Feb 2027 (Hearing at Taylor House)." in text_of(signed_in.get(url(case)))

    hearing.delete()
    assert "The date it was needed by is no longer on the case." in text_of(signed_in.get(url(case)))
    page = signed_in.get(url(case, "1/")).content.decode()
    assert re.search(
        r'<option value="own-\d+" selected>The date it was tied to \(no longer on this case\)', page
    )


def test_a_typed_date_is_kept_and_shown(signed_in, case, guides):
    signed_in.post(url(case, "add/"), form(due="date", due_date="2026-12-24"))

    assert Item.objects.get().due_date == date(2026, 12, 24)
    assert "Needed by 24 Dec 2026." in text_of(signed_in.get(url(case)))
    assert re.search(r'<option value="date" selected>', signed_in.get(url(case, "1/")).content.decode())


def test_items_still_to_get_after_their_day_are_marked_late(signed_in, case, guides):
    add_item(case, title="Late one", status="asked", due_date=date(2026, 11, 19))
    add_item(case, title="Due today", status="asked", due_date=TODAY)
    add_item(case, title="Already here", status="received", due_date=date(2026, 11, 1))

    response = signed_in.get(url(case))

    page = text_of(response)
    assert "1 item is late: the day it was needed by has passed." in page
    assert re.findall(r"(\d)\. (\w[\w ]+?) (?:An idea|Asked for|Received)( Late)?", page) == [
        ("1", "Late one", " Late"),
        ("2", "Due today", ""),
        ("3", "Already here", ""),
    ]


def test_the_costs_add_up_and_say_what_is_not_paid_for(signed_in, case, guides):
    add_item(case, kind="expert-reports", cost=400)
    add_item(case, kind="translations", cost="49.50", funding="fundraising")
    add_item(case, kind="medical-reports", cost=300, funding="legal-aid")

    page = text_of(signed_in.get(url(case)))

    assert "Planned in all £749.50 Legal aid £300 Fundraising £49.50 Not sorted yet £400" in page
    assert "£400 has no way of paying yet." in page
    assert "a refugee charity's guide gives a rough figure of £300 to £400 for an expert report alone" in page


# --- the letter replaced -------------------------------------------------------------------------------


def test_replacing_the_letter_drops_the_links_and_the_plan_says_which_items_lost_them(
    signed_in, case, letter, user, guides
):
    add_item(case, title="My statement", paragraphs=[paragraph(case, 7), paragraph(case, 9)])
    signed_in.post(url(case, "suggestions/"), {"ignore": "25:medical-reports"})

    save_letter(case, user)  # the same letter again: new paragraphs, no notes

    item = Item.objects.get()
    assert not item.paragraphs.exists()
    assert not Suggestion.objects.exists()
    page = text_of(signed_in.get(url(case)))
    assert "Your refusal letter was replaced, so 1 item lost its links to the letter's paragraphs:" in page
    assert "Item 1, My statement, answered paragraphs 7, 9." in page
    assert "Link item 1 to the new letter" in page
    assert "It answered paragraphs 7, 9 of a refusal letter that has been replaced." in text_of(
        signed_in.get(url(case, "1/"))
    )

    Paragraph.objects.for_case(case).filter(position=7).update(response="disagree")
    signed_in.post(url(case, "1/"), form(title="My statement", paragraphs=["7"]))
    assert "lost its links" not in text_of(signed_in.get(url(case)))


# --- escaping, the case home page, weights -------------------------------------------------------------


def test_typed_text_is_shown_as_typed_and_never_as_markup(signed_in, case, letter, guides):
    letter.paragraphs.filter(position=12).update(evidence_needed=PAYLOAD)
    add_item(case, title=PAYLOAD, shows=PAYLOAD, notes=PAYLOAD, paragraphs=[paragraph(case, 12)])

    for address in (url(case), url(case, "suggestions/"), url(case, "1/"), url(case, "1/delete/")):
        html = signed_in.get(address).content.decode()
        assert "<script>alert" not in html and "<b>bold</b>" not in html, address
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;" in html, address


def test_the_case_home_page_line_counts_items_received_late_and_paragraphs_without_evidence(
    rf, case, user, guides
):
    request = rf.get("/")
    assert tool_line(case, "evidence", request).strip() == ""

    annotate(case, user)
    line = re.sub(r"\s+", " ", tool_line(case, "evidence", request))
    assert "Evidence plan</a>: nothing planned yet. 6 disputed paragraphs still need evidence." in line

    add_item(case, status="received", paragraphs=[paragraph(case, 7)])
    add_item(case, status="asked", due_date=date(2026, 11, 1))
    line = re.sub(r"\s+", " ", tool_line(case, "evidence", request))
    assert "2 items planned, 1 received. 5 disputed paragraphs still need evidence. 1 item is late." in line
    assert f'href="/en/cases/{case.public_id}/evidence/"' in line
    assert 'class="notice evidence-status late"' in line


def test_the_case_home_page_links_to_the_plan(signed_in, case, guides):
    assert (
        f'href="/en/cases/{case.public_id}/evidence/"'
        in signed_in.get(f"/en/cases/{case.public_id}/").content.decode()
    )


def test_the_pages_are_light_for_twenty_items_and_a_letter_of_forty_paragraphs(signed_in, case, user, guides):
    letter = save_letter(case, user, forty_paragraphs())
    letter.paragraphs.update(
        response="disagree", evidence_needed="My interview record and a letter from my church"
    )
    paragraphs = list(letter.paragraphs.all())
    hearing = case.own_dates.create(kind="hearing", date=date(2027, 1, 12))
    for number in range(20):
        add_item(
            case,
            kind=["own-statement", "expert-reports", "objective-reports", "your-own-documents"][number % 4],
            title=f"Evidence number {number} with a name of a usual length",
            shows="What it should show, in a sentence or two of the person's own words.",
            paragraphs=paragraphs[number : number + 2],
            cost=400 if number % 4 == 1 else None,
            status="received" if number % 3 == 0 else "asked",
            pages=3,
            due_key=hearing.key,
        )

    pages = {}
    for code in ("en", "ar"):
        base = f"/{code}/cases/{case.public_id}/evidence/"
        pages[f"plan {code}"] = signed_in.get(base)
        pages[f"suggestions {code}"] = signed_in.get(f"{base}suggestions/")
        pages[f"an item {code}"] = signed_in.get(f"{base}1/")
        pages[f"a new item {code}"] = signed_in.get(f"{base}add/")

    for name, response in pages.items():
        print(name, weight(response.content.decode()))
        assert response.status_code == 200, name
        assert weight(response.content.decode()) < LIMIT, name
