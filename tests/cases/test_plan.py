""" "My plan" and the deadline card: both languages side by side, read back from the PDF."""

import io

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.django_db


def text(response):
    reader = PdfReader(io.BytesIO(response.content))
    return reader, " ".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize("code", ["ar", "ti", "ur"])
def test_my_plan_holds_the_persons_language_and_english(signed_in, case, guides, code):
    response = signed_in.get(f"/{code}/cases/{case.public_id}/my-plan.pdf")
    _reader, read = text(response)

    assert response["Content-Type"] == "application/pdf"
    assert "Your next deadline" in read
    assert "Amira's appeal" in read
    assert "amira" in read
    assert len(read) > 200
    assert any("\u0600" <= ch <= "\u06ff" or "\u1200" <= ch <= "\u137f" for ch in read)  # the other column


def test_the_deadline_card_is_one_a6_page(signed_in, case, guides):
    response = signed_in.get(f"/ar/cases/{case.public_id}/deadline-card.pdf")
    reader, read = text(response)

    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (298, 420)  # A6 in points
    assert "Your next deadline" in read


def test_an_english_plan_has_one_column(signed_in, case, guides):
    _reader, read = text(signed_in.get(f"/en/cases/{case.public_id}/my-plan.pdf"))

    assert read.count("Your next deadline") == 1
