"""Read the text of a refusal letter from what a person uploads: a text file, a PDF, a Word file, or
photos of the pages.

No Django: the functions take a file name and its bytes and return an ``Extracted`` (the text, with
pages separated by form feeds, the number of pages and how it was read), or raise ``ExtractError``
with a stable ``code`` the site translates and a plain English ``message``:

============== ==========================================================================
code           when
============== ==========================================================================
``encrypted``  a PDF locked with a password (one that opens without a password is read)
``damaged``    the file is of the kind its name says but cannot be read
``too-large``  over one of the budgets of ``selfhelp.annotator.limits``: bytes, pages, a page's
               size, pixels, characters of text, a Word file's unpacked size, packing or
               paragraphs (``reason`` says which, ``numbers`` by how much)
``wrong-type`` the bytes are not what the name says (checked by their first bytes: ``%PDF``,
               a zip holding ``word/document.xml``, the JPEG and PNG signatures, or text)
``empty``      no text found
``unsupported`` a kind of file not read here (.doc, .odt, .heic …), several files that are not
               all photos, or photos when this server cannot read photos (no Tesseract)
``timeout``    OCR of the upload took longer than its budget of seconds (``reason``
               ``ocr-time``)
============== ==========================================================================

OCR uses Tesseract (``pytesseract``, language ``eng``), with one budget of seconds for the whole
upload (``limits.OcrClock``). OCR takes a second or two a page, so the site does it in the background:
``ocr=False`` reads what needs no OCR, checks every budget that can be checked before OCR (a page's
size, the pixels of the pages and photos, blank pages skipped) and raises ``NeedsOcr`` if pages are
left to read by OCR; ``progress(done, total)`` is told before each page read by OCR and when all are
read. Every budget is in
``selfhelp.annotator.limits`` and is checked before the work it bounds starts, wherever the cost can be
known in advance.
"""

from __future__ import annotations

import codecs
import dataclasses
import functools
import io
import math
import os
import re
import warnings
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from selfhelp.annotator import limits as budgets
from selfhelp.annotator.limits import Limits, OverBudget

MAX_BYTES = budgets.DEFAULT.max_bytes
MAX_PAGES = budgets.DEFAULT.max_pages
MAX_PIXELS = budgets.DEFAULT.max_image_pixels
OCR_TIMEOUT = budgets.DEFAULT.ocr_seconds  # for the whole upload, not a page
OCR_LANGUAGE = "eng"
# One block of text, read line by line across the page: keeps a paragraph number in a hanging margin
# on the same line as its paragraph's first line. preserve_interword_spaces keeps the wide gap after
# such a number, which the splitter reads as a paragraph number's layout.
OCR_CONFIG = "--psm 6 -c preserve_interword_spaces=1"
RENDER_DPI = budgets.DPI
# A page without a text layer is first looked at this small, to skip blank pages without OCR.
GLANCE_DPI = 36
BLANK = 250  # a page whose darkest dot at that size is this light (of 255) is blank

__all__ = [
    "MAX_BYTES",
    "ExtractError",
    "Extracted",
    "NeedsOcr",
    "ocr_available",
    "text_from_upload",
    "text_from_uploads",
]

MESSAGES = {
    "encrypted": (
        "This PDF is locked with a password, so it cannot be read. If you can open it, save or print it "
        "as a new PDF without a password and upload that, or upload photos of the pages."
    ),
    "damaged": (
        "This file seems to be damaged and cannot be read. Try saving it again, or upload photos of the "
        "pages instead."
    ),
    "too-large": "This file is too big to read here. Try a smaller file, or fewer pages at a time.",
    "wrong-type": (
        "What is inside this file does not match the end of its name (for example .pdf or .docx). Check "
        "that it is the right file, or save it again in the right format."
    ),
    "empty": (
        "No text could be found in this file. If it is a scan or photos, make sure each page is flat, "
        "well lit and in focus, and try again."
    ),
    "unsupported": (
        "This kind of file cannot be read here. Upload a PDF, a Word file (.docx), a text file (.txt) or "
        "photos of the pages (.jpg or .png)."
    ),
    "timeout": "Reading a page took too long. Try clearer photos, or fewer pages at a time.",
}


class ExtractError(Exception):
    """A file that cannot be read; ``code`` is one of ``MESSAGES``' keys and never changes. Over a
    budget, ``reason`` names it and ``numbers`` say what was found and what is allowed
    (``selfhelp.annotator.limits``)."""

    def __init__(self, code: str, message: str | None = None, *, reason: str = "", numbers=None):
        self.code = code
        self.message = message or MESSAGES[code]
        self.reason = reason
        self.numbers = dict(numbers or {})
        super().__init__(self.message)

    @classmethod
    def over(cls, over: OverBudget) -> ExtractError:
        return cls(over.code, over.message, reason=over.reason, numbers=over.numbers)


class NeedsOcr(Exception):  # not an error: a signal to read the upload in the background
    """Raised when reading without OCR (``ocr=False``) meets pages that need it: ``pages`` of them."""

    def __init__(self, pages: int):
        super().__init__(f"{pages} pages need OCR")
        self.pages = pages


Progress = Callable[[int, int], None] | None


@dataclass(frozen=True)
class Extracted:
    text: str  # pages separated by form feeds ("\f")
    pages: int
    method: str  # "text", "pdf-text", "pdf-ocr" (some pages read by OCR), "docx" or "image-ocr"
    ocr_pages: tuple[int, ...] = ()  # the pages (from 1) read by OCR


# --- what kind of file -------------------------------------------------------------------------------

KINDS_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".pdf": "pdf",
    ".docx": "docx",
    ".jpg": "image",
    ".jpeg": "image",
    ".png": "image",
}
KIND_NAMES = {"text": "a text file", "pdf": "a PDF", "docx": "a Word file", "image": "a photo"}
SUFFIX_FOR = {"text": ".txt", "pdf": ".pdf", "docx": ".docx", "image": ".jpg"}
# Kinds people try that are not read here, with what to do instead.
UNSUPPORTED_HINTS = {
    ".doc": "Old Word files (.doc) cannot be read. Open it in Word and save it as .docx or as a PDF.",
    ".odt": "Open it and save it as .docx or as a PDF.",
    ".rtf": "Open it and save it as .docx or as a PDF.",
    ".pages": "Export it from Pages as a PDF or a Word file.",
    ".heic": "Photos in HEIC format cannot be read. Set the phone's camera to take JPEG photos "
    "(“Most Compatible”), or share the photos as JPEG.",
    ".heif": "Photos in HEIF format cannot be read. Share the photos as JPEG instead.",
    ".gif": "Save the pages as .jpg or .png images, or as a PDF.",
    ".tif": "Save the pages as .jpg or .png images, or as a PDF.",
    ".tiff": "Save the pages as .jpg or .png images, or as a PDF.",
    ".webp": "Save the pages as .jpg or .png images.",
}


def sniff(data: bytes) -> str | None:
    """What the first bytes say the file is: "pdf", "docx", "zip" (another zip), "image", or None.

    Rules: a PDF has ``%PDF-`` within its first 1024 bytes (the PDF standard allows some junk before
    it); a Word file is a zip (``PK\\3\\4``) holding ``word/document.xml``; a JPEG starts
    ``FF D8 FF``; a PNG starts with its eight-byte signature.
    """
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                return "docx" if "word/document.xml" in archive.namelist() else "zip"
        except (zipfile.BadZipFile, OSError, ValueError):
            return "zip"
    if data.startswith(b"\xff\xd8\xff") or data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image"
    return None


def _kind(name: str, data: bytes) -> str:
    """Rule: the name's ending says what the file should be (``KINDS_BY_SUFFIX``); its first bytes
    (``sniff``) must agree. A .txt must not be a PDF, zip or image; a .jpg and a .png may be either
    image format, as phones and apps mix them up and Pillow reads both."""
    suffix = PurePath(name).suffix.lower()
    kind = KINDS_BY_SUFFIX.get(suffix)
    if kind is None:
        hint = UNSUPPORTED_HINTS.get(suffix, "")
        raise ExtractError("unsupported", (MESSAGES["unsupported"] + " " + hint).strip())
    found = sniff(data)
    if kind == "text":
        if found in KIND_NAMES or found == "zip":
            raise _wrong_type(kind, found)
        return kind
    if found != kind:
        raise _wrong_type(kind, found)
    return kind


def _wrong_type(expected: str, found: str | None) -> ExtractError:
    message = f"This file's name says it is {KIND_NAMES[expected]}, but what is inside is not."
    if found in KIND_NAMES:
        message += (
            f" It looks like {KIND_NAMES[found]}: rename it to end in {SUFFIX_FOR[found]} and try again."
        )
    else:
        message += " Check that it is the right file, or save it again in the right format."
    return ExtractError("wrong-type", message)


# --- text files ----------------------------------------------------------------------------------------


def _decode(data: bytes) -> str:
    """Rule: UTF-8 (with or without a byte order mark), UTF-16 when a byte order mark says so, then
    Windows-1252 (what Notepad saved for years), then Latin-1, which reads any bytes. Bytes with NULs
    and no UTF-16 mark are not text."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data:
        raise _wrong_type("text", None)
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


# --- OCR -----------------------------------------------------------------------------------------------


@functools.cache
def ocr_available() -> bool:
    """True when Tesseract and its English data are installed (checked once per process)."""
    try:
        import pytesseract

        pytesseract.get_tesseract_version()
        return OCR_LANGUAGE in pytesseract.get_languages(config="")
    except Exception:
        return False


def _one_thread() -> None:
    """Tesseract splits each page over OpenMP threads; on a small server that is several times slower
    than one thread (9 s against 2 s a page on two cores), and requests running at once fight over the
    cores. Its own documentation advises OMP_THREAD_LIMIT=1 for this; an operator's setting wins."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def _require_ocr() -> None:
    if not ocr_available():
        raise ExtractError(
            "unsupported",
            "Reading scans and photos is not available here at the moment. Upload a PDF with text, a Word "
            "file or a text file, or paste the letter's text.",
        )


def _projection_score(image, angle: float) -> float:
    """How sharply the rows of ink stand out when the page is turned by ``angle`` degrees: the variance
    of the ink in each row. Lines of text lying level give the highest score."""
    from PIL import Image

    turned = image.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0)
    rows = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()  # one byte a row: mode "L"
    mean = sum(rows) / len(rows)
    return sum((value - mean) ** 2 for value in rows) / len(rows)


def _skew_angle(image) -> float:
    """Rule (deskew): search the angle between -5 and 5 degrees that lines the text up with the rows,
    by a projection profile: first in half-degree steps, then in tenths around the best.

    Works on a copy about 1000 pixels wide, with ink white on black so that the turned-in corners add
    no ink."""
    small = image.copy()
    small.thumbnail((1000, 1400))
    histogram = small.histogram()
    total = sum(histogram)
    mean = sum(value * count for value, count in enumerate(histogram)) / max(total, 1)
    threshold = mean * 0.75
    ink = small.point(lambda value: 255 if value < threshold else 0).convert("L")
    best = max((step / 2 for step in range(-10, 11)), key=lambda angle: _projection_score(ink, angle))
    return max((best + step / 10 for step in range(-4, 5)), key=lambda angle: _projection_score(ink, angle))


def _upright(image, timeout: float):
    """Rule (orientation): Tesseract's orientation detection (OSD) says when a page lies on its side
    or upside down; it is believed only when it is confident (above 2), and ignored when it fails
    (too little text)."""
    import pytesseract
    from PIL import Image

    _one_thread()
    try:
        osd = pytesseract.image_to_osd(image, config="--psm 0 -c min_characters_to_try=20", timeout=timeout)
    except RuntimeError as error:
        if "timeout" in str(error).lower():
            raise ExtractError("timeout") from error
        return image
    except pytesseract.TesseractError:
        return image
    rotate = re.search(r"Rotate:\s*(\d+)", osd)
    confidence = re.search(r"Orientation confidence:\s*([\d.]+)", osd)
    if rotate and confidence and float(confidence.group(1)) > 2 and int(rotate.group(1)) % 360:
        return image.rotate(
            -int(rotate.group(1)), expand=True, resample=Image.Resampling.BICUBIC, fillcolor=255
        )
    return image


def _straighten(image):
    from PIL import Image

    angle = _skew_angle(image)
    if abs(angle) >= 0.2:
        image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    return image


def _even_light(image):
    """Rule (uneven light): a phone photo is lit unevenly (a shadow across one side, a darker corner),
    and Tesseract's one threshold for the whole page then loses the text in the shade. So each pixel
    is divided by the brightness of the paper around it: the page made 16 times smaller, its ink
    removed by taking the brightest pixel within two or three (a maximum filter), and enlarged again
    smoothly. Paper becomes white everywhere and ink keeps its contrast with the paper beside it."""
    from PIL import Image, ImageFilter, ImageMath

    small = image.resize((max(1, image.width // 16), max(1, image.height // 16)), Image.Resampling.BOX)
    background = small.filter(ImageFilter.MaxFilter(5)).resize(image.size, Image.Resampling.BILINEAR)
    return ImageMath.lambda_eval(
        lambda names: names["convert"](names["page"] * 255 / (names["paper"] + 1), "L"),
        page=image,
        paper=background,
    )


def prepare_image(image, *, timeout: float = OCR_TIMEOUT, orientation: bool = True):
    """Light clean-up before OCR, in this order: turn the photo as its EXIF tag says (phones store
    photos sideways with a tag), make it grey, even out its light (``_even_light``), stretch its
    contrast, bring the page's width into 1600
    to 3300 pixels without making it longer than 4000 (a small image is enlarged, as Tesseract reads
    10 to 12 point text best at around 300 dpi; a huge one is reduced, for speed), turn it upright
    (``_upright``, when ``orientation`` is true), then straighten a slightly rotated photo
    (``_skew_angle``)."""
    from PIL import Image, ImageOps

    image = ImageOps.exif_transpose(image)
    image = ImageOps.autocontrast(_even_light(image.convert("L")), cutoff=1)
    short, long = sorted(image.size)  # the page's width, whichever way up the photo is
    if short < 1600 or short > 3300:
        # Never more than 4000 pixels long: a strip cut from a page needs no more.
        factor = min((2200 if short < 1600 else 2800) / short, max(4000 / long, 1.0))
        image = image.resize(
            (round(image.width * factor), round(image.height * factor)), Image.Resampling.LANCZOS
        )
    if orientation:
        image = _upright(image, timeout)
    return _straighten(image)


# The commonest English words: a page read the right way up is a quarter of them or more, a page read
# upside down or on its side almost none.
_COMMON_WORDS = frozenset(
    (
        "the",
        "of",
        "and",
        "to",
        "a",
        "in",
        "that",
        "is",
        "you",
        "your",
        "it",
        "was",
        "for",
        "on",
        "be",
        "not",
        "as",
        "with",
        "at",
        "by",
        "this",
        "have",
        "are",
        "from",
        "or",
        "which",
        "were",
        "has",
        "been",
        "an",
        "had",
        "i",
    )
)


def _reads_as_english(text: str) -> float:
    """The share of the words that are among the commonest English words (0 for under ten words)."""
    words = re.findall(r"[a-z]+", text.lower())
    return sum(word in _COMMON_WORDS for word in words) / len(words) if len(words) >= 10 else 0.0


def _tesseract(image, timeout: float) -> str:
    import pytesseract

    _one_thread()
    try:
        text = pytesseract.image_to_string(image, lang=OCR_LANGUAGE, config=OCR_CONFIG, timeout=timeout)
    except RuntimeError as error:
        if "timeout" in str(error).lower():
            raise ExtractError("timeout") from error
        raise ExtractError("damaged") from error
    except pytesseract.TesseractNotFoundError as error:
        raise ExtractError("unsupported", "Reading scans and photos is not available here.") from error
    except pytesseract.TesseractError as error:
        raise ExtractError("damaged") from error
    return text.replace("\f", "").strip("\n")


def _ocr(image, clock: budgets.OcrClock) -> str:
    """Rule: read the cleaned-up page (``prepare_image``, without orientation); only when the text does
    not read as English (under 8% of its words among the commonest English words, as happens when
    the page lies on its side or upside down) ask Tesseract's orientation detection, turn the page
    and read it again, keeping whichever reading is more English. This saves the detection's half
    second on every page the right way up.

    Each step gets the seconds the upload has left (``clock``); when they run out, the whole upload
    stops with ``ocr-time``."""
    try:
        image = prepare_image(image, timeout=clock.remaining(), orientation=False)
        text = _tesseract(image, clock.remaining())
        if _reads_as_english(text) < 0.08:
            turned = _upright(image, clock.remaining())
            if turned is not image:
                again = _tesseract(_straighten(turned), clock.remaining())
                if _reads_as_english(again) > _reads_as_english(text):
                    text = again
    except ExtractError as error:
        if error.code == "timeout":
            raise clock.spent() from None
        raise
    clock.page_done()
    return text


def _open_image(data: bytes, limits: Limits, load: bool = True):
    """The photo, its size checked from its header before its pixels are unpacked (``load=False``:
    only checked, not unpacked)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():  # Pillow warns of a big image; the budget below refuses it
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
        budgets.check_image(image.width, image.height, limits)
        if load:
            image.load()
    except Image.DecompressionBombError as error:
        raise OverBudget("pixels", "This photo has too many pixels to read. Send a smaller photo.") from error
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as error:
        raise ExtractError("damaged") from error
    return image


# --- PDF -----------------------------------------------------------------------------------------------


def _letters(text: str) -> int:
    return len(re.findall(r"[A-Za-z]", text))


def _read_pdf(data: bytes, limits: Limits, ocr: bool = True, progress: Progress = None) -> Extracted:
    """Rule: each page's text layer, read by pypdf in layout mode (text in the order it sits on the
    page, so a number in the margin stays beside its paragraph, and gaps become blank lines); a page
    with almost no text layer (fewer than 20 letters: a scan) is rendered with pypdfium2 and read by
    OCR, unless it is blank.

    Budgets (``selfhelp.annotator.limits``), each checked before the work it bounds: the number of
    pages; for the pages without text, each page's size (no bigger than A3) and the pixels of all of
    them together (each rendered at 300 dpi, or less for a page bigger than A4); then the seconds of
    OCR for the whole upload. Blank pages are found on a small rendering (36 dpi) and never read."""
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception as error:  # pypdf needs `cryptography` for AES; without it, treat as locked
                raise ExtractError("encrypted") from error
            if not opened:
                raise ExtractError("encrypted")
        count = len(reader.pages)
    except ExtractError:
        raise
    except Exception as error:  # pypdf raises many kinds of error on a broken file
        raise ExtractError("damaged") from error
    if count == 0:
        raise ExtractError("empty")
    budgets.check_pages(count, limits)

    texts: list[str] = []
    scanned: list[int] = []  # pages (from 0) with no text layer
    characters = 0
    for index in range(count):
        try:
            page = reader.pages[index]
            try:
                text = page.extract_text(extraction_mode="layout")
            except Exception:
                text = page.extract_text()
        except Exception:
            text = ""
        if _letters(text) < 20:
            scanned.append(index)
            text = ""
        text = _tidy_layout(text)
        characters += len(text)
        budgets.check_text(characters, limits)
        texts.append(text)
    if not scanned:
        return Extracted("\f".join(texts), count, "pdf-text")

    _require_ocr()
    import pypdfium2

    try:
        rendered = pypdfium2.PdfDocument(data, password="" if reader.is_encrypted else None)
    except Exception as error:
        raise ExtractError("damaged") from error
    try:
        to_read = []  # (page, scale, pixels), planned before any is read
        for index in scanned:
            page = rendered[index]
            width, height = page.get_size()
            scale = budgets.render_scale(width, height, index + 1, limits)
            glance = page.render(scale=min(scale, GLANCE_DPI / 72), grayscale=True).to_pil()
            if glance.convert("L").getextrema()[0] >= BLANK:
                continue  # nothing on it to read
            to_read.append((index, scale, math.ceil(width * scale) * math.ceil(height * scale)))
        budgets.check_ocr_pixels((pixels for _, _, pixels in to_read), limits)
        if to_read and not ocr:
            raise NeedsOcr(len(to_read))  # every budget known in advance is met: read it later
        clock = budgets.OcrClock(len(to_read), limits)
        for done, (index, scale, _) in enumerate(to_read):
            if progress:
                progress(done, len(to_read))
            clock.remaining()
            image = rendered[index].render(scale=scale, grayscale=True).to_pil()
            texts[index] = _tidy_layout(_ocr(image, clock))
            characters += len(texts[index])
            budgets.check_text(characters, limits)
    finally:
        rendered.close()
    if progress:
        progress(len(to_read), len(to_read))
    ocr_pages = tuple(index + 1 for index, _, _ in to_read)
    return Extracted("\f".join(texts), count, "pdf-ocr" if ocr_pages else "pdf-text", ocr_pages)


def _tidy_layout(text: str) -> str:
    """Layout mode pads lines with spaces and repeats blank lines for every gap; keep one blank line."""
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


# --- Word ----------------------------------------------------------------------------------------------

_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl")]
_ROMAN += [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def _roman(number: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while number >= value:
            out += letters
            number -= value
    return out


def _letter(number: int) -> str:
    # Word's letter numbering: a … z, then aa … zz, then aaa …
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)


def _format(number: int, style: str) -> str:
    """A list number in one of Word's formats (``w:numFmt``); decimal for any other."""
    if style == "decimalZero":
        return f"{number:02d}"
    if style == "lowerLetter":
        return _letter(number)
    if style == "upperLetter":
        return _letter(number).upper()
    if style == "lowerRoman":
        return _roman(number)
    if style == "upperRoman":
        return _roman(number).upper()
    return str(number)


class _Numbering:
    """Word's automatic numbering, counted again.

    A Word file does not store the numbers of a numbered list: each paragraph only says which list it
    belongs to (``w:numPr``: ``w:numId``, and the level ``w:ilvl``), in its own properties or through
    its paragraph style (such as "List Number"); the numbering part then says, for that list's
    abstract definition and level, the number format (``w:numFmt``: decimal, lowerLetter, upperRoman,
    bullet …), the pattern (``w:lvlText``, such as "%1." or "(%2)") and the first number
    (``w:start``, which a list may override with ``w:lvlOverride/w:startOverride``). python-docx does
    not render any of this, so this class walks the paragraphs in order as Word does: a counter per
    list (numId) and level; a level's counter goes up by one at each paragraph of that level, and the
    deeper levels start again. Not handled: ``w:lvlRestart``, legal-style numbering (``w:isLgl``),
    numbering fields (``LISTNUM``, ``SEQ``), and lists that Word would continue across different
    numIds.
    """

    def __init__(self, document):
        from docx.oxml.ns import qn

        self.qn = qn
        self.levels: dict[str, dict[int, tuple[str, str, int, str]]] = {}
        self.lists: dict[str, tuple[str, dict[int, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for abstract in root.findall(qn("w:abstractNum")):
            levels = {}
            for level in abstract.findall(qn("w:lvl")):
                levels[int(level.get(qn("w:ilvl"), "0"))] = (
                    self._value(level, "w:numFmt", "decimal"),
                    self._value(level, "w:lvlText", ""),
                    int(self._value(level, "w:start", "1")),
                    self._value(level, "w:suff", "tab"),
                )
            self.levels[abstract.get(qn("w:abstractNumId"))] = levels
        for instance in root.findall(qn("w:num")):
            overrides = {}
            for override in instance.findall(qn("w:lvlOverride")):
                start = override.find(qn("w:startOverride"))
                if start is not None:
                    overrides[int(override.get(qn("w:ilvl"), "0"))] = int(start.get(qn("w:val")))
            self.lists[instance.get(qn("w:numId"))] = (
                self._value(instance, "w:abstractNumId", ""),
                overrides,
            )

    def _value(self, element, tag: str, default: str) -> str:
        child = element.find(self.qn(tag))
        return child.get(self.qn("w:val"), default) if child is not None else default

    def _properties(self, paragraph) -> tuple[str, int] | None:
        qn = self.qn
        sources = [paragraph._p.pPr]
        style = paragraph.style
        while style is not None:
            sources.append(style.element.pPr)
            style = style.base_style
        num_id = level = None
        for properties in sources:
            if properties is None:
                continue
            numbering = properties.find(qn("w:numPr"))
            if numbering is None:
                continue
            if num_id is None and numbering.find(qn("w:numId")) is not None:
                num_id = numbering.find(qn("w:numId")).get(qn("w:val"))
            if level is None and numbering.find(qn("w:ilvl")) is not None:
                level = int(numbering.find(qn("w:ilvl")).get(qn("w:val")))
        if num_id is None or num_id == "0" or num_id not in self.lists:
            return None
        return num_id, level or 0

    def label(self, paragraph) -> str | None:
        """The number Word would show before this paragraph, with what follows it (a tab or space)."""
        found = self._properties(paragraph)
        if found is None:
            return None
        num_id, level = found
        abstract, overrides = self.lists[num_id]
        levels = self.levels.get(abstract, {})
        if level not in levels:
            return None
        counters = self.counters.setdefault(num_id, {})
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        start = overrides.get(level, levels[level][2])
        counters[level] = counters.get(level, start - 1) + 1
        style, pattern, _, suffix = levels[level]
        if style == "none":
            text = ""
        elif style == "bullet":
            text = "•"
        else:

            def number(match: re.Match) -> str:
                at = int(match.group(1)) - 1
                if at not in levels:
                    return ""
                value = counters.get(at, overrides.get(at, levels[at][2]))
                return _format(value, levels[at][0])

            text = re.sub(r"%([1-9])", number, pattern)
        return text + {"tab": "\t", "space": " "}.get(suffix, "")


# A paragraph in WordprocessingML: <w:p>, <w:p …> or <w:p/>, whatever the namespace's prefix.
_PARAGRAPH_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?p[\s>/]")


def _check_docx(data: bytes, limits: Limits) -> None:
    """Rule: before python-docx parses anything, the zip's declared sizes (``limits.check_zip``: the
    parts' total, their XML, how tightly each is packed), then the number of paragraphs in the
    document's XML, counted as bytes (``limits.check_paragraphs``)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            budgets.check_zip(archive.infolist(), limits)
            body = archive.read("word/document.xml")
    except OverBudget:
        raise
    except Exception as error:  # a broken zip, or a part whose bytes do not match its declared size
        raise ExtractError("damaged") from error
    budgets.check_paragraphs(len(_PARAGRAPH_TAG.findall(body)), limits)


def _read_docx(data: bytes, limits: Limits = budgets.DEFAULT) -> Extracted:
    """Rule: the document's paragraphs and tables in their order, each paragraph separated from the
    next by a blank line; a table row becomes one line with its cells separated by tabs (so a
    two-column "7 | text" layout reads as a numbered paragraph); the numbers of automatically
    numbered paragraphs are put back (``_Numbering``); a hard page break starts a new page. Headers
    and footers are left out: they are page furniture. Its budgets are checked first (``_check_docx``)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    _check_docx(data, limits)
    try:
        document = docx.Document(io.BytesIO(data))
        numbering = _Numbering(document)
        blocks: list[str] = []

        def paragraph_text(paragraph: Paragraph) -> str:
            text = paragraph.text
            page_break = bool(paragraph._p.xpath(".//w:br[@w:type='page']")) or bool(
                paragraph._p.xpath("./w:pPr/w:pageBreakBefore[not(@w:val='0') and not(@w:val='false')]")
            )
            label = numbering.label(paragraph)
            if label:
                text = label + text
            return ("\f" if page_break else "") + text

        def walk(container) -> None:
            for item in container.iter_inner_content():
                if isinstance(item, Paragraph):
                    blocks.append(paragraph_text(item))
                elif isinstance(item, Table):
                    for row in item.rows:
                        cells, seen = [], set()
                        for cell in row.cells:
                            if id(cell._tc) in seen:
                                continue
                            seen.add(id(cell._tc))
                            cells.append("\n".join(paragraph_text(p) for p in cell.paragraphs).strip())
                        blocks.append("\t".join(cells))

        walk(document)
    except ExtractError:
        raise
    except Exception as error:  # a zip that is not a sound Word document
        raise ExtractError("damaged") from error
    text = "\n\n".join(blocks)
    text = re.sub(r"\n*\f\n*", "\f", text)
    return Extracted(text, text.count("\f") + 1, "docx")


# --- the front door ------------------------------------------------------------------------------------


def _require_text(extracted: Extracted) -> Extracted:
    if not re.search(r"\w", extracted.text):
        raise ExtractError("empty")
    return extracted


def _limits(limits: Limits | None, max_bytes, ocr_timeout, max_pages) -> Limits:
    """The budgets: ``limits`` (the defaults if None), with any of the older keyword arguments."""
    changes = {"max_bytes": max_bytes, "ocr_seconds": ocr_timeout, "max_pages": max_pages}
    return dataclasses.replace(
        limits or budgets.DEFAULT, **{key: value for key, value in changes.items() if value is not None}
    )


def text_from_upload(
    name: str,
    data: bytes,
    *,
    limits: Limits | None = None,
    max_bytes: int | None = None,
    ocr_timeout: float | None = None,
    max_pages: int | None = None,
    ocr: bool = True,
    progress: Progress = None,
) -> Extracted:
    """The text of one uploaded file, chosen by its name's ending and checked against its first bytes.
    ``limits`` are the budgets (``selfhelp.annotator.limits``); ``max_bytes``, ``ocr_timeout`` (the OCR
    seconds of the whole upload) and ``max_pages`` change one of them. With ``ocr=False``, raises
    ``NeedsOcr`` instead of reading pages by OCR; ``progress(done, total)`` follows the pages read by
    OCR."""
    return text_from_uploads(
        [(name, data)],
        limits=limits,
        max_bytes=max_bytes,
        ocr_timeout=ocr_timeout,
        max_pages=max_pages,
        ocr=ocr,
        progress=progress,
    )


def text_from_uploads(
    files: Sequence[tuple[str, bytes]],
    *,
    limits: Limits | None = None,
    max_bytes: int | None = None,
    ocr_timeout: float | None = None,
    max_pages: int | None = None,
    ocr: bool = True,
    progress: Progress = None,
) -> Extracted:
    """The text of one file, or of several photos given in page order (each read by OCR)."""
    limits = _limits(limits, max_bytes, ocr_timeout, max_pages)
    try:
        return _require_text(_read(files, limits, ocr, progress))
    except OverBudget as over:
        raise ExtractError.over(over) from None


def _read(
    files: Sequence[tuple[str, bytes]], limits: Limits, ocr: bool = True, progress: Progress = None
) -> Extracted:
    if not files:
        raise ExtractError("empty")
    budgets.check_bytes(sum(len(data) for _, data in files), limits)
    kinds = [_kind(name, data) for name, data in files]
    if len(files) == 1 and kinds[0] == "text":
        data = files[0][1]
        budgets.check_text_bytes(len(data), limits)
        text = _decode(data)
        budgets.check_text(len(text), limits)
        return Extracted(text, 1, "text")
    if len(files) == 1 and kinds[0] == "pdf":
        return _read_pdf(files[0][1], limits, ocr, progress)
    if len(files) == 1 and kinds[0] == "docx":
        extracted = _read_docx(files[0][1], limits)
        budgets.check_text(len(extracted.text), limits)
        return extracted
    if any(kind != "image" for kind in kinds):
        raise ExtractError(
            "unsupported",
            "Several files can only be photos of the pages (.jpg or .png). Upload a PDF, Word or text file "
            "on its own.",
        )
    budgets.check_photos(len(files), limits)
    _require_ocr()
    if not ocr:
        for _, data in files:
            _open_image(data, limits, load=False)  # its pixels, from its header
        raise NeedsOcr(len(files))
    clock = budgets.OcrClock(len(files), limits)
    texts = []
    for done, (_, data) in enumerate(files):
        if progress:
            progress(done, len(files))
        clock.remaining()
        texts.append(_ocr(_open_image(data, limits), clock))
    if progress:
        progress(len(files), len(files))
    return Extracted("\f".join(texts), len(files), "image-ocr", tuple(range(1, len(files) + 1)))
