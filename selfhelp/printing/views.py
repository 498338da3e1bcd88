"""Workshop packs: guides, evidence pages, the glossary and blank worksheets, in several languages, as one
PDF to print for a room. Nothing is stored; the choices travel in the address."""

from django.db.models import Prefetch
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import override

from guides.models import GlossaryTerm, Guide, Section
from selfhelp import languages
from selfhelp.i18n.collation import sort_key
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
    terms = list(GlossaryTerm.objects.all()) if choices["glossary"] else []
    copies = []
    for code in choices["languages"]:
        copies.append(
            {
                "language": languages.get(code),
                "guides": [guides[slug] for slug in wanted if slug in guides],
                "glossary": choices["glossary"],
                "worksheets": [key for key, _label in WORKSHEETS if key in choices["worksheets"]],
                "terms": glossary_order(terms, code),
            }
        )
    return {"copies": copies, "terms": terms, "title": _("Workshop pack"), "pack": True}


def glossary_order(terms, code):
    """The glossary in the language's own alphabetical order (selfhelp/i18n/collation.py), by the name
    the reader sees: the translation, or the English where there is none yet."""
    with override(code):
        return sorted(terms, key=lambda term: sort_key(str(term.term), code))


def worksheet(request, name):
    """One blank worksheet, in the reader's language, as a PDF."""
    from django.http import Http404
    from django.utils.translation import get_language

    if name not in dict(WORKSHEETS):
        raise Http404
    context = {
        "copies": [{"language": languages.get(get_language()), "worksheets": [name], "guides": []}],
        "terms": [],
        "title": dict(WORKSHEETS)[name],
    }
    return render_pdf(request, "printing/pack.html", context, filename=f"worksheet-{name}.pdf")
