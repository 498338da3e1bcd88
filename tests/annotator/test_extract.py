"""Reading a letter from an upload: text files, PDFs (text layer, and OCR for scanned pages), Word files
(with automatic numbering put back), photos of pages, and the errors a person can meet.

The files are made from the test letters in a directory shared by the test session
(``make_letters.made``). OCR is slow, so only three pages are read by OCR here: two photos and one
scanned page.
"""

import codecs
import io
import re
import zipfile
from collections import Counter
from pathlib import Path

import pypdf
import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from PIL import Image

from selfhelp.annotator import extract
from selfhelp.annotator.extract import (
    ExtractError,
    _skew_angle,
    ocr_available,
    prepare_image,
    text_from_upload,
    text_from_uploads,
)
from selfhelp.annotator.splitter import split
from tests.annotator import make_letters

NO_TESSERACT = (
    "Tesseract with English data is not installed (apt-get install tesseract-ocr tesseract-ocr-eng)"
)


@pytest.fixture(scope="session")
def made(tmp_path_factory):
    directory = tmp_path_factory.getbasetemp() / "letters"
    return lambda name, form: make_letters.made(directory, name, form)


@pytest.fixture(scope="session")
def photos(tmp_path_factory):
    directory = tmp_path_factory.getbasetemp() / "letters"
    return make_letters.made_photos(directory, "eritrea_national_service", (1, 2))


def read(path: Path, **options):
    return text_from_upload(path.name, path.read_bytes(), **options)


def paragraphs(text: str) -> list[tuple[str, str, list[str]]]:
    return [(p.number, p.section, p.text.split()) for p in split(text).paragraphs]


def expected(name: str, renumbered: bool = False) -> list[tuple[str, str, list[str]]]:
    source = make_letters.load(name)
    return [
        (str(k) if renumbered else number, section, text.split())
        for k, (number, section, text) in enumerate(source.expected(), start=1)
    ]


def error(code: str, *args, **options) -> ExtractError:
    with pytest.raises(ExtractError) as caught:
        if isinstance(args[0], list):
            text_from_uploads(*args, **options)
        else:
            text_from_upload(*args, **options)
    assert caught.value.code == code
    assert caught.value.message
    return caught.value


# --- text files ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        "It’s refused on 3 May".encode(),
        codecs.BOM_UTF8 + "It’s refused on 3 May".encode(),
        "It’s refused on 3 May".encode("utf-16"),
        "It’s refused on 3 May".encode("cp1252"),
    ],
)
def test_a_text_file_is_read_in_whatever_encoding_it_was_saved(data):
    extracted = text_from_upload("letter.txt", data)
    assert extracted.text == "It’s refused on 3 May"
    assert (extracted.pages, extracted.method) == (1, "text")


def test_bytes_no_encoding_knows_are_still_read_as_latin_1():
    assert text_from_upload("letter.txt", b"Refus\x81 on 3 May").text == "Refus\x81 on 3 May"


# --- PDFs ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("form", ["pdf-hanging", "pdf-inline"])
@pytest.mark.parametrize("name", [*make_letters.NUMBERED, *make_letters.UNNUMBERED])
def test_a_pdf_with_a_text_layer_splits_into_the_letters_paragraphs(made, name, form):
    path = made(name, form)
    extracted = read(path)
    assert extracted.method == "pdf-text"
    assert extracted.pages == len(pypdf.PdfReader(path).pages) == extracted.text.count("\f") + 1
    letter = split(extracted.text)
    assert [(p.number, p.section, p.text.split()) for p in letter.paragraphs] == expected(name)
    source = make_letters.load(name)
    assert letter.details.home_office_reference == source.reference
    assert letter.details.letter_date == source.letter_date
    assert "Page 2 of" in " ".join(letter.furniture)
    assert make_letters.points_not_on_their_own_line(letter, source) == []


def test_a_pdf_locked_with_a_password_is_refused_as_encrypted(made):
    writer = pypdf.PdfWriter(clone_from=made("sudan_darfur", "pdf-inline"))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    data = io.BytesIO()
    writer.write(data)
    assert "password" in error("encrypted", "letter.pdf", data.getvalue()).message


def test_a_pdf_that_opens_without_a_password_is_read_even_if_encrypted(made):
    writer = pypdf.PdfWriter(clone_from=made("sudan_darfur", "pdf-inline"))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    data = io.BytesIO()
    writer.write(data)
    assert "Abakar" in text_from_upload("letter.pdf", data.getvalue()).text


def test_a_damaged_pdf_is_refused():
    error("damaged", "letter.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 100)


def test_a_pdf_with_too_many_pages_is_refused(made):
    error("too-large", "letter.pdf", made("sudan_darfur", "pdf-inline").read_bytes(), max_pages=2)


def test_a_scanned_page_in_a_pdf_is_read_by_ocr(made, tmp_path):
    assert ocr_available(), NO_TESSERACT
    pdf = made("eritrea_national_service", "pdf-hanging")
    scan = make_letters.pdf_pages(pdf, [1])
    image = make_letters_page_image(scan)
    scanned = io.BytesIO()
    image.save(scanned, "PDF", resolution=200)
    writer = pypdf.PdfWriter()
    writer.append(io.BytesIO(make_letters.pdf_pages(pdf, [0])))
    writer.append(scanned)
    mixed = io.BytesIO()
    writer.write(mixed)

    extracted = text_from_upload("letter.pdf", mixed.getvalue())
    assert (extracted.method, extracted.pages, extracted.ocr_pages) == ("pdf-ocr", 2, (2,))
    assert_close_to_text(extracted.text, make_letters.pdf_pages(pdf, [0, 1]))


def make_letters_page_image(pdf: bytes) -> Image.Image:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    image = document[0].render(scale=200 / 72).to_pil().convert("L")
    document.close()
    return image


# --- Word files ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", make_letters.NUMBERED)
def test_a_word_file_with_typed_numbers_splits_into_the_letters_paragraphs(made, name):
    extracted = read(made(name, "docx-typed"))
    assert extracted.method == "docx"
    assert paragraphs(extracted.text) == expected(name)
    assert make_letters.points_not_on_their_own_line(split(extracted.text), make_letters.load(name)) == []


@pytest.mark.parametrize("name", make_letters.NUMBERED)
def test_a_word_file_with_automatic_numbering_gets_its_numbers_back(made, name):
    # Word numbers a list 1, 2, 3 … so a number the Home Office skipped in a typed letter is not skipped.
    assert paragraphs(read(made(name, "docx-auto")).text) == expected(name, renumbered=True)


def numbered_document(levels: str, overrides: str = "") -> Document:
    """A Word document with one list whose levels are given as w:lvl XML."""
    document = Document()
    numbering = document.part.numbering_part.element
    numbering.insert(
        0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{levels}</w:abstractNum>')
    )
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="90"/>{overrides}</w:num>')
    )
    return document


def add_item(document: Document, text: str, level: int = 0, num_id: int = 91) -> None:
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def level(number: int, style: str, text: str, suffix: str = "tab", start: int = 1) -> str:
    return (
        f'<w:lvl w:ilvl="{number}"><w:start w:val="{start}"/><w:numFmt w:val="{style}"/>'
        f'<w:suff w:val="{suffix}"/><w:lvlText w:val="{text}"/></w:lvl>'
    )


def docx_bytes(document: Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_word_numbering_is_counted_again_level_by_level():
    document = numbered_document(
        level(0, "decimal", "%1.") + level(1, "lowerLetter", "(%2)", "space") + level(2, "lowerRoman", "%3)")
    )
    for text, depth in [
        ("First", 0),
        ("Sub a", 1),
        ("Sub b", 1),
        ("Deeper", 2),
        ("Second", 0),
        ("Sub again", 1),
    ]:
        add_item(document, text, depth)
    lines = [line for line in text_from_upload("a.docx", docx_bytes(document)).text.split("\n") if line]
    assert lines == ["1.\tFirst", "(a) Sub a", "(b) Sub b", "i)\tDeeper", "2.\tSecond", "(a) Sub again"]


def test_word_numbering_can_start_at_another_number():
    document = numbered_document(
        level(0, "decimal", "%1.", start=3) + level(1, "upperRoman", "%1.%2"),
        overrides='<w:lvlOverride w:ilvl="0"><w:startOverride w:val="12"/></w:lvlOverride>',
    )
    add_item(document, "Twelfth")
    add_item(document, "Under it", 1)
    lines = [line for line in text_from_upload("a.docx", docx_bytes(document)).text.split("\n") if line]
    assert lines == ["12.\tTwelfth", "12.I\tUnder it"]


def test_a_word_table_reads_row_by_row_so_a_number_column_numbers_its_paragraph():
    document = Document()
    document.add_paragraph("Home Office Reference: B1234567")
    table = document.add_table(rows=3, cols=2)
    for row, (number, text) in zip(
        table.rows, [("1", "First."), ("2", "Second."), ("3", "Third.")], strict=True
    ):
        row.cells[0].text, row.cells[1].text = number, text
    extracted = text_from_upload("letter.docx", docx_bytes(document))
    assert [(p.number, p.text) for p in split(extracted.text).paragraphs] == [
        ("1", "First."),
        ("2", "Second."),
        ("3", "Third."),
    ]


def test_a_hard_page_break_in_a_word_file_starts_a_page():
    document = Document()
    document.add_paragraph("1.\tFirst.")
    document.add_page_break()
    document.add_paragraph("2.\tSecond.")
    extracted = text_from_upload("letter.docx", docx_bytes(document))
    assert extracted.pages == 2
    assert "\f" in extracted.text


def test_a_damaged_word_file_is_refused():
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("word/document.xml", "<not xml")
    error("damaged", "letter.docx", data.getvalue())


def test_a_word_file_with_no_text_is_empty():
    error("empty", "letter.docx", docx_bytes(Document()))


@pytest.mark.parametrize("form", ["pdf-hanging", "pdf-inline", "docx-auto", "docx-typed"])
def test_a_letter_with_footnotes_markings_and_two_headings_in_a_row_is_split_exactly(made, form):
    """The Somalia letter: WeasyPrint sets its footnotes at the pages' feet; Word numbers it
    automatically (python-docx makes no footnotes, so the Word files have none) and puts the
    references and the date on one line."""
    source = make_letters.load("somalia_minority_clan")
    letter = split(read(made("somalia_minority_clan", form)).text)
    assert make_letters.split_wrongly(letter, source, form.split("-")[0]) == []
    if form.startswith("pdf"):
        assert letter.paragraphs[5].footnotes == ("1 Refugee Convention, Article 1A(2).",)
        assert "Page 1 of" not in " ".join(p.text for p in letter.paragraphs)


@pytest.fixture(scope="session")
def camera_photos(tmp_path_factory):
    directory = tmp_path_factory.getbasetemp() / "letters"
    return make_letters.made_camera_photos(directory, "somalia_minority_clan")


def test_camera_photos_of_a_whole_letter_give_every_paragraph_number_and_section(camera_photos):
    """Photos turned 1-3 degrees, lit unevenly (one side and one corner in shade), blurred, JPEG at
    190 dpi. The share of paragraphs recovered exactly over three letters is in the benchmark."""
    assert ocr_available(), NO_TESSERACT
    source = make_letters.load("somalia_minority_clan")
    extracted = text_from_uploads([(path.name, path.read_bytes()) for path in camera_photos])
    assert extracted.ocr_pages == (1, 2, 3)
    letter = split(extracted.text)
    assert [p.number for p in letter.paragraphs] == [str(n) for n in range(1, 18)]
    by_number = {p.number: p for p in letter.paragraphs}
    for paragraph in source.paragraphs:
        section = by_number[paragraph.number].section
        assert " ".join(section.replace("–", "-").split()) == paragraph.section, paragraph.number
    assert letter.details.home_office_reference.endswith("4417302")  # OCR may drop or misread the S
    assert letter.details.letter_date == source.letter_date
    assert "Page 2" not in " ".join(p.text for p in letter.paragraphs)
    assert len(make_letters.paragraphs_recovered(letter, source)) >= 15


# --- photos ----------------------------------------------------------------------------------------------


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def assert_close_to_text(ocr_text: str, pdf: bytes) -> None:
    """The split of OCR'd text matches the split of the same pages' text layer: the same paragraph
    numbers in the same order and the same sections, with at least 90% of each paragraph's words. At
    most one paragraph may be missed (issue 13's target for photos is 95% of paragraphs exact; in full
    runs OCR has now and then not found the number of the first paragraph of an excerpt that starts
    in the middle of a letter): a missed paragraph's words then belong to the one before it."""
    wanted = split(text_from_upload("pages.pdf", pdf).text)
    got = split(ocr_text)
    by_number = {p.number: p for p in wanted.paragraphs}
    numbers = [p.number for p in got.paragraphs]
    assert set(numbers) <= set(by_number)
    assert numbers == [p.number for p in wanted.paragraphs if p.number in numbers]  # in order, none twice
    assert len(numbers) >= len(wanted.paragraphs) - 1
    for found in got.paragraphs:
        paragraph = by_number[found.number]
        assert found.section == paragraph.section, found.number
        shared = sum((Counter(words(found.text)) & Counter(words(paragraph.text))).values())
        assert shared >= 0.9 * len(words(paragraph.text)), paragraph.number
    assert got.details.home_office_reference == wanted.details.home_office_reference


def test_photos_of_pages_are_read_in_order_by_ocr(made, photos, monkeypatch):
    assert ocr_available(), NO_TESSERACT
    asked = []
    monkeypatch.setattr(extract, "_upright", lambda image, timeout: asked.append(image) or image)
    extracted = text_from_uploads([(path.name, path.read_bytes()) for path in photos])
    assert asked == [], "pages that read as English need no orientation detection"
    assert (extracted.method, extracted.pages, extracted.ocr_pages) == ("image-ocr", 2, (1, 2))
    assert photos[1].suffix == ".png"  # stored on its side, with an EXIF tag to turn it upright
    assert_close_to_text(
        extracted.text, make_letters.pdf_pages(made("eritrea_national_service", "pdf-hanging"), [1, 2])
    )


def test_a_photo_taken_upside_down_is_turned_the_right_way_up(made):
    assert ocr_available(), NO_TESSERACT
    page = make_letters_page_image(make_letters.pdf_pages(made("sudan_darfur", "pdf-inline"), [1]))
    half = page.crop((0, 0, page.width, page.height // 3)).rotate(180)
    data = io.BytesIO()
    half.save(data, "JPEG", quality=85)
    text = text_from_upload("page.jpg", data.getvalue()).text
    assert "It is accepted that you have had limited education" in " ".join(text.split())


def test_a_slightly_turned_page_is_straightened(made):
    page = make_letters_page_image(make_letters.pdf_pages(made("sudan_darfur", "pdf-inline"), [0]))
    for angle in (-2.0, 1.5):
        turned = page.rotate(angle, expand=True, fillcolor=255)
        assert abs(_skew_angle(turned) + angle) <= 0.3


def test_a_small_photo_is_enlarged_before_ocr():
    small = Image.new("RGB", (600, 850), "white")
    assert min(prepare_image(small, orientation=False).size) >= 1600


def test_ocr_that_takes_too_long_stops_with_a_timeout(photos):
    assert ocr_available(), NO_TESSERACT
    error("timeout", photos[0].name, photos[0].read_bytes(), ocr_timeout=0.001)


def test_a_damaged_photo_is_refused():
    error("damaged", "page.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 50)


# --- what the file is, and how big ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "looks_like"),
    [
        ("letter.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "a photo"),
        ("letter.txt", b"%PDF-1.7\n...", "a PDF"),
        ("page.jpg", b"%PDF-1.7\n...", "a PDF"),
        ("letter.docx", b"%PDF-1.7\n...", "a PDF"),
        ("letter.txt", b"\x00\x01\x02 binary", None),
    ],
)
def test_a_file_whose_bytes_are_not_what_its_name_says_is_refused(name, data, looks_like):
    message = error("wrong-type", name, data).message
    if looks_like:
        assert looks_like in message


def test_a_zip_that_is_not_a_word_file_is_refused():
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("content.xml", "<x/>")
    error("wrong-type", "letter.docx", data.getvalue())


@pytest.mark.parametrize("name", ["letter.doc", "letter.odt", "page.heic", "letter", "letter.exe"])
def test_kinds_of_file_not_read_here_are_unsupported(name):
    error("unsupported", name, b"something")


def test_old_word_files_come_with_a_hint():
    assert ".docx" in error("unsupported", "letter.doc", b"\xd0\xcf\x11\xe0").message


def test_several_files_must_all_be_photos(made, photos):
    pdf = made("sudan_darfur", "pdf-inline")
    error("unsupported", [(pdf.name, pdf.read_bytes()), (photos[0].name, photos[0].read_bytes())])


def test_a_file_over_the_size_limit_is_refused_before_it_is_read():
    assert "1 MB" in error("too-large", "letter.txt", b"a" * (1024 * 1024 + 1), max_bytes=1024 * 1024).message
    error("too-large", [("a.jpg", b"\xff\xd8\xff" * 400), ("b.jpg", b"\xff\xd8\xff" * 400)], max_bytes=1000)


@pytest.mark.parametrize(("name", "data"), [("letter.txt", b"  \n\n "), ("letter.txt", b"")])
def test_a_file_with_no_text_is_empty(name, data):
    error("empty", name, data)


def test_no_files_at_all_is_empty():
    error("empty", [])


def test_ocr_is_available_where_the_set_up_installed_it():
    assert ocr_available(), NO_TESSERACT
