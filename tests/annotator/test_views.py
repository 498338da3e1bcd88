"""The annotator's pages: a letter pasted or uploaded, read on the public page without anything kept, saved
on a case, answered paragraph by paragraph, and every kind of bad input explained with nothing lost."""

import io
import re

import pypdf
import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from selfhelp.annotator import extract
from selfhelp.annotator.models import Letter, Paragraph
from selfhelp.cases.models import Event, Membership
from tests.annotator import make_letters
from tests.annotator.helpers import ERITREA, forty_paragraphs, letter_text, save_letter
from tests.cases.helpers import tool_line
from tests.weight import LIMIT, weight

START = "/en/letter/"
PAYLOAD = '<script>alert("x")</script><b>bold</b>'


@pytest.fixture(scope="session")
def made(tmp_path_factory):
    directory = tmp_path_factory.getbasetemp() / "letters"
    return lambda name, form: make_letters.made(directory, name, form)


@pytest.fixture(scope="session")
def photos(tmp_path_factory):
    """Photos of the first two pages of the Eritrea letter, as a phone takes them (the second a PNG)."""
    directory = tmp_path_factory.getbasetemp() / "letters"
    return make_letters.made_photos(directory, ERITREA, (0, 1))


def text_of(response):
    """The words a person reads: inline tags removed, other tags as spaces."""
    html = re.sub(r"</?(?:bdi|b|strong|a|span|mark|time)\b[^>]*>", "", response.content.decode())
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("&#x27;", "'")


def file_error(response):
    """The message shown beside the file field."""
    html = response.content.decode()
    group = html[html.index('id="div_id_files"') :]
    group = group[: group.index('id="id_files"')]
    assert "govuk-form-group--error" in group[:120]
    found = re.search(r'class="govuk-error-message">(.*?)</span>\s*<input', group, re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", found.group(1))).replace("&#x27;", "'").strip()


def rows():
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


def upload(name, data, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def jpeg(size=(40, 40)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "white").save(buffer, "JPEG")
    return buffer.getvalue()


def letter_url(case, rest=""):
    return f"/en/cases/{case.public_id}/letter/{rest}"


# --- the public page -----------------------------------------------------------------------------------


def test_the_start_page_offers_to_paste_or_upload_without_an_account(client, guides):
    response = client.get(START)

    page = text_of(response)
    assert response.status_code == 200
    assert "What does my refusal letter say?" in page
    assert "Paste the text of the letter" in page and "Or upload the letter" in page
    assert "Reading photos takes a few seconds for each page" in page
    assert "We do not keep your letter" in page
    html = response.content.decode()
    assert 'enctype="multipart/form-data"' in html
    assert re.search(r'<input type="file" name="files" accept="[^"]*\.jpg[^"]*" multiple', html)


def test_a_pasted_letter_is_split_into_its_paragraphs_with_its_details_kinds_and_references(client, guides):
    response = client.post(START, {"text": letter_text()})

    page = text_of(response)
    assert "Your letter, paragraph by paragraph" in page
    assert "Home Office reference T1108822" in page
    assert "Port reference EAS/2023/04417" in page
    assert "Date of the letter 14 March 2024" in page
    assert "We found 31 paragraphs" in page
    assert "Paragraph 7 Whether you are believed (credibility)" in page
    assert "Paragraph 5 Accepted in your favour" in page
    assert "Paragraph 19 Section 8: how you behaved" in page
    assert "Paragraph 26 Article 8: family and private life" in page
    # An accepted point inside a paragraph of another kind is shown as such.
    assert "Accepted in your favour It is accepted that conscription at this age is consistent" in page
    # The address block and the page furniture are not paragraphs.
    assert "Harehills Lane" not in page and "Page 1 of" not in page
    html = response.content.decode()
    assert '<a href="#ref-' in html  # each marked reference links to its explanation
    assert "What the references mean" in page
    # Each kind explained once for the whole letter (each reference in full on a case's paragraph page).
    assert "Your asylum interview record (AIR): the written record of your main interview." in page
    assert "Country guidance cases The tribunal chose these cases to guide judges about one country." in page
    assert "Paragraphs of the Immigration Rules: the rules the Home Office must follow." in page
    assert "Dates Check each date against your interviews" in page
    assert 'href="/en/glossary/air/"' in html and 'href="/en/glossary/section-8/"' in html
    assert 'href="/en/guides/reading-your-letter/#mistakes"' in html
    assert html.count("<dt id=") <= 14


def test_a_pdf_is_read_from_its_text_layer(client, guides, made):
    pdf = made(ERITREA, "pdf-hanging").read_bytes()

    response = client.post(START, {"files": [upload("refusal.pdf", pdf, "application/pdf")]})

    page = text_of(response)
    assert "We found 31 paragraphs" in page
    assert "Home Office reference T1108822" in page
    assert "Paragraph 27" in page


def test_a_word_file_is_read_with_its_automatic_numbers(client, guides, made):
    docx = made("sudan_darfur", "docx-auto").read_bytes()

    response = client.post(START, {"files": [upload("refusal.docx", docx)]})

    page = text_of(response)
    assert "We found 21 paragraphs" in page
    assert "Home Office reference A4402981" in page


@pytest.mark.skipif(not extract.ocr_available(), reason="Tesseract is not installed")
def test_photos_of_the_pages_are_read_by_ocr(client, guides, photos):
    files = [upload(path.name, path.read_bytes(), "image/jpeg") for path in photos]

    response = client.post(START, {"files": files}, follow=True)  # read in the background, then shown

    page = text_of(response)
    assert "Home Office reference T1108822" in page
    assert "Paragraph 1 " in page and "Paragraph 12 " in page  # the second photo's paragraphs
    assert "you were conscripted into national service" in page


@pytest.mark.skipif(not extract.ocr_available(), reason="Tesseract is not installed")
def test_a_scanned_pdf_goes_to_ocr(client, guides, photos):
    scan = io.BytesIO()
    Image.open(photos[0]).convert("RGB").save(scan, "PDF", resolution=200)

    scanned = upload("scan.pdf", scan.getvalue(), "application/pdf")
    response = client.post(START, {"files": [scanned]}, follow=True)  # read in the background

    page = text_of(response)
    assert "Home Office reference T1108822" in page
    assert "Paragraph 1 " in page


def test_several_photos_are_read_in_the_order_chosen(client, guides, monkeypatch):
    seen = []

    def read(files, **budgets):
        seen.extend(name for name, _ in files)
        return extract.Extracted("1. It is accepted that you are a national of Eritrea.", 3, "image-ocr")

    monkeypatch.setattr("selfhelp.annotator.importing.extract.text_from_uploads", read)
    monkeypatch.setattr("selfhelp.annotator.forms.extract.ocr_available", lambda: True)
    files = [upload(name, jpeg(), "image/jpeg") for name in ("page-3.jpg", "page-1.jpg", "page-2.png")]

    response = client.post(START, {"files": files})

    assert seen == ["page-3.jpg", "page-1.jpg", "page-2.png"]
    assert "Paragraph 1" in text_of(response)


def test_a_letter_without_paragraph_numbers_is_split_at_blank_lines_and_the_person_is_told(client, guides):
    response = client.post(START, {"text": letter_text("unnumbered_further_submissions")})

    page = text_of(response)
    assert "We could not find paragraph numbers in your letter" in page
    assert "numbered the parts 1, 2, 3 ourselves" in page
    assert "We found 9 paragraphs" in page


def test_nothing_is_stored_for_anonymous_use(client, guides, made):
    before = rows()

    client.get(START)
    client.post(START, {"text": letter_text()})
    client.post(START, {"files": [upload("refusal.docx", made("sudan_darfur", "docx-auto").read_bytes())]})
    client.post(START, {"files": [upload("refusal.pdf", b"%PDF-1.7\n" + b"\x00junk" * 50)]})
    response = client.post(START, {"text": ""})

    assert rows() == before
    assert "sessionid" not in response.cookies and "sessionid" not in client.cookies


def test_what_the_letter_says_is_escaped_on_the_result_page(client, guides):
    text = letter_text().replace("you said that", f"you said {PAYLOAD} that", 1)

    html = client.post(START, {"text": text}).content.decode()

    assert "<script>alert" not in html and "<b>bold</b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;" in html


def test_in_arabic_the_page_is_right_to_left_and_the_letter_left_to_right(client, guides):
    html = client.post("/ar/letter/", {"text": letter_text()}).content.decode()

    assert '<html lang="ar" dir="rtl" ' in html
    assert '<blockquote class="letter-text" lang="en" dir="ltr">' in html
    assert "<bdi>T1108822</bdi>" in html


def test_a_signed_in_person_can_save_the_letter_on_one_of_their_cases(signed_in, case, guides):
    html = signed_in.post(START, {"text": letter_text()}).content.decode()

    assert f'formaction="/en/cases/{case.public_id}/letter/import/"' in html
    assert "Save on “Amira&#x27;s appeal”" in html
    fields = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', html))
    parts = re.findall(r'<input type="hidden" name="paragraph" value="([^"]*)">', html)
    assert fields["home_office_reference"] == "T1108822" and fields["letter_date"] == "2024-03-14"
    assert len(parts) == 31

    response = signed_in.post(
        letter_url(case, "import/"),
        {**fields, "paragraph": [part.replace("&#x27;", "'").replace("&quot;", '"') for part in parts]},
    )

    assert response.status_code == 302
    letter = Letter.objects.get(case=case)
    assert letter.home_office_reference == "T1108822" and letter.port_reference == "EAS/2023/04417"
    assert [p.number for p in letter.paragraphs.all()] == [str(n) for n in range(1, 32)]
    assert letter.paragraphs.get(position=5).section == "Nationality"
    assert letter.paragraphs.get(position=5).kind == "accepted"
    assert "(AIR Q45)" in letter.paragraphs.get(position=7).text


def test_an_anonymous_visitor_is_offered_an_account_to_write_answers(client, guides):
    page = text_of(client.post(START, {"text": letter_text()}))

    assert "Make an account (no email address needed) or log in" in page


def test_parts_that_do_not_fit_together_are_refused(signed_in, case, guides):
    response = signed_in.post(letter_url(case, "import/"), {"paragraph": ["1\t\t"], "letter_date": "x"})

    assert response.status_code == 400
    assert not Letter.objects.exists()


# --- bad input: a clear message beside the file field, and nothing lost ----------------------------------


def encrypted_pdf(made):
    writer = pypdf.PdfWriter(clone_from=made("sudan_darfur", "pdf-inline"))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    data = io.BytesIO()
    writer.write(data)
    return data.getvalue()


@pytest.mark.parametrize(
    ("files", "message"),
    [
        (
            lambda made: [upload("letter.pdf", encrypted_pdf(made))],
            "This PDF is locked with a password, so we cannot read it.",
        ),
        (
            lambda made: [upload("letter.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 100)],
            "This file seems to be damaged, so we cannot read it.",
        ),
        (
            lambda made: [upload("letter.pdf", made("sudan_darfur", "docx-typed").read_bytes())],
            "What is inside this file does not match the end of its name (like .pdf or .docx).",
        ),
        (lambda made: [upload("letter.txt", b"   \n\n  ")], "We could not find any words in this."),
        (
            lambda made: [upload("letter.doc", b"\xd0\xcf\x11\xe0 old word")],
            "We cannot read this kind of file. Upload a PDF, a Word file (.docx), a text file (.txt) or "
            "photos of the pages (.jpg or .png). Old Word files (.doc) cannot be read",
        ),
        (
            lambda made: [upload("IMG_0001.HEIC", b"\x00\x00\x00\x18ftypheic")],
            "Photos in HEIC format cannot be read: set the phone's camera to take JPEG photos",
        ),
        (
            lambda made: [upload(f"page-{n}.jpg", jpeg()) for n in range(21)],
            "You chose 21 files. You can send up to 20 photos at once",
        ),
        (
            lambda made: [upload("letter.pdf", b"%PDF-1.7"), upload("page-2.jpg", jpeg())],
            "Several files at once can only be photos of the pages",
        ),
    ],
    ids=["encrypted", "damaged", "wrong-type", "empty", "old-word", "heic", "too-many-photos", "mixed"],
)
def test_a_file_that_cannot_be_read_is_explained_beside_the_file_field(client, guides, made, files, message):
    response = client.post(START, {"files": files(made)})

    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert message in file_error(response)
    assert "<title>Error:" in response.content.decode()


def test_a_file_too_large_is_refused_before_it_is_read(client, guides, settings, monkeypatch):
    settings.LETTER_UPLOAD_MAX_BYTES = 1000
    monkeypatch.setattr(
        "selfhelp.annotator.importing.extract.text_from_uploads",
        lambda *args, **kwargs: pytest.fail("a file over the limit must not be read"),
    )

    response = client.post(START, {"files": [upload("letter.txt", b"1. Too long. " * 200)]})

    assert "This is too big to read here: the limit is 1000" in file_error(response)


def test_a_page_that_takes_too_long_to_read_is_explained(client, guides, monkeypatch):
    def slow(*args, **kwargs):
        raise extract.ExtractError("timeout")

    monkeypatch.setattr("selfhelp.annotator.importing.extract.text_from_uploads", slow)
    monkeypatch.setattr("selfhelp.annotator.forms.extract.ocr_available", lambda: True)

    response = client.post(START, {"files": [upload("page-1.jpg", jpeg())]})

    assert "Reading a page took too long" in file_error(response)


def test_photos_when_this_server_cannot_read_photos_are_explained(client, guides, monkeypatch):
    monkeypatch.setattr("selfhelp.annotator.forms.extract.ocr_available", lambda: False)

    response = client.post(START, {"files": [upload("page-1.jpg", jpeg())]})

    assert "Reading photos and scans is not available at the moment" in file_error(response)


def test_pasted_text_and_a_file_together_ask_for_one_and_keep_the_text(client, guides):
    response = client.post(
        START, {"text": "1. My letter <b>text</b>", "files": [upload("a.pdf", b"%PDF-1.7")]}
    )

    assert "You pasted text and chose files. Use one" in file_error(response)
    assert "1. My letter &lt;b&gt;text&lt;/b&gt;</textarea>" in response.content.decode()


def test_nothing_given_asks_for_the_letter(client, guides):
    response = client.post(START, {"text": "   "})

    assert "Paste the text of your letter, or choose the file or photos of it." in text_of(response)


def test_nul_characters_copied_from_a_pdf_are_left_out(signed_in, case, guides):
    response = signed_in.post(
        letter_url(case, "import/"), {"text": letter_text().replace("Sawa", "Sa\x00wa")}
    )

    assert response.status_code == 302
    assert "\x00" not in Paragraph.objects.for_case(case).get(position=8).text
    assert "Sawa" in Paragraph.objects.for_case(case).get(position=8).text


def test_text_of_page_furniture_only_finds_no_paragraphs(client, guides):
    response = client.post(START, {"text": "OFFICIAL - SENSITIVE\nPage 1 of 3\n"})

    page = text_of(response)
    assert "There is a problem" in page and "We could not find any paragraphs in it." in page


# --- on a case -----------------------------------------------------------------------------------------


def test_a_case_without_a_letter_offers_to_bring_it_in(signed_in, case, guides):
    response = signed_in.get(letter_url(case))

    page = text_of(response)
    assert "Your refusal letter" in page and "Bring your refusal letter in" in page
    assert f'action="/en/cases/{case.public_id}/letter/import/"' in response.content.decode()
    assert "Read my letter and save it" in response.content.decode()


def test_pasting_on_a_case_saves_the_letter_its_paragraphs_and_a_line_of_history(
    signed_in, case, user, guides
):
    response = signed_in.post(letter_url(case, "import/"), {"text": letter_text()})

    assert response.status_code == 302 and response["Location"] == letter_url(case)
    letter = Letter.objects.get(case=case)
    assert letter.numbered and letter.source == "pasted" and letter.imported_by == user
    assert letter.letter_date.isoformat() == "2024-03-14"
    assert letter.paragraphs.count() == 31
    paragraph = letter.paragraphs.get(position=19)
    assert paragraph.kind == paragraph.suggested_kind == "section-8"
    assert not paragraph.reviewed
    assert Event.objects.filter(case=case, message__contains="added the refusal letter").get().values == {
        "count": 31
    }
    page = text_of(signed_in.get(letter_url(case)))
    assert "Your letter is saved: 31 paragraphs." in page


def test_uploading_a_word_file_on_a_case_says_how_it_came_in(signed_in, case, guides, made):
    docx = made("afghanistan_ngo_worker", "docx-typed").read_bytes()

    signed_in.post(letter_url(case, "import/"), {"files": [upload("letter.docx", docx)]})

    letter = Letter.objects.get(case=case)
    assert letter.source == "docx"
    assert "Read from a Word file" in text_of(signed_in.get(letter_url(case)))


def test_an_unnumbered_letter_on_a_case_is_saved_and_the_person_is_told(signed_in, case, guides):
    signed_in.post(letter_url(case, "import/"), {"text": letter_text("unnumbered_further_submissions")})

    page = text_of(signed_in.get(letter_url(case)))
    assert not Letter.objects.get(case=case).numbered
    assert "It has no paragraph numbers, so we split it at blank lines" in page
    assert "We could not find paragraph numbers in your letter" in page


def test_the_list_of_forty_paragraphs_shows_first_words_kinds_and_progress_not_every_text(
    signed_in, case, user, guides
):
    letter = save_letter(case, user, forty_paragraphs())
    paragraph = letter.paragraphs.get(position=7)
    paragraph.response, paragraph.reviewed_at = "mistake", paragraph.letter.imported
    paragraph.save()

    response = signed_in.get(letter_url(case))

    page = text_of(response)
    assert "1 of 40 paragraphs reviewed" in page
    assert "Go on where you stopped" in page
    assert "7 However, when asked at your screening interview when you had joined national …" in page
    assert "✓ A mistake of fact" in page
    assert "to undermine your account of when you were conscripted" not in page  # not the whole text
    assert "What is wrong in my refusal letter (PDF)" in page and "The letter with my notes (PDF)" in page
    html = response.content.decode()
    assert html.count(f'href="/en/cases/{case.public_id}/letter/') >= 40
    assert '<h3 lang="en" dir="ltr">Claimed desertion from national service</h3>' in html


def test_a_paragraph_page_shows_its_words_kind_references_and_the_answer_form(signed_in, case, user, guides):
    save_letter(case, user)

    response = signed_in.get(letter_url(case, "7/"))

    page = text_of(response)
    html = response.content.decode()
    assert "Paragraph 7" in page and "Claimed desertion from national service" in page
    assert "<mark>AIR Q45</mark>" in html and "<mark>August 2019</mark>" in html
    assert "Question 45 of your asylum interview record (AIR)" in page
    assert "Question 4.1 of your screening interview record (SCI)" in page
    assert "A date: August 2019." in page
    assert "We suggested: Whether you are believed (credibility)." in page
    for label in (
        "I agree",
        "I disagree",
        "It has a mistake of fact: a date, a place, an interpreting error",
        "Something was not considered",
        "I am not sure: ask a lawyer",
    ):
        assert label in page
    assert "Where the truth is shown" in page and "Evidence that would answer it" in page
    assert "Save and go to the next paragraph" in html
    assert f'data-store="{case.public_id}:' in html
    assert '<script src="/static/js/letter.js" defer></script>' in html
    assert "0 of 31 paragraphs reviewed" in page


def test_a_paragraph_that_accepts_something_shows_it(signed_in, case, user, guides):
    save_letter(case, user)

    page = text_of(signed_in.get(letter_url(case, "6/")))

    assert "Accepted in your favour It is accepted that conscription at this age is consistent" in page


def test_saving_an_answer_marks_it_reviewed_records_it_and_goes_to_the_next(signed_in, case, user, guides):
    save_letter(case, user)
    answer = {
        "kind": "credibility",
        "response": "mistake",
        "comment": "I said I reported to Sawa in August 2019.",
        "truth": "AIR Q48 says March 2023",
        "evidence_needed": "My school leaving certificate",
        "next": "Save and go to the next paragraph",
    }

    response = signed_in.post(letter_url(case, "7/"), answer)

    assert response.status_code == 302 and response["Location"] == letter_url(case, "8/")
    paragraph = Paragraph.objects.for_case(case).get(position=7)
    assert paragraph.reviewed and paragraph.updated_by == user
    assert paragraph.response == "mistake" and paragraph.truth == "AIR Q48 says March 2023"
    assert paragraph.evidence_needed == "My school leaving certificate"
    assert Event.objects.filter(case=case, message__contains="wrote about paragraph").get().values == {
        "number": "7"
    }
    assert "1 of 31 paragraphs reviewed" in text_of(signed_in.get(letter_url(case)))
    case_home = text_of(signed_in.get(f"/en/cases/{case.public_id}/history/"))
    assert "You wrote about paragraph 7 of the refusal letter" in case_home


def test_save_stays_on_the_paragraph_and_the_last_one_goes_back_to_the_list(signed_in, case, user, guides):
    save_letter(case, user)

    stay = signed_in.post(letter_url(case, "3/"), {"kind": "other", "response": "agree", "stay": "Save"})
    last = signed_in.post(letter_url(case, "31/"), {"kind": "decision", "response": "agree", "next": "1"})

    assert stay["Location"] == letter_url(case, "3/")
    assert last["Location"] == letter_url(case)
    assert "Save and see all the paragraphs" in signed_in.get(letter_url(case, "31/")).content.decode()


def test_a_comment_without_an_answer_is_kept_but_not_counted_as_reviewed(signed_in, case, user, guides):
    save_letter(case, user)

    signed_in.post(letter_url(case, "9/"), {"kind": "credibility", "comment": "Ask about this", "next": "1"})

    paragraph = Paragraph.objects.for_case(case).get(position=9)
    assert paragraph.comment == "Ask about this" and not paragraph.reviewed


def test_the_kind_can_be_changed(signed_in, case, user, guides):
    save_letter(case, user)

    signed_in.post(letter_url(case, "4/"), {"kind": "credibility", "response": "disagree", "stay": "1"})

    paragraph = Paragraph.objects.for_case(case).get(position=4)
    assert paragraph.kind == "credibility" and paragraph.suggested_kind == "other"


def test_the_script_gets_an_answer_in_json(signed_in, case, user, guides):
    save_letter(case, user)

    response = signed_in.post(
        letter_url(case, "7/"),
        {"kind": "credibility", "response": "disagree", "comment": "Not true", "next": "1"},
        headers={"Accept": "application/json"},
    )
    wrong = signed_in.post(
        letter_url(case, "7/"), {"kind": "nonsense", "stay": "1"}, headers={"Accept": "application/json"}
    )

    assert response.json() == {"saved": True, "reviewed": 1, "total": 31, "next": letter_url(case, "8/")}
    assert wrong.status_code == 400 and wrong.json()["saved"] is False and "kind" in wrong.json()["errors"]


def test_a_supporter_can_write_answers_too(client, case, make_user, user, guides):
    supporter = make_user("sam")
    Membership.objects.create(case=case, user=supporter, role=Membership.Role.SUPPORTER)
    save_letter(case, user)
    client.force_login(supporter)

    client.post(letter_url(case, "2/"), {"kind": "other", "response": "agree", "stay": "1"})

    assert Paragraph.objects.for_case(case).get(position=2).updated_by == supporter


def test_a_paragraph_is_found_only_by_its_position_in_this_cases_letter(signed_in, case, user, guides):
    from selfhelp.cases.models import Case

    other = Case.objects.create(name="Someone else's")
    other_letter = save_letter(other, None)
    save_letter(case, user, letter_text("sudan_darfur"))
    other_paragraph = other_letter.paragraphs.get(position=25)

    assert signed_in.get(letter_url(case, "25/")).status_code == 404  # this letter has 21
    assert signed_in.get(letter_url(case, f"{other_paragraph.pk}/")).status_code == 404
    assert signed_in.get(letter_url(case, "0/")).status_code == 404


def test_paragraph_pages_and_downloads_are_not_found_without_a_letter(signed_in, case, guides):
    assert signed_in.get(letter_url(case, "1/")).status_code == 404
    assert signed_in.get(letter_url(case, "download/refusal-letter-with-my-notes.pdf")).status_code == 404


def test_an_unknown_download_is_not_found(signed_in, case, user, guides):
    save_letter(case, user)

    assert signed_in.get(letter_url(case, "download/secrets.zip")).status_code == 404


def test_typed_words_are_escaped_on_every_page(signed_in, case, user, guides):
    save_letter(case, user)
    signed_in.post(
        letter_url(case, "7/"),
        {"kind": "credibility", "response": "disagree", "comment": PAYLOAD, "truth": PAYLOAD, "stay": "1"},
    )

    for address in (letter_url(case, "7/"), letter_url(case)):
        html = signed_in.get(address).content.decode()
        assert "<script>alert" not in html and "<b>bold</b>" not in html
    assert (
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
        in signed_in.get(letter_url(case, "7/")).content.decode()
    )


# --- replacing the letter ------------------------------------------------------------------------------


def answered(case, user):
    letter = save_letter(case, user)
    paragraph = letter.paragraphs.get(position=7)
    paragraph.response, paragraph.comment = "mistake", "It was August"
    paragraph.save()
    return letter


def test_replacing_a_letter_with_notes_asks_first_and_keeps_what_was_read(
    signed_in, case, user, guides, made
):
    answered(case, user)
    docx = made("sudan_darfur", "docx-typed").read_bytes()

    response = signed_in.post(letter_url(case, "import/"), {"files": [upload("new.docx", docx)]})

    page = text_of(response)
    assert response.status_code == 200
    assert "Replace the letter" in page and "Your notes on 1 paragraph are deleted with it." in page
    assert "Tick the box to replace the letter, or go back to keep it." in page
    html = response.content.decode()
    assert "A4402981" in html[html.index('name="text"') :]  # the Word file's text, kept in the box
    assert 'name="source" value="docx"' in html
    assert Paragraph.objects.for_case(case).get(position=7).comment == "It was August"

    text = re.search(r'<textarea name="text"[^>]*>\n?(.*?)</textarea>', html, re.S).group(1)
    import html as html_module

    confirmed = signed_in.post(
        letter_url(case, "import/"), {"text": html_module.unescape(text), "source": "docx", "replace": "on"}
    )

    assert confirmed.status_code == 302
    letter = Letter.objects.get(case=case)
    assert letter.source == "docx" and letter.home_office_reference == "A4402981"
    assert Event.objects.filter(case=case, message__contains="replaced the refusal letter").get().values == {
        "count": 21,
        "notes": 1,
    }


def test_replacing_from_the_public_page_asks_first_when_there_are_notes(signed_in, case, user, guides):
    answered(case, user)
    html = signed_in.post(START, {"text": letter_text("sudan_darfur")}).content.decode()
    assert "Replace the letter on “Amira&#x27;s appeal”" in html
    fields = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', html))
    parts = re.findall(r'<input type="hidden" name="paragraph" value="([^"]*)">', html)

    asked = signed_in.post(letter_url(case, "import/"), {**fields, "paragraph": parts})
    unticked = signed_in.post(letter_url(case, "import/"), {**fields, "paragraph": parts, "confirm": "1"})
    ticked = signed_in.post(letter_url(case, "import/"), {**fields, "paragraph": parts, "replace": "1"})

    assert "Replace the letter?" in text_of(asked) and "notes on 1 paragraph" in text_of(asked)
    assert "Tick the box to replace the letter" in text_of(unticked)
    assert ticked.status_code == 302
    assert Letter.objects.get(case=case).home_office_reference == "A4402981"


def test_replacing_a_letter_without_notes_replaces_it_at_once(signed_in, case, user, guides):
    save_letter(case, user)

    response = signed_in.post(letter_url(case, "import/"), {"text": letter_text("sudan_darfur")})

    assert response.status_code == 302
    assert Letter.objects.get(case=case).paragraphs.count() == 21
    assert Event.objects.filter(case=case, message__contains="replaced").get().values == {"count": 21}


def test_a_file_that_cannot_be_read_leaves_the_letter_and_its_notes_as_they_were(
    signed_in, case, user, guides
):
    letter = answered(case, user)

    response = signed_in.post(letter_url(case, "import/"), {"files": [upload("new.pdf", b"%PDF-1.7 broken")]})

    assert "This file seems to be damaged" in file_error(response)
    assert Letter.objects.get(case=case).pk == letter.pk
    assert Paragraph.objects.for_case(case).get(position=7).comment == "It was August"


# --- the case home page, and page weights -----------------------------------------------------------------


def test_the_case_status_says_how_many_paragraphs_are_reviewed_and_nothing_without_a_letter(
    rf, case, user, guides
):
    request = rf.get("/")
    assert tool_line(case, "annotator", request).strip() == ""

    letter = save_letter(case, user, forty_paragraphs())
    letter.paragraphs.filter(position__lte=12).update(response="agree", reviewed_at=letter.imported)
    case.refresh_from_db()
    html = tool_line(case, "annotator", request)

    assert "12 of 40 paragraphs reviewed." in html
    assert f'href="/en/cases/{case.public_id}/letter/"' in html


def test_every_page_is_light_even_for_a_letter_of_forty_paragraphs(client, signed_in, case, user, guides):
    from django.test import Client

    anonymous = Client()
    pages = {
        "start": anonymous.get(START),
        "result": anonymous.post(START, {"text": forty_paragraphs()}),
        "result in Arabic": anonymous.post("/ar/letter/", {"text": forty_paragraphs()}),
        "result, signed in, with the letter to save": signed_in.post(START, {"text": forty_paragraphs()}),
        "the same in Arabic": signed_in.post("/ar/letter/", {"text": forty_paragraphs()}),
        "case without a letter": signed_in.get(letter_url(case)),
    }
    save_letter(case, user, forty_paragraphs())
    pages["list of 40 paragraphs"] = signed_in.get(letter_url(case))
    pages["list in Arabic"] = signed_in.get(f"/ar/cases/{case.public_id}/letter/")
    pages["a paragraph"] = signed_in.get(letter_url(case, "9/"))
    pages["replace"] = signed_in.get(letter_url(case, "import/"))

    for name, response in pages.items():
        print(name, weight(response.content.decode()))
        assert response.status_code == 200, name
        assert weight(response.content.decode()) < LIMIT, name


@pytest.mark.parametrize("number", ["=1+1", "@SUM(1)", "+1+1", "-1+1", "\t=1", "1a", "12345", ""])
def test_a_paragraph_number_posted_back_that_is_not_a_number_is_refused(signed_in, case, guides, number):
    response = signed_in.post(
        letter_url(case, "import/"), {"paragraph": [f"{number}\t\tSome text of the letter."]}
    )

    assert response.status_code == 400
    assert not Letter.objects.exists()


@pytest.mark.parametrize("missing", ["=1+1", "3 @SUM(1)"])
def test_missing_numbers_posted_back_that_are_not_numbers_are_refused(signed_in, case, guides, missing):
    response = signed_in.post(
        letter_url(case, "import/"), {"paragraph": ["1\t\tSome text of the letter."], "missing": missing}
    )

    assert response.status_code == 400


def test_a_heading_and_references_posted_back_are_kept_on_one_line(signed_in, case, guides):
    signed_in.post(
        letter_url(case, "import/"),
        {
            "paragraph": ["1\tNationality\r\n=cmd\tSome text of the letter."],
            "home_office_reference": "T1108822\r\nX",
        },
    )

    letter = Letter.objects.get()
    assert letter.paragraphs.get().section == "Nationality =cmd"
    assert letter.home_office_reference == "T1108822 X"
