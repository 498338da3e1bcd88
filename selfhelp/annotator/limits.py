"""How much work one letter brought in may cost the site: every budget in one place.

A refusal letter is at most a few dozen pages. Anything that would make one request use minutes of
processor time or gigabytes of memory (a PDF page 200 inches wide, a hundred and fifty blank scanned
pages, a Word file holding 20 MB of XML packed into 95 KB, a text file of 19 MB) is refused with the
budget it would overrun, before the work starts where the cost can be known in advance (bytes, pages,
page sizes, pixels, a zip's declared sizes, the number of Word paragraphs) and while it runs where it
cannot (the seconds OCR takes).

No Django: :class:`Limits` holds the numbers (``from_settings`` lets settings change them); the check
functions raise :class:`OverBudget`, whose ``reason`` names the budget and whose ``numbers`` say what
was found and what is allowed, so that the site can tell the person the real reason in their language
(selfhelp.annotator.forms) and the command line in English (``message``).

============== ========= ===================================================================
reason         code      when
============== ========= ===================================================================
``bytes``      too-large the upload has more bytes than ``max_bytes``
``pages``      too-large a PDF has more pages than ``max_pages``
``photos``     too-large more photos than ``max_photos``
``page-size``  too-large a PDF page without text is bigger than A3 (it would be read by OCR)
``scanned``    too-large the pages to read by OCR need more pixels than ``max_ocr_pixels``
``pixels``     too-large a photo has more pixels than ``max_image_pixels``
``text``       too-large more characters than ``max_text_characters`` (pasted text's limit)
``unpacked``   too-large a Word file's parts add up to more than ``max_unpacked_bytes``, or its
                         XML to more than ``max_xml_bytes`` (from the zip's declared sizes)
``packing``    too-large a part of a Word file is packed more than ``max_compression_ratio``
                         times, or the zip has more than ``max_zip_members`` parts
``paragraphs`` too-large a Word file has more than ``max_paragraphs`` paragraphs
``ocr-time``   timeout   OCR of the whole upload took more than ``ocr_seconds``
``queued``     too-large one visitor has ``ocr_tasks_per_visitor`` readings waiting already
============== ========= ===================================================================

Background reading (issue 12) adds its limit with one line where it queues a task:
``limits.check_ocr_queue(tasks_already_queued_for_this_visitor, limits)``.
"""

from __future__ import annotations

import dataclasses
import math
import time
from collections.abc import Iterable
from dataclasses import dataclass

MIB = 1024 * 1024
POINTS_PER_INCH = 72
DPI = 300  # Tesseract reads 10 to 12 point text best at about 300 dots per inch
A4_POINTS = (595.28, 841.89)  # 210 × 297 mm
A3_POINTS = (841.89, 1190.55)  # 297 × 420 mm
PAGE_SIZE_SLACK = 1.02  # a page a little over A3 from rounding in the program that made it is still A3


def _pixels_at(points: tuple[float, float], dpi: int = DPI) -> int:
    width, height = (math.ceil(side * dpi / POINTS_PER_INCH) for side in points)
    return width * height


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 20 * MIB
    # The same limit as for pasted text: well over a hundred pages of a letter.
    max_text_characters: int = 400_000
    max_pages: int = 150
    max_photos: int = 20
    # A page read by OCR is rendered at 300 dpi, or less when that would give more pixels than an A4
    # page at 300 dpi has (8.7 million); a page bigger than A3 is refused.
    max_page_pixels: int = _pixels_at(A4_POINTS)
    max_page_points: tuple[float, float] = A3_POINTS
    # All the pages of one upload that need OCR: thirty A4 pages at 300 dpi.
    max_ocr_pixels: int = 30 * _pixels_at(A4_POINTS)
    # A phone's 48-megapixel photo is fine; a decompression bomb is not.
    max_image_pixels: int = 60_000_000
    # OCR of the whole upload (not a page): well inside gunicorn's 120 s worker timeout.
    ocr_seconds: float = 60.0
    # Word files, checked from the zip's declared sizes before anything is unpacked or parsed.
    max_unpacked_bytes: int = 40 * MIB
    max_xml_bytes: int = 10 * MIB
    max_compression_ratio: int = 100  # for parts over 1 MB; Word's own XML packs about 5 to 40 times
    max_zip_members: int = 1000
    max_paragraphs: int = 5000  # python-docx takes about 2 s for 5000
    # Background reading (issue 12): readings one visitor may have waiting at once.
    ocr_tasks_per_visitor: int = 2

    @classmethod
    def from_settings(cls, settings) -> Limits:
        """The defaults, changed by ``LETTER_UPLOAD_MAX_BYTES`` and ``LETTER_LIMITS`` (a dict of any of
        the fields above) in ``settings`` (any object with attributes)."""
        changes = dict(getattr(settings, "LETTER_LIMITS", None) or {})
        if getattr(settings, "LETTER_UPLOAD_MAX_BYTES", None):
            changes.setdefault("max_bytes", settings.LETTER_UPLOAD_MAX_BYTES)
        return dataclasses.replace(cls(), **changes)

    @property
    def max_scanned_pages(self) -> int:
        """How many A4 pages at 300 dpi fit in the OCR pixel budget (to say so to the person)."""
        return max(1, self.max_ocr_pixels // self.max_page_pixels)


DEFAULT = Limits()


class OverBudget(Exception):
    """One upload would overrun a budget: ``reason`` is one of the module's reasons, ``numbers`` what was
    found and what is allowed; ``message`` says it in English."""

    def __init__(self, reason: str, message: str, code: str = "too-large", **numbers):
        self.reason = reason
        self.code = code
        self.message = message
        self.numbers = numbers
        super().__init__(message)


def _megabytes(size: int) -> str:
    return f"{size / MIB:.3g} MB"


def check_bytes(size: int, limits: Limits = DEFAULT) -> None:
    if size > limits.max_bytes:
        raise OverBudget(
            "bytes",
            f"This is too big to read here: the limit is {_megabytes(limits.max_bytes)}.",
            size=size,
            limit=limits.max_bytes,
        )


def check_pages(count: int, limits: Limits = DEFAULT) -> None:
    if count > limits.max_pages:
        raise OverBudget(
            "pages",
            f"This PDF has {count} pages; a letter of up to {limits.max_pages} pages can be read. Upload "
            "the letter on its own.",
            count=count,
            limit=limits.max_pages,
        )


def check_photos(count: int, limits: Limits = DEFAULT) -> None:
    if count > limits.max_photos:
        raise OverBudget(
            "photos",
            f"That is {count} photos; up to {limits.max_photos} can be read at once.",
            count=count,
            limit=limits.max_photos,
        )


def check_text(characters: int, limits: Limits = DEFAULT) -> None:
    if characters > limits.max_text_characters:
        raise OverBudget(
            "text",
            f"This holds more than {limits.max_text_characters:,} characters of text, more than can be "
            "read at once. Upload the letter on its own.",
            count=characters,
            limit=limits.max_text_characters,
        )


def check_text_bytes(size: int, limits: Limits = DEFAULT) -> None:
    """Before decoding a text file: no encoding read here takes more than 4 bytes a character, so more
    bytes than that cannot fit in the text limit."""
    if size > 4 * limits.max_text_characters:
        check_text(size // 4 + 1, limits)


def render_scale(width: float, height: float, page: int, limits: Limits = DEFAULT) -> float:
    """The scale (pixels per point) to render a PDF page of ``width`` × ``height`` points for OCR: 300
    dpi, or less so that the page has at most ``max_page_pixels``. A page bigger than
    ``max_page_points`` (A3), either way up, is refused: it is a poster or a trap, not a letter."""
    short, long = sorted((width, height))
    most_short, most_long = sorted(limits.max_page_points)
    if not (0 < short <= most_short * PAGE_SIZE_SLACK and 0 < long <= most_long * PAGE_SIZE_SLACK):
        centimetres = [round(side / POINTS_PER_INCH * 2.54) for side in (width, height)]
        raise OverBudget(
            "page-size",
            f"Page {page} of this PDF is {centimetres[0]} × {centimetres[1]} cm, bigger than A3 paper, so it "
            "cannot be read.",
            page=page,
            width=centimetres[0],
            height=centimetres[1],
        )
    scale = DPI / POINTS_PER_INCH
    pixels = width * scale * height * scale
    if pixels > limits.max_page_pixels:
        scale *= math.sqrt(limits.max_page_pixels / pixels) * 0.999  # rounding up must not go over
    return scale


def check_ocr_pixels(pages: Iterable[int], limits: Limits = DEFAULT) -> None:
    """``pages``: the pixels of each page to read by OCR, counted before any is read."""
    pages = list(pages)
    if sum(pages) > limits.max_ocr_pixels:
        raise OverBudget(
            "scanned",
            f"This has {len(pages)} scanned pages; about {limits.max_scanned_pages} can be read at a time. "
            "Upload the letter on its own, or fewer pages at a time.",
            count=len(pages),
            limit=limits.max_scanned_pages,
        )


def check_image(width: int, height: int, limits: Limits = DEFAULT) -> None:
    if width * height > limits.max_image_pixels:
        raise OverBudget(
            "pixels",
            f"This photo has {width * height / 1e6:.0f} million pixels; photos of up to "
            f"{limits.max_image_pixels / 1e6:.0f} million can be read. Send a smaller copy.",
            megapixels=round(width * height / 1e6),
            limit=round(limits.max_image_pixels / 1e6),
        )


def check_zip(members: Iterable, limits: Limits = DEFAULT) -> None:
    """A Word file's parts, from the zip's central directory (``zipfile.ZipInfo``: ``filename``,
    ``file_size``, ``compress_size``), before anything is unpacked. Python's zipfile never unpacks
    more than a part's declared size (a part that holds more fails its checksum), so these sizes
    bound the memory that reading the file can take."""
    members = list(members)
    unpacked = sum(member.file_size for member in members)
    xml = sum(member.file_size for member in members if member.filename.endswith((".xml", ".rels")))
    if len(members) > limits.max_zip_members:
        raise OverBudget(
            "packing", f"This Word file has {len(members)} parts, too many to open.", count=len(members)
        )
    if unpacked > limits.max_unpacked_bytes or xml > limits.max_xml_bytes:
        size, limit = (unpacked, limits.max_unpacked_bytes)
        if unpacked <= limits.max_unpacked_bytes:
            size, limit = (xml, limits.max_xml_bytes)
        raise OverBudget(
            "unpacked",
            f"This Word file holds {_megabytes(size)} once unpacked, more than can be opened here "
            f"({_megabytes(limit)}). Save it as a PDF and upload that.",
            size=size,
            limit=limit,
        )
    for member in members:
        if member.file_size > MIB and member.file_size > limits.max_compression_ratio * max(
            member.compress_size, 1
        ):
            raise OverBudget(
                "packing",
                "This Word file is packed in a way that cannot be opened safely. Save it again as a PDF "
                "and upload that.",
                ratio=round(member.file_size / max(member.compress_size, 1)),
            )


def check_paragraphs(count: int, limits: Limits = DEFAULT) -> None:
    if count > limits.max_paragraphs:
        raise OverBudget(
            "paragraphs",
            f"This Word file has {count} paragraphs; up to {limits.max_paragraphs} can be read. Upload the "
            "letter on its own.",
            count=count,
            limit=limits.max_paragraphs,
        )


def check_ocr_queue(queued: int, limits: Limits = DEFAULT) -> None:
    """For background reading (issue 12): refuse a new reading while this visitor already has
    ``ocr_tasks_per_visitor`` waiting."""
    if queued >= limits.ocr_tasks_per_visitor:
        raise OverBudget(
            "queued",
            f"{queued} letters are already waiting to be read. Wait until they are ready.",
            count=queued,
            limit=limits.ocr_tasks_per_visitor,
        )


class OcrClock:
    """The OCR seconds of one upload, shared by all its pages: each page gets what is left, and a page
    that cannot start or finish in it stops the whole upload with ``ocr-time``."""

    def __init__(self, pages: int, limits: Limits = DEFAULT, clock=time.monotonic):
        self.clock = clock
        self.seconds = limits.ocr_seconds
        self.deadline = clock() + limits.ocr_seconds
        self.pages = pages
        self.done = 0

    def remaining(self) -> float:
        """Seconds left for the next step of OCR; raises OverBudget when none are."""
        left = self.deadline - self.clock()
        if left <= 0:
            raise self.spent()
        return left

    def page_done(self) -> None:
        self.done += 1

    def spent(self) -> OverBudget:
        return OverBudget(
            "ocr-time",
            f"Reading the scanned pages took longer than the {self.seconds:g} seconds one upload may take "
            f"({self.done} of {self.pages} pages read). Upload fewer pages at a time, or clearer photos.",
            code="timeout",
            seconds=math.ceil(self.seconds),
            done=self.done,
            total=self.pages,
        )
