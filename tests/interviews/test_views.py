"""Interview records on a case and the public check: bringing a record in, seeing what the letter cites
beside each paragraph, adding a finding to an answer, deleting, and the export."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from selfhelp.annotator import importing
from selfhelp.interviews.models import InterviewRecord
from tests.annotator.make_interviews import HERE

pytestmark = pytest.mark.django_db

AIR_TEXT = (HERE / "air-qa.txt").read_text()
LETTER_TEXT = (HERE / "letter-citing-air.txt").read_text()


def url(case, tail=""):
    return f"/en/cases/{case.public_id}/interviews/{tail}"


def save_letter(case, user):
    return importing.save(case, user, importing.from_text(LETTER_TEXT))


def bring_in(client, case, text=AIR_TEXT, kind="AIR"):
    return client.post(url(case), {"kind": kind, "text": text})


def test_a_pasted_record_is_split_and_saved_on_the_case(signed_in, case):
    response = bring_in(signed_in, case)

    assert response.status_code == 302
    assert response["Location"] == url(case, "AIR/")
    record = InterviewRecord.objects.get(case=case)
    assert (record.kind, record.interview_date.isoformat(), record.interpreter_language) == (
        "AIR",
        "2026-05-14",
        "Tigrinya",
    )
    assert record.questions.count() == 10
    page = signed_in.get(url(case, "AIR/")).content.decode()
    assert 'id="q6"' in page
    assert "I left Eritrea in March 2019 with my uncle." in page


def test_bringing_the_same_kind_again_replaces_it_and_the_history_says_so(signed_in, case):
    bring_in(signed_in, case)
    bring_in(signed_in, case, text="Q1. Are you well? A. Yes, I am.\nQ2. Your name? A. Selam Tesfay.")

    assert InterviewRecord.objects.get(case=case).questions.count() == 2
    assert case.events.filter(message="{user} brought in the {record}").count() == 2


def test_a_refusal_letter_is_refused_with_a_clear_message_and_the_text_kept(signed_in, case):
    response = bring_in(signed_in, case, text=LETTER_TEXT)
    page = response.content.decode()

    assert response.status_code == 200
    assert "We could not find numbered questions in it. Is it an interview record?" in page
    assert "At your asylum interview you stated" in page  # still in the box
    assert not InterviewRecord.objects.exists()


def test_an_uploaded_word_table_is_read(signed_in, case, tmp_path):
    from tests.annotator import make_interviews

    path = make_interviews.make_docx(tmp_path / "air.docx")
    upload = SimpleUploadedFile("air.docx", path.read_bytes())
    response = signed_in.post(url(case), {"kind": "AIR", "files": upload})

    assert response.status_code == 302
    assert InterviewRecord.objects.get(case=case).questions.count() == 10


def test_each_paragraph_shows_the_question_it_cites_and_whether_the_quote_is_fair(signed_in, case, user):
    save_letter(case, user)
    bring_in(signed_in, case)

    fair = signed_in.get(f"/en/cases/{case.public_id}/letter/2/").content.decode()
    misquoted = signed_in.get(f"/en/cases/{case.public_id}/letter/3/").content.decode()
    wrong_number = signed_in.get(f"/en/cases/{case.public_id}/letter/4/").content.decode()

    assert "What your interview record says" in fair
    assert "The words the letter uses are in your answer to question 6." in fair
    assert "I left Eritrea in March 2019 with my uncle." in fair
    assert "We could not find these words in your answer to question 6." in misquoted
    assert "they are in your answer to question 8. The letter may give the wrong question number." in (
        " ".join(wrong_number.split())
    )


def test_a_finding_is_added_to_the_answer_without_losing_what_was_typed(signed_in, case, user):
    letter = save_letter(case, user)
    bring_in(signed_in, case)
    paragraph = letter.paragraphs.get(position=3)
    paragraph.comment = "I never said June."
    paragraph.save()

    response = signed_in.post(f"/en/cases/{case.public_id}/letter/3/interview/", {"finding": "0"})

    assert response.status_code == 302
    paragraph.refresh_from_db()
    assert paragraph.comment.startswith("I never said June.\n\n")
    assert "The letter says I said “you left Eritrea in June 2019” at AIR Q6." in paragraph.comment
    assert "I left Eritrea in March 2019" in paragraph.comment
    signed_in.post(f"/en/cases/{case.public_id}/letter/3/interview/", {"finding": "0"})
    paragraph.refresh_from_db()
    assert paragraph.comment.count("The letter says I said") == 1  # added once


def test_a_finding_that_does_not_exist_is_404(signed_in, case, user):
    save_letter(case, user)
    bring_in(signed_in, case)

    add = f"/en/cases/{case.public_id}/letter/3/interview/"
    assert signed_in.post(add, {"finding": "9"}).status_code == 404
    assert signed_in.post(add, {"finding": "x"}).status_code == 404


def test_the_records_page_lists_what_the_letter_cites(signed_in, case, user):
    save_letter(case, user)
    bring_in(signed_in, case)
    page = " ".join(signed_in.get(url(case)).content.decode().split())

    assert "What the letter cites" in page
    assert "Your record has no question 45." in page
    assert "Bring the record in to see what it says." in page  # the SCI is cited but not brought in


def test_a_record_is_deleted_by_post_only(signed_in, case):
    bring_in(signed_in, case)

    assert signed_in.get(url(case, "AIR/delete/")).status_code == 405
    assert signed_in.post(url(case, "AIR/delete/")).status_code == 302
    assert not InterviewRecord.objects.exists()
    assert signed_in.get(url(case, "AIR/")).status_code == 404
    assert signed_in.get(url(case, "XYZ/")).status_code == 404


def test_someone_the_case_is_not_shared_with_gets_404(client, case, other_user, user):
    save_letter(case, user)
    InterviewRecord.objects.create(case=case, kind="AIR")
    client.force_login(other_user)

    for path in (url(case), url(case, "AIR/")):
        assert client.get(path).status_code == 404
    assert client.post(url(case, "AIR/delete/")).status_code == 404
    assert client.post(f"/en/cases/{case.public_id}/letter/3/interview/", {"finding": "0"}).status_code == 404
    assert InterviewRecord.objects.exists()


def test_download_everything_holds_the_record_and_delete_everything_removes_it(signed_in, case, user):
    bring_in(signed_in, case)

    archive = zipfile.ZipFile(io.BytesIO(signed_in.get("/en/accounts/download/").content))
    [name] = [name for name in archive.namelist() if name.endswith("interviews/air.txt")]
    text = archive.read(name).decode()
    assert "Q6. When did you leave Eritrea?" in text
    assert "A. I left Eritrea in March 2019" in text

    case.delete()
    assert not InterviewRecord.objects.exists()


# --- the public check: nothing stored -------------------------------------------------------------


def test_the_public_check_shows_every_reference_and_stores_nothing(client):
    from django.apps import apps

    before = {model: model.objects.count() for model in apps.get_models()}
    response = client.post(
        "/en/interview-check/",
        {"letter-text": LETTER_TEXT, "record-text": AIR_TEXT, "record-kind": "AIR"},
    )
    page = " ".join(response.content.decode().split())

    assert response.status_code == 200
    assert 'Paragraph 4: <bdi lang="en" dir="ltr">AIR Q9</bdi>' in page
    assert "they are in your answer to question 8" in page
    assert "The letter says I said “you left Eritrea in June 2019” at AIR Q6." in page
    assert {model: model.objects.count() for model in apps.get_models()} == before


def test_the_public_check_without_a_record_says_what_is_missing_in_arabic(client):
    response = client.post("/ar/interview-check/", {"letter-text": LETTER_TEXT, "record-kind": "AIR"})

    assert response.status_code == 200
    assert 'name="letter-text"' in response.content.decode()
    assert "At your asylum interview you stated" in response.content.decode()  # the letter is kept
    assert 'class="govuk-error-summary' in response.content.decode()
