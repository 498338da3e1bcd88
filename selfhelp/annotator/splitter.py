"""Split the text of a Home Office Reasons for Refusal Letter (RFRL) into its numbered paragraphs.

Pure: no Django, no I/O. ``split(text)`` takes the letter as text (pasted, or read from a PDF, a Word
file or photos of the pages) and returns a ``SplitLetter``: the details at the top (Home Office reference,
port reference, date of the letter) and the paragraphs numbered exactly as the Home Office numbered
them, each with the section heading it falls under.

The guide the annotator serves tells the person to "go through every paragraph of the refusal letter
and write comments" (shared/seeds/000, Action Section). So the one promise this module keeps above
all others is that no words of the letter's body are lost, invented or repeated: a paragraph's text
is the letter's own lines, re-joined, in order. Only page furniture (page numbers, running headers and
footers, protective markings) and the block above the first paragraph (``preamble``: address,
references, date) are kept out of the paragraphs, and both are kept on the ``SplitLetter`` too.

How it works, one function per step (each docstring names the rule it implements):

1. ``_read_lines``: normalise the text and cut it into lines, noting page breaks (form feeds);
   ``_cut_furniture`` cuts a line where a PDF viewer ran a marking or "Page 2 of 6" into it.
2. ``_mark_furniture``: page numbers, protective markings, lines repeated at the top or bottom of
   many pages, and short lines that only repeat the Home Office reference. ``_mark_footnotes``: the
   footnotes at a page's foot (or the letter's end), kept apart and given to the paragraph that
   calls them (``Paragraph.footnotes``).
3. ``_find_details``: the references and the date in the top block (anywhere on a line), or failing
   that on the first page.
4. ``_candidates`` and ``_best_chain``: every line that could start a paragraph, then the most
   plausible run of paragraph numbers (1, 2, 3 …) through them.
5. ``_heading_before``: a short heading line (a question allowed) just before a paragraph becomes
   its section; two or three headings in a row are kept apart (``Paragraph.headings``).
6. ``_join``: the lines of one paragraph re-joined where the PDF broke them, with sub-points
   (a., (i), •) and quotations kept on lines of their own.
   The sign-off (``_closing_start``) is found by its shape: name, role, "On behalf of …".
7. ``_split_unnumbered``: when the letter has no numbered paragraphs, blocks separated by blank lines
   (or by short last lines) are the paragraphs instead, and ``SplitLetter.numbered`` is False.

What it does not do: paragraphs numbered 7.1, 7.2 (taken as text of paragraph 7), paragraph numbers in
Roman numerals or letters, two-column layouts, tables (read row by row as lines), and a letter whose
own numbering restarts at 1 part-way through (an annex numbered afresh stays inside the last paragraph).
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from difflib import SequenceMatcher

from selfhelp.annotator.references import find_dates, parse_date

__all__ = ["Details", "Paragraph", "SplitLetter", "split"]


@dataclass(frozen=True)
class Details:
    home_office_reference: str | None = None
    port_reference: str | None = None
    letter_date: date | None = None


@dataclass(frozen=True)
class Paragraph:
    number: str  # as the Home Office numbered it ("7"); our own count when the letter is unnumbered
    section: str  # the heading it falls under, "" if none
    text: str  # its own lines re-joined; sub-points and quotations on lines of their own
    starts_section: bool = False  # True when its section's heading comes straight before it
    # The footnotes its text calls, each as printed ("1 Refugee Convention, Article 1A(2)."), kept apart
    # from the text: they stood at the foot of a page (or at the end of the letter), not in the paragraph.
    footnotes: tuple[str, ...] = ()
    # Every heading printed straight before it, in order, when more than one is ("Consideration of your
    # claim", "Nationality and identity"); ``section`` is the last. Empty when it starts no section.
    headings: tuple[str, ...] = ()
    # The reader was unsure where it starts or ends (a paragraph number misread by OCR and recovered
    # from the sequence, or missing): the person should check it against the letter.
    unsure: bool = False

    @property
    def all_headings(self) -> tuple[str, ...]:
        """The headings straight before it: ``headings``, or its section when it starts one."""
        return self.headings or ((self.section,) if self.starts_section and self.section else ())


@dataclass(frozen=True)
class SplitLetter:
    details: Details
    paragraphs: tuple[Paragraph, ...]
    numbered: bool  # False: the letter had no paragraph numbers, so blocks of text were numbered by us
    preamble: str = ""  # everything above the first paragraph (address, references, date), line by line
    closing: str = ""  # from "Yours sincerely" (or similar) to the end, line by line
    # The lines removed as page furniture, in order (then what OCR read in place of a paragraph number
    # that the sequence recovered).
    furniture: tuple[str, ...] = ()
    missing_numbers: tuple[str, ...] = ()  # paragraph numbers the sequence skipped
    footnotes: tuple[str, ...] = ()  # footnotes no paragraph calls (there are no paragraphs)

    def to_dict(self) -> dict:
        details = self.details
        return {
            "details": {
                "home_office_reference": details.home_office_reference,
                "port_reference": details.port_reference,
                "letter_date": details.letter_date.isoformat() if details.letter_date else None,
            },
            "paragraphs": [
                {
                    "number": paragraph.number,
                    "section": paragraph.section,
                    "text": paragraph.text,
                    "footnotes": list(paragraph.footnotes),
                    "headings": list(paragraph.all_headings),
                    "unsure": paragraph.unsure,
                }
                for paragraph in self.paragraphs
            ],
            "numbered": self.numbered,
        }


# --- step 1: lines ------------------------------------------------------------------------------------

_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_LIGATURE = re.compile("|".join(_LIGATURES))
_RUN_OF_SPACES = re.compile(r"[ \t]+")
_SPACES = re.compile(r"[ \u00a0\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")


@dataclass
class _Line:
    raw: str  # the line, tabs kept, trailing space removed
    text: str  # stripped, every run of spaces and tabs made one space
    indent: int  # leading columns (a tab counts 4)
    page: int  # which page (counting form feeds)
    furniture: bool = False
    # Furniture run into the line (a marking before its text, "Page 2 of 6" after it), taken out of
    # ``raw`` and ``text`` and kept here, in order; and whether a page break stood there.
    removed: list[str] = field(default_factory=list)
    break_before: bool = False
    break_after: bool = False
    segment: int = 0  # which page, counting form feeds or, without them, page numbers
    note: int | None = None  # the footnote (its number) this line is part of, at a page's foot

    @property
    def blank(self) -> bool:
        return not self.text


def _read_lines(text: str) -> list[_Line]:
    """Rule: one line per line of the input, with page breaks noted.

    Line ends of every kind become one; a form feed (how PDF and OCR text mark a new page) starts a
    new page; non-breaking and other wide spaces become spaces; zero-width characters and soft
    hyphens go, except that a soft hyphen at the end of a line is kept as a plain hyphen mark so that
    ``_join`` re-joins the word; typographic ligatures (ﬁ, ﬂ) are spelt out.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n")
    text = _INVISIBLE.sub("", _LIGATURE.sub(lambda match: _LIGATURES[match.group()], text))
    text = re.sub("\u00ad(?=[ \t]*\n)", "-", text).replace("\u00ad", "")
    text = _SPACES.sub(" ", text)
    return [
        _line(raw, page) for page, page_text in enumerate(text.split("\f")) for raw in page_text.split("\n")
    ]


# --- step 2: page furniture ----------------------------------------------------------------------------

# Page numbers: "Page 3 of 9", "Page 3", "3 of 9", "3/9", "- 3 -", "p. 3", "Pg 3". OCR reads "of" as "0f",
# and the count after "Page 3 of" as a letter ("S" for 5, "O" for 0, "I" or "l" for 1).
_PAGE_NUMBER = re.compile(
    r"(?:page|pg\.?|p\.)\s*\d{1,3}(?:\s*(?:of|0f|/)\s*(?:\d{1,3}|[SOIl]))?"
    r"|\d{1,3}\s*(?:of|0f|/)\s*\d{1,3}"
    r"|[-–—]\s*\d{1,3}\s*[-–—]",
    re.I,
)
# "Page 3 of 9" at the start or end of a longer footer line, or set apart from it by a wide gap.
_PAGE_NUMBER_IN_LINE = re.compile(r"(?:^|\t| {2,})(?:page|pg\.?)\s*\d{1,3}\s*(?:of|0f|/)\s*\d{1,3}\s*$", re.I)
_PAGE_NUMBER_AT_START = re.compile(r"^(?:page|pg\.?)\s*\d{1,3}\s*(?:of|0f|/)\s*\d{1,3}(?:\t| {2,})", re.I)
# Government Security Classifications marking printed on every page.
_MARKING = re.compile(
    r"^(?:OFFICIAL(?:\s*[-–—:]?\s*SENSITIVE)?(?:\s*[-–—:]\s*[A-Z][A-Z ]{2,30})?|UNCLASSIFIED)$"
)
# Lines within this many lines of a page's top or bottom are where headers and footers live.
_EDGE = 4
_BARE_NUMBER = re.compile(r"^[-–—]?\s*(\d{1,3})\s*[-–—]?$")


# Furniture a PDF viewer runs into the text when the letter is copied out of it: the marking in capitals,
# and "Page 2 of 6" with a capital P.
_MARKING_IN_LINE = re.compile(r"(?<![A-Za-z])OFFICIAL\s*[-–—:]?\s*SENSITIVE(?![A-Za-z])")
_PAGE_OF_IN_LINE = re.compile(
    r"(?<![A-Za-z])(?:Page|PAGE)\s+(?P<page>\d{1,3})\s+(?:of|OF|0f)\s+(?P<pages>\d{1,3})(?!\d)"
)


def _cut_furniture(lines: list[_Line]) -> list[_Line]:
    """Rule (furniture in a line): a PDF viewer runs a page's header and footer into the text beside
    them, so furniture is also found inside a line: the marking "OFFICIAL - SENSITIVE" in capitals,
    anywhere; and "Page 2 of 6" (capital P) anywhere, when the letter gives the same page count on two
    pages or more, or the line is "Page 1 of 1". Such a line is cut in pieces where the furniture
    stands, as if the viewer had kept its lines apart; the furniture pieces are furniture lines. A
    line that is furniture as a whole (a footer "Home Office Reference: … Page 2 of 6") is left whole.
    """
    pages_seen: dict[str, set[str]] = {}
    for line in lines:
        for match in _PAGE_OF_IN_LINE.finditer(line.text):
            pages_seen.setdefault(match["pages"], set()).add(match["page"])
    out: list[_Line] = []
    for line in lines:
        if line.blank or _is_page_number(line) or _MARKING.match(line.text):
            out.append(line)
            continue
        spans = [m.span() for m in _MARKING_IN_LINE.finditer(line.raw)]
        for match in _PAGE_OF_IN_LINE.finditer(line.raw):
            if len(pages_seen.get(match["pages"], ())) >= 2 or match["page"] == match["pages"] == "1":
                spans.append(match.span())
        if not spans:
            out.append(line)
            continue
        position = 0
        for start, end in sorted(spans):
            if start < position:
                continue
            pieces = [(line.raw[position:start], False), (line.raw[start:end], True)]
            for raw, furniture in pieces:
                if raw.strip():
                    out.append(_line(raw, line.page, furniture))
            position = end
        if line.raw[position:].strip():
            out.append(_line(line.raw[position:].strip(), line.page, False))
    return out


def _line(raw: str, page: int, furniture: bool = False) -> _Line:
    raw = raw.rstrip()
    stripped = raw.lstrip(" \t")
    indent = len(raw[: len(raw) - len(stripped)].replace("\t", "    "))
    return _Line(raw, _RUN_OF_SPACES.sub(" ", stripped), indent, page, furniture)


def _is_page_number(line: _Line) -> bool:
    """Rule (furniture a): a line that is a page number (``_PAGE_NUMBER``), or a footer of at most 120
    characters with "Page 3 of 9" at its start or end, set apart by a tab or two spaces."""
    text = line.text
    if len(text) > 120:
        return False
    if _PAGE_NUMBER.fullmatch(text):
        return True
    return bool(_PAGE_NUMBER_IN_LINE.search(line.raw) or _PAGE_NUMBER_AT_START.search(line.raw.strip()))


def _frequency_key(text: str) -> str:
    """What a running header has in common from page to page: lower case, digits counted as one
    (the page number changes), spaces made single, punctuation at the ends ignored."""
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text.lower())).strip(" .,:;-–—|")


def _mark_furniture(lines: list[_Line]) -> list[_Line]:
    """Rule: page furniture is what a reader would not count as the letter's words.

    In this order:
      a. page numbers in their usual forms (``_PAGE_NUMBER``), alone on a line or at either end of a
         footer line; each one also ends a page;
      b. protective markings ("OFFICIAL - SENSITIVE");
      c. a bare number alone as the first (or the last) line of a page, equal to that page's number,
         when pages are known from form feeds and at least half the pages, and two, carry their
         number that way (a lone number elsewhere may be a paragraph number in a hanging margin, so
         it is never removed on its own);
      d. lines repeated at the top or bottom of pages: lines within ``_EDGE`` lines of a page's top or
         bottom are grouped when they are the same once digits are ignored, or nearly the same (90%
         alike, for OCR's misreadings); a group found in the same place (say, the second line from
         the top) on at least half the pages, and at least two, and (in a letter of three pages or more)
         on a page other than the first and the last, is a running header or footer. The last rule
         keeps the office named both in the letterhead and under the signature.
    Under (d), a line with fewer than four letters, a line starting in lower case (a sentence
    running on from the page before), a line ending a sentence (the end of a paragraph; headers and
    footers do not end with a full stop) and a line that looks like the start of a numbered paragraph
    are never furniture.
    Pages: a form feed starts one, and so does a page-number line.
    """
    # (a) and (b). Pages are the form feeds' when there are any, else page-number lines divide them.
    form_feeds = bool(lines) and lines[-1].page > 0
    segment = 0
    segments: list[int] = []
    for line in lines:
        if not line.blank and _is_page_number(line):
            line.furniture = True
            if not form_feeds:
                segment += 1
        elif not line.blank and _MARKING.match(line.text):
            line.furniture = True
        segments.append(line.page if form_feeds else segment)
        line.segment = segments[-1]

    def pages_of() -> dict[int, list[int]]:
        found: dict[int, list[int]] = {}
        for i, line in enumerate(lines):
            if not line.blank and not line.furniture:
                found.setdefault(segments[i], []).append(i)
        return found

    by_segment = pages_of()

    # (c) bare page numbers at the top or bottom of pages separated by form feeds.
    if form_feeds:
        at_edge: dict[str, list[int]] = {"top": [], "bottom": []}
        for members in by_segment.values():
            for end, i in (("top", members[0]), ("bottom", members[-1])):
                match = _BARE_NUMBER.match(lines[i].text)
                if match and int(match.group(1)) == lines[i].page + 1:
                    at_edge[end].append(i)
        for found in at_edge.values():
            if len(found) >= max(2, math.ceil(len(by_segment) / 2)):
                for i in found:
                    lines[i].furniture = True
        by_segment = pages_of()

    # (d) running headers and footers.
    pages = len(by_segment)
    if pages >= 2:
        groups: dict[str, list[int]] = {}
        place: dict[int, set[tuple[str, int]]] = {}  # line -> its places: ("top", 0) is a page's first line
        for members in by_segment.values():
            for offset, i in enumerate(members):
                from_end = len(members) - 1 - offset
                if offset >= _EDGE and from_end >= _EDGE:
                    continue
                place[i] = {("top", offset), ("bottom", from_end)}
                text = lines[i].text
                if (
                    len(text) > 120
                    or len(re.findall(r"[A-Za-z]", text)) < 4
                    or text[0].islower()
                    or text.endswith((".", "?", "!"))
                    or _strong_number_start(lines[i])
                ):
                    continue
                groups.setdefault(_frequency_key(text), []).append(i)
        needed = max(2, math.ceil(pages / 2))
        ends = {min(by_segment), max(by_segment)}
        for members in _merge_similar(groups, segments):
            seen: dict[tuple[str, int], set[int]] = {}
            for i in members:
                for spot in place[i]:
                    seen.setdefault(spot, set()).add(segments[i])
            if any(len(found) >= needed and (pages < 3 or found - ends) for found in seen.values()):
                for i in members:
                    lines[i].furniture = True
    return lines


def _strong_number_start(line: _Line) -> bool:
    """The line begins the way a numbered paragraph does: "7." or "7)", "7" and a tab or wide gap,
    or "7" alone. Such a line is never a running header, even when it repeats."""
    match = _NUMBER_START.fullmatch(line.raw.lstrip(" "))
    if not match:
        return False
    gap = match.group("gap")
    return bool(match.group("punct") or "\t" in gap or len(gap) >= 2 or not match.group("rest"))


def _merge_similar(groups: dict[str, list[int]], segments: list[int]) -> list[list[int]]:
    """Groups of edge lines whose keys are at least 90% alike are one group (OCR misreads a letter or
    two of a running header on some pages). Keys are compared only when they have 12 characters or
    more and share half their words, and, when there are many, only with the keys already seen on two
    pages or more."""
    keys = list(groups)
    words = {key: set(key.split()) for key in keys}
    repeating = [k for k in keys if len({segments[i] for i in groups[k]}) >= 2]
    targets = keys if len(keys) <= 150 else repeating
    parent = {key: key for key in keys}

    def root(key: str) -> str:
        while parent[key] != key:
            key = parent[key]
        return key

    matcher = SequenceMatcher(autojunk=False)
    for target in targets:
        matcher.set_seq2(target)
        for key in keys:
            if key == target or len(key) < 12 or root(key) == root(target):
                continue
            if abs(len(target) - len(key)) > 0.2 * max(len(target), len(key)):
                continue
            shared = words[key] & words[target]
            if len(shared) < 0.5 * max(len(words[key]), len(words[target])):
                continue
            matcher.set_seq1(key)
            if matcher.quick_ratio() >= 0.9 and matcher.ratio() >= 0.9:
                parent[root(key)] = root(target)
    clusters: dict[str, list[int]] = {}
    for key, members in groups.items():
        clusters.setdefault(root(key), []).extend(members)
    return list(clusters.values())


def _mark_reference_lines(lines: list[_Line], reference: str | None, start: int) -> None:
    """Rule: a short line that only repeats the Home Office reference is a running header or footer.

    From ``start`` (the first paragraph) on, a line containing the reference with at most four other
    words (labels such as "Our ref:", the person's name, a page number) is furniture.
    """
    if not reference:
        return
    for line in lines[start:]:
        read = line.text.replace("S$", "S").replace("$", "S")  # OCR reads the S of a reference as $ or S$
        if line.blank or line.furniture or reference not in read:
            continue
        rest = _PAGE_NUMBER.sub(" ", read.replace(reference, " "))
        if len(re.findall(r"[A-Za-z]{2,}", rest)) <= 4 and not re.search(r"[.?!]\s+[A-Z]", rest):
            line.furniture = True


# --- step 2b: footnotes -------------------------------------------------------------------------------

# A footnote call in the text: a superscript figure; a figure set against the word it follows, after a
# small letter or after the punctuation that ends it ("group.1", "evidence,2", "(IAC)3"); or a figure in
# brackets against the word ("evidence.[2]", Word's plain text).
_CALL = re.compile(
    r"(?P<sup>[¹²³⁴⁵⁶⁷⁸⁹⁰]+)"
    r"|(?:(?<=[a-z])|(?<=[a-z)\]][.,;:”’\"'])|(?<=[a-z)][.,;:][”’\"']))(?P<digit>\d{1,2})(?=[\s.,;:)]|$)"
    r"|(?<=\S)\[(?P<bracket>\d{1,2})\]"
)
# A footnote as printed at the foot of a page: its number (as a figure, superscript or in brackets),
# one space, its text.
_NOTE_START = re.compile(r"(?P<number>\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,2}\]) \S")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# A page's footnotes take at most this many lines.
_NOTE_LINES = 24


def _note_number(text: str) -> int:
    return int(text.strip("[]").translate(_SUPERSCRIPTS))


def _mark_footnotes(lines: list[_Line]) -> dict[int, tuple[int, list[int]]]:
    """Rule: footnotes stand at the foot of a page (or at the end of the letter), each starting with
    its number, and the text above calls them with the same numbers.

    At the end of each page (counted by form feeds or page numbers, ``_mark_furniture``), the longest
    run of lines that (a) starts with a line "n Text" whose number n the text above has called
    (``_CALL``) and not yet used, or that is the next footnote number after those on the pages above
    (OCR often misreads a small raised call; then only when the letter calls some footnote and the
    run takes at most a third of the page), (b) carries on with lines that start the next footnotes
    in turn (n + 1, n + 2 … each called above or next in turn) or continue the one before, and (c) ends
    the page, is the page's footnotes. An uncalled footnote belongs with the text just above it. A
    continuation line never looks like the start of a numbered paragraph ("7." or "7<tab>"). The
    lines are marked as notes and leave the text. Returns, for each footnote number, the line that
    calls it and its own lines.
    """
    calls: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        if line.blank or line.furniture:
            continue
        for match in _CALL.finditer(line.text):
            calls.setdefault(_note_number(match.group()), []).append(i)
    if not calls:
        return {}  # a letter that calls no footnote has none
    by_segment: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        if not line.blank and not line.furniture:
            by_segment.setdefault(line.segment, []).append(i)
    notes: dict[int, tuple[int, list[int]]] = {}
    for members in by_segment.values():
        tail = members[-_NOTE_LINES:]
        found: list[tuple[int, list[int]]] | None = None
        for k in range(len(tail) - 1, 0, -1):
            block = _note_block(lines, tail[k:], calls, notes, len(members))
            if block is not None:
                found = block
        if found is None:
            continue
        first_note_line = found[0][1][0]
        for number, block_lines in found:
            before = [i for i in calls.get(number, ()) if i < block_lines[0]]
            # Uncalled (its call misread by OCR): the text just above the footnotes calls it.
            caller = max(before) if before else max((i for i in members if i < first_note_line), default=0)
            notes[number] = (caller, block_lines)
            for i in block_lines:
                lines[i].note = number
    return notes


def _note_block(lines, block, calls, used, page_size: int) -> list[tuple[int, list[int]]] | None:
    """The footnotes in ``block`` (line indices running to a page's end), or None when it is not one."""
    first = _NOTE_START.match(lines[block[0]].raw.lstrip(" "))
    if not first:
        return None
    expected = _note_number(first["number"])
    following = max(used, default=0) + 1  # the next footnote number, counting those found on pages above
    out: list[tuple[int, list[int]]] = []
    for i in block:
        start = _NOTE_START.match(lines[i].raw.lstrip(" "))
        if start and _note_number(start["number"]) == expected:
            number = expected
            called = any(c < block[0] for c in calls.get(number, ()))
            if number in used or not (called or number == following + len(out)):
                return None
            if not called and 3 * len(block) > page_size:
                return None  # uncalled footnotes take no more than a third of the page
            out.append((number, [i]))
            expected += 1
        elif (
            out
            and not _strong_number_start(lines[i])
            and not (
                start and _note_number(start["number"]) in calls and _note_number(start["number"]) not in used
            )
        ):
            out[-1][1].append(i)
        else:
            return None
    return out


# --- step 3: details ---------------------------------------------------------------------------------

_REFERENCE_VALUE = r"(?P<value>[A-Z$]{1,3}\d{5,10}(?:/\d{1,4})?|\d{4}-\d{4}-\d{4}-\d{4}|\d{6,10})"
_HOME_OFFICE_REFERENCE = re.compile(
    r"(?:home\s+office\s+ref(?:erence)?|\bh\.?o\.?\s+ref(?:erence)?|\bour\s+ref(?:erence)?"
    r"|\bcase\s+ref(?:erence)?|\bcid\s+ref(?:erence)?|\breference\s+(?:number|no\.?)|(?<!your\s)\bref(?:erence)?"
    r"|\buan\b)(?:\s+(?:number|no\.?))?\s*[:.\-]?\s*" + _REFERENCE_VALUE,
    re.I,
)
_BARE_HOME_OFFICE_REFERENCE = re.compile(r"\b(?P<value>[A-Z]\d{7})(?:/\d{1,4})?\b")
_PORT_REFERENCE = re.compile(
    r"\bport\s+ref(?:erence)?(?:\s+(?:number|no\.?))?\s*[:.\-]?\s*(?P<value>[A-Z0-9][A-Z0-9/\-]{2,24}\d[A-Z0-9/\-]*)",
    re.I,
)
_DATE_LABEL = re.compile(
    r"^\s*(?:date(?:\s+of\s+(?:letter|decision|this\s+letter))?|dated)\b(?!\s+of\b)\s*[:.\-]?\s*(?P<rest>.+)$",
    re.I,
)


# A labelled date beside other text on a line: after a tab, two spaces or one ("Manchester   Date:
# 03/06/2026", "Our ref: S4417302<tab>Date: 03/06/2026"), its value running to the next tab or wide gap.
_DATE_IN_LINE = re.compile(
    r"(?<!\S)(?:date(?:\s+of\s+(?:letter|decision|this\s+letter))?|dated)\s*:\s*(?P<rest>.+?)(?=\t| {2,}|$)",
    re.I,
)


def _find_details(top: list[str], furniture: list[str], first_page: Sequence[str] = ()) -> Details:
    """Rule: the details are where the Home Office prints them, above the first paragraph.

    - Home Office reference: after a label ("Home Office Reference", "HO Ref", "Our ref", "Reference
      number", "CID ref", "UAN"), a value such as B1234567 or 1234-5678-9012-3456; labels and values on
      separate lines (a table) count. Failing that, the running header or footer, then a lone value of
      the usual form (a letter and seven digits) in the top block. "Your ref" is the representative's
      reference and is ignored.
    - Port reference: after "Port reference" / "Port ref".
    - Date of the letter: after "Date:" ("Date of birth" does not count), at the start of a line or
      beside other text on it (``_DATE_IN_LINE``), else the first line of the top block that is only a
      date.
    Lines are given as printed (tabs and wide gaps kept). A labelled reference or date not found in
    the top block is looked for in the rest of the first page (``first_page``).
    """
    top_text = "\n".join(top)
    home_office = None
    for source in (top_text, "\n".join(furniture), "\n".join(first_page)):
        for match in _HOME_OFFICE_REFERENCE.finditer(source):
            label = source[max(0, match.start() - 5) : match.start()].lower()
            if "your" in label or "port" in label:
                continue
            home_office = match.group("value").replace("S$", "S").replace("$", "S")  # OCR reads S as $ or S$
            break
        if home_office:
            break
    if not home_office:
        for source in ("\n".join(furniture), top_text):
            bare = _BARE_HOME_OFFICE_REFERENCE.search(source)
            if bare:
                home_office = bare.group("value")
                break
    port = None
    port_match = _PORT_REFERENCE.search(top_text) or _PORT_REFERENCE.search("\n".join(first_page))
    if port_match:
        port = port_match.group("value").rstrip("/-")
    letter_date = None
    for line in top:
        labelled = _DATE_LABEL.match(line.strip())
        for found in [labelled] if labelled else _DATE_IN_LINE.finditer(line):
            letter_date = parse_date(found.group("rest").strip())
            if letter_date:
                break
        if letter_date:
            break
    if letter_date is None:
        for line in top:
            text = re.sub(
                r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+", "", line.strip()
            )
            dates = find_dates(text)
            if dates and dates[0].date and dates[0].start == 0 and dates[0].end >= len(text.rstrip(". ")):
                letter_date = dates[0].date
                break
    for line in first_page if letter_date is None else ():
        for found in _DATE_IN_LINE.finditer(line):
            letter_date = parse_date(found.group("rest").strip())
            if letter_date:
                return Details(home_office, port, letter_date)
    return Details(home_office, port, letter_date)


def _details_line(text: str) -> bool:
    """A line of the top block that carries a detail: a labelled reference or date, or a date alone."""
    if _HOME_OFFICE_REFERENCE.search(text) or _PORT_REFERENCE.search(text) or _DATE_LABEL.match(text):
        return True
    dates = find_dates(text)
    return bool(dates) and dates[0].start == 0 and dates[0].end >= len(text.rstrip(". "))


# --- step 4: paragraph numbers ---------------------------------------------------------------------------

# A line that could start a paragraph: a number of one to three digits, then "." or ")" or nothing,
# then a tab, spaces, or the end of the line (a number alone in a hanging margin).
_NUMBER_START = re.compile(r"(?P<number>\d{1,3})(?P<punct>[.)])?(?P<gap>\t+| +|$)(?P<rest>.*)")
_MONTH_WORD = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?",
    re.I,
)
_TERMINAL = tuple(".!?\"'”’)]…")
_OPEN_QUOTES = "\"'“‘«"
_CLOSE_QUOTES = "\"'”’»"


@dataclass(frozen=True)
class _Candidate:
    line: int  # index into the lines
    number: int
    label: str  # the number as written ("7", or "07")
    style: str  # e.g. ".|tab", "|alone": used to prefer a run laid out the same way
    score: float
    strong: bool
    rest: str  # the text after the number on the same line
    misread: str = ""  # what OCR read in the number's place, when the sequence gave the number


# A footnote call after the end of a sentence: "letter.4", "letter.⁴", "letter.[4]".
_TRAILING_CALL = re.compile(r"(?<=[a-z)\]][.!?\"'”’)\]])(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,2}\])$")


def _ends_sentence(text: str) -> bool:
    """The line ends a sentence: a full stop, question or exclamation mark, closing quotation mark or
    bracket, perhaps followed by a footnote call."""
    return _TRAILING_CALL.sub("", text).endswith(_TERMINAL)


_SUBPOINT = re.compile(
    r"^(?:\(?[a-zA-Z]\)|[a-zA-Z]\.|\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)\)"
    r"|(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)[.)]|\(\d{1,2}\)|[•·▪●◦‣∙○■□➢➤►✓*])\s+\S"
)
_DASH_POINT = re.compile(r"^[-–—]\s+\S")
_LIST_NUMBER = re.compile(r"^\d{1,2}[.)]\s+\S")
_SALUTATION = re.compile(r"^(?:Dear\b|To\s+whom\b)", re.I)
_TITLE = re.compile(
    r"reasons?\s+for\s+(?:the\s+)?(?:refusal|refusing|decision)|refusal\s+letter|decision\s+letter"
    r"|^re\b|^subject\b|^dear\b",
    re.I,
)
_CLOSING = re.compile(
    r"^(?:Yours\s+(?:sincerely|faithfully|truly)|Kind\s+regards|Signed\b|On\s+behalf\s+of\s+the\s+Secretary\s+of\s+State)",
    re.I,
)
# Abbreviations whose full stop does not end a sentence inside a heading.
_ABBREVIATIONS = re.compile(
    r"\b(?:etc|No|Nos|para|paras|s|ss|v|vs|e\.g|i\.e|Mr|Mrs|Ms|Dr|St|art|arts)\.", re.I
)


def _heading_like(text: str) -> bool:
    """Rule: a heading is short, starts with a capital letter and is not a sentence.

    At most 16 words and 150 characters; no full stop, comma, colon, semicolon or exclamation mark at
    the end; a question mark only on a question of at most 20 words that is a heading's question
    ("Do you have a characteristic which could cause you to fear persecution for a Convention
    reason?"); no sentence break inside (a full stop followed by a capital, abbreviations such as
    "etc." apart); not a sub-point, a greeting or a sign-off; brackets balanced.
    """
    if not text or len(text) > 180 or not text[0].isupper() or len(re.findall(r"[A-Za-z]", text)) < 3:
        return False
    if text.endswith("?"):
        if len(text.split()) > 20 or "?" in text[:-1]:
            return False
    elif text.endswith((".", ",", ":", ";", "!", "-", "–")) or len(text.split()) > 16 or len(text) > 150:
        return False
    if _SUBPOINT.match(text) or _SALUTATION.match(text) or _CLOSING.match(text):
        return False
    if text.count("(") != text.count(")") or text.count("“") != text.count("”"):
        return False
    return not re.search(r"[.!?]\s+[A-Z]", _ABBREVIATIONS.sub("", text))


class _Context:
    """What the lines around a given line look like; shared by the scoring and heading rules."""

    def __init__(self, lines: list[_Line]):
        self.lines = lines
        self.content = [
            i for i, line in enumerate(lines) if not line.blank and not line.furniture and line.note is None
        ]
        self.position = {line: k for k, line in enumerate(self.content)}
        lengths = sorted(len(lines[i].text) for i in self.content)
        self.width = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 80

    def between(self, start: int, end: int) -> list[int]:
        """The content lines from line ``start`` up to, not including, line ``end``."""
        return self.content[bisect.bisect_left(self.content, start) : bisect.bisect_left(self.content, end)]

    def previous(self, i: int) -> int | None:
        k = self.position[i]
        return self.content[k - 1] if k > 0 else None

    def next(self, i: int) -> int | None:
        k = self.position[i]
        return self.content[k + 1] if k + 1 < len(self.content) else None

    def gap(self, before: int | None, after: int) -> str:
        """What separates two content lines: "none", "blank" (a blank line) or "page" (a page break
        or removed furniture, which may fall in the middle of a sentence)."""
        if before is None:
            return "page"
        between = self.lines[before + 1 : after]
        if self.lines[before].page != self.lines[after].page or any(
            line.furniture or line.note is not None for line in between
        ):
            return "page"
        return "blank" if between else "none"


# One to three specks OCR reads before a paragraph's first word.
_OCR_SPECKS = re.compile(r"^[~=+_|\\/*^`<>»«·•—–-]{1,3}\s*(?=[A-Z])")
# A paragraph number OCR misread ("A." for "1.", "Sh" for "3.", "The" for "7."): a short token alone in
# the number column, set apart from a capitalised first word by a tab or a wide gap.
_MISREAD_NUMBER = re.compile(r"(?P<token>[^\s\d]\S{0,3})(?:\t+| {3,})(?P<rest>[A-Z\"“'‘].*)")


def _recover_misread(context: _Context, chain: list[_Candidate]) -> list[_Candidate]:
    """Rule (the sequence recovers a misread number): where the run of paragraph numbers skips one
    (13, then 15) or starts after 1, a line between them laid out like a paragraph number misread by
    OCR (``_MISREAD_NUMBER``), after a finished sentence, a heading, a blank line or a page break,
    takes the skipped number, nearest first. Such a paragraph is marked unsure."""
    lines = context.lines
    if not chain:
        return chain

    def misread_lines(start: int, end: int) -> list[int]:
        found = []
        for i in context.between(start, end):
            match = _MISREAD_NUMBER.fullmatch(lines[i].raw.lstrip(" "))
            if not match or _NUMBER_START.match(lines[i].raw.lstrip(" ")):
                continue
            before = context.previous(i)
            if before is None or (
                _ends_sentence(lines[before].text)
                or _heading_like(lines[before].text)
                or context.gap(before, i) != "none"
            ):
                found.append(i)
        return found

    out: list[_Candidate] = []
    previous_line, previous_number = 0, 0
    for candidate in chain:
        skipped = list(range(previous_number + 1, candidate.number))
        if skipped and (previous_number or candidate.number <= 3):
            found = misread_lines(previous_line + 1 if previous_number else previous_line, candidate.line)
            found = found[-len(skipped) :] if not previous_number else found[: len(skipped)]
            for number, i in zip(
                skipped[-len(found) :] if not previous_number else skipped, found, strict=False
            ):
                match = _MISREAD_NUMBER.fullmatch(lines[i].raw.lstrip(" "))
                if match is None:  # misread_lines only returns lines that match
                    continue
                out.append(
                    _Candidate(i, number, str(number), "?", 0.0, False, match["rest"].strip(), match["token"])
                )
        out.append(candidate)
        previous_line, previous_number = candidate.line, candidate.number
    return sorted(out, key=lambda c: c.line)


def _candidates(context: _Context) -> list[_Candidate]:
    """Rule: a line can start a paragraph when it begins with its number laid out as numbers are.

    Forms, strongest first: "7." / "7)" then a space or tab; "7" then a tab or two or more spaces;
    "7" alone on a line (a hanging margin) when the next line starts with a capital or a quotation
    mark; "7" and one space before a capital letter (what copying a PDF often leaves). Numbers above
    999 (years), and "12 March" in the last, weakest form (a date), are never paragraph numbers.
    Each candidate is scored by what comes before it: the start of the text, a blank line, a page
    break or a heading line help; a line ending a sentence helps, more when it is short (the last line
    of a paragraph); a line ending with a colon (a list follows) or in mid-sentence counts against.
    """
    lines = context.lines
    found = []
    for i in context.content:
        line = lines[i]
        match = _NUMBER_START.fullmatch(line.raw.lstrip(" "))
        if not match:
            continue
        number = int(match.group("number"))
        if number == 0:
            continue
        punct, gap, rest = match.group("punct") or "", match.group("gap"), match.group("rest").strip()
        # OCR's specks between the number and the first word ("20 ~+When", "30 = You") are not held
        # against it; they stay in the text.
        words = _OCR_SPECKS.sub("", rest) if rest else rest
        if not rest:
            form, base, strong = "alone", 3.0, True
            following = context.next(i)
            if following is None:
                continue
            first = lines[following].text[0]
            if not (first.isupper() or first in _OPEN_QUOTES or first.isdigit()):
                base, strong = 0.5, False
        elif "\t" in gap or len(gap) >= 2:
            form, base, strong = "tab" if "\t" in gap else "spaces", 3.0, True
        elif punct:
            form, base, strong = "space", 3.0, True
        else:
            form, base, strong = "space", 1.0, False
            if not words or not (words[0].isupper() or words[0] in _OPEN_QUOTES) or _MONTH_WORD.match(words):
                continue
        if rest and not (words[:1].isupper() or words[:1] in _OPEN_QUOTES or words[:1].isdigit()):
            base -= 2.0
        score = base
        before = context.previous(i)
        gap_kind = context.gap(before, i)
        if before is None:
            score += 1.0
        else:
            previous_text = lines[before].text
            if previous_text.endswith(":"):
                score -= 1.5
            elif _ends_sentence(previous_text):
                score += 0.5
                if len(previous_text) < 0.8 * context.width:
                    score += 0.5
                if gap_kind == "blank":
                    score += 0.5
            elif _heading_like(previous_text) or gap_kind == "blank":
                score += 1.0 if _heading_like(previous_text) else 0.0
            elif _SALUTATION.match(previous_text) or _TITLE.search(previous_text):
                score += 0.5
            else:
                score -= 2.5
        if score < -1.0:
            continue
        found.append(_Candidate(i, number, match.group("number"), f"{punct}|{form}", score, strong, rest))
    return found


# Scores for the chain of paragraph numbers.
_MEMBER = 2.0  # every paragraph found is worth this, so longer runs win
_GAP_PENALTY = {1: 0.0, 2: 4.0, 3: 6.0}  # a skipped number costs more than a weak candidate is worth
_SAME_STYLE = 0.5  # numbers laid out like the one before


def _start_penalty(number: int) -> float:
    """What a run of numbers pays for not starting at 1: a pasted part of a letter may start at 23,
    but an address line "1 Station Road" should not beat paragraph 1."""
    return 0.0 if number == 1 else 1.0 + 0.5 * min(number, 10)


def _best_chain(candidates: list[_Candidate]) -> list[_Candidate]:
    """Rule: paragraph numbers run in order, 1, 2, 3 …, each later in the text than the one before.

    The chain chosen is the one with the best total score (dynamic programming over the candidates in
    text order): each member adds ``_MEMBER`` plus its own score; a step of one number is free, a
    skipped number or two cost ``_GAP_PENALTY`` (so "13, 15" is allowed when 14 is missing but a weak
    "14" in the text is preferred to a gap); numbers laid out the same way as the one before add
    ``_SAME_STYLE``; a run not starting at 1 pays ``_start_penalty``. A number out of sequence (a
    question number, "3 men came", a year, a list inside a quotation) is therefore left in the text.
    """
    best: dict[int, tuple[float, int]] = {}
    scores: list[float] = []
    back: list[int | None] = []
    for k, candidate in enumerate(candidates):
        value, parent = candidate.score + _MEMBER - _start_penalty(candidate.number), None
        for step, penalty in _GAP_PENALTY.items():
            previous = best.get(candidate.number - step)
            if previous is None:
                continue
            total = previous[0] + candidate.score + _MEMBER - penalty
            if candidates[previous[1]].style == candidate.style:
                total += _SAME_STYLE
            if total > value:
                value, parent = total, previous[1]
        scores.append(value)
        back.append(parent)
        if candidate.number not in best or value > best[candidate.number][0]:
            best[candidate.number] = (value, k)
    if not candidates:
        return []
    end: int | None = max(range(len(candidates)), key=lambda k: (scores[k], -k))
    chain = []
    while end is not None:
        chain.append(candidates[end])
        end = back[end]
    return chain[::-1]


# --- step 5: headings ----------------------------------------------------------------------------------


def _heading_before(context: _Context, start: int, floor: int, preamble: bool) -> int | None:
    """Rule: the headings of a paragraph are the heading straight before its number
    (``_one_heading_before``) and up to two more straight before that one (a part of the letter and
    its first section: "Consideration of your claim", then "Nationality and identity"). Returns the
    index of the first heading's first line; ``_headings`` tells the headings apart."""
    first = _one_heading_before(context, start, floor, preamble)
    for _ in range(2):
        if first is None:
            break
        more = _one_heading_before(context, first, floor, preamble)
        if more is None:
            break
        first = more
    return first


def _headings(context: _Context, lines_of_headings: list[int]) -> tuple[str, ...]:
    """Rule: heading lines in a row are one heading that wraps, or headings of their own.

    A line starts a heading of its own when a page break comes before it, or when it and the line
    before it each look like a heading and the line before is short (under 70% of the
    usual width, or of 60 characters in a short text: a heading wraps only when its line is full)."""
    lines = context.lines
    groups: list[list[int]] = []
    for i in lines_of_headings:
        if groups:
            before = groups[-1][-1]
            previous_text = " ".join(lines[j].text for j in groups[-1])
            apart = context.gap(before, i) == "page" or (
                _heading_like(previous_text)
                and _heading_like(lines[i].text)
                and len(lines[before].text) < 0.7 * max(context.width, 60)
            )
            if not apart:
                groups[-1].append(i)
                continue
        groups.append([i])
    return tuple(" ".join(lines[j].text for j in group) for group in groups)


def _one_heading_before(context: _Context, start: int, floor: int, preamble: bool) -> int | None:
    """Rule: the section heading of a paragraph is the short line (or two or three lines, when a long
    heading wraps) straight before its number.

    The lines must together look like a heading (``_heading_like``), and what comes before them must
    end a sentence, or be separated from them by a blank line or page break, so that the last line
    of the previous paragraph is never taken for a heading. Before the first paragraph, a greeting
    ("Dear …,") or a title line also counts as the end of what came before, and the title itself
    ("REASONS FOR REFUSAL") is never a section. Returns the index of the heading's first line.
    """
    lines = context.lines
    trailing: list[int] = []
    i = context.previous(start)
    while i is not None and i >= floor and len(trailing) < 3:
        trailing.insert(0, i)
        i = context.previous(i)
    for size in (1, 2, 3):
        if size > len(trailing):
            break
        block = trailing[-size:]
        text = " ".join(lines[j].text for j in block)
        if not _heading_like(text):
            continue
        if any(_ends_sentence(lines[j].text) and not lines[j].text.endswith(")") for j in block[:-1]):
            continue
        if preamble and (_TITLE.search(text) or _SALUTATION.match(text) or _details_line(text)):
            return None
        before = context.previous(block[0])
        if before is None:
            return block[0]
        previous_text = lines[before].text
        gap_kind = context.gap(before, block[0])
        if (
            (_ends_sentence(previous_text) and not previous_text.endswith(":"))
            or gap_kind != "none"
            or (preamble and (previous_text.endswith(",") or _TITLE.search(previous_text)))
            or (preamble and _heading_like(previous_text))
        ):
            return block[0]
    return None


# --- step 6: re-joining lines ----------------------------------------------------------------------------


# What may follow a quotation's closing mark: punctuation, and where it comes from ("(AIR Q52)").
_QUOTE_SOURCE = re.compile(r"(?:\s*\([^()]{1,40}\))?[\s.,;]*$")


def _join(context: _Context, indices: list[int], first_text: str | None = None) -> str:
    """Rule: a paragraph's lines are one line of text unless the letter set a line apart.

    A new line starts, inside the paragraph, at: a sub-point ("a.", "(b)", "(iii)", "•", a dash
    after a full stop or colon, a numbered list item after a full stop or colon); the line after a
    colon; a quotation that opens after a full stop; the line after a quotation that closed (perhaps
    followed by where it comes from, "(AIR Q52)"); a line
    after a blank line. Everywhere else (including across a page break, where the paragraph simply
    continues) lines are joined with one space; a line ending in a hyphen joins the next line's
    lower-case continuation without a space, keeping the hyphen, because it cannot be told whether
    the hyphen is part of the word ("well-founded") or the PDF's ("inconsis-tent").
    """
    lines = context.lines
    out: list[str] = []
    current = ""
    previous_index: int | None = None
    for position, i in enumerate(indices):
        text = first_text if position == 0 and first_text is not None else lines[i].text
        if not text:
            previous_index = i
            continue
        if not current:
            current = text
            previous_index = i
            continue
        gap_kind = context.gap(previous_index, i) if previous_index is not None else "none"
        new_line = (
            gap_kind == "blank"
            or bool(_SUBPOINT.match(text))
            or (
                bool(_DASH_POINT.match(text) or _LIST_NUMBER.match(text))
                and current.endswith((".", ":", ";"))
            )
            or current.endswith(":")
            or (text[0] in _OPEN_QUOTES and _ends_sentence(current))
            or (
                current[0] in _OPEN_QUOTES
                and _QUOTE_SOURCE.sub("", current).endswith(tuple(_CLOSE_QUOTES))
                and (text[0].isupper() or text[0] in _OPEN_QUOTES)
            )
        )
        if new_line:
            out.append(current)
            current = text
        elif current.endswith("-") and len(current) > 1 and current[-2].isalpha() and text[0].islower():
            current += text
        else:
            current += " " + text
        previous_index = i
    if current:
        out.append(current)
    return "\n".join(out)


# --- step 7: letters without paragraph numbers ------------------------------------------------------------


def _blocks(context: _Context, indices: list[int]) -> list[list[int]]:
    """Rule: without numbers, a paragraph is a block of lines between blank lines.

    Across a page break, a block ends at a line that ends a sentence and is clearly shorter than a
    full line (under 80% of the usual width), or that has a blank line after it at the foot of the
    page; and when the text has no blank lines at all (text copied from a PDF), a block ends at every
    such short line. A short line that looks like a heading, after a finished sentence, is a block of
    its own.
    """
    lines = context.lines
    blocks: list[list[int]] = []
    has_blanks = any(context.gap(a, b) == "blank" for a, b in itertools.pairwise(indices))
    current: list[int] = []
    for i in indices:
        if current:
            gap_kind = context.gap(current[-1], i)
            previous_text = lines[current[-1]].text
            ended = _ends_sentence(previous_text)
            short_end = ended and len(previous_text) < 0.8 * context.width
            if not has_blanks:
                boundary = short_end
            elif gap_kind == "page":
                # A blank line left at the foot of the page after a finished sentence, while the next
                # page's text follows its header directly, also ends a paragraph.
                boundary = short_end or (ended and lines[current[-1] + 1].blank and not lines[i - 1].blank)
            else:
                boundary = gap_kind == "blank"
            text = lines[i].text
            heading_next = ended and len(text) < 0.7 * context.width and _heading_like(text)
            lone_heading = len(current) == 1 and len(previous_text) < 0.7 * context.width
            if boundary or heading_next or (lone_heading and _heading_like(previous_text)):
                blocks.append(current)
                current = []
        current.append(i)
    if current:
        blocks.append(current)
    return blocks


# A role in a signature block.
_ROLE = re.compile(
    r"\b(?:Case\s*worker|Caseworker|Officer|Decision\s+Maker|Manager|Presenting|Secretary\s+of\s+State"
    r"|UK\s+Visas|Home\s+Office|Asylum\s+(?:Casework|Decisions|and\s+Protection)|Team\s+Leader)\b",
    re.I,
)


def _sign_off_line(text: str) -> bool:
    """A line of a signature block: short (at most six words, 60 characters), starting with a capital,
    not ending as a sentence or a clause does."""
    return (
        len(text) <= 60
        and len(text.split()) <= 6
        and text[0].isupper()
        and not text.endswith((".", ",", ":", ";", "?", "!"))
    )


def _closing_start(context: _Context, indices: list[int]) -> int | None:
    """Rule: the sign-off and everything after it is the closing.

    The sign-off is a line such as "Yours sincerely" or "On behalf of the Secretary of State" that
    starts a line after a finished sentence or a blank line; or, by its shape, a signature block: up
    to three short lines (``_sign_off_line``: a name, a role) after a finished sentence, ending with
    an "On behalf of" line or, at the very end of the letter, holding a role ("Senior Caseworker").
    """
    lines = context.lines

    def after_sentence(position: int) -> bool:
        before, i = indices[position - 1], indices[position]
        return _ends_sentence(lines[before].text) or context.gap(before, i) != "none"

    for position, i in enumerate(indices):
        if position == 0 or not _CLOSING.match(lines[i].text):
            continue
        found = position if after_sentence(position) else None
        block = position
        while block > 1 and position - block < 3 and _sign_off_line(lines[indices[block - 1]].text):
            block -= 1
            if after_sentence(block):
                found = block
        if found is not None:
            return found
    # A signature block at the end with no "Yours sincerely" or "On behalf of".
    for size in (2, 3, 4):
        position = len(indices) - size
        if position < 1:
            break
        texts = [lines[i].text for i in indices[position:]]
        signed = all(_sign_off_line(text) for text in texts) and any(_ROLE.search(text) for text in texts)
        if signed and after_sentence(position):
            return position
    return None


def _top_end(context: _Context, indices: list[int]) -> int:
    """Rule (unnumbered letters): the top block ends after the greeting ("Dear …") and the title under
    it (a title line, or a heading-like line followed by the first section's heading), or failing
    that after the last line near the top that carries a detail (a reference, a labelled date) or a
    title."""
    lines = context.lines
    last = 0
    for position, i in enumerate(indices[:40]):
        text = lines[i].text
        if _SALUTATION.match(text):
            # A title straight after the greeting: a title line, or a heading followed by another.
            def short_heading(k: int) -> bool:
                if k >= len(indices):
                    return False
                text = lines[indices[k]].text
                return len(text) < 0.7 * context.width and _heading_like(text)

            end = position + 1
            while end < len(indices) and (
                _TITLE.search(lines[indices[end]].text) or (short_heading(end) and short_heading(end + 1))
            ):
                end += 1
            return end
        if (
            _TITLE.search(text)
            or _HOME_OFFICE_REFERENCE.search(text)
            or _PORT_REFERENCE.search(text)
            or _DATE_LABEL.match(text)
        ):
            last = position + 1
    return last


def _split_unnumbered(context: _Context, body: list[int]) -> tuple[list[Paragraph], list[int]]:
    """Rule: blocks (``_blocks``) are the paragraphs, numbered 1, 2, 3 … by us; a block of one to three
    short lines that looks like a heading is the section of the blocks after it, unless another heading
    or the end follows it at once (then it is kept as a paragraph, so that no words are lost); a block
    of sub-points, or a quotation after a colon, belongs to the paragraph above. Also returns the first
    line of each paragraph (its heading's, when it starts a section)."""
    paragraphs: list[Paragraph] = []
    firsts: list[int] = []
    section = ""
    pending: str | None = None  # a heading not yet followed by a paragraph
    pending_line = 0

    def add(text: str, starts_section: bool, first_line: int) -> None:
        paragraphs.append(Paragraph(str(len(paragraphs) + 1), section, text, starts_section))
        firsts.append(first_line)

    lines = context.lines
    for block in _blocks(context, body):
        text = _join(context, block)
        if len(block) <= 3 and _heading_like(text.replace("\n", " ")):
            if pending is not None:
                add(pending, False, pending_line)
            pending, pending_line = text.replace("\n", " "), block[0]
            continue
        first = lines[block[0]].text
        previous = paragraphs[-1] if paragraphs else None
        if (
            pending is None
            and previous is not None
            and (_SUBPOINT.match(first) or (first[0] in _OPEN_QUOTES and previous.text.endswith(":")))
        ):
            # A list or quotation set apart by blank lines still belongs to the paragraph above.
            paragraphs[-1] = Paragraph(
                previous.number, previous.section, previous.text + "\n" + text, previous.starts_section
            )
            continue
        if pending is not None:
            section, pending = pending, None
            add(text, True, pending_line)
        else:
            add(text, False, block[0])
    if pending is not None:
        add(pending, False, pending_line)
    return paragraphs, firsts


def _place_footnotes(
    lines: list[_Line],
    paragraphs: list[Paragraph],
    firsts: list[int],
    notes: dict[int, tuple[int, list[int]]],
) -> tuple[list[Paragraph], tuple[str, ...]]:
    """Rule: a footnote belongs to the paragraph whose lines (its heading's included) call it; one
    called above the first paragraph belongs to the first; with no paragraphs at all, the footnotes
    stay on the letter. Each is given as printed, its lines joined by spaces."""
    texts = {number: " ".join(lines[i].text for i in block) for number, (_, block) in sorted(notes.items())}
    if not paragraphs:
        return paragraphs, tuple(texts.values())
    placed: dict[int, list[str]] = {}
    for number, (caller, _) in sorted(notes.items()):
        k = max(bisect.bisect_right(firsts, caller) - 1, 0)
        placed.setdefault(k, []).append(texts[number])
    return [
        replace(paragraph, footnotes=tuple(placed[k])) if k in placed else paragraph
        for k, paragraph in enumerate(paragraphs)
    ], ()


# --- the whole letter ----------------------------------------------------------------------------------


# Words a top block (address, references, date, greeting, title) may hold.
_TOP_WORDS = 80


def split(text: str) -> SplitLetter:
    """Split a refusal letter's text into its details and numbered paragraphs (see the module doc).

    Rule for "numbered": a run of at least eight paragraph numbers; or of three to seven with no more
    words above the first than half the letter or ``_TOP_WORDS``, whichever is more; or of one or two
    numbers laid out as paragraph numbers ("7." or "7<tab>") with at most 30% of the words above
    them (a paragraph or two pasted on their own). Anything else is split by ``_split_unnumbered``.
    """
    lines = _mark_furniture(_cut_furniture(_read_lines(text)))
    notes = _mark_footnotes(lines)
    context = _Context(lines)
    chain = _recover_misread(context, _best_chain(_candidates(context)))
    content = context.content

    words_total = sum(len(lines[i].text.split()) for i in content)
    numbered = False
    if chain:
        first_line = chain[0].line
        words_before = sum(len(lines[i].text.split()) for i in context.between(0, first_line))
        if len(chain) >= 8:
            numbered = True
        elif len(chain) >= 3:
            numbered = words_before <= max(0.5 * words_total, _TOP_WORDS)
        else:
            numbered = all(c.strong for c in chain) and words_before <= 0.3 * words_total

    if numbered:
        heading_start = _heading_before(context, chain[0].line, 0, preamble=True)
        top_end_line = chain[0].line if heading_start is None else heading_start
        top = context.between(0, top_end_line)
    else:
        top = content[: _top_end(context, content)]
        top_end_line = top[-1] + 1 if top else 0

    first_page = (
        [lines[i].raw.strip() for i in content if lines[i].segment == lines[content[0]].segment]
        if content
        else []
    )
    details = _find_details(
        [lines[i].raw.strip() for i in top], [line.text for line in lines if line.furniture], first_page
    )
    _mark_reference_lines(lines, details.home_office_reference, top_end_line)
    context = _Context(lines)  # the reference lines are no longer content
    content = context.content
    if numbered:
        # Found again: the lines just removed may have stood between the heading and paragraph 1.
        heading_start = _heading_before(context, chain[0].line, 0, preamble=True)
        top_end_line = chain[0].line if heading_start is None else heading_start
    top = context.between(0, top_end_line)

    paragraphs: list[Paragraph] = []
    missing: list[str] = []
    closing: list[int] = []
    if numbered:
        starts = [c.line for c in chain]
        firsts: list[int] = []
        headings: dict[int, tuple[int, tuple[str, ...]]] = {}
        for k, start in enumerate(starts):
            floor = starts[k - 1] + 1 if k else 0
            heading = _heading_before(context, start, floor, preamble=False) if k else heading_start
            if heading is not None:
                headings[start] = (heading, _headings(context, context.between(heading, start)))
        section = ""
        for k, candidate in enumerate(chain):
            start = candidate.line
            end = chain[k + 1].line if k + 1 < len(chain) else len(lines)
            if end in headings:
                end = headings[end][0]
            starts_section = start in headings
            printed = headings[start][1] if starts_section else ()
            firsts.append(headings[start][0] if starts_section else start)
            if starts_section:
                section = printed[-1]
            body = context.between(start, end)
            if k + 1 == len(chain):
                cut = _closing_start(context, body)
                if cut is not None:
                    body, closing = body[:cut], body[cut:]
            paragraphs.append(
                Paragraph(
                    candidate.label,
                    section,
                    _join(context, body, candidate.rest),
                    starts_section,
                    headings=printed,
                    unsure=bool(candidate.misread),
                )
            )
            if k:
                missing.extend(str(n) for n in range(chain[k - 1].number + 1, candidate.number))
    else:
        body = context.between(top_end_line, len(lines))
        cut = _closing_start(context, body)
        if cut is not None:
            body, closing = body[:cut], body[cut:]
        paragraphs, firsts = _split_unnumbered(context, body)
    paragraphs, unplaced = _place_footnotes(lines, paragraphs, firsts, notes)

    return SplitLetter(
        footnotes=unplaced,
        details=details,
        paragraphs=tuple(paragraphs),
        numbered=numbered,
        preamble="\n".join(lines[i].text for i in top),
        closing="\n".join(lines[i].text for i in closing),
        furniture=tuple(line.text for line in lines if line.furniture)
        + tuple(c.misread for c in (chain if numbered else ()) if c.misread),
        missing_numbers=tuple(missing),
    )
