"""The public form: no account, nothing kept; the letter's summary, its downloads, and mistakes explained."""

import io
import re
from datetime import date

import docx
import pytest
from django.apps import apps
from pypdf import PdfReader

from selfhelp.cases.models import Event
from selfhelp.sar.models import SubjectAccessRequest
from tests.sar.helpers import ANSWERS

URL = "/en/file-request/"
DOWNLOAD = "/en/file-request/download/"


@pytest.fixture(autouse=True)
def today(monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: date(2026, 11, 24))


def text_of(response):
    """The words a person reads: inline tags removed, other tags as spaces."""
    html = re.sub(r"</?(?:bdi|b|strong|a|span|time)\b[^>]*>", "", response.content.decode())
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def rows():
    """How many rows every table holds."""
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


def test_the_form_asks_for_the_details_without_an_account(client, guides):
    response = client.get(URL)

    page = text_of(response)
    assert response.status_code == 200
    assert "Get your Home Office file" in page
    assert "Your full name" in page and "Your date of birth" in page and "Port reference" in page
    assert "Detailed: my whole Home Office file (we suggest this)" in page
    assert "The record of my screening interview" in page
    assert "Application registration card (ARC)" in page
    assert "We do not keep what you type" in page


def test_the_result_says_what_the_letter_says_and_offers_the_downloads(client, guides):
    response = client.post(URL, ANSWERS)

    page = text_of(response)
    assert "Your letter is ready" in page
    assert "It asks the Home Office for a copy of your whole file" in page
    assert "It asks especially for: The record of my screening interview" in page
    assert "It says that Sam Jones sends it for you" in page
    assert "Download the letter (PDF)" in page and "Download the letter (Word)" in page
    assert "Download the authority form (PDF)" in page
    assert "A copy of: Application registration card (ARC)" in page
    assert "The authority form, signed and dated by you" in page
    assert "the month it has to answer starts only when it has what it needs".lower() in page.lower()
    # How to send it, with the details' checked date and what is not confirmed.
    assert "2 Ruskin Square" in page and "CR0 2WF" in page
    assert "Check before sending" in page
    assert "These details were last checked on 24 November 2026." in page
    assert "We could not confirm an email address" in page
    assert "If the Home Office gets your request today, it must answer by 24 December 2026." in page


def test_the_download_buttons_post_the_answers_again_in_hidden_fields(client, guides):
    html = client.post(URL, ANSWERS).content.decode()

    form = html[html.index('action="/en/file-request/download/"') :]
    form = form[: form.index("</form>")]
    assert '<input type="hidden" name="full_name" value="Amira Haddad">' in form
    assert '<input type="hidden" name="wanted" value="recordings">' in form
    assert '<input type="hidden" name="address" value="Flat 2, 10 Mill Road\nLeeds\nLS2 9AA">' in form


@pytest.mark.parametrize("file_format", ["pdf", "docx"])
def test_the_letter_downloads_with_everything_entered(client, guides, file_format):
    response = client.post(DOWNLOAD, {**ANSWERS, "document": f"request.{file_format}"})

    assert response["Content-Disposition"] == f'attachment; filename="subject-access-request.{file_format}"'
    if file_format == "pdf":
        assert response["Content-Type"] == "application/pdf"
        text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    else:
        text = "\n".join(
            paragraph.text for paragraph in docx.Document(io.BytesIO(response.content)).paragraphs
        )
    text = re.sub(r"\s+", " ", text)
    for typed in ("Amira Haddad", "Amira Al-Haddad", "20 March 1990", "Syrian", "H1234567", "LHR/7654321"):
        assert typed in text
    assert "Asylum support ref ASR-99" in text and "LS2 9AA" in text and "07700 900123" in text
    assert "I was interviewed at Croydon in May 2025." in text
    assert "Sam Jones of Leeds Refugee Help" in text
    assert "24 November 2026" in text


def test_the_authority_form_downloads_only_when_someone_else_sends_the_request(client, guides):
    by_someone = client.post(DOWNLOAD, {**ANSWERS, "document": "authority.pdf"})
    by_self = client.post(
        DOWNLOAD, {**ANSWERS, "sent_by": "self", "representative_name": "", "document": "authority.pdf"}
    )

    assert by_someone["Content-Disposition"] == 'attachment; filename="authority-form.pdf"'
    assert by_self.status_code == 404


def test_an_unknown_document_is_not_found(client, guides):
    assert client.post(DOWNLOAD, {**ANSWERS, "document": "complaint.pdf"}).status_code == 404
    assert client.get(DOWNLOAD).status_code == 405


def test_nothing_is_stored_for_anonymous_use(client, guides):
    before = rows()

    client.get(URL)
    client.post(URL, ANSWERS)
    client.post(URL, {**ANSWERS, "change": "1"})
    client.post(URL, {**ANSWERS, "date_of_birth": "2030-01-01"})
    client.post(DOWNLOAD, {**ANSWERS, "document": "request.pdf"})
    response = client.post(DOWNLOAD, {**ANSWERS, "document": "authority.docx"})

    assert rows() == before
    assert "sessionid" not in response.cookies and "sessionid" not in client.cookies


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("2030-01-01", "A date of birth cannot be after today."),
        ("1890-05-01", "Check the year of your date of birth. It is before 1900."),
        ("1990-02-30", "Give a real date: the day, the month and the year"),
    ],
)
def test_an_impossible_date_of_birth_is_explained_and_everything_else_is_kept(client, guides, typed, message):
    response = client.post(URL, {**ANSWERS, "date_of_birth": typed})

    html = response.content.decode()
    assert "There is a problem" in html
    assert message in html
    assert f'value="{typed}"' in html
    assert 'value="Amira Haddad"' in html and 'value="LHR/7654321"' in html
    assert "Flat 2, 10 Mill Road\nLeeds\nLS2 9AA</textarea>" in html
    assert 'value="recordings"\n          \n            checked="checked"' in html
    assert "I was interviewed at Croydon in May 2025.</textarea>" in html


def test_references_in_a_wrong_format_are_explained(client, guides):
    response = client.post(URL, {**ANSWERS, "home_office_reference": "12345", "port_reference": "LHR/<1>"})

    html = response.content.decode()
    assert "This does not look like a Home Office reference" in html
    assert "This does not look like a port reference" in html
    assert 'value="12345"' in html and 'value="LHR/&lt;1&gt;"' in html


def test_missing_answers_for_the_way_of_replying_are_asked_for(client, guides):
    html = client.post(
        URL, {**ANSWERS, "reply_by": "email", "email": "", "sent_by": "someone", "representative_name": ""}
    ).content.decode()

    assert "Give your email address, so the Home Office can send the answer by email." in html
    assert "Give the name of the person who sends it for you." in html


def test_change_my_answers_shows_the_form_filled_in(client, guides):
    html = client.post(URL, {**ANSWERS, "change": "1"}).content.decode()

    assert "Make my letter" in html
    assert 'value="Amira Haddad"' in html
    assert "There is a problem" not in html


def test_what_was_typed_is_escaped_on_the_result_page(client, guides):
    payload = '<script>alert("x")</script>'

    html = client.post(URL, {**ANSWERS, "full_name": payload, "own_words": payload}).content.decode()

    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_in_arabic_the_page_is_right_to_left_and_the_letter_stays_english_and_left_to_right(client, guides):
    html = client.post("/ar/file-request/", ANSWERS).content.decode()

    assert '<html lang="ar" dir="rtl" ' in html
    assert '<article class="letter" lang="en" dir="ltr">' in html
    assert "I am making a subject access request" in html
    assert "<bdi>H1234567</bdi>" in html


def test_a_signed_in_person_can_save_the_request_on_one_of_their_cases(signed_in, case, guides):
    page = signed_in.post(URL, ANSWERS).content.decode()
    assert f'formaction="/en/cases/{case.public_id}/file-request/edit/"' in page
    assert "Save on “Amira&#x27;s appeal”" in page

    response = signed_in.post(f"/en/cases/{case.public_id}/file-request/edit/", {**ANSWERS, "save": "1"})

    assert response["Location"] == f"/en/cases/{case.public_id}/file-request/"
    saved = SubjectAccessRequest.objects.get(case=case)
    assert saved.full_name == "Amira Haddad"
    assert saved.wanted == ["screening", "interview", "recordings", "notes"]
    assert saved.address == "Flat 2, 10 Mill Road\r\nLeeds\r\nLS2 9AA" or saved.address.splitlines() == [
        "Flat 2, 10 Mill Road",
        "Leeds",
        "LS2 9AA",
    ]
    assert Event.objects.filter(case=case, message__contains="saved a request").exists()


def test_saving_on_a_case_that_already_holds_a_request_says_it_replaces_it(signed_in, case, guides):
    from tests.sar.helpers import save_request

    save_request(case, sent=date(2026, 11, 2), method="post")

    page = signed_in.post(URL, ANSWERS).content.decode()
    signed_in.post(f"/en/cases/{case.public_id}/file-request/edit/", {**ANSWERS, "save": "1"})

    assert "Replace the request on “Amira&#x27;s appeal”" in page
    saved = SubjectAccessRequest.objects.get(case=case)
    assert saved.representative_name == "Sam Jones"
    assert saved.sent == date(2026, 11, 2)  # the dates stay
