"""Turn a section's Markdown into HTML.

The text comes from the repository or from staff in the admin, never from the public; even so, raw HTML in
it is escaped, not passed through. Links of the site's own kinds become links to the reader's language:

    [text](guide:slug) or (guide:slug#section)   another guide
    [text](glossary:key)                          a glossary entry
    [text](evidence:slug)                         a page of the evidence catalogue
    [text](tool:deadlines)                        a tool: deadlines, annotator, file-request, evidence
"""

import re
from functools import lru_cache
from xml.etree.ElementTree import Element

import markdown
from django.urls import NoReverseMatch, reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from markdown import util
from markdown.treeprocessors import Treeprocessor

from selfhelp.i18n import latin

TOOLS = {
    "deadlines": "deadlines:calculator",
    "annotator": "annotator:start",
    "file-request": "sar:start",
    "evidence": "evidence:catalogue",
}


def resolve(href):
    """The address a site link points to, or None when it points nowhere (yet)."""
    scheme, _, rest = href.partition(":")
    name, _, fragment = rest.partition("#")
    try:
        if scheme == "guide":
            url = reverse("guides:detail", args=[name])
        elif scheme == "evidence":
            url = reverse("evidence:kind", args=[name])
        elif scheme == "glossary":
            url = reverse("guides:glossary_term", args=[name])
        elif scheme == "tool" and name in TOOLS:
            url = reverse(TOOLS[name])
        else:
            return href
    except NoReverseMatch:
        return None
    return f"{url}#{fragment}" if fragment else url


class SiteLinks(Treeprocessor):
    def run(self, root: Element):
        for link in root.iter("a"):
            href = link.get("href", "")
            if href.startswith(("guide:", "evidence:", "glossary:", "tool:")):
                url = resolve(href)
                if url is None:  # a tool that does not exist yet: keep the words, drop the link
                    link.tag = "span"
                    link.attrib.pop("href")
                else:
                    link.set("href", url)
            elif href.startswith(("http://", "https://")):
                link.set("rel", "noopener")


#: Python-Markdown's placeholder for a piece of text it keeps aside until the end.
PLACEHOLDER = re.compile(f"{re.escape(util.STX)}[^{re.escape(util.ETX)}]*{re.escape(util.ETX)}")


class MarkEnglish(Treeprocessor):
    """In a language written in another script, each run of Latin words is English kept on purpose:
    marked as English and isolated (selfhelp/i18n/latin.py)."""

    def run(self, root: Element):
        self._mark(root)

    def _mark(self, element: Element):
        if element.tag in {"bdi", "code"}:
            return
        children = list(element)
        before = self._split(element.text or "")
        element.text = before[0]
        for index, bdi in enumerate(before[1:]):
            element.insert(index, bdi)
        for child in children:
            self._mark(child)
            after = self._split(child.tail or "")
            child.tail = after[0]
            position = list(element).index(child)
            for offset, bdi in enumerate(after[1:], start=1):
                element.insert(position + offset, bdi)

    @staticmethod
    def _pieces(text):
        """latin.pieces, leaving Markdown's placeholders (STX "wzxhzdk:0" ETX, stashed HTML) whole."""
        position = 0
        for match in PLACEHOLDER.finditer(text):
            yield from latin.pieces(text[position : match.start()])
            yield match.group(0), False
            position = match.end()
        yield from latin.pieces(text[position:])

    @classmethod
    def _split(cls, text):
        """[text before the first run, then a <bdi> per run, each holding the text after it as its tail]."""
        head, marked = "", []
        for piece, english in cls._pieces(text):
            if english:
                bdi = Element("bdi", {"lang": "en"})
                bdi.text, bdi.tail = piece, ""
                marked.append(bdi)
            elif marked:
                marked[-1].tail += piece
            else:
                head += piece
        return [head, *marked]


class SiteExtension(markdown.Extension):
    def __init__(self, mark_english=False):
        super().__init__()
        self.mark_english = mark_english

    def extendMarkdown(self, md):
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(SiteLinks(md), "site_links", 1)
        if self.mark_english:
            md.treeprocessors.register(MarkEnglish(md), "mark_english", 0)


@lru_cache(maxsize=512)
def _render(text, language):
    extension = SiteExtension(mark_english=latin.marks_english(language))
    return markdown.markdown(text, extensions=[extension, "sane_lists"], output_format="html")


def render(text):
    """HTML for a Markdown text, in the reader's language's URLs. Cached: texts change only on load."""
    return mark_safe(_render(text, get_language()))  # noqa: S308 (raw HTML in the text is escaped above)
