"""Turn a section's Markdown into HTML.

The text comes from the repository or from staff in the admin, never from the public; even so, raw HTML in
it is escaped, not passed through. Links of the site's own kinds become links to the reader's language:

    [text](guide:slug) or (guide:slug#section)   another guide
    [text](glossary:key)                          a glossary entry
    [text](evidence:slug)                         a page of the evidence catalogue
    [text](tool:deadlines)                        a tool: deadlines, annotator, file-request, evidence
"""

from functools import lru_cache
from xml.etree.ElementTree import Element

import markdown
from django.urls import NoReverseMatch, reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from markdown.treeprocessors import Treeprocessor

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


class SiteExtension(markdown.Extension):
    def extendMarkdown(self, md):
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(SiteLinks(md), "site_links", 1)


@lru_cache(maxsize=512)
def _render(text, language):
    return markdown.markdown(text, extensions=[SiteExtension(), "sane_lists"], output_format="html")


def render(text):
    """HTML for a Markdown text, in the reader's language's URLs. Cached: texts change only on load."""
    return mark_safe(_render(text, get_language()))  # noqa: S308 (raw HTML in the text is escaped above)
