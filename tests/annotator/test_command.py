"""``manage.py split_letter``: JSON and a readable listing for a letter file or photos of its pages, and
a one-line error with exit status 2 for what cannot be read."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from PIL import Image, ImageDraw, ImageFont

from selfhelp.annotator.extract import ocr_available
from tests.annotator import make_letters

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def made(tmp_path_factory):
    directory = tmp_path_factory.getbasetemp() / "letters"
    return lambda name, form: make_letters.made(directory, name, form)


def run(*args: str) -> str:
    out = io.StringIO()
    call_command("split_letter", *args, stdout=out)
    return out.getvalue()


def expected(name: str) -> list[dict]:
    return [
        {
            "number": p.number,
            "section": p.section,
            "text": p.text,
            "footnotes": [],
            "headings": list(p.headings),
            "unsure": False,
        }
        for p in make_letters.load(name).paragraphs
    ]


def same_words(paragraphs: list[dict]) -> list[dict]:
    return [{**p, "text": " ".join(p["text"].split())} for p in paragraphs]


def test_json_for_a_text_file_gives_the_details_and_the_paragraphs(tmp_path):
    source = make_letters.load("eritrea_national_service")
    path = tmp_path / "letter.txt"
    path.write_text(make_letters.render_text(source, "tab").text, encoding="utf-8")
    result = json.loads(run(str(path), "--json"))
    assert result["details"] == {
        "home_office_reference": "T1108822",
        "port_reference": "EAS/2023/04417",
        "letter_date": "2024-03-14",
    }
    assert result["numbered"] is True
    assert same_words(result["paragraphs"]) == same_words(expected("eritrea_national_service"))


@pytest.mark.parametrize("form", ["pdf-hanging", "docx-typed"])
def test_json_for_a_pdf_or_word_file(made, form):
    result = json.loads(run(str(made("iran_christian_convert", form)), "--json"))
    assert same_words(result["paragraphs"]) == same_words(expected("iran_christian_convert"))


def test_json_says_when_the_letter_was_not_numbered(made):
    result = json.loads(run(str(made("unnumbered_further_submissions", "pdf-inline")), "--json"))
    assert result["numbered"] is False
    assert [p["number"] for p in result["paragraphs"]] == [str(n) for n in range(1, 10)]


def test_the_listing_shows_details_sections_numbers_and_suggested_kinds(made):
    listing = run(str(made("afghanistan_ngo_worker", "pdf-inline")))
    assert "Home Office reference: N3317254" in listing
    assert "Date of the letter: 27 June 2024" in listing
    assert "26 paragraphs, numbered as in the letter." in listing
    assert "Numbers the letter skips: 18" in listing
    assert "\nSection 8 of the Asylum and Immigration (Treatment of Claimants, etc.) Act 2004\n" in listing
    assert "  19  [section-8]" in listing


def page_photo(path: Path, lines: list[str]) -> Path:
    font = ImageFont.truetype(str(make_letters.FONT), 40)
    image = Image.new("RGB", (1700, 120 + 70 * len(lines)), "white")
    draw = ImageDraw.Draw(image)
    for row, line in enumerate(lines):
        draw.text((80, 60 + 70 * row), line, fill="black", font=font)
    image.save(path)
    return path


def test_photos_of_pages_are_read_in_the_order_given(tmp_path):
    assert ocr_available(), "Tesseract with English data is not installed (apt-get install tesseract-ocr)"
    first = page_photo(
        tmp_path / "b.png", ["1.   It is accepted that you are Eritrean.", "2.   You said at AIR Q45 that"]
    )
    second = page_photo(tmp_path / "a.png", ["you left in 2019.", "3.   Your claim is refused."])
    result = json.loads(run(str(first), str(second), "--json"))
    assert [p["number"] for p in result["paragraphs"]] == ["1", "2", "3"]
    assert result["paragraphs"][1]["text"] == "You said at AIR Q45 that you left in 2019."


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("letter.pdf", b"not a pdf", "name says it is a PDF"),
        ("letter.doc", b"\xd0\xcf\x11\xe0", "save it as .docx"),
        ("letter.txt", b"   ", "No text could be found"),
    ],
)
def test_a_file_that_cannot_be_read_is_a_one_line_error_with_status_2(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(CommandError) as caught:
        run(str(path))
    assert caught.value.returncode == 2
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_missing_file_is_an_error_with_status_2(tmp_path):
    with pytest.raises(CommandError) as caught:
        run(str(tmp_path / "nowhere.pdf"))
    assert caught.value.returncode == 2
    assert "cannot be read" in str(caught.value)


def test_a_letter_and_a_photo_together_are_refused(made, tmp_path):
    photo = page_photo(tmp_path / "page.png", ["1. Text"])
    with pytest.raises(CommandError) as caught:
        run(str(made("sudan_darfur", "pdf-inline")), str(photo))
    assert "[unsupported]" in str(caught.value)


def test_from_the_shell_bad_input_prints_one_line_on_stderr_and_exits_with_2(tmp_path):
    path = tmp_path / "letter.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"\x00" * 64)
    finished = subprocess.run(  # noqa: S603 (our own manage.py, with arguments we made)
        [sys.executable, "manage.py", "split_letter", str(path), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert finished.returncode == 2
    assert finished.stdout == ""
    assert finished.stderr.count("\n") == 1
    assert "damaged" in finished.stderr
