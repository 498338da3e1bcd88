"""A person's corrections to how their letter was split: join a paragraph with the next one, or split
one in two where they choose.

Pure: no Django, no I/O. The splitter can be wrong, above all on photos (a paragraph number misread by
OCR runs two paragraphs into one, or a stray number cuts one in two); ``splitter.Paragraph.unsure``
and ``splitter.SplitLetter.missing_numbers`` say where. The person checks against their letter and puts it
right. Both corrections keep every word: a join puts the second paragraph's text on a new line after
the first's; a split cuts at the start of a sentence or of a line the person chooses
(``split_points``), so the two parts together are the paragraph's text again.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from selfhelp.annotator.splitter import Paragraph

__all__ = [
    "SplitPoint",
    "check_numbers",
    "join",
    "missing_numbers",
    "split",
    "split_points",
    "suggested_number",
]

# Where a new sentence starts: after a full stop, question or exclamation mark (perhaps closing a
# quotation or bracket), before a capital letter, a quotation mark or a figure.
_SENTENCE_START = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)\]]))\s+(?=[A-Z\"“‘'(\[0-9])")


@dataclass(frozen=True)
class SplitPoint:
    at: int  # the offset in the text where the second part would start
    words: str  # the first words from there, to show the person


def split_points(text: str, words: int = 8) -> list[SplitPoint]:
    """Rule: a paragraph can be split at the start of any line of it after the first, and at the start
    of any sentence after the first (a full stop, question or exclamation mark, then a capital,
    quotation mark or figure). Abbreviations ("Mr. Smith") may give a point too many, never one too
    few."""
    starts = {match.end() for match in _SENTENCE_START.finditer(text)}
    starts |= {match.end() for match in re.finditer(r"\n", text)}
    points = []
    for at in sorted(starts):
        if 0 < at < len(text) and text[at:].strip():
            points.append(SplitPoint(at, " ".join(text[at:].split()[:words])))
    return points


def join(paragraphs: tuple[Paragraph, ...], index: int) -> tuple[Paragraph, ...]:
    """Paragraph ``index`` (from 0) and the one after it made one: the first's number and headings, the
    second's text on a new line after the first's, both paragraphs' footnotes. The second's headings,
    if any, are kept as a line of the text, so that no words are lost. Raises IndexError when there
    is no next paragraph."""
    if not 0 <= index < len(paragraphs) - 1:
        raise IndexError("no paragraph after this one")
    first, second = paragraphs[index], paragraphs[index + 1]
    lines = [first.text, *second.all_headings, second.text]
    joined = replace(
        first,
        text="\n".join(line for line in lines if line),
        footnotes=first.footnotes + second.footnotes,
        unsure=False,
    )
    return (*paragraphs[:index], joined, *paragraphs[index + 2 :])


def split(paragraphs: tuple[Paragraph, ...], index: int, at: int, number: str) -> tuple[Paragraph, ...]:
    """Paragraph ``index`` (from 0) cut in two at offset ``at`` of its text (one of ``split_points``):
    the first part keeps its number, headings and footnotes; the second takes ``number`` and the
    section it falls under. Raises ValueError when ``at`` is not a split point."""
    paragraph = paragraphs[index]
    if at not in {point.at for point in split_points(paragraph.text)}:
        raise ValueError("not a place where the paragraph can be split")
    first = replace(paragraph, text=paragraph.text[:at].rstrip(), unsure=False)
    second = Paragraph(number, paragraph.section, paragraph.text[at:].strip())
    return (*paragraphs[:index], first, second, *paragraphs[index + 1 :])


def check_numbers(paragraphs, missing_numbers) -> list[str]:
    """Rule: the paragraphs a person should check against their letter: those the reader was unsure of
    (a number recovered from the sequence), and the one just before a number the sequence skipped (it
    may hold the missing paragraph). ``paragraphs`` are anything with ``number`` and ``unsure`` (the
    splitter's, or a case's); the numbers are given in the letter's order, each once."""
    missing = {int(number) for number in missing_numbers if str(number).isdigit()}
    found: list[str] = []
    paragraphs = list(paragraphs)
    for k, paragraph in enumerate(paragraphs):
        following = paragraphs[k + 1].number if k + 1 < len(paragraphs) else None
        skipped = (
            paragraph.number.isdigit()
            and following is not None
            and following.isdigit()
            and any(int(paragraph.number) < n < int(following) for n in missing)
        )
        if (paragraph.unsure or skipped) and paragraph.number not in found:
            found.append(paragraph.number)
    return found


def missing_numbers(paragraphs) -> tuple[str, ...]:
    """The numbers the run of paragraph numbers skips, as ``splitter.SplitLetter.missing_numbers`` gives them
    (counted again after a correction)."""
    numbers = [int(p.number) for p in paragraphs if p.number.isdigit()]
    return tuple(str(n) for a, b in itertools.pairwise(numbers) for n in range(a + 1, b))


def suggested_number(number: str, missing: tuple[str, ...]) -> str:
    """The number to suggest for the second part of paragraph ``number`` split in two: the next one,
    which is usually the number the split found missing."""
    return str(int(number) + 1) if number.isdigit() else ""
