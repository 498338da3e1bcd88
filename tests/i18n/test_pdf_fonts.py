"""Every language's PDF prints every letter with the bundled fonts: no empty boxes, no system fallback.

A guide is written in each language from the test samples (tests/i18n/samples.py), printed through the
site's own PDF view, and read back with pypdf: which font drew each character, and that no glyph drawn
is a font's .notdef (glyph 0, the empty box).
"""

import io
import unicodedata
from datetime import date

import pytest
from django.conf import settings
from django.utils import translation
from pypdf import PdfReader
from pypdf.generic import ContentStream

from guides.models import ChecklistItem, Guide, Section, column
from selfhelp.languages import LANGUAGES
from tests.i18n.samples import SAMPLES

#: The bundled font that must draw each language's own letters (static/css/pdf-fonts.css).
SCRIPT_FONT = {
    "ar": "AR-Arabic",
    "fa": "AR-Arabic",
    "fa-af": "AR-Arabic",
    "ps": "AR-Arabic",
    "ckb": "AR-Arabic",
    "ur": "AR-Arabic",
    "ti": "AR-Ethiopic",
    "am": "AR-Ethiopic",
    "bn": "AR-Bengali",
}
OTHERS = [language.code for language in LANGUAGES if language.code != "en"]


def drawn(content):
    """({font name: characters it drew}, number of .notdef glyphs drawn) for a PDF."""
    reader = PdfReader(io.BytesIO(content))
    by_font, notdef = {}, 0
    for page in reader.pages:
        fonts = {name: font.get_object() for name, font in page["/Resources"]["/Font"].items()}

        def visit(text, cm, tm, font, size):
            if font is not None and text.strip():
                name = str(font["/BaseFont"]).split("+")[-1].removesuffix("-Bold")
                by_font.setdefault(name, set()).update(text)

        page.extract_text(visitor_text=visit)
        current = None
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                current = fonts.get(operands[0])
            elif (
                operator in (b"Tj", b"TJ")
                and current is not None
                and "/Identity-H" in str(current.get("/Encoding"))
            ):
                pieces = operands[0] if operator == b"TJ" else [operands[0]]
                for piece in pieces:
                    if isinstance(piece, bytes | str):
                        raw = piece if isinstance(piece, bytes) else piece.original_bytes
                        notdef += sum(raw[i : i + 2] == b"\0\0" for i in range(0, len(raw) - 1, 2))
    return by_font, notdef


def letters(text):
    return {ch for ch in text if unicodedata.category(ch).startswith("L")}


@pytest.fixture
def sample_guide(db):
    """A guide whose every text is the samples, in every language."""
    guide = Guide(slug="sample", title="A sample", summary="English summary.", last_checked=date(2026, 12, 1))
    for code, text in SAMPLES.items():
        setattr(guide, column("title", code), text.split(".")[0].split("።")[0][:150])
        setattr(guide, column("summary", code), text)
    guide.save()
    section = Section(guide=guide, key="part", heading="A part", body="English body.")
    for code, text in SAMPLES.items():
        setattr(section, column("heading", code), text[:60])
        setattr(section, column("body", code), f"{text}\n\n**{text}**")
    section.save()
    item = ChecklistItem(section=section, key="step", text="A step.")
    for code, text in SAMPLES.items():
        setattr(item, column("text", code), text)
    item.save()
    return guide


FONT_FILES = {
    "AR-Latin": "NotoSans-Regular.ttf",
    "AR-Arabic": "NotoNaskhArabic-Regular.ttf",
    "AR-Ethiopic": "NotoSansEthiopic-Regular.ttf",
    "AR-Bengali": "NotoSansBengali-Regular.ttf",
}


def folded(characters):
    """Letters as the PDF's text layer gives them back: Arabic presentation forms folded (NFKC)."""
    return set("".join(unicodedata.normalize("NFKC", ch) for ch in characters))


@pytest.mark.parametrize("code", OTHERS)
def test_every_letter_of_the_language_has_a_glyph_in_its_bundled_font(code):
    from fontTools.ttLib import TTFont

    font = SCRIPT_FONT.get(code, "AR-Latin")
    cmap = TTFont(settings.BASE_DIR / "static" / "fonts" / FONT_FILES[font]).getBestCmap()

    assert [ch for ch in sorted(letters(SAMPLES[code])) if ord(ch) not in cmap] == []


@pytest.mark.parametrize("code", OTHERS)
def test_every_letter_of_the_language_prints_with_a_bundled_font_and_no_empty_box(client, sample_guide, code):
    with translation.override(code):
        response = client.get(sample_guide.get_pdf_url())
    assert response.status_code == 200

    by_font, notdef = drawn(response.content)

    assert notdef == 0
    assert set(by_font) <= set(FONT_FILES), by_font  # no system font stood in
    wanted = folded(letters(SAMPLES[code]))
    own = folded(by_font.get(SCRIPT_FONT.get(code, "AR-Latin"), set()))
    # Its own font drew every one of the language's letters, and the text layer gives each one back.
    assert wanted - own == set()
