"""Workshop packs: guides, evidence pages, the glossary and blank worksheets, in several languages, as one
PDF to print for a room. Nothing is stored; the choices travel in the address."""

from django.db.models import Prefetch
from django.shortcuts import render
from django.utils.translation import gettext as _

from guides.models import GlossaryTerm, Guide, Section
from selfhelp import languages, pdfcache
from selfhelp.pdf import render_pdf
from selfhelp.printing.forms import WORKSHEETS, PackForm


def pack(request):
    form = PackForm(request.GET or None)
    if form.is_valid():
        return render_pdf(
            request, "printing/pack.html", _pack(form.cleaned_data), filename="workshop-pack.pdf"
        )
    return render(request, "printing/start.html", {"form": form, "worksheets": WORKSHEETS})


def _pack(choices):
    sections = Section.objects.prefetch_related("items")
    wanted = choices["guides"] + choices["evidence"]
    guides = {
        guide.slug: guide
        for guide in Guide.objects.filter(slug__in=wanted).prefetch_related(
            "sources", Prefetch("sections", queryset=sections)
        )
    }
    copies = []
    for code in choices["languages"]:
        copies.append(
            {
                "language": languages.get(code),
                "guides": [guides[slug] for slug in wanted if slug in guides],
                "glossary": choices["glossary"],
                "worksheets": [key for key, _label in WORKSHEETS if key in choices["worksheets"]],
            }
        )
    terms = list(GlossaryTerm.objects.all()) if choices["glossary"] else []
    return {"copies": copies, "terms": terms, "title": _("Workshop pack")}


def worksheet(request, name):
    """One blank worksheet, in the reader's language, as a PDF."""
    from django.http import Http404

    if name not in dict(WORKSHEETS):
        raise Http404
    return pdfcache.pdf_response(worksheet_pdf_bytes(request, name), f"worksheet-{name}.pdf")


def worksheet_pdf_bytes(request, name, code=None):
    """A blank worksheet's PDF in the reader's language (or `code`), laid out once per version."""
    from django.utils.translation import get_language, override

    code = code or get_language()

    def context():
        return {
            "copies": [{"language": languages.get(code), "worksheets": [name], "guides": []}],
            "terms": [],
            "title": dict(WORKSHEETS)[name],
        }

    with override(code):
        return pdfcache.content_pdf(request, "worksheet", [], [name], "printing/pack.html", context)
