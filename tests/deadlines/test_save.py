"""Saving a calculator result to a case: only to the person's own cases, after asking before changing dates.

Today is fixed at Tue 24 November 2026. The case (tests/conftest.py) is a refusal dated Tue 10
November 2026, sent Thu 12 November, received Sat 14 November; the calculator's answers below are a
later refusal, dated Mon 16 November, sent Tue 17 November, received Thu 19 November.
"""

import gzip
import html
import re
from datetime import date
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.utils.html import strip_tags

from selfhelp.cases.models import Case, Event, Membership
from selfhelp.deadlines import views

TODAY = date(2026, 11, 24)
ANSWERS = {
    "decision": "refusal",
    "letter_date": "2026-11-16",
    "sent": "2026-11-17",
    "received": "2026-11-19",
    "nation": "england-and-wales",
}
SAVE = f"/en/deadlines/save/?{urlencode(ANSWERS)}"


@pytest.fixture(autouse=True)
def today(monkeypatch):
    monkeypatch.setattr(views, "today", lambda: TODAY)


def words(markup):
    return " ".join(html.unescape(strip_tags(markup)).split())


def result(client, answers=ANSWERS):
    response = client.get("/en/deadlines/", answers)
    assert response.status_code == 200
    return response.content.decode()


def facts(case):
    case.refresh_from_db()
    return (case.decision, case.letter_date, case.sent, case.received, case.detained, case.nation)


NEW_FACTS = (
    "refusal",
    date(2026, 11, 16),
    date(2026, 11, 17),
    date(2026, 11, 19),
    False,
    "england-and-wales",
)
OLD_FACTS = (
    "refusal",
    date(2026, 11, 10),
    date(2026, 11, 12),
    date(2026, 11, 14),
    False,
    "england-and-wales",
)


# --- On the calculator's result ---------------------------------------------------------------------


def test_without_an_account_the_result_says_an_account_can_save_it(client, db):
    markup = result(client)

    assert "With an account you can save these dates to a case" in words(markup)
    assert '<a href="/en/accounts/signup/">Create an account</a>' in markup
    assert "/en/deadlines/save/" not in markup
    assert "csrfmiddlewaretoken" not in markup


def test_with_an_account_the_result_offers_the_persons_cases_and_a_new_case(signed_in, case, other_user):
    theirs = Case.objects.create(name="Not yours", decision="refusal")
    Membership.objects.create(case=theirs, user=other_user, role=Membership.Role.OWNER)

    markup = result(signed_in)

    form = re.search(r'<form[^>]*action="/en/deadlines/save/\?([^"]*)".*?</form>', markup, re.S)
    assert html.unescape(form.group(1)) == urlencode(ANSWERS)
    choices = re.findall(r'name="case"[^>]*value="([^"]*)"', form.group(0))
    assert choices == [case.public_id, "new"]
    assert "Amira&#x27;s appeal" in form.group(0)
    assert "Not yours" not in markup
    assert "Save these dates to a case" in words(markup)
    assert "Create an account" not in markup


def test_a_kind_of_decision_a_case_cannot_hold_offers_no_saving(signed_in, case):
    markup = result(signed_in, {"decision": "sar", "sent": "2026-11-02"})

    assert "Save these dates to a case" not in markup
    assert "With an account" not in markup


def test_the_result_with_the_form_weighs_less_than_14_kb_compressed_with_its_stylesheet(
    signed_in, case, user
):
    for number in range(5):
        other = Case.objects.create(name=f"Case number {number}", decision="refusal")
        Membership.objects.create(case=other, user=user, role=Membership.Role.OWNER)
    markup = signed_in.get("/en/deadlines/", ANSWERS).content
    stylesheet = (Path(settings.BASE_DIR) / "static/css/site.css").read_bytes()

    assert len(gzip.compress(markup)) + len(gzip.compress(stylesheet)) < 14 * 1024


# --- Saving ----------------------------------------------------------------------------------------


def test_saving_to_a_new_case_makes_a_case_with_these_facts_owned_by_the_person(signed_in, user):
    response = signed_in.post(SAVE, {"case": "new", "name": "My appeal"})

    case = Case.objects.get()
    assert response["Location"] == f"/en/cases/{case.public_id}/deadlines/"
    assert case.name == "My appeal"
    assert facts(case) == NEW_FACTS
    assert case.memberships.get().user == user
    assert case.memberships.get().role == "owner"
    messages = list(Event.objects.filter(case=case).order_by("pk").values_list("message", flat=True))
    assert messages == ["{user} saved this case", "{user} saved dates from the deadline calculator: {fields}"]


def test_a_new_case_without_a_name_is_called_my_case(signed_in):
    signed_in.post(SAVE, {"case": "new", "name": ""})

    assert Case.objects.get().name == "My case"


def test_saving_to_a_case_without_dates_fills_them_in_at_once_and_records_it(signed_in, case):
    Case.objects.filter(pk=case.pk).update(letter_date=None, sent=None, received=None)

    response = signed_in.post(SAVE, {"case": case.public_id})

    assert response["Location"] == f"/en/cases/{case.public_id}/deadlines/"
    assert facts(case) == NEW_FACTS
    event = Event.objects.get(case=case)
    assert event.values == {"fields": ["letter_date", "sent", "received"]}
    history = words(signed_in.get(f"/en/cases/{case.public_id}/history/").content.decode())
    assert (
        "You saved dates from the deadline calculator: the date on the letter, the date it was sent, "
        "the date you got it" in history
    )


def test_a_case_with_different_dates_is_changed_only_after_the_person_confirms(signed_in, case):
    response = signed_in.post(SAVE, {"case": case.public_id})

    assert response.status_code == 200
    markup = response.content.decode()
    text = words(markup)
    assert "The case “Amira's appeal” already has different dates." in text
    rows = [
        [words(cell) for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)]
        for row in re.findall(r"<tr>(.*?)</tr>", markup, re.S)
    ]
    assert rows == [  # only what changes: the kind of decision and the part of the UK stay the same
        ["Fact", "Now", "After saving"],
        ["The date on the letter", "Tue 10 November 2026", "Mon 16 November 2026"],
        ["The date it was sent", "Thu 12 November 2026", "Tue 17 November 2026"],
        ["The date you got it", "Sat 14 November 2026", "Thu 19 November 2026"],
    ]
    assert facts(case) == OLD_FACTS
    assert not Event.objects.filter(case=case).exists()

    confirm = re.search(r'<form method="post" action="([^"]*)">.*?</form>', markup, re.S)
    fields = dict(
        re.findall(r'<input type="hidden" name="(case|confirm)" value="([^"]*)">', confirm.group(0))
    )
    assert fields == {"case": case.public_id, "confirm": "yes"}
    response = signed_in.post(html.unescape(confirm.group(1)), fields)

    assert response["Location"] == f"/en/cases/{case.public_id}/deadlines/"
    assert facts(case) == NEW_FACTS
    assert Event.objects.get(case=case).values == {"fields": ["letter_date", "sent", "received"]}


def test_going_back_from_the_confirmation_returns_to_the_result(signed_in, case):
    markup = signed_in.post(SAVE, {"case": case.public_id}).content.decode()

    assert f'<a href="/en/deadlines/?{html.escape(urlencode(ANSWERS))}#result">No, go back</a>' in markup


def test_saving_the_same_dates_again_changes_nothing(signed_in, case):
    same = {
        "decision": "refusal",
        "letter_date": "2026-11-10",
        "sent": "2026-11-12",
        "received": "2026-11-14",
    }

    response = signed_in.post(f"/en/deadlines/save/?{urlencode(same)}", {"case": case.public_id}, follow=True)

    assert "This case already has these dates." in words(response.content.decode())
    assert not Event.objects.filter(case=case).exists()


def test_a_decision_that_asks_fewer_questions_clears_the_facts_it_does_not_use(signed_in, case):
    Case.objects.filter(pk=case.pk).update(detained=True)
    answers = {"decision": "inadmissible", "letter_date": "2026-11-16", "nation": "scotland"}

    signed_in.post(f"/en/deadlines/save/?{urlencode(answers)}", {"case": case.public_id, "confirm": "yes"})

    assert facts(case) == ("inadmissible", date(2026, 11, 16), None, None, False, "scotland")


def test_a_supporter_can_save_to_a_case_shared_with_them(client, case, make_user):
    supporter = make_user("supporter")
    Membership.objects.create(case=case, user=supporter, role=Membership.Role.SUPPORTER)
    client.force_login(supporter)

    client.post(SAVE, {"case": case.public_id, "confirm": "yes"})

    assert facts(case) == NEW_FACTS


def test_someone_elses_case_answers_not_found_and_is_not_changed(client, case, other_user):
    client.force_login(other_user)

    for data in ({"case": case.public_id}, {"case": case.public_id, "confirm": "yes"}):
        assert client.post(SAVE, data).status_code == 404
    assert client.post(SAVE, {"case": "AAAAAAAAAAAAAAAAAAAAAA"}).status_code == 404
    assert facts(case) == OLD_FACTS
    assert not Event.objects.filter(case=case).exists()


def test_no_choice_is_explained_on_the_result_page_with_the_answers_kept(signed_in, case):
    response = signed_in.post(SAVE, {"name": "typed"})

    assert response.status_code == 200
    markup = response.content.decode()
    assert "Choose a case, or a new case." in words(markup)
    assert 'value="typed"' in markup
    assert 'value="2026-11-17"' in markup  # the calculator's answers are still there
    assert "<title>Error:" in markup
    assert Case.objects.count() == 1


def test_without_an_account_saving_goes_back_to_the_result_and_saves_nothing(client, db):
    response = client.post(SAVE, {"case": "new"})

    assert response["Location"] == f"/en/deadlines/?{urlencode(ANSWERS)}"
    assert not Case.objects.exists()


def test_answers_that_do_not_count_go_back_to_the_calculator(signed_in, case):
    response = signed_in.post("/en/deadlines/save/?decision=refusal&sent=2030-01-01", {"case": "new"})

    assert response["Location"].startswith("/en/deadlines/?decision=refusal")
    assert Case.objects.count() == 1


def test_saving_only_answers_a_post(signed_in):
    assert signed_in.get(SAVE).status_code == 405
