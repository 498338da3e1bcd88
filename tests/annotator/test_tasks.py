"""Photos and scans of a letter read in the background (selfhelp.annotator.tasks): the upload, the
progress page that reloads itself, the letter shown (or saved on a case) once read, what is deleted and
when, what a failure says, and who can see the progress page. Tests run tasks with Django's immediate
backend (settings.TASKS when TESTING=1), so a task runs inside the request that enqueues it; one test
runs a real `db_worker` process."""

import io
import logging
import os
import re
import sqlite3
import subprocess
import sys
import uuid
from datetime import timedelta

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.utils import timezone
from PIL import Image

from selfhelp.annotator import extract
from selfhelp.annotator.models import Letter
from selfhelp.jobs import work
from selfhelp.jobs.models import Job, Upload
from tests.annotator import make_letters
from tests.annotator.helpers import ERITREA, save_letter

START = "/en/letter/"
PAGE = (
    "HOME OFFICE\nReference: T1108822\n\n1. You claimed asylum on 3 March 2025.\n\n"
    "2. It is accepted that you are a national of Eritrea.\n\n3. Your claim is refused."
)


def jpeg():
    buffer = io.BytesIO()
    Image.new("RGB", (40, 40), "white").save(buffer, "JPEG")
    return buffer.getvalue()


def photos(count=3):
    return [SimpleUploadedFile(f"page-{n}.jpg", jpeg(), "image/jpeg") for n in range(1, count + 1)]


def text_of(response):
    html = re.sub(r"</?(?:bdi|b|strong|a|span|mark|time)\b[^>]*>", "", response.content.decode())
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("&#x27;", "'")


@pytest.fixture
def ocr(monkeypatch):
    """OCR that reads PAGE from the first photo and nothing more from the others, recording what it was
    asked: the real reading path (files kept, task, progress, deletion) without Tesseract's seconds."""
    seen = []

    def read(image, clock):
        seen.append((image.size, clock.pages))
        clock.page_done()
        return PAGE if len(seen) == 1 else "Page continued."

    monkeypatch.setattr(extract, "_require_ocr", lambda: None)
    monkeypatch.setattr(extract, "ocr_available", lambda: True)
    monkeypatch.setattr(extract, "_ocr", read)
    return seen


def job_of(response):
    found = re.search(r"/reading/([0-9a-f-]{36})/$", response["Location"])
    assert found, response["Location"]
    return Job.objects.get(pk=found.group(1))


def test_photos_are_read_in_the_background_and_the_split_letter_shown_as_before(client, guides, ocr):
    response = client.post(START, {"files": photos(3)})

    assert response.status_code == 302
    job = job_of(response)
    assert response["Location"] == f"/en/letter/reading/{job.pk}/"
    assert job.state == Job.State.DONE and (job.done, job.total) == (3, 3)
    assert len(ocr) == 3 and ocr[0][1] == 3
    assert Upload.objects.filter(job=job).count() == 0  # the photos are gone once read
    assert "Eritrea" in job.result["text"]  # the text read waits for the person, and only for them

    shown = client.get(response["Location"])

    page = text_of(shown)
    assert shown.status_code == 200
    assert "Paragraph 1 " in page and "Paragraph 3 " in page
    assert "T1108822" in page
    assert "http-equiv" not in shown.content.decode()  # no more reloading once it is shown
    job.refresh_from_db()
    assert job.state == Job.State.COLLECTED and job.result is None and job.fields == {}


def test_a_reading_shown_once_is_gone_and_says_how_to_upload_it_again(client, guides, ocr):
    response = client.post(START, {"files": photos(1)})
    client.get(response["Location"])

    again = client.get(response["Location"])

    assert again.status_code == 410
    assert "This letter is no longer here" in text_of(again)
    assert 'href="/en/letter/"' in again.content.decode()


def test_the_progress_page_reloads_itself_without_javascript_and_says_which_page_is_being_read(
    client, guides
):
    job = Job.objects.create(kind="letter", state=Job.State.RUNNING, done=2, total=12)
    session = client.session
    session[work.SESSION_KEY] = [str(job.pk)]
    session.save()

    response = client.get(f"/en/letter/reading/{job.pk}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert '<noscript><meta http-equiv="refresh" content="3"></noscript>' in html
    assert "Reading page 3 of 12." in text_of(response)
    assert '<progress max="12" value="2">' in html
    assert "<script>" not in html and "script-src 'self'" in response["Content-Security-Policy"]
    assert "no-store" in response["Cache-Control"]  # nor kept by the browser, though read by GET


def test_the_person_can_stop_the_page_reloading_and_check_by_hand(client, guides):
    job = Job.objects.create(kind="letter", state=Job.State.RUNNING, done=0, total=2)
    session = client.session
    session[work.SESSION_KEY] = [str(job.pk)]
    session.save()
    address = f"/en/letter/reading/{job.pk}/"

    reloading = client.get(address).content.decode()
    still = client.get(address, {"still": "1"}).content.decode()

    assert f'href="{address}?still=1">Stop checking by itself' in reloading
    assert 'src="/static/js/progress.js"' in reloading and "data-job-progress" in reloading
    assert "http-equiv" not in still and "progress.js" not in still
    assert (
        f'href="{address}?still=1">Check now' in still and f'href="{address}">Check by itself again' in still
    )
    assert "Reading page 1 of 2." in text_of(client.get(address, {"still": "1"}))


def test_the_script_is_told_the_state_which_never_collects_the_letter(client, guides, ocr):
    response = client.post(START, {"files": photos(2)})
    job = job_of(response)
    Job.objects.filter(pk=job.pk).update(state=Job.State.RUNNING, done=1, total=2)

    working = client.get(response["Location"], headers={"Accept": "application/json"})
    Job.objects.filter(pk=job.pk).update(state=Job.State.DONE)
    done = client.get(response["Location"], headers={"Accept": "application/json"})

    assert working.json() == {"working": True, "done": 1, "total": 2, "status": "Reading page 2 of 2."}
    assert done.json()["working"] is False
    assert Job.objects.get(pk=job.pk).result is not None  # still there for the page to show
    assert "T1108822" in text_of(client.get(response["Location"]))


def test_a_reading_not_started_yet_says_it_is_waiting(client, guides):
    job = Job.objects.create(kind="letter")
    session = client.session
    session[work.SESSION_KEY] = [str(job.pk)]
    session.save()

    response = client.get(f"/en/letter/reading/{job.pk}/")

    assert "Your letter is waiting to be read" in text_of(response)
    assert '<noscript><meta http-equiv="refresh" content="3"></noscript>' in response.content.decode()


def test_a_reading_is_found_only_by_the_browser_that_started_it(client, guides, ocr, signed_in):
    response = Client().post(START, {"files": photos(1)})

    assert client.get(response["Location"]).status_code == 404  # another visitor, even signed in
    assert Client().get(response["Location"]).status_code == 404
    assert client.get(f"/en/letter/reading/{uuid.uuid4()}/").status_code == 404


def test_a_failed_reading_says_what_went_wrong_and_how_to_try_again(client, guides, monkeypatch):
    def slow(image, clock):
        raise extract.ExtractError("timeout")

    monkeypatch.setattr(extract, "_require_ocr", lambda: None)
    monkeypatch.setattr(extract, "_ocr", slow)

    response = client.post(START, {"files": photos(2)}, follow=True)

    page = text_of(response)
    assert "We could not read your letter" in page and "Choose the files again" in page
    assert "Reading a page took too long. Try clearer photos, or fewer pages at a time." in page
    assert "<title>Error:" in response.content.decode()
    assert Upload.objects.count() == 0


def test_an_unexpected_error_is_explained_and_logged_without_what_the_letter_says(
    client, guides, monkeypatch, caplog
):
    def broken(image, clock):
        raise ValueError("Mr Secret Name, born 1 May 1990")

    monkeypatch.setattr(extract, "_require_ocr", lambda: None)
    monkeypatch.setattr(extract, "_ocr", broken)

    with caplog.at_level(logging.INFO):
        response = client.post(START, {"files": photos(1)}, follow=True)

    assert "Something went wrong on our side while we read your letter" in text_of(response)
    assert "Secret" not in caplog.text and "ValueError" in caplog.text
    assert Upload.objects.count() == 0


def test_a_visitor_with_two_readings_waiting_is_asked_to_wait(client, guides):
    waiting = [Job.objects.create(kind="letter") for _ in range(2)]
    session = client.session
    session[work.SESSION_KEY] = [str(job.pk) for job in waiting]
    session.save()

    response = client.post(START, {"files": photos(1)})

    assert response.status_code == 200
    assert "You already have 2 letters waiting to be read" in text_of(response)
    assert Job.objects.count() == 2


def test_text_pdfs_and_pasted_text_are_still_read_at_once(client, guides, tmp_path):
    pdf = make_letters.made(tmp_path, ERITREA, "pdf-hanging")

    response = client.post(START, {"files": [SimpleUploadedFile("letter.pdf", pdf.read_bytes())]})

    assert response.status_code == 200 and "Paragraph 1 " in text_of(response)
    assert Job.objects.count() == 0


# On a case ---------------------------------------------------------------------------------------------


def test_photos_brought_in_on_a_case_are_saved_as_its_letter_once_read(signed_in, case, guides, ocr):
    response = signed_in.post(f"/en/cases/{case.public_id}/letter/import/", {"files": photos(2)})

    job = job_of(response)
    assert response["Location"] == f"/en/cases/{case.public_id}/letter/reading/{job.pk}/"
    assert job.case == case

    shown = signed_in.get(response["Location"], follow=True)

    assert shown.redirect_chain[-1][0] == f"/en/cases/{case.public_id}/letter/"
    assert "Your letter is saved: 3 paragraphs." in text_of(shown)
    letter = Letter.objects.get(case=case)
    assert letter.source == "image-ocr" and letter.pages == 2
    assert Job.objects.get(pk=job.pk).result is None


def test_a_case_reading_is_reached_only_through_the_case(signed_in, case, guides, ocr, other_user):
    from selfhelp.cases.models import Case, Membership

    response = signed_in.post(f"/en/cases/{case.public_id}/letter/import/", {"files": photos(1)})
    job = job_of(response)
    theirs = Case.objects.create(name="Another case", decision="refusal")
    Membership.objects.create(case=theirs, user=other_user, role=Membership.Role.OWNER)
    stranger = Client()
    stranger.force_login(other_user)

    assert stranger.get(response["Location"]).status_code == 404
    assert stranger.get(f"/en/cases/{theirs.public_id}/letter/reading/{job.pk}/").status_code == 404
    assert signed_in.get(f"/en/letter/reading/{job.pk}/").status_code == 404  # not the public page
    assert Job.objects.get(pk=job.pk).state == Job.State.DONE  # none of them collected it


def test_a_failed_reading_on_a_case_keeps_the_choice_to_replace_the_notes(
    signed_in, case, user, guides, monkeypatch
):
    letter = save_letter(case, user)
    paragraph = letter.paragraphs.first()
    paragraph.comment = "This is wrong."
    paragraph.save()

    def slow(image, clock):
        raise extract.ExtractError("timeout")

    monkeypatch.setattr(extract, "_require_ocr", lambda: None)
    monkeypatch.setattr(extract, "_ocr", slow)

    response = signed_in.post(
        f"/en/cases/{case.public_id}/letter/import/", {"files": photos(1), "replace": "on"}, follow=True
    )

    html = response.content.decode()
    assert "Reading a page took too long" in text_of(response)
    assert re.search(r'<input type="checkbox" name="replace"[^>]*checked', html)
    assert Letter.objects.get(case=case).pk == letter.pk  # nothing replaced


def test_deleting_a_case_deletes_its_unfinished_reading(signed_in, case, guides):
    job = Job.objects.create(kind="letter", case=case)
    Upload.objects.create(job=job, position=1, name="page-1.jpg", data=b"photo")

    case.delete()

    assert not Job.objects.filter(pk=job.pk).exists() and Upload.objects.count() == 0


# A real worker ---------------------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(not extract.ocr_available(), reason="Tesseract is not installed")
def test_a_real_db_worker_process_reads_the_photos_from_the_database(
    client, guides, tmp_path_factory, settings
):
    """The upload is queued in the database (django-tasks-db); `manage.py db_worker --batch` in another
    process reads it and exits; the page then shows the letter. On SQLite the test database lives in
    memory, so it is copied to a file for the worker and back again (SQLite's backup)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    photo = make_letters.made_photos(tmp_path_factory.getbasetemp() / "letters", ERITREA, (0,))[0]

    response = client.post(
        START, {"files": [SimpleUploadedFile(photo.name, photo.read_bytes(), "image/jpeg")]}
    )

    job = job_of(response)
    assert job.state == Job.State.WAITING and Upload.objects.filter(job=job).count() == 1
    assert 'http-equiv="refresh"' in client.get(response["Location"]).content.decode()

    with worker_database(tmp_path_factory.mktemp("worker")) as url:
        env = {**os.environ, "DATABASE_URL": url, "DEBUG": "1"}
        env.pop("TESTING", None)  # the worker uses the database backend, as in production
        finished = subprocess.run(
            [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay", "--no-reload"],
            cwd=settings.BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert finished.returncode == 0, finished.stderr[-2000:]

    job.refresh_from_db()
    assert job.state == Job.State.DONE and (job.done, job.total) == (1, 1)
    assert Upload.objects.filter(job=job).count() == 0
    page = text_of(client.get(response["Location"]))
    assert "T1108822" in page and "Paragraph 1 " in page


class worker_database:  # a context manager, named like one
    """The test database as a worker process can open it: PostgreSQL's test database as it is; SQLite's
    in-memory one copied to a file, and copied back when the worker is done."""

    def __init__(self, folder):
        self.file = folder / "worker.sqlite3"

    def __enter__(self):
        if connection.vendor == "postgresql":
            params = connection.settings_dict
            user, host = params["USER"], params["HOST"] or "127.0.0.1"
            password = f":{params['PASSWORD']}" if params["PASSWORD"] else ""
            return f"postgres://{user}{password}@{host}:{params['PORT'] or 5432}/{params['NAME']}"
        connection.ensure_connection()
        with sqlite3.connect(self.file) as target:
            connection.connection.backup(target)
        return f"sqlite:///{self.file}"

    def __exit__(self, *exc):
        if connection.vendor != "postgresql" and self.file.exists():
            with sqlite3.connect(self.file) as source:
                source.backup(connection.connection)
        return False


def test_settings_run_tasks_at_once_in_tests_and_in_the_database_otherwise():
    assert settings.TASKS["default"]["BACKEND"] == "django.tasks.backends.immediate.ImmediateBackend"
    assert "django_tasks_db" in settings.INSTALLED_APPS


def test_old_jobs_are_deleted_when_a_new_reading_starts(client, guides, ocr):
    old = Job.objects.create(kind="letter", state=Job.State.DONE, result={"text": "personal"})
    Job.objects.filter(pk=old.pk).update(finished=timezone.now() - timedelta(minutes=61))

    client.post(START, {"files": photos(1)})

    assert not Job.objects.filter(pk=old.pk).exists()
