"""The letters: every detail entered, escaped on the page, and the same words in the PDF and the Word file."""

import io
import re
from datetime import date

import docx
import pytest
from pypdf import PdfReader

from selfhelp.sar import documents, letters
from selfhelp.sar.models import Recipient, SubjectAccessRequest
from selfhelp.sar.tracking import progress
from tests.sar.helpers import SAVED

TODAY = date(2026, 11, 24)
PAYLOAD = '<script>alert("x")</script><b onmouseover="y()">bold</b> & "quotes"'


def person(**changes):
    return SubjectAccessRequest(
        **{
            **SAVED,
            "other_names": "Amira Al-Haddad",
            "port_reference": "LHR/7654321",
            "other_references": "Asylum support ref ASR-99",
            "email": "amira@example.org",
            "phone": "07700 900123",
            "wanted": ["screening", "recordings", "biometrics"],
            "own_words": "I was interviewed at Croydon in May 2025.\n\nMy first lawyer was in Leeds.",
            "identity": ["arc", "passport"],
            "identity_other": "A letter from my GP",
            "sent_by": "someone",
            "representative_name": "Sam Jones",
            "representative_organisation": "Leeds Refugee Help",
            "representative_contact": "1 Park Row\nLeeds LS1 5HN",
            **changes,
        }
    )


def flat(text):
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(content):
    return flat(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages))


def docx_text(content):
    return flat(" ".join(paragraph.text for paragraph in docx.Document(io.BytesIO(content)).paragraphs))


def html_text(html):
    return flat(re.sub(r"<[^>]+>", " ", html))


EVERY_DETAIL = [
    "Amira Haddad",
    "Amira Al-Haddad",
    "20 March 1990",
    "Syrian",
    "H1234567",
    "LHR/7654321",
    "Asylum support ref ASR-99",
    "Flat 2, 10 Mill Road",
    "LS2 9AA",
    "amira@example.org",
    "07700 900123",
    "the record of my screening interview",
    "any audio recordings of my screening and asylum interviews",
    "records of any fingerprint or other biometric matches",
    "I was interviewed at Croydon in May 2025.",
    "My first lawyer was in Leeds.",
    "my application registration card (ARC)",
    "my passport",
    "A letter from my GP",
    "Sam Jones of Leeds Refugee Help",
    "24 November 2026",
    "Subject Access Request Unit (SARU), Home Office",
    "CR0 2WF",
    "Article 15",
    "Article 12(3)",
    "one month",
]


@pytest.mark.django_db
@pytest.mark.parametrize("file_format", ["pdf", "docx"])
def test_the_request_letter_holds_every_detail_entered(file_format):
    letter = letters.build("request", person(), None, TODAY)

    response = documents.response(letter, file_format)

    text = pdf_text(response.content) if file_format == "pdf" else docx_text(response.content)
    for detail in EVERY_DETAIL:
        assert detail in text, detail
    assert response["Content-Disposition"] == f'attachment; filename="subject-access-request.{file_format}"'


@pytest.mark.django_db
def test_the_page_preview_holds_the_same_words_as_the_pdf():
    from django.template.loader import render_to_string

    letter = letters.build("request", person(), None, TODAY)

    preview = html_text(render_to_string("sar/includes/letter.html", {"letter": letter}))

    for detail in EVERY_DETAIL:
        assert detail in preview, detail


@pytest.mark.django_db
def test_whatever_was_typed_is_escaped_on_the_page_and_kept_as_plain_text_in_the_files():
    from django.template.loader import render_to_string

    letter = letters.build(
        "request", person(full_name=PAYLOAD, own_words=PAYLOAD, address=PAYLOAD), None, TODAY
    )

    page = render_to_string("sar/includes/letter.html", {"letter": letter})
    assert "<script>" not in page and "<b onmouseover" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert 'alert("x")' in pdf_text(documents.letter_pdf(letter))
    assert '<script>alert("x")</script><b onmouseover="y()">bold</b> & "quotes"' in docx_text(
        documents.letter_docx(letter)
    )


@pytest.mark.django_db
def test_control_characters_pasted_in_do_not_break_the_word_file():
    letter = letters.build("request", person(own_words="Line one\x0bline two\x00\x1b end"), None, TODAY)

    text = docx_text(documents.letter_docx(letter))

    assert "Line one line two end" in text


@pytest.mark.django_db
def test_the_word_file_does_not_name_its_author():
    letter = letters.build("request", person(), None, TODAY)

    properties = docx.Document(io.BytesIO(documents.letter_docx(letter))).core_properties

    assert properties.author == ""
    assert properties.title == "Subject access request"


@pytest.mark.django_db
@pytest.mark.parametrize("file_format", ["pdf", "docx"])
def test_the_authority_form_names_the_person_and_who_may_act_for_them_with_lines_to_sign(file_format):
    letter = letters.build("authority", person(), None, TODAY)

    content = documents.response(letter, file_format).content

    text = pdf_text(content) if file_format == "pdf" else docx_text(content)
    assert (
        "I, Amira Haddad, born on 20 March 1990, Home Office reference H1234567, authorise Sam Jones of "
        "Leeds Refugee Help to make a subject access request to the Home Office on my behalf and to receive "
        "my personal data." in text
    )
    assert "Signature: ___" in text and "Date: ___" in text


@pytest.mark.django_db
def test_a_request_sent_by_the_person_has_no_authority_paragraph_and_asks_for_the_answer_by_email():
    request = person(sent_by="self", representative_name="", reply_by="email", identity=[], identity_other="")

    text = docx_text(documents.letter_docx(letters.build("request", request, None, TODAY)))

    assert "authorise" not in text
    assert "Please send your reply and my data to me by email at amira@example.org." in text
    assert "I do not have a photo identity document to enclose." in text
    assert letters.available(request, None) == ("request",)


def late(**dates):
    request = person(
        sent_by="self",
        method="post",
        sent=date(2026, 3, 3),
        **dates,
    )
    return request, progress(request.dates(), date(2026, 4, 20))


@pytest.mark.django_db
def test_the_reminder_fills_in_the_dates_sent_received_and_due():
    request, found = late()

    text = pdf_text(documents.letter_pdf(letters.build("reminder", request, found, date(2026, 4, 20))))

    assert "Subject access request of 3 March 2026: no response" in text
    assert (
        "On 3 March 2026 I made a subject access request for my personal data under Article 15 of the UK "
        "GDPR by post." in text
    )
    assert "It should have reached you by 5 March 2026." in text
    assert "you had to respond by 7 April 2026. I have not received my data." in text
    assert "by 4 May 2026 at the latest, 14 days from the date of this letter" in text


@pytest.mark.django_db
def test_the_reminder_after_a_refusal_under_the_exemption_asks_for_a_review():
    request, found = late(response=date(2026, 3, 30), outcome="refused", exemption=True)

    text = docx_text(documents.letter_docx(letters.build("reminder", request, found, date(2026, 4, 20))))

    assert "please review your response" in text
    assert "On 30 March 2026 you replied and refused my request." in text
    assert "paragraph 4 of Schedule 2 to the Data Protection Act 2018" in text
    assert "would be likely to prejudice the maintenance of effective immigration control" in text


@pytest.mark.django_db
def test_the_complaint_goes_to_the_ico_with_every_date_filled_in():
    request, found = late(received=date(2026, 3, 4), reminder_sent=date(2026, 4, 10))
    found = progress(request.dates(), date(2026, 4, 30))

    text = pdf_text(documents.letter_pdf(letters.build("complaint", request, found, date(2026, 4, 30))))

    assert "Information Commissioner's Office" in text
    assert "Wycliffe House" in text and "SK9 5AF" in text
    assert "On 3 March 2026 I made a subject access request to the Home Office" in text
    assert "It received it on 4 March 2026." in text
    assert "the Home Office had to respond by 7 April 2026" in text
    assert "On 10 April 2026 I wrote to the Home Office to remind it." in text
    assert "My letter to the Home Office of 10 April 2026" in text


@pytest.mark.django_db
def test_the_letters_are_in_english_whatever_the_reader_s_language():
    from django.utils import translation

    with translation.override("ar"):
        letter = letters.build("request", person(), None, TODAY)

    assert letter.date == "24 November 2026"
    assert letter.body[0].text.startswith("I am making a subject access request")


@pytest.mark.django_db
def test_an_address_changed_in_the_admin_goes_into_the_next_letter():
    Recipient.objects.filter(key="home-office").update(
        name="Subject Access Request Unit", address="PO Box 1\nCroydon\nCR9 9ZZ"
    )

    letter = letters.build("request", person(), None, TODAY)

    assert letter.recipient == ("Subject Access Request Unit", "PO Box 1", "Croydon", "CR9 9ZZ")


@pytest.mark.django_db
def test_the_recipients_are_seeded_with_the_date_they_were_checked_and_what_to_check():
    home_office, ico = Recipient.objects.get(key="home-office"), Recipient.objects.get(key="ico")

    assert home_office.last_checked == ico.last_checked == date(2026, 11, 24)
    assert "CR0 2WF" in home_office.address
    assert home_office.email == ""  # not confirmed: the page says so
    assert "could not confirm an email address" in home_office.check_note
    assert ico.address_lines == ["Wycliffe House", "Water Lane", "Wilmslow", "Cheshire", "SK9 5AF"]
    assert "Information Commission" in ico.check_note


@pytest.mark.django_db
def test_a_database_without_the_recipients_still_makes_letters():
    Recipient.objects.all().delete()

    letter = letters.build("request", person(), None, TODAY)

    assert letter.recipient[-1] == "CR0 2WF"
