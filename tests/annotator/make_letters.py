"""Turn the test letters into every form a person might give the annotator.

The letters in ``tests/annotator/letters/`` are invented (people, places of residence, references and
facts) and written in a light markup, so that one letter can be laid out in many ways and what the
splitter should find comes from the markup, never from the splitter itself:

    @reference: T1108822            details printed at the top (also @port, @date, @name, @layout,
                                    @missing: numbers the Home Office skipped)
    Home Office …                   the top block, line by line, down to a line "---"
    ---
    ## Introduction                 a section heading
    1. This letter …                paragraph 1 (an unnumbered letter numbers them here too, for us)
    | 2019 was when …               the same sentence continues, but the layout starts a new line here
                                    (to put a number that is not a paragraph number at a line start)
      a. that you …                 a sub-point (two spaces), on a line of its own
    > "We woke early …"             a quotation, on a line of its own
    This description is …           after a sub-point or quotation: a new line of the paragraph
    ~~~                             the closing ("Yours sincerely" …), line by line, to the end

Outputs, all written under a directory the caller gives (pytest's tmp_path):

- ``render_text``: the text a person pastes, or a PDF's text layer, in several layouts (number then a
  tab, "7.", "7)", a number alone in a hanging margin, a number and spaces, a number and one space),
  wrapped at a given width, with page furniture every so many lines ("Page 3 of 9" in several forms,
  the reference repeated in a running header, a protective marking) and form feeds or not;
- ``make_pdf``: an A4 PDF made with WeasyPrint, the running header and the page number in ``@page``
  margin boxes, paragraph numbers hanging in the margin or inline;
- ``make_docx``: a Word file made with python-docx, numbers typed or Word's automatic list numbering;
- ``make_page_images``: photos of PDF pages as a phone would take them: rendered with pypdfium2,
  turned by a degree or two, slightly blurred, with noise, saved as JPEG (one also as a PNG turned on
  its side with an EXIF orientation tag, as phones save them).
"""

from __future__ import annotations

import html
import random
import re
import textwrap
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

LETTERS_DIR = Path(__file__).parent / "letters"
FONT = Path(__file__).resolve().parents[2] / "static" / "fonts" / "NotoSans-Regular.ttf"
FONT_BOLD = FONT.with_name("NotoSans-Bold.ttf")

NUMBERED = ("eritrea_national_service", "iran_christian_convert", "afghanistan_ngo_worker", "sudan_darfur")
# Letters laid out the way real ones come (``render_layout``): footnotes, markings, two headings in a row.
AS_THEY_COME = ("somalia_minority_clan",)
LETTER_LAYOUTS = ("pdf-text", "viewer", "email", "word-text", "plain")
UNNUMBERED = ("unnumbered_further_submissions",)
TEXT_LAYOUTS = ("tab", "dot", "paren", "hanging", "spaces", "inline")


@dataclass
class SourceParagraph:
    number: str
    section: str
    # (kind, text): "open" the paragraph's first words; "soft" more of the same line; "hard" more of the
    # same line that a layout starts on a new line; "point", "quote", "after": new lines of the paragraph.
    parts: list[tuple[str, str]] = field(default_factory=list)
    starts_section: bool = False
    headings: tuple[str, ...] = ()  # every heading printed straight before it ("# part", "## section")

    @property
    def footnote_numbers(self) -> list[str]:
        return [n for _, text in self.parts for n in FOOTNOTE_CALL.findall(text)]

    def marked(self, style: str) -> str:
        """``text`` with its footnote calls as a layout prints them (``MARKERS``)."""
        return FOOTNOTE_CALL.sub(lambda m: MARKERS[style](m[1]), self.text)

    @property
    def text(self) -> str:
        """What the splitter should give: logical lines joined by spaces, new lines where set apart."""
        out = ""
        for kind, text in self.parts:
            if kind == "open":
                out = text
            elif kind in ("soft", "hard"):
                out += " " + text
            else:
                out += "\n" + text
        return out


# A footnote call in the markup, "[^1]", and how layouts print it: a superscript figure, a figure set
# against the word (a PDF's text layer), or in brackets (Word's plain text).
FOOTNOTE_CALL = re.compile(r"\[\^(\d+)\]")
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
MARKERS = {
    "sup": lambda n: n.translate(_SUPERSCRIPT),
    "digit": lambda n: n,
    "bracket": lambda n: f"[{n}]",
    "none": lambda n: "",
}


@dataclass
class SourceLetter:
    name: str
    meta: dict[str, str]
    top: list[str]
    paragraphs: list[SourceParagraph]
    closing: list[str]
    footnotes: dict[str, str] = field(default_factory=dict)  # number -> text

    @property
    def numbered(self) -> bool:
        return self.meta.get("layout") != "unnumbered"

    @property
    def reference(self) -> str:
        return self.meta["reference"]

    @property
    def letter_date(self) -> date:
        return datetime.strptime(self.meta["date"], "%d %B %Y").date()

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(self.meta["missing"].split()) if "missing" in self.meta else ()

    def expected(self) -> list[tuple[str, str, str]]:
        return [(p.number, p.section, p.text) for p in self.paragraphs]


def points_not_on_their_own_line(letter, source: SourceLetter) -> list[str]:
    """The sub-points and quotations of ``source`` that do not start a line of their paragraph in
    ``letter`` (a SplitLetter); an empty list when all do."""
    by_number = {p.number: p.text.split("\n") for p in letter.paragraphs}
    missing = []
    for paragraph in source.paragraphs:
        lines = [" ".join(line.split()) for line in by_number.get(paragraph.number, [])]
        for kind, text in paragraph.parts:
            if kind in ("point", "quote") and not any(line.startswith(text) for line in lines):
                missing.append(f"{paragraph.number}: {text[:40]}")
    return missing


def split_wrongly(letter, source: SourceLetter, layout: str, furniture=()) -> list[str]:
    """How ``letter`` (split from ``source`` laid out in ``layout``) differs from the source: numbers,
    sections, every heading, text (footnote calls as the layout prints them), footnotes kept apart,
    details, closing; and any of ``furniture`` left in the letter's words or not taken out. An empty
    list when the letter is split exactly."""
    style = marker_style(layout)
    wrong = []
    got = [(p.number, p.section, p.all_headings, p.text.split()) for p in letter.paragraphs]
    wanted = [(p.number, p.section, p.headings, p.marked(style).split()) for p in source.paragraphs]
    if len(got) != len(wanted):
        wrong.append(f"{len(got)} paragraphs, not {len(wanted)}")
    label = (lambda n: f"[{n}]") if layout == "word-text" else str
    for paragraph, found, expected, source_paragraph in zip(
        letter.paragraphs,
        got,
        wanted,
        source.paragraphs,
        strict=False,  # a count that differs is told above
    ):
        if found != expected:
            wrong.append(f"paragraph {expected[0]}: {found[:3]} {' '.join(found[3])[-80:]!r}")
        notes = [f"{label(n)} {source.footnotes[n]}".split() for n in source_paragraph.footnote_numbers]
        if layout in ("docx", "docx-auto", "docx-typed"):
            notes = []  # python-docx makes no footnotes
        if [note.split() for note in paragraph.footnotes] != notes:
            wrong.append(f"paragraph {expected[0]}: footnotes {paragraph.footnotes}")
    details = (
        letter.details.home_office_reference,
        letter.details.port_reference,
        letter.details.letter_date,
    )
    if details != (source.reference, source.meta.get("port") or None, source.letter_date):
        wrong.append(f"details {letter.details}")
    if letter.closing.split() != " ".join(source.closing).split():
        wrong.append(f"closing {letter.closing!r}")
    if letter.footnotes:
        wrong.append(f"footnotes no paragraph took: {letter.footnotes}")
    kept = [letter.preamble, letter.closing] + [
        piece for p in letter.paragraphs for piece in (p.text, p.section, *p.all_headings, *p.footnotes)
    ]
    for piece in sorted(set(furniture)):
        if any(piece in text for text in kept):
            wrong.append(f"{piece!r} left in the letter")
        if piece not in letter.furniture:
            wrong.append(f"{piece!r} not taken out")
    return wrong


def paragraphs_recovered(letter, source: SourceLetter, likeness: float = 0.9) -> list[str]:
    """The numbers of ``source``'s paragraphs that ``letter`` (split from photos, read by OCR) recovered
    exactly: a paragraph with the same number, the same section, and its words at least ``likeness``
    alike (OCR misreads a word here and there; a paragraph cut in two or run into the next is far
    less alike)."""
    from difflib import SequenceMatcher

    found = {p.number: p for p in letter.paragraphs}
    recovered = []
    for paragraph in source.paragraphs:
        got = found.get(paragraph.number)
        if got is None or SequenceMatcher(None, got.section, paragraph.section).ratio() < likeness:
            continue  # the section's heading, its letters as alike (OCR reads "–" as "-")
        if SequenceMatcher(None, got.text.split(), paragraph.marked("digit").split()).ratio() >= likeness:
            recovered.append(paragraph.number)
    return recovered


def load(name: str) -> SourceLetter:
    meta: dict[str, str] = {}
    top: list[str] = []
    paragraphs: list[SourceParagraph] = []
    closing: list[str] = []
    footnotes: dict[str, str] = {}
    section = ""
    headings: list[str] = []
    part = "top"
    for line in (LETTERS_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if part == "top":
            if line.startswith("@"):
                key, value = line[1:].split(":", 1)
                meta[key.strip()] = value.strip()
            elif line == "---":
                part = "body"
            else:
                top.append(line)
            continue
        if part == "closing":
            closing.append(line)
            continue
        if line == "~~~":
            part = "closing"
        elif line.startswith("# "):
            headings.append(line[2:].strip())
        elif line.startswith("## "):
            section = line[3:].strip()
            headings.append(section)
        elif match := re.match(r"\[\^(\d+)\]: (.*)", line):
            footnotes[match[1]] = match[2]
        elif match := re.match(r"(\d+)\. (.*)", line):
            paragraphs.append(
                SourceParagraph(match[1], section, [("open", match[2])], bool(headings), tuple(headings))
            )
            headings = []
        elif not line.strip():
            continue
        elif line.startswith("| "):
            paragraphs[-1].parts.append(("hard", line[2:]))
        elif line.startswith("> "):
            paragraphs[-1].parts.append(("quote", line[2:]))
        elif line.startswith("  "):
            paragraphs[-1].parts.append(("point", line.strip()))
        else:
            last = paragraphs[-1].parts[-1][0]
            paragraphs[-1].parts.append(("soft" if last in ("open", "soft", "hard") else "after", line))
    return SourceLetter(name, meta, top, paragraphs, closing, footnotes)


# --- text ------------------------------------------------------------------------------------------------


@dataclass
class RenderedText:
    text: str
    furniture: list[str]  # every furniture line inserted
    crossings: list[str]  # paragraphs that run across a page break
    pages: int


FOOTERS = {
    "page-of": "Page {page} of {pages}",
    "of": "{page} of {pages}",
    "dash": "- {page} -",
    "page": "Page {page}",
    "bare": "{page}",
    "ref-page": "Home Office Reference: {reference}    Page {page} of {pages}",
}
HEADERS = {
    "none": (),
    "ref": ("Our ref: {reference}",),
    "marking-ref": ("OFFICIAL - SENSITIVE", "Home Office Reference: {reference}"),
    "name-ref": ("{name} – {reference}",),
    "office": ("Home Office", "Asylum Decisions", "Ref: {reference}"),
}


def _wrap(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
    return textwrap.wrap(
        text,
        width,
        initial_indent=first,
        subsequent_indent=rest,
        break_on_hyphens=False,
        break_long_words=False,
    ) or [first.rstrip()]


def _paragraph_lines(paragraph: SourceParagraph, layout: str, width: int) -> list[str]:
    """The paragraph's physical lines in a layout."""
    number = paragraph.number
    prefix, indent = {
        "tab": (f"{number}\t", ""),
        "dot": (f"{number}. ", ""),
        "paren": (f"{number}) ", ""),
        "hanging": ("", ""),
        "spaces": (f"{number}".ljust(6), " " * 6),
        "inline": (f"{number} ", ""),
        "unnumbered": ("", ""),
    }[layout]
    segments: list[tuple[str, str]] = []  # (kind, text) each starting a physical line
    for kind, text in paragraph.parts:
        if kind == "soft":
            segments[-1] = (segments[-1][0], segments[-1][1] + " " + text)
        else:
            segments.append((kind, text))
    lines = [number] if layout == "hanging" else []
    for kind, text in segments:
        if kind == "open":
            lines += _wrap(text, width, prefix, indent)
        elif kind == "point":
            lines += _wrap(text, width, indent + "    ", indent + "       ")
        elif kind == "quote":
            lines += _wrap(text, width, indent + "    ", indent + "    ")
        else:
            lines += _wrap(text, width, indent, indent)
    return lines


def render_text(
    source: SourceLetter,
    layout: str | None = None,
    *,
    width: int = 90,
    page_lines: int = 46,
    footer: str = "page-of",
    header: str = "marking-ref",
    form_feeds: bool = True,
    blank_lines: bool = False,
) -> RenderedText:
    """The letter as text, paginated with page furniture."""
    layout = layout or source.meta.get("layout", "dot")
    body: list[tuple[str, str | None]] = [(line, None) for line in source.top]  # (line, paragraph number)
    if blank_lines:
        body.append(("", None))
    for paragraph in source.paragraphs:
        if paragraph.starts_section:
            for heading in paragraph.headings or (paragraph.section,):
                body.append((heading, None))
                if blank_lines:
                    body.append(("", None))
        body += [(line, paragraph.number) for line in _paragraph_lines(paragraph, layout, width)]
        if blank_lines or layout == "unnumbered":
            body.append(("", None))
    body += [(line, None) for line in source.closing]

    chunks = [body[i : i + page_lines] for i in range(0, len(body), page_lines)]
    pages = len(chunks)
    values = {"reference": source.reference, "name": source.meta.get("name", ""), "pages": pages}
    out: list[str] = []
    furniture: list[str] = []
    crossings: list[str] = []
    for index, chunk in enumerate(chunks, start=1):
        head = [line.format(page=index, **values) for line in HEADERS[header]]
        foot = [FOOTERS[footer].format(page=index, **values)]
        furniture += head + foot
        page = "\n".join(head + [line for line, _ in chunk] + ([""] if blank_lines else []) + foot)
        out.append(page)
        if index < pages:
            before = next((n for line, n in reversed(chunk) if line.strip()), None)
            after = next((n for line, n in chunks[index] if line.strip()), None)
            if before is not None and before == after:
                crossings.append(before)
    separator = "\f" if form_feeds else "\n\n" if blank_lines else "\n"
    return RenderedText(separator.join(out) + "\n", furniture, crossings, pages)


# --- letters as they really come ----------------------------------------------------------------------


def _top_lines(source: SourceLetter, layout: str) -> list[str]:
    """The top block as a layout prints it. ``@beside: left|right``: the line ``right`` printed on the
    line ``left``, far to its right (a reference block beside the address); in Word's plain text the
    reference lines share one line, separated by tabs."""
    top = list(source.top)
    if layout == "word-text":
        labelled = [line for line in top if re.match(r"(?:Our ref|Port ref|Date):", line)]
        if labelled:
            at = top.index(labelled[0])
            top = [line for line in top if line not in labelled]
            top.insert(at, "\t".join(labelled))
        return top
    if layout != "plain" and "beside" in source.meta:
        left, right = source.meta["beside"].split("|")
        top = [line for line in top if line != right]
        top = [line.ljust(46) + right if line == left else line for line in top]
    return top


def _body_lines(source: SourceLetter, layout: str, width: int) -> list[tuple[str, str | None]]:
    """(line, paragraph number) for headings and paragraphs, footnote calls left in the markup."""
    body: list[tuple[str, str | None]] = []
    for paragraph in source.paragraphs:
        for heading in paragraph.headings:
            body.append((heading, None))
            if layout == "plain":
                body.append(("", None))
        if layout == "word-text":
            # Word's "save as plain text": one line per Word paragraph; automatic numbers as "1.<tab>".
            lines = []
            for kind, text in paragraph.parts:
                if kind == "open":
                    lines.append(f"{paragraph.number}.\t{text}")
                elif kind in ("soft", "hard"):
                    lines[-1] += " " + text
                else:
                    lines.append(text)
        else:
            lines = _paragraph_lines(paragraph, "dot", width)
        body += [(line, paragraph.number) for line in lines]
        if layout == "plain":
            body.append(("", None))
    return body


def _call(style: str):
    return lambda line: FOOTNOTE_CALL.sub(lambda m: MARKERS[style](m[1]), line)


def marker_style(layout: str) -> str:
    styles = {
        "pdf-text": "digit",
        "viewer": "digit",
        "email": "digit",
        "pdf": "digit",
        "word-text": "bracket",
    }
    return "none" if layout.startswith("docx") else styles.get(layout, "sup")


def render_layout(
    source: SourceLetter, layout: str, *, width: int = 90, page_lines: int = 40
) -> RenderedText:
    """The letter as it comes in one of ``LETTER_LAYOUTS``:

    - "pdf-text": a PDF's text layer: pages split by form feeds, "OFFICIAL - SENSITIVE" at the top
      and bottom of each, "Page 2 of 5" at the foot, each page's footnotes above its footer (numbers
      set against the words that call them, "group.1");
    - "viewer": the same text copied out of a PDF viewer: no page breaks, and the viewer runs the
      furniture into the text: the marking in front of each page's first line, and "Page 2 of 5" after
      the last line of every other page (or with the marking on a line of its own);
    - "email": the viewer's text e-mailed, every line wrapped again at 76 characters;
    - "word-text": Word's "save as plain text": one line per Word paragraph, automatic numbers written
      "1.<tab>", the references and date on one line, footnote calls "[1]" and the footnotes at the end;
    - "plain": typed or pasted with blank lines between paragraphs, footnotes at the end.
    """
    call = _call(marker_style(layout))
    top = [(line, None) for line in _top_lines(source, layout)]
    body = _body_lines(source, layout, width)
    closing = [(line, None) for line in source.closing]
    furniture: list[str] = []
    if layout in ("word-text", "plain"):
        ends = [
            (f"[{n}] {text}" if layout == "word-text" else f"{n} {text}", None)
            for n, text in source.footnotes.items()
        ]
        lines = [
            call(line) for line, _ in [*top, *([("", None)] if layout == "plain" else []), *body, *closing]
        ]
        lines += [""] * (layout == "plain") + [line for line, _ in ends]
        return RenderedText("\n".join(lines) + "\n", furniture, [], 1)

    content = top + body + closing
    chunks = [content[i : i + page_lines] for i in range(0, len(content), page_lines)]
    pages = len(chunks)
    marking = "OFFICIAL - SENSITIVE"
    page_texts: list[list[str]] = []
    crossings: list[str] = []
    for index, chunk in enumerate(chunks, start=1):
        called = [n for line, _ in chunk for n in FOOTNOTE_CALL.findall(line)]
        notes: list[str] = []
        for n in called:
            notes += _wrap(f"{n} {source.footnotes[n]}", width, "", "  ")
        lines = [call(line) for line, _ in chunk]
        page_number = f"Page {index} of {pages}"
        furniture += [marking, page_number]
        if layout == "pdf-text":
            furniture.append(marking)
            page_texts.append([marking, *lines, *notes, marking, page_number])
        else:
            first = next(k for k, line in enumerate(lines) if line.strip())
            lines[first] = f"{marking} {lines[first]}"
            if index % 2 and not notes and index < pages:
                last = max(k for k, line in enumerate(lines) if line.strip())
                lines[last] = f"{lines[last]} {page_number}"
                page_texts.append([*lines])
            else:
                page_texts.append(
                    [*lines, *notes, f"{page_number} {marking}" if index % 2 == 0 else page_number]
                )
        if index < pages:
            before = next((n for line, n in reversed(chunk) if line.strip()), None)
            after = next((n for line, n in chunks[index] if line.strip()), None)
            if before is not None and before == after:
                crossings.append(before)
    if layout == "pdf-text":
        text = "\f".join("\n".join(page) for page in page_texts)
    else:
        text = "\n".join(line for page in page_texts for line in page)
        if layout == "email":
            text = "\n".join(
                "\n".join(textwrap.wrap(line, 76, break_on_hyphens=False, break_long_words=False)) or ""
                for line in text.split("\n")
            )
    return RenderedText(text + "\n", furniture, crossings, pages)


# --- PDF --------------------------------------------------------------------------------------------------

_CSS = """
@font-face {{ font-family: Letter; src: url("{font}"); }}
@font-face {{ font-family: Letter; font-weight: bold; src: url("{bold}"); }}
@page {{
  size: A4;
  margin: 28mm 22mm 24mm 22mm;
  @top-left {{ content: "OFFICIAL - SENSITIVE"; font: 8pt Letter; }}
  @top-right {{ content: "Home Office Reference: {reference}"; font: 8pt Letter; }}
  @bottom-center {{ content: "Page " counter(page) " of " counter(pages); font: 8pt Letter; }}
}}
body {{ font: 10.5pt/1.4 Letter; }}
.top p {{ margin: 0; }}
.top {{ margin-block-end: 14pt; }}
h2 {{ font-size: 10.5pt; margin: 12pt 0 6pt; }}
.para {{ position: relative; margin: 0 0 8pt 0; }}
.hanging .para {{ padding-inline-start: 12mm; }}
.hanging .num {{ position: absolute; inset-inline-start: 0; }}
.para p {{ margin: 0; }}
.para p.point {{ margin-inline-start: 10mm; }}
.para blockquote {{ margin: 2pt 0 2pt 10mm; }}
.closing {{ margin-block-start: 16pt; }}
.closing p {{ margin: 0; }}
.top .beside {{ display: flex; justify-content: space-between; }}
.fn {{ float: footnote; font-size: 8pt; }}
::footnote-call {{ content: counter(footnote); vertical-align: super; font-size: 7pt; }}
::footnote-marker {{ content: counter(footnote) " "; }}
"""


def letter_html(source: SourceLetter, hanging: bool = True) -> str:
    def escape(text: str) -> str:
        """The text for HTML, its footnote calls made footnotes (WeasyPrint sets them at the page's foot)."""
        return FOOTNOTE_CALL.sub(
            lambda m: f'<span class="fn">{html.escape(source.footnotes[m[1]])}</span>', html.escape(text)
        )

    parts = [
        "<!doctype html><html lang=en><head><meta charset=utf-8><style>",
        _CSS.format(font=FONT.as_uri(), bold=FONT_BOLD.as_uri(), reference=source.reference),
        f"</style></head><body class={'hanging' if hanging else 'inline'}>",
        '<div class="top">',
    ]
    beside = dict([source.meta["beside"].split("|")]) if "beside" in source.meta else {}
    for line in source.top:
        if line in beside:
            parts.append(
                f'<p class="beside"><span>{escape(line)}</span><span>{escape(beside[line])}</span></p>'
            )
        elif line not in beside.values():
            parts.append(f"<p>{escape(line)}</p>")
    parts.append("</div>")
    for paragraph in source.paragraphs:
        if paragraph.starts_section:
            for heading in paragraph.headings or (paragraph.section,):
                parts.append(f"<h2>{escape(heading)}</h2>")
        parts.append('<div class="para">')
        number = paragraph.number if source.numbered else ""
        if hanging and number:
            parts.append(f'<span class="num">{number}</span>')
        current = ""
        for kind, text in paragraph.parts:
            if kind == "open":
                current = (f"{number}. " if number and not hanging else "") + escape(text)
            elif kind == "soft":
                current += " " + escape(text)
            elif kind == "hard":
                current += "<br>" + escape(text)
            else:
                parts.append(f"<p>{current}</p>" if current else "")
                current = ""
                if kind == "point":
                    parts.append(f'<p class="point">{escape(text)}</p>')
                elif kind == "quote":
                    parts.append(f"<blockquote>{escape(text)}</blockquote>")
                else:
                    current = escape(text)
        if current:
            parts.append(f"<p>{current}</p>")
        parts.append("</div>")
    parts.append('<div class="closing">')
    parts += [f"<p>{escape(line)}</p>" for line in source.closing]
    parts.append("</div></body></html>")
    return "".join(parts)


def make_pdf(source: SourceLetter, path: Path, hanging: bool = True) -> Path:
    from weasyprint import HTML

    def no_network(url: str, timeout: int = 10, ssl_context=None):
        if not url.startswith("file:"):
            raise ValueError(f"test PDFs fetch nothing from the network: {url}")
        from weasyprint import default_url_fetcher

        return default_url_fetcher(url, timeout=timeout, ssl_context=ssl_context)

    HTML(string=letter_html(source, hanging), url_fetcher=no_network).write_pdf(path)
    return path


# --- DOCX -------------------------------------------------------------------------------------------------


def make_docx(source: SourceLetter, path: Path, numbering: str = "typed") -> Path:
    """A Word file: numbers typed ("7.<tab>") or Word's automatic numbering (the "List Number" style,
    which numbers the paragraphs 1, 2, 3 … whatever the source says, so a number the Home Office
    skipped is not skipped there)."""
    from docx import Document
    from docx.shared import Mm

    document = Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Home Office Reference: {source.reference}"
    section.footer.paragraphs[0].text = "OFFICIAL - SENSITIVE"
    for line in _top_lines(source, "word-text"):
        document.add_paragraph(line)
    for paragraph in source.paragraphs:
        if paragraph.starts_section:
            for heading in paragraph.headings or (paragraph.section,):
                document.add_paragraph(heading, style="Heading 2")
        current = None
        for kind, text in paragraph.parts:
            text = FOOTNOTE_CALL.sub("", text)  # python-docx makes no footnotes
            if kind == "open":
                if not source.numbered:
                    current = document.add_paragraph(text)
                elif numbering == "auto":
                    current = document.add_paragraph(style="List Number")
                    current.add_run(text)
                else:
                    current = document.add_paragraph(f"{paragraph.number}.\t{text}")
                    current.paragraph_format.left_indent = Mm(12)
                    current.paragraph_format.first_line_indent = Mm(-12)
            elif kind == "soft":
                current.add_run(" " + text)
            elif kind == "hard":
                current.add_run().add_break()
                current.add_run(text)
            else:
                current = document.add_paragraph(text)
                current.paragraph_format.left_indent = Mm(22 if kind != "after" else 12)
    for line in source.closing:
        document.add_paragraph(line)
    document.save(path)
    return path


# --- photos of pages --------------------------------------------------------------------------------------


def make_page_images(pdf: Path, directory: Path, pages: list[int], seed: int = 7) -> list[Path]:
    """Phone-camera-like photos of some pages of a PDF: JPEGs, except the last, a PNG stored on its side
    with an EXIF orientation tag saying how to turn it upright."""
    import pypdfium2
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    document = pypdfium2.PdfDocument(pdf)
    paths = []
    for position, index in enumerate(pages):
        image = document[index].render(scale=200 / 72).to_pil().convert("RGB")
        angle = rng.choice((-1, 1)) * rng.uniform(1.0, 2.0)
        image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(250, 250, 248))
        image = image.filter(ImageFilter.GaussianBlur(0.7))
        noise = Image.effect_noise(image.size, 40).convert("RGB")
        image = Image.blend(image, noise, 0.12)
        if position == len(pages) - 1 and len(pages) > 1:
            path = directory / f"page-{index + 1}.png"
            exif = Image.Exif()
            exif[0x0112] = 6  # orientation: the viewer must turn the image 90° clockwise
            image.rotate(90, expand=True).save(path, exif=exif)
        else:
            path = directory / f"page-{index + 1}.jpg"
            image.save(path, quality=82)
        paths.append(path)
    document.close()
    return paths


def make_camera_photos(pdf: Path, directory: Path, seed: int = 13, dpi: int = 190) -> list[Path]:
    """Photos of every page of a PDF as a phone held over a table takes them: about ``dpi`` dots per
    inch, turned by 1 to 3 degrees either way, lit unevenly (one side and one corner darker), slightly
    out of focus, with sensor noise, saved as JPEG at quality 80."""
    import pypdfium2
    from PIL import Image, ImageChops, ImageFilter

    rng = random.Random(seed)
    document = pypdfium2.PdfDocument(pdf)
    paths = []
    for index in range(len(document)):
        image = document[index].render(scale=dpi / 72).to_pil().convert("RGB")
        angle = rng.choice((-1, 1)) * rng.uniform(1.0, 3.0)
        image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(236, 232, 225))
        # Uneven light: a shade falling from one side, darker still towards one corner.
        width, height = image.size
        side = Image.linear_gradient("L").rotate(rng.choice((90, -90)))  # dark on one side
        corner = (
            Image.radial_gradient("L").crop((0, 0, 192, 192))
            if rng.random() < 0.5
            else (Image.radial_gradient("L").crop((64, 64, 256, 256)))
        )  # and darker towards a corner
        light = ImageChops.add(side.resize((width, height)), corner.resize((width, height)), scale=2.0)
        light = light.point(lambda v: 150 + v * 105 // 255)
        image = ImageChops.multiply(image, Image.merge("RGB", (light, light, light)))
        image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 1.2)))
        noise = Image.effect_noise((width, height), 30).convert("RGB")
        image = Image.blend(image, noise, 0.08)
        path = directory / f"{pdf.stem}-photo-{index + 1}.jpg"
        image.save(path, quality=80)
        paths.append(path)
    document.close()
    return paths


# --- made once per test session ------------------------------------------------------------------------

_made: dict[tuple, object] = {}


def made(directory: Path, name: str, form: str) -> Path:
    """A letter in one form, made once per directory: "pdf-hanging", "pdf-inline", "docx-typed" or
    "docx-auto". Test modules share one directory under pytest's base temporary directory."""
    key = (directory, name, form)
    if key not in _made:
        directory.mkdir(parents=True, exist_ok=True)
        source = load(name)
        kind, variant = form.split("-")
        path = directory / f"{name}-{variant}.{kind}"
        if kind == "pdf":
            make_pdf(source, path, hanging=variant == "hanging")
        else:
            make_docx(source, path, numbering=variant)
        _made[key] = path
    return _made[key]  # type: ignore[return-value]


def made_photos(directory: Path, name: str, pages: tuple[int, ...]) -> list[Path]:
    """Photos of some pages (from 0) of a letter's hanging-layout PDF, made once per directory."""
    key = (directory, name, "photos", pages)
    if key not in _made:
        folder = directory / f"{name}-photos-{'-'.join(map(str, pages))}"
        folder.mkdir(parents=True, exist_ok=True)
        _made[key] = make_page_images(made(directory, name, "pdf-hanging"), folder, list(pages))
    return _made[key]  # type: ignore[return-value]


def made_camera_photos(directory: Path, name: str) -> list[Path]:
    """Camera-like photos of every page of a letter's hanging-layout PDF, made once per directory."""
    key = (directory, name, "camera")
    if key not in _made:
        folder = directory / f"{name}-camera"
        folder.mkdir(parents=True, exist_ok=True)
        _made[key] = make_camera_photos(made(directory, name, "pdf-hanging"), folder)
    return _made[key]  # type: ignore[return-value]


def pdf_pages(pdf: Path, pages: list[int]) -> bytes:
    """A PDF of some pages (from 0) of another."""
    import io

    import pypdf

    reader = pypdf.PdfReader(pdf)
    writer = pypdf.PdfWriter()
    for index in pages:
        writer.add_page(reader.pages[index])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
