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


@dataclass
class Source:
    name: str
    meta: dict[str, str]
    top: list[str]
    paragraphs: list[SourceParagraph]
    closing: list[str]

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


def points_not_on_their_own_line(letter, source: Source) -> list[str]:
    """The sub-points and quotations of ``source`` that do not start a line of their paragraph in
    ``letter`` (a split Letter); an empty list when all do."""
    by_number = {p.number: p.text.split("\n") for p in letter.paragraphs}
    missing = []
    for paragraph in source.paragraphs:
        lines = [" ".join(line.split()) for line in by_number.get(paragraph.number, [])]
        for kind, text in paragraph.parts:
            if kind in ("point", "quote") and not any(line.startswith(text) for line in lines):
                missing.append(f"{paragraph.number}: {text[:40]}")
    return missing


def load(name: str) -> Source:
    meta: dict[str, str] = {}
    top: list[str] = []
    paragraphs: list[SourceParagraph] = []
    closing: list[str] = []
    section = ""
    new_section = False
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
        elif line.startswith("## "):
            section, new_section = line[3:].strip(), True
        elif match := re.match(r"(\d+)\. (.*)", line):
            paragraphs.append(SourceParagraph(match[1], section, [("open", match[2])], new_section))
            new_section = False
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
    return Source(name, meta, top, paragraphs, closing)


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
    source: Source,
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
            body.append((paragraph.section, None))
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
"""


def letter_html(source: Source, hanging: bool = True) -> str:
    escape = html.escape
    parts = [
        "<!doctype html><html lang=en><head><meta charset=utf-8><style>",
        _CSS.format(font=FONT.as_uri(), bold=FONT_BOLD.as_uri(), reference=source.reference),
        f"</style></head><body class={'hanging' if hanging else 'inline'}>",
        '<div class="top">',
    ]
    parts += [f"<p>{escape(line)}</p>" for line in source.top]
    parts.append("</div>")
    for paragraph in source.paragraphs:
        if paragraph.starts_section:
            parts.append(f"<h2>{escape(paragraph.section)}</h2>")
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


def make_pdf(source: Source, path: Path, hanging: bool = True) -> Path:
    from weasyprint import HTML

    def no_network(url: str, timeout: int = 10, ssl_context=None):
        if not url.startswith("file:"):
            raise ValueError(f"test PDFs fetch nothing from the network: {url}")
        from weasyprint import default_url_fetcher

        return default_url_fetcher(url, timeout=timeout, ssl_context=ssl_context)

    HTML(string=letter_html(source, hanging), url_fetcher=no_network).write_pdf(path)
    return path


# --- DOCX -------------------------------------------------------------------------------------------------


def make_docx(source: Source, path: Path, numbering: str = "typed") -> Path:
    """A Word file: numbers typed ("7.<tab>") or Word's automatic numbering (the "List Number" style,
    which numbers the paragraphs 1, 2, 3 … whatever the source says, so a number the Home Office
    skipped is not skipped there)."""
    from docx import Document
    from docx.shared import Mm

    document = Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Home Office Reference: {source.reference}"
    section.footer.paragraphs[0].text = "OFFICIAL - SENSITIVE"
    for line in source.top:
        document.add_paragraph(line)
    for paragraph in source.paragraphs:
        if paragraph.starts_section:
            document.add_paragraph(paragraph.section, style="Heading 2")
        current = None
        for kind, text in paragraph.parts:
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
