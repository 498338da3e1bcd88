from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language, override

from guides import pagecache, pdfcache, versions
from guides.models import Change, GlossaryTerm, Guide, Section, column
from guides.pagecache import public_page
from selfhelp.i18n.collation import sort_key


def get_guide(slug, collection=Guide.Collection.GUIDES):
    """A guide (or an evidence catalogue page) with everything its page shows, or 404."""
    sections = Section.objects.prefetch_related("items")
    guides = Guide.objects.filter(collection=collection).prefetch_related(
        "sources", "changes", Prefetch("sections", queryset=sections)
    )
    return get_object_or_404(guides, slug=slug)


@public_page(pagecache.lists)
def guide_list(request):
    return render(request, "guides/guide_list.html", {"guides": Guide.objects.guides()})


@public_page(pagecache.guide)
def guide_detail(request, slug):
    return render(request, "guides/guide.html", {"guide": get_guide(slug)})


@public_page(pagecache.guide)
def guide_sources(request, slug):
    return sources_response(request, slug)


def sources_response(request, slug, collection=Guide.Collection.GUIDES):
    """Where a guide's (or an evidence page's) information comes from: every source and when it was
    checked. A page of its own, so that the guide's page stays within the first view's weight."""
    guides = Guide.objects.filter(collection=collection).prefetch_related("sources")
    guide = get_object_or_404(guides, slug=slug)
    return render(request, "guides/sources.html", {"guide": guide})


def guide_pdf(request, slug):
    return guide_pdf_response(request, slug)


def guide_pdf_response(request, slug, collection=Guide.Collection.GUIDES):
    return pdfcache.pdf_response(guide_pdf_bytes(request, slug, collection), f"{slug}-{get_language()}.pdf")


def guide_pdf_bytes(request, slug, collection=Guide.Collection.GUIDES):
    """A guide's (or an evidence page's) PDF, laid out once per language and version (pdfcache)."""
    return pdfcache.content_pdf(
        request,
        "guide",
        [versions.guide(slug)],
        [collection, slug],
        "guides/guide.html",
        lambda: {"guide": get_guide(slug, collection)},
    )


@public_page(pagecache.lists)
def changes(request):
    """What changed: changes in the law and in this site's advice, newest first, with their sources."""
    changes = list(Change.objects.prefetch_related("guides"))
    return render(request, "guides/changes.html", {"changes": changes, "status": GlossaryStatus(changes)})


@public_page(pagecache.glossary)
def glossary(request):
    """Every term, with a link to its own page: the whole glossary with its meanings would not fit the
    weight a slow phone can load in one go in every language. The PDF has every meaning."""
    terms = glossary_order(GlossaryTerm.objects.only(*glossary_columns(get_language())), get_language())
    return render(request, "guides/glossary.html", {"terms": terms, "glossary": GlossaryStatus(terms)})


def glossary_order(terms, code):
    """The glossary in the language's own alphabetical order (selfhelp/i18n/collation.py), by the name
    the reader sees: the translation, or the English where there is none yet. The page, its PDF and the
    copies in a workshop pack (which carry that PDF) all use it."""
    with override(code):
        return sorted(terms, key=lambda term: sort_key(str(term.term), code))


def glossary_columns(code):
    """What the glossary's list needs of each term: its key, reviews, and its texts in English and the
    reader's language. Not the other languages' texts, nor what load_guides last wrote (`loaded_state`,
    every text again): loading those made the page many times slower."""
    texts = [column(name, lang) for name in ("term", "expansion", "definition") for lang in {"en", code}]
    return ["key", "reviewed_languages", *texts]


def glossary_pdf(request):
    return pdfcache.pdf_response(glossary_pdf_bytes(request), f"glossary-{get_language()}.pdf")


def glossary_pdf_bytes(request):
    def context():
        terms = glossary_order(GlossaryTerm.objects.select_related("guide"), get_language())
        return {"terms": terms, "glossary": GlossaryStatus(terms)}

    return pdfcache.content_pdf(request, "glossary", [versions.GLOSSARY], [], "guides/glossary.html", context)


@public_page(pagecache.glossary_term)
def glossary_term(request, key):
    term = get_object_or_404(GlossaryTerm.objects.select_related("guide"), key=key)
    return render(request, "guides/glossary_term.html", {"term": term})


class GlossaryStatus:
    """A list's translation status as a whole (the glossary's terms, the changes), said once per page."""

    def __init__(self, terms):
        self.terms = terms

    def translation_status(self):
        statuses = {term.translation_status() for term in self.terms}
        for status in ("english", "unreviewed", "missing"):
            if status in statuses:
                return status
        return "reviewed"

    def english_parts(self):
        return sum(term.english_parts() for term in self.terms)
