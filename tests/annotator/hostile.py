"""Hostile uploads for the letter reader, made in memory (small on disk: nothing is written), and a way
to measure what reading one costs in this process.

Each file is one the audit of issue 18 tried: a 435-byte PDF with one page 200 inches wide, a PDF of
150 blank scanned pages, a Word file holding 20 MB of XML in under 100 KB, a 19 MB text file, a photo
of 100 million pixels, a PDF of 500 pages.

Run as a script (``python -O -m tests.annotator.hostile``), it reads each of them through the letter
form, with ``assert`` statements stripped by ``-O``, and prints one JSON line per file: what the person
is told, the seconds and the memory it took, and whether asserts were off (tests/annotator/test_limits.py
runs it and checks the lines).
"""

import contextlib
import io
import json
import os
import resource
import struct
import sys
import time
import tracemalloc
import zipfile
import zlib
from dataclasses import dataclass

INCH = 72  # points


# --- PDFs written by hand: the smallest files that are still sound PDFs --------------------------------


def pdf(pages, content: bytes | None = None) -> bytes:
    """A PDF of ``pages`` (each ``(width, height)`` in points), every page with the same content stream
    (or none), no text layer, and a correct cross-reference table."""
    count = len(pages)
    objects = [b"<</Type/Catalog/Pages 2 0 R>>"]
    kids = b" ".join(b"%d 0 R" % (4 + n) for n in range(count))
    objects.append(b"<</Type/Pages/Kids[%s]/Count %d>>" % (kids, count))
    objects.append(b"<</Length %d>>stream\n%s\nendstream" % (len(content), content) if content else b"<<>>")
    for width, height in pages:
        objects.append(
            b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 %d %d]%s>>"
            % (width, height, b"/Contents 3 0 R" if content else b"")
        )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj%s endobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def huge_page_pdf() -> bytes:
    """One page 200 inches square, nothing on it: rendered at 300 dpi it would be 3.6 billion pixels."""
    return pdf([(200 * INCH, 200 * INCH)])


def blank_pages_pdf(pages: int = 150) -> bytes:
    """A4 pages with nothing on them, as a scanner makes of an empty feeder."""
    return pdf([(595, 842)] * pages)


def long_pdf(pages: int = 500) -> bytes:
    return pdf([(595, 842)] * pages)


def scribbled_pdf(pages: int = 5) -> bytes:
    """A4 pages with ink (lines) and no text layer: each would go to OCR."""
    lines = b"\n".join(b"%d %d m %d %d l S" % (50, 100 + 12 * n, 545, 100 + 12 * n) for n in range(50))
    return pdf([(595, 842)] * pages, b"2 w\n" + lines)


# --- Word -------------------------------------------------------------------------------------------------

WORD_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/'
    'word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
    'document.main+xml"/></Types>'
)
RELATIONSHIPS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
    'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def word(paragraphs, *, repeat: int = 1) -> bytes:
    """A Word file whose body is ``paragraphs`` (strings), written ``repeat`` times, streamed into the
    zip so that making it never holds the unpacked XML in memory."""
    body = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELATIONSHIPS)
        with archive.open("word/document.xml", "w", force_zip64=True) as document:
            document.write(f'<?xml version="1.0"?><w:document xmlns:w="{WORD_NAMESPACE}"><w:body>'.encode())
            for _ in range(repeat):
                document.write(body)
            document.write(b"</w:body></w:document>")
    return buffer.getvalue()


def word_bomb() -> bytes:
    """About 20 MB of XML (half a million one-letter paragraphs) packed into well under 100 KB."""
    return word(["a"] * 1000, repeat=570)


def wordy_word(paragraphs: int = 6000) -> bytes:
    """A Word file of ordinary, varied paragraphs, packed as Word packs them, but too many of them."""
    return word(
        f"{n}. The Secretary of State has considered point {n * 7919 % 10007}." for n in range(paragraphs)
    )


def lying_word() -> bytes:
    """A Word file whose document says, in the zip's directory, that it unpacks to 10 bytes, and holds
    3.4 MB: the sizes the budget checks are only worth something if reading stops at them."""
    buffer = io.BytesIO()
    body = "<w:p><w:r><w:t>a</w:t></w:r></w:p>" * 100_000
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELATIONSHIPS)
        archive.writestr(
            "word/document.xml",
            f'<w:document xmlns:w="{WORD_NAMESPACE}"><w:body>{body}</w:body></w:document>',
        )
    data = bytearray(buffer.getvalue())
    directory = data.rindex(b"PK\x01\x02", 0, data.rindex(b"word/document.xml"))
    data[directory + 24 : directory + 28] = (10).to_bytes(4, "little")  # its uncompressed size
    return bytes(data)


# --- text and photos ------------------------------------------------------------------------------------


def long_text(megabytes: int = 19) -> bytes:
    line = b"1. The Secretary of State has considered your claim and it is refused.\n"
    return line * (megabytes * 1024 * 1024 // len(line))


def huge_png(width: int = 10_000, height: int = 10_000) -> bytes:
    """A grey PNG of ``width`` × ``height`` pixels (100 million: 100 MB unpacked), about 100 KB, written
    row by row so that making it never holds the pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    packer = zlib.compressobj(9)
    row = b"\x00" + b"\xff" * width  # filter byte, then white
    pixels = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit grey
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


# --- what reading one costs -----------------------------------------------------------------------------


def _status(field: str) -> int | None:
    """A memory figure of this process from /proc (Linux), in bytes."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def _reset_peak() -> bool:
    """Set this process's peak resident memory (VmHWM) back to its current size (Linux 4.0 and later)."""
    try:
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")
        return True
    except OSError:
        return False


@dataclass
class Cost:
    seconds: float
    python_peak: int  # bytes allocated by Python code at the peak (tracemalloc)
    resident_growth: int  # how far resident memory rose above where it started (bytes)


def measure(function):
    """Run ``function()``; return (its result, its Cost). Resident memory is measured from the peak
    the kernel records (reset first, so that the figure is this call's alone, C libraries such as
    pdfium and Tesseract's images included); where that cannot be reset, from getrusage's peak, which
    can only miss growth below an earlier peak."""
    before = _status("VmRSS")
    exact = _reset_peak() and before is not None
    before_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result = function()
    finally:
        seconds = time.perf_counter() - started
        _, python_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    if exact:
        growth = (_status("VmHWM") or 0) - before
    else:
        growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - before_peak
    return result, Cost(seconds, python_peak, max(growth, 0))


# Each hostile file: (name, file name, a function that makes its bytes).
FILES = [
    ("huge-page", "letter.pdf", huge_page_pdf),
    ("blank-pages", "scan.pdf", blank_pages_pdf),
    ("word-bomb", "letter.docx", word_bomb),
    ("long-text", "letter.txt", long_text),
    ("huge-photo", "page-1.png", huge_png),
    ("long-pdf", "bundle.pdf", long_pdf),
]


def warm_up() -> None:
    """Import and start what reading files uses (pypdf, pdfium, python-docx, Pillow), so that the first
    file measured does not carry the cost of loading the libraries."""
    from selfhelp.annotator import extract

    for name, data in [
        ("a.pdf", pdf([(595, 842)])),
        ("a.docx", word(["1. A letter."])),
        ("a.png", huge_png(8, 8)),
    ]:
        with contextlib.suppress(extract.ExtractError):
            extract.text_from_upload(name, data, ocr_timeout=0.001)


def read_through_the_form(name: str, data: bytes) -> str:
    """What the letter form says beside the file field when this file is uploaded."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.utils import translation

    from selfhelp.annotator.forms import LetterForm

    with translation.override("en"):
        form = LetterForm({}, {"files": [SimpleUploadedFile(name, data)]})
        form.is_valid()
        return " ".join(str(message) for message in form.errors.get("files", []))


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "selfhelp.settings")
    os.environ.setdefault("TESTING", "1")
    import django

    django.setup()
    warm_up()
    for key, name, make in FILES:
        data = make()
        message, cost = measure(lambda name=name, data=data: read_through_the_form(name, data))
        line = {
            "file": key,
            "bytes": len(data),
            "message": message,
            "seconds": round(cost.seconds, 2),
            "python_peak": cost.python_peak,
            "resident_growth": cost.resident_growth,
            "asserts_stripped": sys.flags.optimize >= 1,
        }
        print(json.dumps(line), flush=True)
    # The calendar of a case whose name holds line breaks, under -O as well (see test_limits.py).
    from datetime import date

    from selfhelp.deadlines.calendar import Event, ical

    calendar = ical(
        [Event("Appeal", date(2026, 12, 1), "Send it", "uid-1@after-refusal")],
        "Amira\r\nBEGIN:VEVENT\r\nSUMMARY:Planted\r\nEND:VEVENT",
    )
    print(json.dumps({"file": "calendar", "ics": calendar.decode()}), flush=True)


if __name__ == "__main__":
    main()
