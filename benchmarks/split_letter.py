"""How long the annotator takes: splitting a 40-page letter's text, reading a PDF's text layer, and OCR.

Run with ``.venv/bin/python benchmarks/split_letter.py``. It prints figures and asserts nothing.
Targets: splitting a 40-page letter in under 100 ms; OCR is whatever Tesseract takes (a few seconds a
page), which is why the site should read photos outside the request that uploads them; from camera-like
photos of whole letters, at least 95% of paragraphs recovered exactly (right number, right section,
words at least 90% alike).

The letter is made from the test letters (tests/annotator/letters/), their paragraphs repeated and
numbered on until the text runs to 40 pages of 46 lines, with a running header and page numbers.
(The script puts the project's root on sys.path, as running manage.py from it does.)
"""

import statistics
import sys
import tempfile
import time
from pathlib import Path

# Like manage.py, run from the project: its root must be importable (selfhelp, tests).
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from selfhelp.annotator.extract import ocr_available, text_from_upload  # noqa: E402
from selfhelp.annotator.splitter import split  # noqa: E402
from tests.annotator import make_letters  # noqa: E402
from tests.annotator.make_letters import SourceLetter, SourceParagraph  # noqa: E402

PAGES = 40
RUNS = 15
OCR_PAGES = 3


def long_letter(pages: int = PAGES) -> SourceLetter:
    sources = [make_letters.load(name) for name in make_letters.NUMBERED]
    first = sources[0]
    paragraphs: list[SourceParagraph] = []
    while True:
        for source in sources:
            for paragraph in source.paragraphs:
                number = str(len(paragraphs) + 1)
                paragraphs.append(
                    SourceParagraph(number, paragraph.section, paragraph.parts, paragraph.starts_section)
                )
        letter = SourceLetter("long", first.meta, first.top, paragraphs, first.closing)
        if make_letters.render_text(letter, "tab").pages >= pages:
            while make_letters.render_text(letter, "tab").pages > pages:
                paragraphs.pop()
            return letter


def median_seconds(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    letter = long_letter()
    rendered = make_letters.render_text(letter, "tab", footer="page-of", header="marking-ref")
    result = split(rendered.text)
    print(
        f"Letter: {rendered.pages} pages, {len(rendered.text.splitlines())} lines, "
        f"{len(rendered.text.split())} words, {len(result.paragraphs)} paragraphs found "
        f"(of {len(letter.paragraphs)})."
    )
    seconds = median_seconds(lambda: split(rendered.text), RUNS)
    print(
        f"Split the text of a {rendered.pages}-page letter: {seconds * 1000:.1f} ms (median of {RUNS} runs)"
    )

    with tempfile.TemporaryDirectory() as directory:
        pdf = make_letters.make_pdf(
            make_letters.load("eritrea_national_service"), Path(directory) / "letter.pdf"
        )
        data = pdf.read_bytes()
        extracted = text_from_upload(pdf.name, data)
        seconds = median_seconds(lambda: text_from_upload(pdf.name, data), 3)
        print(
            f"Read a PDF's text layer: {seconds / extracted.pages * 1000:.0f} ms a page "
            f"(median of 3 runs over {extracted.pages} pages)"
        )
        if not ocr_available():
            print("OCR: not measured, Tesseract with English data is not installed.")
            return
        photos = make_letters.make_page_images(pdf, Path(directory), list(range(OCR_PAGES)))
        times = []
        for photo in photos:
            payload = photo.read_bytes()
            start = time.perf_counter()
            text_from_upload(photo.name, payload)
            times.append(time.perf_counter() - start)
        print(
            f"OCR of a phone photo of a page: {statistics.median(times):.2f} s a page "
            f"(median over {len(times)} pages: clean-up, deskew and Tesseract; orientation detection "
            "only for a page that does not read as English)"
        )
        photographed(Path(directory))


def photographed(directory: Path) -> None:
    """Every page of three test letters photographed (``make_letters.make_camera_photos``: 1-3 degrees
    turned, uneven light, blur, JPEG at 190 dpi), read by OCR and split: the share of paragraphs
    recovered exactly (``make_letters.paragraphs_recovered``), and the seconds a page."""
    from selfhelp.annotator.extract import text_from_uploads

    total = exact = pages = 0
    seconds = 0.0
    for name in PHOTOGRAPHED:
        source = make_letters.load(name)
        photos = make_letters.made_camera_photos(directory, name)
        uploads = [(photo.name, photo.read_bytes()) for photo in photos]
        start = time.perf_counter()
        extracted = text_from_uploads(uploads)
        seconds += time.perf_counter() - start
        pages += len(photos)
        letter = split(extracted.text)
        recovered = make_letters.paragraphs_recovered(letter, source)
        lost = [p.number for p in source.paragraphs if p.number not in recovered]
        unsure = [p.number for p in letter.paragraphs if p.unsure]
        print(
            f"  {name}: {len(photos)} photos, {len(recovered)} of {len(source.paragraphs)} paragraphs exact"
            + (f" (not: {', '.join(lost)})" if lost else "")
            + (f", marked unsure: {', '.join(unsure)}" if unsure else "")
        )
        total += len(source.paragraphs)
        exact += len(recovered)
    print(
        f"Photos of letters: {exact} of {total} paragraphs exact ({100 * exact / total:.1f}%, target 95%), "
        f"{seconds / pages:.1f} s a page over {pages} pages"
    )


PHOTOGRAPHED = ("somalia_minority_clan", "eritrea_national_service", "iran_christian_convert")


if __name__ == "__main__":
    main()
