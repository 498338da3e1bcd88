"""The refusal letter on a 360×740 phone: paste it, answer three paragraphs (one while the connection
drops), and download the statement and the letter with notes, read back from PDF and Word."""

import io
import re

import docx
import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from selfhelp.annotator import extract, tasks
from selfhelp.annotator.models import Paragraph
from selfhelp.jobs import work
from selfhelp.jobs.models import Job
from tests.annotator import make_letters
from tests.annotator.helpers import ERITREA, letter_text
from tests.browser.axe import violations
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def fits(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def checked(page):
    assert fits(page), "the page scrolls sideways"
    assert violations(page) == []


def log_in(phone, case):
    phone.goto(f"{phone.base}/en/accounts/login/?next=/en/cases/{case.public_id}/letter/")
    phone.get_by_label("Username").fill("amira")
    phone.get_by_label("Password").fill(PASSWORD)
    phone.get_by_role("button", name=re.compile("Log in")).click()


def download(phone, name, tmp_path):
    with phone.expect_download() as info:
        phone.get_by_role("link", name=name).click()
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    return saved


def test_a_person_annotates_three_paragraphs_on_a_phone_and_downloads_both_exports(
    phone, case, user, guides, tmp_path
):
    log_in(phone, case)
    expect(phone.get_by_role("heading", name="Your refusal letter")).to_be_visible()
    checked(phone)

    phone.get_by_label("Paste the text of the letter").fill(letter_text())
    phone.get_by_role("button", name="Read my letter and save it").click()
    expect(phone.get_by_text("Your letter is saved: 31 paragraphs.")).to_be_visible()
    expect(phone.locator("label[for=progress]")).to_have_text("0 of 31 paragraphs reviewed")
    checked(phone)

    # Paragraph 1: agreed, saved in the background, then on to the next.
    phone.get_by_role("link", name="Start with the first paragraph").click()
    expect(phone.get_by_role("heading", name="Paragraph 1", exact=True)).to_be_visible()
    phone.wait_for_load_state()  # letter.js is running
    checked(phone)
    phone.get_by_label("I agree").check()
    phone.get_by_role("button", name="Save and go to the next paragraph").click()
    expect(phone.get_by_role("heading", name="Paragraph 2", exact=True)).to_be_visible()

    # Paragraph 2: a mistake of fact, with where the truth is shown and the evidence.
    phone.get_by_label("It has a mistake of fact").check()
    phone.get_by_label("Your comment, in your own words").fill("I had my screening interview on 4 May 2023.")
    phone.get_by_label("Where the truth is shown").fill("SCI page 1 says 4 May 2023")
    phone.get_by_label("Evidence that would answer it").fill("The screening interview record")
    phone.get_by_role("button", name="Save and go to the next paragraph").click()
    expect(phone.get_by_role("heading", name="Paragraph 3", exact=True)).to_be_visible()
    phone.wait_for_load_state()

    # Paragraph 3: the connection drops while the person writes. Nothing is lost.
    phone.context.set_offline(True)
    phone.get_by_label("I disagree").check()
    comment = "They did not look at my <b>church</b> letter."
    phone.get_by_label("Your comment, in your own words").fill(comment)
    expect(phone.locator(".save-status")).to_contain_text("Not saved yet")
    phone.get_by_role("button", name="Save", exact=True).click()
    expect(phone.locator(".save-status")).to_contain_text("no connection")
    assert not Paragraph.objects.for_case(case).get(position=3).reviewed
    phone.context.set_offline(False)
    phone.reload()
    phone.wait_for_load_state()
    expect(phone.locator(".restored")).to_be_visible()
    expect(phone.get_by_label("Your comment, in your own words")).to_have_value(comment)
    expect(phone.get_by_label("I disagree")).to_be_checked()
    checked(phone)
    phone.get_by_role("button", name="Save", exact=True).click()
    expect(phone.locator(".save-status")).to_have_text("Saved.")
    expect(phone.locator("[data-reviewed]")).to_have_text("3")
    assert (
        phone.evaluate("Object.keys(localStorage).filter(k => k.startsWith('after-refusal:letter:')).length")
        == 0
    )

    paragraphs = Paragraph.objects.for_case(case)
    assert [p.position for p in paragraphs if p.reviewed] == [1, 2, 3]
    assert paragraphs.get(position=3).comment == comment
    assert paragraphs.get(position=2).evidence_needed == "The screening interview record"

    phone.get_by_role("link", name="All the paragraphs").click()
    expect(phone.locator("label[for=progress]")).to_have_text("3 of 31 paragraphs reviewed")
    checked(phone)

    statement = download(phone, "What is wrong in my refusal letter (PDF)", tmp_path)
    word = download(phone, "What is wrong in my refusal letter (Word)", tmp_path)
    notes = download(phone, "The letter with my notes (PDF)", tmp_path)

    assert statement.name == "what-is-wrong-in-my-refusal-letter.pdf"
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(statement).pages))
    assert "Home Office reference T1108822" in text
    assert text.index("Paragraph 2") < text.index("Paragraph 3")
    assert "Paragraph 1 " not in text
    assert "I had my screening interview on 4 May 2023." in text
    assert "They did not look at my <b>church</b> letter." in text
    paragraphs_text = "\n".join(p.text for p in docx.Document(io.BytesIO(word.read_bytes())).paragraphs)
    assert "Where the truth is shown: SCI page 1 says 4 May 2023" in paragraphs_text
    assert "What is wrong: They did not look at my <b>church</b> letter." in paragraphs_text
    reader = PdfReader(notes)
    assert round(float(reader.pages[0].mediabox.width)) == 595  # A4
    notes_text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))
    assert "3 of 31 paragraphs reviewed." in notes_text
    assert "Evidence: The screening interview record" in notes_text

    assert phone.outside_requests == []
    phone.screenshot(path="test-results/annotator-list.png", full_page=True)


def test_the_public_page_reads_a_letter_on_a_phone_in_arabic_without_keeping_it(phone, guides):
    phone.goto(f"{phone.base}/ar/letter/")
    expect(phone.locator("html")).to_have_attribute("dir", "rtl")
    checked(phone)

    phone.locator("#id_text").fill(letter_text())
    phone.locator("form [type=submit]").click()

    expect(phone.locator("blockquote.letter-text").first).to_have_attribute("dir", "ltr")
    expect(phone.locator("#ref-1")).to_be_attached()
    checked(phone)
    phone.locator("blockquote.letter-text a").first.click()
    expect(phone.locator("#ref-1")).to_be_in_viewport()
    assert not Paragraph.objects.exists()
    assert phone.outside_requests == []
    phone.screenshot(path="test-results/annotator-public-ar.png", full_page=True)


def test_a_wrong_split_is_put_right_by_form_on_the_public_reader_and_on_a_case(phone, case, user, guides):
    from tests.annotator.test_editing import READ_FROM_A_PHOTO

    phone.goto(f"{phone.base}/en/letter/")
    phone.locator("#id_text").fill(READ_FROM_A_PHOTO)
    phone.locator("form [type=submit]").click()
    expect(
        phone.get_by_text("Paragraph 5 may be split wrongly — check it against your letter.")
    ).to_be_visible()
    checked(phone)

    # Split paragraph 5 where paragraph 6 starts, chosen from the end of the page.
    phone.get_by_label("Paragraph", exact=True).select_option(label="5")
    phone.locator("section.fix").get_by_role("button", name="Split this paragraph").click()
    expect(phone.get_by_role("heading", name="Split paragraph 5")).to_be_visible()
    checked(phone)
    phone.get_by_label(re.compile("It is not accepted that you were detained")).check()
    expect(phone.get_by_label("Its paragraph number in your letter")).to_have_value("6")
    phone.get_by_role("button", name="Split it here").click()
    expect(phone.get_by_role("heading", name=re.compile(r"^Paragraph 6\b"))).to_be_visible()
    expect(phone.get_by_text("Paragraph 5 may be split wrongly")).to_have_count(0)

    # Join paragraph 3 with the next (as if paragraph 4's number were not one).
    phone.get_by_label("Paragraph", exact=True).select_option(label="3")
    phone.locator("section.fix").get_by_role("button", name="Join with the next paragraph").click()
    expect(phone.get_by_role("heading", name=re.compile(r"^Paragraph 4\b"))).to_have_count(0)
    checked(phone)
    assert not Paragraph.objects.exists()  # nothing kept

    # On a case: the paragraph page says so, and the button joins it with the next.
    log_in(phone, case)
    phone.get_by_label("Paste the text of the letter").fill(READ_FROM_A_PHOTO)
    phone.get_by_role("button", name="Read my letter and save it").click()
    expect(phone.get_by_text("Check the split")).to_have_count(2)
    phone.goto(f"{phone.base}/en/cases/{case.public_id}/letter/5/")
    expect(
        phone.get_by_text("Paragraph 5 may be split wrongly — check it against your letter.")
    ).to_be_visible()
    checked(phone)
    phone.get_by_role("link", name="Split this paragraph").click()
    phone.get_by_label(re.compile("It is not accepted that you were detained")).check()
    phone.get_by_role("button", name="Split it here").click()
    expect(phone.get_by_text("Paragraph 5 is now split in two: paragraphs 5 and 6.")).to_be_visible()
    phone.goto(f"{phone.base}/en/cases/{case.public_id}/letter/3/")
    phone.get_by_text("Split wrongly?").click()
    phone.get_by_role("button", name="Join with the next paragraph").click()
    expect(phone.get_by_text("Paragraph 3 is now joined with the next one.")).to_be_visible()
    checked(phone)
    assert list(Paragraph.objects.order_by("position").values_list("number", flat=True)) == [
        "1",
        "2",
        "3",
        "5",
        "6",
        "7",
    ]
    assert phone.outside_requests == []


@pytest.mark.skipif(not extract.ocr_available(), reason="Tesseract is not installed")
def test_photos_uploaded_on_a_phone_show_which_page_is_read_in_place_then_the_split_letter(
    phone, guides, settings, tmp_path_factory
):
    # The task is queued but not run (Django's dummy backend): the test plays the worker.
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    photos = make_letters.made_photos(tmp_path_factory.getbasetemp() / "letters", ERITREA, (0, 1))
    phone.goto(f"{phone.base}/en/letter/")
    phone.get_by_label("Or upload the letter").set_input_files([str(path) for path in photos])
    phone.get_by_role("button", name="Read my letter").click()

    expect(phone.get_by_role("heading", name="Reading your letter")).to_be_visible()
    status = phone.locator("[data-job-progress] [role=status]")
    expect(status).to_contain_text("Your letter is waiting to be read")
    checked(phone)
    phone.evaluate("window.stayed = true")  # gone if the page reloads

    job = Job.objects.get()
    Job.objects.filter(pk=job.pk).update(state=Job.State.RUNNING, done=1, total=2)
    expect(status).to_have_text("Reading page 2 of 2.", timeout=10_000)
    assert phone.evaluate("window.stayed === true")  # updated in place by progress.js

    Job.objects.filter(pk=job.pk).update(state=Job.State.WAITING)
    work.run(str(job.pk), tasks._read)  # what a db_worker does

    expect(phone.get_by_text("T1108822").first).to_be_visible(timeout=15_000)
    expect(phone.get_by_text("you were conscripted into national service").first).to_be_visible()
    assert Job.objects.get(pk=job.pk).state == Job.State.COLLECTED
    checked(phone)
