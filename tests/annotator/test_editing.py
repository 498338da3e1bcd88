"""Putting a wrong split right: on the public reader (the letter goes and comes back in the form) and on a
case (saved, with the answers kept, recorded in the history; 404 for anyone the case is not shared with)."""

import re

import pytest

from selfhelp.annotator import editing, importing
from selfhelp.annotator.corrections import split_points
from selfhelp.annotator.models import Letter
from selfhelp.cases.models import Event

START = "/en/letter/"
CORRECT = "/en/letter/correct/"

# As OCR reads a photo: paragraph 4's number misread as "Sh", and paragraph 6 run into 5.
READ_FROM_A_PHOTO = """Home Office Reference: B1234567
Date: 3 June 2026
Dear Mr Nuur,
Introduction
1        This letter gives the reasons for refusing your claim.
2        You had a screening interview on 11 September 2025.
3        You claim to be a national of Somalia.
Sh       You were asked about the raid. You said that you ran.
5        Your nationality is accepted. It is not accepted that you were detained.
7        Your claim is refused.
"""


def form_fields(html: str) -> dict:
    """The hidden fields the result page posts back, as the browser sends them."""
    fields: dict[str, list[str]] = {}
    for name, value in re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', html):
        if name != "csrfmiddlewaretoken":
            fields.setdefault(name, []).append(value.replace("&#x27;", "'").replace("&quot;", '"'))
    return fields


def paragraphs_shown(html: str) -> list[str]:
    return re.findall(r"<h3>Paragraph (\d+)", html)


@pytest.fixture
def result(client, guides):
    return client.post(START, {"text": READ_FROM_A_PHOTO}).content.decode()


def test_the_reader_says_which_paragraphs_may_be_split_wrongly(result):
    assert paragraphs_shown(result) == ["1", "2", "3", "4", "5", "7"]
    assert "Paragraph 4 may be split wrongly — check it against your letter." in result
    assert "Paragraph 5 may be split wrongly — check it against your letter." in result  # 6 is missing
    assert "Paragraph 3 may be split" not in result


def test_a_paragraph_is_joined_with_the_next_on_the_public_reader(client, result):
    html = client.post(CORRECT, {**form_fields(result), "join": "3"}).content.decode()
    assert paragraphs_shown(html) == ["1", "2", "3", "5", "7"]
    assert "You claim to be a national of Somalia.\nYou were asked about the raid." in html


def test_a_paragraph_is_split_at_the_chosen_sentence_on_the_public_reader(client, result):
    fields = {**form_fields(result), "action": "split", "position": "5"}
    chooser = client.post(CORRECT, fields).content.decode()
    assert "Split paragraph 5" in chooser
    assert 'value="6"' in chooser  # the number suggested for the second part
    at = split_points("Your nationality is accepted. It is not accepted that you were detained.")[0].at
    html = client.post(CORRECT, {**form_fields(chooser), "at": str(at), "number": "6"}).content.decode()
    assert paragraphs_shown(html) == ["1", "2", "3", "4", "5", "6", "7"]
    assert "It is not accepted that you were detained." in html
    assert "may be split wrongly" in html  # paragraph 4 is still to check
    assert "Paragraph 5 may be split" not in html


def test_a_split_without_a_chosen_point_asks_again_and_loses_nothing(client, result):
    fields = {**form_fields(result), "split": "5", "at": "", "number": "6"}
    html = client.post(CORRECT, fields).content.decode()
    assert "Choose where the next paragraph starts." in html
    assert len(form_fields(html)["paragraph"]) == 6


@pytest.mark.parametrize("asked", [{"join": "6"}, {"join": "0"}, {"split": "x"}, {}])
def test_a_correction_of_no_paragraph_is_refused(client, result, asked):
    assert client.post(CORRECT, {**form_fields(result), **asked}).status_code == 400


@pytest.fixture
def letter(case, user):
    return importing.save(case, user, importing.from_text(READ_FROM_A_PHOTO))


def test_a_case_paragraph_is_joined_with_the_next_keeping_both_answers(signed_in, case, letter):
    third, fourth = letter.paragraphs.get(position=3), letter.paragraphs.get(position=4)
    assert fourth.unsure and not third.unsure
    fourth.comment, fourth.response = "I did not run.", "disagree"
    fourth.save()
    third.comment = "True."
    third.save()
    response = signed_in.post(f"/en/cases/{case.public_id}/letter/3/join/")
    assert response.status_code == 302
    numbers = list(letter.paragraphs.values_list("position", "number"))
    assert numbers == [(1, "1"), (2, "2"), (3, "3"), (4, "5"), (5, "7")]
    joined = letter.paragraphs.get(position=3)
    assert joined.text.endswith("You were asked about the raid. You said that you ran.")
    assert (joined.comment, joined.response) == ("True.\n\nI did not run.", "disagree")
    assert Event.objects.filter(case=case, values__number="3", values__next="4").exists()


def test_a_case_paragraph_is_split_where_the_person_chooses(signed_in, case, letter):
    page = signed_in.get(f"/en/cases/{case.public_id}/letter/4/").content.decode()
    assert "Paragraph 4 may be split wrongly — check it against your letter." in page
    chooser = signed_in.get(f"/en/cases/{case.public_id}/letter/5/split/").content.decode()
    assert "It is not accepted that you were" in chooser
    at = split_points(letter.paragraphs.get(position=5).text)[0].at
    response = signed_in.post(f"/en/cases/{case.public_id}/letter/5/split/", {"at": at, "number": "6"})
    assert response.status_code == 302
    assert list(letter.paragraphs.values_list("number", flat=True)) == ["1", "2", "3", "4", "5", "6", "7"]
    assert letter.paragraphs.get(position=6).text == "It is not accepted that you were detained."
    listing = signed_in.get(f"/en/cases/{case.public_id}/letter/").content.decode()
    assert listing.count("Check the split") == 1  # paragraph 4 only


def test_a_split_at_a_point_that_is_not_offered_is_refused_with_a_message(signed_in, case, letter):
    response = signed_in.post(f"/en/cases/{case.public_id}/letter/5/split/", {"at": "3", "number": "6"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert letter.paragraphs.count() == 6


def test_joining_the_last_paragraph_is_not_found(signed_in, case, letter):
    assert signed_in.post(f"/en/cases/{case.public_id}/letter/6/join/").status_code == 404


@pytest.mark.parametrize("rest", ["3/join/", "5/split/"])
def test_someone_the_case_is_not_shared_with_gets_404_and_changes_nothing(
    client, other_user, case, letter, rest
):
    client.force_login(other_user)
    assert (
        client.post(f"/en/cases/{case.public_id}/letter/{rest}", {"at": 30, "number": "6"}).status_code == 404
    )
    assert client.get(f"/en/cases/{case.public_id}/letter/{rest}").status_code == 404
    assert Letter.objects.get().paragraphs.count() == 6


def test_the_write_layer_keeps_positions_one_to_n(case, user, letter):
    at = split_points(letter.paragraphs.get(position=4).text)[0].at
    editing.split_paragraph(letter, 4, at, "4", user)
    editing.join_paragraphs(letter, 1, user)
    assert list(letter.paragraphs.values_list("position", flat=True)) == [1, 2, 3, 4, 5, 6]
