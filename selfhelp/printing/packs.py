"""A workshop pack composed from PDFs that are already laid out (guides/pdfcache.py), with pypdf.

The pack is: a cover with the pack's contents, in the reader's language; then one copy per language,
each starting on a new sheet (the cover and every copy have an even number of pages, so a pile printed
on both sides splits into one copy per person), each opening with its own contents page in its
language and carrying a running header with its language's name on every page. Each guide, evidence
page, glossary and worksheet is the same PDF that its own download gives, so a pack only lays out
what is not cached yet; the finished pack is cached too, under the versions of everything in it.
There is no limit on the number of documents.
"""

import io
from dataclasses import dataclass, field

from django.core.cache import cache
from django.utils.translation import get_language, override
from django.utils.translation import gettext as _
from pypdf import PdfReader, PdfWriter

from guides import versions
from guides.models import Guide
from guides.pdfcache import TIMEOUT, anonymous, content_pdf, pdf_key
from guides.views import glossary_pdf_bytes, guide_pdf_bytes
from selfhelp import languages
from selfhelp.pdf import pdf_bytes
from selfhelp.printing.forms import WORKSHEETS


@dataclass
class Document:
    title: str
    content: bytes
    page: int = 0  # where it starts in the pack, from 1

    @property
    def pages(self):
        return len(PdfReader(io.BytesIO(self.content)).pages)


@dataclass
class Copy:
    language: languages.Language
    documents: list = field(default_factory=list)
    page: int = 0


def choices_key(choices):
    """The parts of a pack's key: what is in it, in order."""
    return [
        ",".join(choices["guides"]),
        ",".join(choices["evidence"]),
        "glossary" if choices["glossary"] else "",
        ",".join(choices["worksheets"]),
        ",".join(choices["languages"]),
    ]


def scopes(choices):
    wanted = [versions.guide(slug) for slug in choices["guides"] + choices["evidence"]]
    return [*wanted, versions.GLOSSARY] if choices["glossary"] else wanted


def cached(request, choices):
    """The finished pack from the cache, or None."""
    return cache.get(pdf_key(request, "pack", scopes(choices), *choices_key(choices)))


def pack_pdf(request, choices, progress=None):
    """The pack's PDF, from the cache or composed (and then cached). `progress(done, total)` is told
    after each document, for a page that shows how far it has got."""
    key = pdf_key(request, "pack", scopes(choices), *choices_key(choices))
    found = cache.get(key)
    if found is None:
        found = compose(request, choices, progress)
        cache.set(key, found, TIMEOUT)
    return found


def documents(request, choices, progress=None):
    """Every copy with its documents' PDFs (from the cache, or laid out now)."""

    titles = {}
    wanted = [(slug, Guide.Collection.GUIDES) for slug in choices["guides"]]
    wanted += [(slug, Guide.Collection.EVIDENCE) for slug in choices["evidence"]]
    guides = {guide.slug: guide for guide in Guide.objects.filter(slug__in=[slug for slug, _c in wanted])}
    total = len(choices["languages"]) * (len(wanted) + bool(choices["glossary"]) + len(choices["worksheets"]))
    done = 0
    copies = []
    for code in choices["languages"]:
        copy = Copy(languages.get(code))
        with override(code):
            for slug, collection in wanted:
                if slug in guides:
                    titles[slug] = guides[slug].title
                    copy.documents.append(Document(titles[slug], guide_pdf_bytes(request, slug, collection)))
                done += 1
                if progress:
                    progress(done, total)
            if choices["glossary"]:
                copy.documents.append(Document(_("Words and abbreviations"), glossary_pdf_bytes(request)))
                done += 1
                if progress:
                    progress(done, total)
            for name, label in WORKSHEETS:
                if name in choices["worksheets"]:
                    copy.documents.append(Document(str(label), worksheet_bytes(request, name, code)))
                    done += 1
                    if progress:
                        progress(done, total)
        copies.append(copy)
    return copies


def worksheet_bytes(request, name, code=None):
    """A blank worksheet's PDF in the reader's language (or `code`), laid out once per version."""
    code = code or get_language()

    def context():
        return {
            "copies": [{"language": languages.get(code), "worksheets": [name], "guides": []}],
            "terms": [],
            "title": dict(WORKSHEETS)[name],
        }

    with override(code):
        return content_pdf(request, "worksheet", [], [name], "printing/pack.html", context)


def compose(request, choices, progress=None):
    copies = documents(request, choices, progress)
    shared = anonymous(request)
    title = _("Workshop pack")

    # Page numbers: the cover's length does not depend on the numbers in it, so lay it out once to
    # count its pages, number everything after it, then lay it out again with the numbers.
    def cover():
        return _read(pdf_bytes("printing/pack_contents.html", {"title": title, "copies": copies}, shared))

    def contents(copy):
        with override(copy.language.code):
            context = {"title": _("Workshop pack"), "copy": copy}
            return _read(pdf_bytes("printing/pack_contents.html", context, shared))

    first = 1 + _even(len(cover().pages))
    for copy in copies:
        copy.page = first
        page = first + len(contents(copy).pages)
        for document in copy.documents:
            document.page = page
            page += document.pages
        first += _even(page - copy.page)

    writer = PdfWriter()
    _append(writer, cover())
    _pad(writer)
    for copy in copies:
        with override(copy.language.code):
            header = _header(copy.language, _("Workshop pack"), shared)
        start = len(writer.pages)
        _append(writer, contents(copy))
        outline = writer.add_outline_item(title=copy.language.native, page_number=start)
        for document in copy.documents:
            first_page = len(writer.pages)
            _append(writer, _read(document.content))
            writer.add_outline_item(title=document.title, page_number=first_page, parent=outline)
        for page in writer.pages[start:]:
            page.merge_page(header)
        _pad(writer)
    writer.add_metadata({"/Title": title})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _header(language, title, request):
    """The one-page running header of a language's copy, laid out once per language and code version."""
    key = pdf_key(request, "pack-header", [], title, language=language.code)
    content = cache.get(key)
    if content is None:
        context = {"language": language, "header": f"{title} · {language.native}"}
        content = pdf_bytes("printing/pack_header.html", context, request)
        cache.set(key, content, TIMEOUT)
    return _read(content).pages[0]


def _read(content):
    return PdfReader(io.BytesIO(content))


def _append(writer, reader):
    for page in reader.pages:
        writer.add_page(page)


def _even(count):
    return count + count % 2


def _pad(writer):
    """A blank page at the end of an odd-length copy: the next copy starts on a new sheet."""
    if len(writer.pages) % 2:
        last = writer.pages[-1]
        writer.add_blank_page(width=last.mediabox.width, height=last.mediabox.height)
