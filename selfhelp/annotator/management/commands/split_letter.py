"""``python manage.py split_letter FILE [FILE ...] [--json]``: split a refusal letter from the command line.

One .txt, .pdf or .docx file, or several photos of the pages (.jpg, .png) in page order. With
``--json`` it prints ``SplitLetter.to_dict()``; without, a listing a person can read. A file that cannot be
read gives one line on standard error and exit status 2.
"""

import json
import logging
import textwrap
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from selfhelp.annotator.extract import MAX_BYTES, ExtractError, text_from_uploads
from selfhelp.annotator.kinds import suggest_kind
from selfhelp.annotator.splitter import split

METHODS = {
    "text": "a text file",
    "pdf-text": "the PDF's text",
    "pdf-ocr": "the PDF's text, and OCR for scanned pages",
    "docx": "a Word file",
    "image-ocr": "OCR of the photos",
}


@contextmanager
def quiet_pypdf():
    """pypdf logs a warning for every flaw of a damaged PDF ("EOF marker not found"); the command
    reports the file as damaged in one line instead, so those warnings are held back while it reads."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def read_text(files, max_bytes=None):
    """The text of a document given as files on the command line (one file, or photos of its pages).

    A file that cannot be read stops the command with one line and exit status 2."""
    uploads = []
    for name in files:
        path = Path(name)
        try:
            uploads.append((path.name, path.read_bytes()))
        except OSError as error:
            raise CommandError(
                f"{name}: cannot be read ({error.strerror or error}).", returncode=2
            ) from error
    try:
        with quiet_pypdf():
            return text_from_uploads(
                uploads, max_bytes=max_bytes or getattr(settings, "LETTER_UPLOAD_MAX_BYTES", MAX_BYTES)
            )
    except ExtractError as error:
        where = files[0] if len(files) == 1 else f"{len(files)} files"
        raise CommandError(f"{where}: {error.message} [{error.code}]", returncode=2) from error


class Command(BaseCommand):
    help = (
        "Split a Home Office refusal letter into its numbered paragraphs: one .txt, .pdf or .docx file, "
        "or photos of the pages (.jpg, .png) in page order."
    )
    # Reads files and prints; needs neither the database nor the URLs, so no system checks.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "files", nargs="+", metavar="FILE", help="the letter, or photos of its pages in order"
        )
        parser.add_argument("--json", action="store_true", help="print the result as JSON")
        parser.add_argument(
            "--max-bytes",
            type=int,
            default=getattr(settings, "LETTER_UPLOAD_MAX_BYTES", MAX_BYTES),
            help="refuse input larger than this (default: the site's upload limit)",
        )

    def handle(self, *args, files, **options):
        extracted = read_text(files, options["max_bytes"])
        letter = split(extracted.text)
        if options["json"]:
            self.stdout.write(json.dumps(letter.to_dict(), ensure_ascii=False, indent=2))
            return
        self.stdout.write(self.listing(letter, extracted))

    def listing(self, letter, extracted) -> str:
        details = letter.details
        day = details.letter_date
        lines = [
            f"Home Office reference: {details.home_office_reference or 'not found'}",
            f"Port reference: {details.port_reference or 'not found'}",
            f"Date of the letter: {f'{day.day} {day:%B %Y}' if day else 'not found'}",
            f"Read from {METHODS.get(extracted.method, extracted.method)}, {extracted.pages} page(s).",
            f"{len(letter.paragraphs)} paragraphs, "
            + (
                "numbered as in the letter."
                if letter.numbered
                else "not numbered in the letter: numbered here in order."
            ),
        ]
        if letter.missing_numbers:
            lines.append("Numbers the letter skips: " + ", ".join(letter.missing_numbers))
        for paragraph in letter.paragraphs:
            for heading in paragraph.all_headings:
                lines += ["", heading, "-" * min(len(heading), 100)]
            lines.append("")
            kind = suggest_kind(paragraph.text, paragraph.section)
            lines.append(f"{paragraph.number:>4}  [{kind}]")
            for text_line in paragraph.text.split("\n"):
                lines += textwrap.wrap(text_line, 100, initial_indent="      ", subsequent_indent="      ")
            for note in paragraph.footnotes:
                lines += textwrap.wrap(
                    f"Footnote {note}", 100, initial_indent="      ", subsequent_indent="        "
                )
        return "\n".join(lines)
