"""Bringing a letter in: read the text (pasted, or from files), split it, and save it on a case.

- :func:`from_text` and :func:`from_files` give a :class:`Reading`: the text, the split letter
  (``selfhelp.annotator.splitter.SplitLetter``), how it came in and how many pages. Nothing is stored.
- :func:`save` puts a reading on a case, replacing any letter there (with its notes), and records it in
  the case's history.
"""

import re
from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_noop

from selfhelp.annotator import extract, kinds, limits, splitter
from selfhelp.annotator.models import Letter, LetterSource, Paragraph
from selfhelp.cases import history
from selfhelp.cases.history import Message
from selfhelp.text import one_line

IMPORTED = Message(
    gettext_noop("{user} added the refusal letter ({count} paragraphs)"),
    gettext_noop("You added the refusal letter ({count} paragraphs)"),
)
REPLACED = Message(
    gettext_noop("{user} replaced the refusal letter ({count} paragraphs)"),
    gettext_noop("You replaced the refusal letter ({count} paragraphs)"),
)
REPLACED_NOTES = Message(
    gettext_noop(
        "{user} replaced the refusal letter ({count} paragraphs); notes on {notes} paragraphs were deleted"
    ),
    gettext_noop(
        "You replaced the refusal letter ({count} paragraphs); notes on {notes} paragraphs were deleted"
    ),
)
PARAGRAPH_SAVED = Message(
    gettext_noop("{user} wrote about paragraph {number} of the refusal letter"),
    gettext_noop("You wrote about paragraph {number} of the refusal letter"),
)

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png")


@dataclass(frozen=True)
class Reading:
    text: str
    letter: splitter.SplitLetter
    source: str  # a LetterSource value
    pages: int


def from_text(text: str, source: str = LetterSource.PASTED, pages: int | None = None) -> Reading:
    # NUL characters (in some PDFs' text) are no letter's words, and PostgreSQL cannot store them.
    text = text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    return Reading(text, splitter.split(text), source, pages or text.count("\f") + 1)


def from_files(
    files: list[tuple[str, bytes]], budget: limits.Limits, *, ocr: bool = True, progress=None
) -> Reading:
    """Raises extract.ExtractError when the files cannot be read, or would cost more than ``budget``;
    with ``ocr=False``, extract.NeedsOcr when they have pages to read by OCR (see extract)."""
    found = extract.text_from_uploads(files, limits=budget, ocr=ocr, progress=progress)
    source = found.method if found.method in LetterSource.values else LetterSource.TEXT
    return from_text(found.text, source, found.pages)


# A letter already split, posted back from the public page's "save on a case" buttons (see ``as_parts``).
MAX_PARAGRAPHS = 2000
MAX_PARAGRAPH_CHARACTERS = 50_000
# A paragraph number as the splitter gives one: the letter's own (one to three digits, "7" or "07"), or
# our count of an unnumbered letter's parts. Nothing else can be a number, so none can start a formula
# in a spreadsheet or carry markup into a document.
PARAGRAPH_NUMBER = re.compile(r"[0-9]{1,4}")


def as_parts(reading: Reading) -> dict:
    """The reading's details as the form fields the public page posts again to save it on a case.

    Each paragraph goes with them as one more field, ``paragraph`` (``paragraph_part``), placed beside the
    paragraph on the page, where compression makes the copy nearly free.
    """
    details = reading.letter.details
    return {
        "home_office_reference": details.home_office_reference or "",
        "port_reference": details.port_reference or "",
        "letter_date": details.letter_date.isoformat() if details.letter_date else "",
        "numbered": "1" if reading.letter.numbered else "",
        "missing": " ".join(reading.letter.missing_numbers),
        "source": reading.source,
        "pages": str(reading.pages),
    }


def paragraph_part(paragraph: splitter.Paragraph) -> str:
    """A paragraph as one field: its number, its section where one starts, its text, its footnotes (one a
    line), "1" when the reader was unsure of it, and the headings printed above its section's (one a
    line), tab-separated (the splitter leaves no tabs in any of them)."""
    section = paragraph.section if paragraph.starts_section else ""
    footnotes = "\n".join(paragraph.footnotes)
    unsure = "1" if paragraph.unsure else ""
    above = "\n".join(paragraph.all_headings[:-1])
    return f"{paragraph.number}\t{section}\t{paragraph.text}\t{footnotes}\t{unsure}\t{above}"


def from_parts(data) -> Reading:
    """A reading from the fields ``as_parts`` gives and the ``paragraph`` fields posted with them.
    Raises ValueError when they are not what the page sent: its message never quotes what was posted
    (it may reach a log), and it is raised without the error that found it, whose message might."""
    parts = data.getlist("paragraph")
    if not parts or len(parts) > MAX_PARAGRAPHS:
        raise ValueError("no paragraphs, or too many")
    paragraphs = []
    section = ""
    for part in parts:
        fields = part.replace("\x00", "").replace("\r\n", "\n").split("\t")
        number, heading, text, notes, unsure, above = [*fields, "", "", "", "", ""][:6]
        if len(fields) > 6:
            raise ValueError("a paragraph has too many parts")
        number, heading = number.strip(), one_line(heading)
        headings = (
            (*(one_line(line) for line in above.split("\n") if line.strip()), heading) if heading else ()
        )
        footnotes = tuple(one_line(line) for line in notes.split("\n") if line.strip())
        text = text.strip()
        if not text or len(text) > MAX_PARAGRAPH_CHARACTERS or any(len(h) > 300 for h in headings):
            raise ValueError("a paragraph is empty or too long")
        if len(notes) > MAX_PARAGRAPH_CHARACTERS:
            raise ValueError("a paragraph's footnotes are too long")
        if not PARAGRAPH_NUMBER.fullmatch(number):
            raise ValueError("a paragraph number is not a number")
        if headings:
            section = headings[-1]
        paragraphs.append(
            splitter.Paragraph(
                number, section, text, bool(headings), footnotes, headings, unsure=unsure.strip() == "1"
            )
        )
    letter_date, pages = _date(data.get("letter_date")), _whole_number(data.get("pages") or "1")
    if letter_date is False or pages is None:
        raise ValueError("the date or the pages are not right")
    source = data.get("source") if data.get("source") in LetterSource.values else LetterSource.PASTED
    details = splitter.Details(
        one_line(data.get("home_office_reference", ""))[:40] or None,
        one_line(data.get("port_reference", ""))[:60] or None,
        letter_date,
    )
    missing = tuple(data.get("missing", "").split())[:MAX_PARAGRAPHS]
    if not all(PARAGRAPH_NUMBER.fullmatch(number) for number in missing):
        raise ValueError("a missing paragraph number is not a number")
    letter = splitter.SplitLetter(
        details, tuple(paragraphs), bool(data.get("numbered")), missing_numbers=missing
    )
    return Reading("", letter, source, max(1, min(pages, 10_000)))


def _date(value: str | None):
    """A date in ISO form, None for none, or False when it is not one (without raising, so that no
    error message holding the value is made)."""
    if not value:
        return None
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        return False
    try:
        return date.fromisoformat(value)
    except ValueError:
        return False


def _whole_number(value: str) -> int | None:
    return int(value) if re.fullmatch(r"[0-9]{1,6}", value.strip()) else None


def is_image(name: str) -> bool:
    return name.lower().endswith(IMAGE_SUFFIXES)


@transaction.atomic
def save(case, user, reading: Reading) -> Letter:
    """The reading saved as the case's letter, replacing the one before (and every note on it)."""
    old = Letter.objects.filter(case=case).first()
    notes = old.paragraphs_with_notes().count() if old else 0
    if old is not None:
        old.delete()
    details = reading.letter.details
    letter = Letter.objects.create(
        case=case,
        home_office_reference=(details.home_office_reference or "")[:40],
        port_reference=(details.port_reference or "")[:60],
        letter_date=details.letter_date,
        numbered=reading.letter.numbered,
        missing_numbers=list(reading.letter.missing_numbers),
        source=reading.source,
        pages=min(reading.pages, 32767),
        imported_by=user,
    )
    paragraphs = []
    for position, paragraph in enumerate(reading.letter.paragraphs, start=1):
        kind = kinds.suggest_kind(paragraph.text, paragraph.section)
        paragraphs.append(
            Paragraph(
                letter=letter,
                position=position,
                number=paragraph.number[:12],
                section=paragraph.section[:300],
                starts_section=paragraph.starts_section,
                text=paragraph.text,
                headings="\n".join(paragraph.all_headings) if len(paragraph.all_headings) > 1 else "",
                footnotes="\n".join(paragraph.footnotes),
                unsure=paragraph.unsure,
                suggested_kind=kind,
                kind=kind,
            )
        )
    Paragraph.objects.bulk_create(paragraphs)
    count = len(paragraphs)
    if old is None:
        history.record(case, user, IMPORTED, count=count)
    elif notes:
        history.record(case, user, REPLACED_NOTES, count=count, notes=notes)
    else:
        history.record(case, user, REPLACED, count=count)
    case.save(update_fields=["updated"])
    return letter


def save_paragraph(paragraph: Paragraph, user) -> None:
    """A paragraph's answer saved (the form has set its fields): reviewed once it has an answer."""
    now = timezone.now()
    paragraph.updated = now
    paragraph.updated_by = user
    if paragraph.response and paragraph.reviewed_at is None:
        paragraph.reviewed_at = now
    elif not paragraph.response:
        paragraph.reviewed_at = None
    with transaction.atomic():
        paragraph.save()
        case = paragraph.letter.case
        history.record(case, user, PARAGRAPH_SAVED, number=paragraph.number)
        case.save(update_fields=["updated"])
