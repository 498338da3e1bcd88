"""English standing in for the site's wording where a catalogue has no translation yet, marked as English.

Where a language's catalogue lacks a message, gettext returns the English. On a Pashto page that English
would be read with a Pashto voice and laid out right to left ("?How many days do I have"). So, while a
page in another language than English is rendered (and only then), a message missing from its catalogue
comes back between two private-use characters; when the page is done, `mark` turns each marked piece of
text into ``<span lang="en" dir="ltr">…</span>`` (or puts ``lang`` and ``dir`` on the element when the
English is all it holds), and drops the marks where markup cannot go: inside a tag's attributes, in
<title>, <option>, <textarea>, <script>, <style> and SVG pictures.

Everything else is untouched: nothing is marked outside the rendering of an HTML template (calendar
files, Word documents, CSV, e-mails, what is saved in the database), and a page whose catalogue has
every message gets no marks at all.

`TemplatesWithStandIns` is the template backend (settings.TEMPLATES) that does this for every page and
every PDF (WeasyPrint reads the same marked-up HTML).
"""

import re
from contextvars import ContextVar

from django.template.backends.django import DjangoTemplates
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, trans_real

OPEN, CLOSE = "\ue000", "\ue001"
ENGLISH = ' lang="en" dir="ltr"'
_marking = ContextVar("english_stand_ins", default=None)

# Markup is not allowed inside these (their text is shown as it is, or not shown at all).
_NO_MARKUP = re.compile(
    r"<!--.*?-->|<(script|style|title|textarea|option|svg)\b[^>]*>.*?</\1\s*>|<[^>]*>", re.S | re.I
)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_MARKER = re.compile(f"[{OPEN}{CLOSE}]")
# An element whose whole content is one English stand-in: lang and dir go on the element itself, so a
# paragraph of English is laid out left to right, not only its words.
_WHOLE = re.compile(
    r"<(p|li|h[1-6]|dt|dd|label|legend|summary|th|td|caption|figcaption|button|a)((?:\s[^>]*)?)>"
    r'\s*<span lang="en" dir="ltr">((?:(?!</\1\s*>).)*?)</span>\s*</\1>',
    re.S,
)


def _missing(translation, message):
    catalogue = translation._catalog
    return message not in catalogue and (message, translation.plural(1)) not in catalogue


def _bare(message):
    return message.rpartition(trans_real.CONTEXT_SEPARATOR)[2]


def install():
    """Make the site's translations mark the English they return for a missing message (once)."""
    cls = trans_real.DjangoTranslation
    if getattr(cls, "_marks_stand_ins", False):
        return
    plain_gettext, plain_ngettext = cls.gettext, cls.ngettext

    def gettext(self, message):
        if message and _marking.get() == self.language() and _missing(self, message):
            return OPEN + _bare(plain_gettext(self, message)) + CLOSE
        return plain_gettext(self, message)

    def ngettext(self, msgid1, msgid2, n):
        if _marking.get() == self.language():
            try:
                self._catalog.plural(msgid1, n)
            except KeyError:
                return OPEN + _bare(plain_ngettext(self, msgid1, msgid2, n)) + CLOSE
        return plain_ngettext(self, msgid1, msgid2, n)

    cls.gettext, cls.ngettext = gettext, ngettext
    cls._marks_stand_ins = True


def missing(message):
    """Whether the reader's language has no translation of a message (so its English stands in)."""
    code = get_language()
    return bool(code) and code != "en" and bool(message) and _missing(trans_real.translation(code), message)


def marking(translate):
    """A translate function that marks the English it returns for a message the language lacks: for HTML
    built outside a template (finish it with `mark`)."""

    def marked(message):
        text = translate(message)
        return f"{OPEN}{text}{CLOSE}" if missing(message) else text

    return marked


def mark(html):
    """HTML with every marked piece of English wrapped as English, and the marks gone."""
    if OPEN not in html and CLOSE not in html:
        return html
    out = []
    stack = []  # for each open mark: (index in out, element depth, lowest depth seen since)
    depth = 0
    position = 0

    def text(chunk):
        nonlocal stack
        for piece in re.split(f"([{OPEN}{CLOSE}])", chunk):
            if piece == OPEN:
                stack.append([len(out), depth, depth])
                out.append("")
            elif piece == CLOSE:
                if stack:
                    index, start_depth, lowest = stack.pop()
                    if depth == start_depth and lowest >= start_depth:
                        out[index] = f"<span{ENGLISH}>"
                        out.append("</span>")
            elif piece:
                out.append(piece)

    for match in _NO_MARKUP.finditer(html):
        text(html[position : match.start()])
        chunk = match.group(0)
        if (match.group(1) or "").lower() == "svg":
            chunk = _SVG_TEXT.sub(_on_svg_text, chunk)
        chunk = _MARKER.sub("", chunk)
        out.append(chunk)
        tag = _TAG.match(chunk)
        if tag and not match.group(1):
            closing, name, self_closing = tag.group(1), tag.group(2).lower(), tag.group(3)
            if closing:
                depth -= 1
                for entry in stack:
                    entry[2] = min(entry[2], depth)
            elif name not in _VOID and not self_closing:
                depth += 1
        position = match.end()
    text(html[position:])
    result = "".join(out)
    return _WHOLE.sub(_on_element, result)


# A picture's line of text that is all English: marked English and laid out left to right.
_SVG_TEXT = re.compile(
    f"<(text|title)((?:\\s[^>]*)?)>([^\\w<{OPEN}{CLOSE}]*){OPEN}([^<{OPEN}{CLOSE}]*){CLOSE}\\s*</\\1>"
)


def _on_svg_text(match):
    name, attributes, before, inner = match.groups()
    if " lang=" in attributes:
        return match.group(0)
    if ' direction="rtl"' in attributes:  # a right-to-left picture: the English line ends where it started
        attributes = attributes.replace(' direction="rtl"', "").replace(
            'text-anchor="start"', 'text-anchor="end"'
        )
    return f'<{name}{attributes} lang="en" direction="ltr">{before}{inner}</{name}>'


def _nested(inner):
    """Whether every <span> in `inner` closes inside it, in order (so the outer span held all of it)."""
    open_spans = 0
    for closing in re.findall(r"<(/?)span\b", inner):
        open_spans += -1 if closing else 1
        if open_spans < 0:
            return False
    return open_spans == 0


def _on_element(match):
    name, attributes, inner = match.groups()
    if " lang=" in attributes or " dir=" in attributes or not _nested(inner):
        return match.group(0)
    return f"<{name}{attributes}{ENGLISH}>{inner}</{name}>"


def strip(text):
    return _MARKER.sub("", text)


class _Template:
    def __init__(self, template):
        self.template = template

    @property
    def origin(self):
        return self.template.origin

    def render(self, context=None, request=None):
        code = get_language()
        name = (self.template.origin.template_name or "").partition("#")[0] if self.template.origin else ""
        if not code or code == "en" or not name.endswith(".html"):
            return self.template.render(context, request)
        token = _marking.set(trans_real.translation(code).language())
        try:
            rendered = self.template.render(context, request)
        finally:
            _marking.reset(token)
        return mark_safe(mark(rendered))  # noqa: S308 (the template's own output, with span tags added)


class TemplatesWithStandIns(DjangoTemplates):
    """Django's template backend, marking English stand-ins in HTML pages (see the module docstring)."""

    def __init__(self, params):
        super().__init__(params)
        install()

    def from_string(self, template_code):
        return _Template(super().from_string(template_code))

    def get_template(self, template_name):
        return _Template(super().get_template(template_name))
