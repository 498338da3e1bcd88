"""References and kinds of point explained in the reader's language, each with a link to what helps.

The pure modules find things (``references.find_references``, ``kinds.suggest_kind``); this module says
what they are, in a sentence the reader's language can carry, and where to read more:

- a glossary entry (``guides:glossary_term``), with the entry's own term, translated, as the link's text;
- a page of the evidence catalogue (``evidence:kind``), only when that page exists;
- a section of the guide "Reading your refusal letter".

Links are looked up once per page through a :class:`Links` (three small queries, made only when a link
is needed), so a letter of forty paragraphs costs no more than one.

The meanings repeat only what the guides and the glossary say; anything about the law that is not
there is left to the person's lawyer ("ask your lawyer what it decided").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from django.urls import NoReverseMatch, reverse
from django.utils import formats
from django.utils.functional import cached_property
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from selfhelp.annotator.references import Reference, find_references


def isolate(value: str) -> str:
    """English from the letter (a name, a place, a date, a title) inside the reader's sentence, between
    Unicode's first-strong isolate and pop-directional isolate: inside right-to-left text it keeps its own
    order, as <bdi> would, and it works in plain text too (the Word and PDF exports). English pages need
    no isolation and get none."""
    if not value or (get_language() or "en") == "en":
        return value
    return f"\u2068{value}\u2069"


REFERENCE_KINDS = {
    "interview": _("Interview record"),
    "question": _("Question number"),
    "statement": _("Statement"),
    "cpin": _("Home Office country note"),
    "country-guidance": _("Country guidance case"),
    "case-law": _("Court decision"),
    "immigration-rules": _("Immigration Rules"),
    "act-section": _("Section of a law"),
    "echr": _("Human rights (ECHR)"),
    "date": _("Date"),
    "place": _("Place"),
}

# Acts by the short names selfhelp.annotator.references gives them (their titles stay in English).
ACTS = {
    "AITOCA 2004": "Asylum and Immigration (Treatment of Claimants, etc.) Act 2004",
    "NIAA 2002": "Nationality, Immigration and Asylum Act 2002",
    "IA 1971": "Immigration Act 1971",
    "IAA 1999": "Immigration and Asylum Act 1999",
    "HRA 1998": "Human Rights Act 1998",
    "BCIA 2009": "Borders, Citizenship and Immigration Act 2009",
    "NABA 2022": "Nationality and Borders Act 2022",
    "IMA 2023": "Illegal Migration Act 2023",
    "IA 2014": "Immigration Act 2014",
    "IA 2016": "Immigration Act 2016",
    "UKBA 2007": "UK Borders Act 2007",
}
# Sections with a glossary entry: (section, the Act it belongs to or None for "not named") → key.
SECTION_TERMS = {
    ("8", "AITOCA 2004"): "section-8",
    ("8", None): "section-8",
    ("94", "NIAA 2002"): "section-94",
    ("94", None): "section-94",
    ("94B", "NIAA 2002"): "section-94b",
    ("94B", None): "section-94b",
    ("80B", "NIAA 2002"): "section-80b",
    ("80B", None): "section-80b",
    ("80C", "NIAA 2002"): "section-80c",
    ("80C", None): "section-80c",
}
GUIDE = "reading-your-letter"
MISTAKES = "mistakes"  # the guide's section on mistakes of fact
MEMORY = "memory-and-trauma"
WORDS = "words-in-the-letter"  # the guide's section on short words and references
# Every glossary entry and catalogue page linked from here (looked up together).
GLOSSARY_KEYS = (
    "air",
    "sci",
    "question-number",
    "ws",
    "cpin",
    "country-guidance-case",
    "credibility",
    "humanitarian-protection",
    "fresh-claim",
    "article-3",
    "article-8",
    "echr",
    *sorted(set(SECTION_TERMS.values())),
)
EVIDENCE_PAGES = ("country-policy-notes", "country-guidance-cases", "objective-reports")


@dataclass(frozen=True)
class Link:
    text: str
    url: str


@dataclass(frozen=True)
class Explained:
    """One reference: as written in the letter (English), what kind it is and what it means."""

    kind: str
    written: str
    label: str
    meaning: str
    links: tuple[Link, ...] = ()


@dataclass(frozen=True)
class KindHelp:
    label: str
    meaning: str
    links: tuple[Link, ...] = ()


class Links:
    """The glossary, catalogue and guide links a page needs, looked up at most once each."""

    @cached_property
    def _terms(self) -> dict[str, str]:
        from guides.models import GlossaryTerm

        return {term.key: term.term for term in GlossaryTerm.objects.filter(key__in=GLOSSARY_KEYS)}

    @cached_property
    def _evidence(self) -> dict[str, object]:
        from guides.models import Guide

        return {guide.slug: guide for guide in Guide.objects.evidence().filter(slug__in=EVIDENCE_PAGES)}

    @cached_property
    def _sections(self) -> dict[str, str]:
        from guides.models import Section

        sections = Section.objects.filter(guide__slug=GUIDE, key__in=(MISTAKES, MEMORY, WORDS))
        # A heading not yet translated is English inside the reader's text: isolated, like a name.
        return {
            section.key: isolate(section.heading)
            if section.heading == section.heading_en
            else section.heading
            for section in sections
        }

    def glossary(self, key: str) -> tuple[Link, ...]:
        term = self._terms.get(key)
        if term is None:
            return ()
        url = reverse("guides:glossary_term", args=[key])
        return (Link(gettext("In the glossary: %(term)s") % {"term": term}, url),)

    def evidence(self, slug: str) -> tuple[Link, ...]:
        guide = self._evidence.get(slug)
        if guide is None:
            return ()
        try:
            return (Link(guide.title, reverse("evidence:kind", args=[slug])),)
        except NoReverseMatch:
            return ()

    def guide(self, section: str) -> tuple[Link, ...]:
        heading = self._sections.get(section)
        if heading is None:
            return ()
        return (Link(heading, reverse("guides:detail", args=[GUIDE]) + f"#{section}"),)


# --- references ----------------------------------------------------------------------------------


def _questions(value: str) -> tuple[str, str | None]:
    first, _dash, last = value.partition("-")
    return first, last or None


def _interview(value: str, links: Links) -> tuple[str, tuple[Link, ...]]:
    record, _space, questions = value.partition(" ")
    first, last = _questions(questions) if questions else (None, None)
    if record == "SCI":
        if last:
            meaning = gettext(
                "Questions %(first)s to %(last)s of your screening interview record (SCI): the record of "
                "your first, short interview."
            ) % {"first": first, "last": last}
        elif first:
            meaning = gettext(
                "Question %(number)s of your screening interview record (SCI): the record of your first, "
                "short interview."
            ) % {"number": first}
        else:
            meaning = gettext(
                "Your screening interview record (SCI): the record of your first, short interview."
            )
        return meaning, links.glossary("sci")
    if last:
        meaning = gettext(
            "Questions %(first)s to %(last)s of your asylum interview record (AIR): the record of your main "
            "interview."
        ) % {"first": first, "last": last}
    elif first:
        meaning = gettext(
            "Question %(number)s of your asylum interview record (AIR): the record of your main interview."
        ) % {"number": first}
    else:
        meaning = gettext("Your asylum interview record (AIR): the written record of your main interview.")
    return meaning, links.glossary("air")


def _question(value: str, links: Links) -> tuple[str, tuple[Link, ...]]:
    first, last = _questions(value)
    if last:
        meaning = gettext(
            "Questions %(first)s to %(last)s of an interview record. Check which interview the paragraph "
            "means, and read your answers there."
        ) % {"first": first, "last": last}
    else:
        meaning = gettext(
            "Question %(number)s of an interview record. Check which interview the paragraph means, and "
            "read your answer there."
        ) % {"number": first}
    return meaning, links.glossary("question-number")


def _statement(value: str, links: Links) -> tuple[str, tuple[Link, ...]]:
    record, _space, numbers = value.partition(" ")
    first, last = _questions(numbers) if numbers else (None, None)
    if record == "SEF" and first:
        meaning = gettext("Question %(number)s of your statement of evidence form (SEF).") % {"number": first}
    elif last:
        meaning = gettext("Paragraphs %(first)s to %(last)s of your witness statement (WS).") % {
            "first": first,
            "last": last,
        }
    elif first:
        meaning = gettext("Paragraph %(number)s of your witness statement (WS).") % {"number": first}
    else:
        meaning = gettext(
            "A written statement from you or someone else, such as your witness statement (WS)."
        )
    return meaning, links.glossary("ws")


def _cpin(value: str, links: Links) -> tuple[str, tuple[Link, ...]]:
    if value and value != "CPIN":
        meaning = gettext(
            "A Home Office note about your country (CPIN): “%(title)s”. Check that it is the newest version: "
            "a newer note may say something different."
        ) % {"title": isolate(value)}
    else:
        meaning = gettext(
            "A Home Office note about your country (CPIN). Check which note and which version the letter "
            "means: a newer note may say something different."
        )
    return meaning, links.glossary("cpin") + links.evidence("country-policy-notes")


def _country_guidance(value: str, links: Links) -> tuple[str, tuple[Link, ...]]:
    meaning = gettext(
        "A country guidance case (%(case)s). The tribunal chose this case to guide judges about one country."
    ) % {"case": isolate(value)}
    return meaning, links.glossary("country-guidance-case") + links.evidence("country-guidance-cases")


def _case_law(value: str, links: Links) -> tuple[str, tuple[Link, ...]]:
    meaning = gettext(
        "A decision of a court or tribunal (%(case)s) that the Home Office relies on. Ask your lawyer what "
        "it decided and whether it fits your case."
    ) % {"case": isolate(value)}
    return meaning, ()


_RULE_HELP = {
    "339L": ("credibility", _("It is about when you should be believed even without proof.")),
    "339C": ("humanitarian-protection", _("It is about humanitarian protection.")),
    "353": ("fresh-claim", _("It is about further submissions and fresh claims.")),
    "276ADE": ("article-8", _("It is about private life in the UK.")),
    "Appendix Private Life": ("article-8", _("It is about private life in the UK.")),
    "Appendix FM": ("article-8", _("It is about family life in the UK.")),
    "EX.1": ("article-8", _("It is about family life in the UK.")),
    "EX.2": ("article-8", _("It is about family life in the UK.")),
}


def _immigration_rules(value: str, links: Links) -> tuple[str, tuple[Link, ...]]:
    if value.startswith(("Appendix", "EX.")):
        meaning = gettext("%(rule)s of the Immigration Rules: the rules the Home Office must follow.") % {
            "rule": isolate(value)
        }
    else:
        meaning = gettext(
            "Paragraph %(rule)s of the Immigration Rules: the rules the Home Office must follow."
        ) % {"rule": isolate(value)}
    help_for = _RULE_HELP.get(value) or _RULE_HELP.get(re.sub(r"\(.*", "", value))
    if help_for is None:
        return meaning, ()
    key, more = help_for
    return f"{meaning} {more}", links.glossary(key)


def _act_section(value: str, links: Links) -> tuple[str, tuple[Link, ...]]:
    number, _space, act = value.partition(" ")
    title = ACTS.get(act, act)
    if title:
        meaning = gettext("Section %(number)s of the %(act)s, a law made by Parliament.") % {
            "number": number,
            "act": isolate(title),
        }
    else:
        meaning = gettext(
            "Section %(number)s of a law made by Parliament. The letter should say which law."
        ) % {"number": number}
    base = re.sub(r"\(.*", "", number)
    key = SECTION_TERMS.get((base, act or None))
    return meaning, links.glossary(key) if key else ()


def _echr(value: str, links: Links) -> tuple[str, tuple[Link, ...]]:
    meaning = gettext("Article %(number)s of the European Convention on Human Rights.") % {"number": value}
    if value == "3":
        meaning += " " + gettext("It protects you from torture and very bad treatment.")
        return meaning, links.glossary("article-3")
    if value == "8":
        meaning += " " + gettext("It protects your family life and private life.")
        return meaning, links.glossary("article-8")
    return meaning, links.glossary("echr")


def _date(value: str, links: Links) -> tuple[str, tuple[Link, ...]]:
    try:
        if len(value) == 7:
            shown = formats.date_format(date.fromisoformat(value + "-01"), "F Y")
        else:
            shown = formats.date_format(date.fromisoformat(value), "j F Y")
    except ValueError:
        shown = value
    meaning = gettext(
        "A date: %(date)s. Check it against your interviews, statements and documents. A wrong date is a "
        "mistake of fact."
    ) % {"date": isolate(shown)}
    return meaning, links.guide(MISTAKES)


def _place(value: str, links: Links) -> tuple[str, tuple[Link, ...]]:
    meaning = gettext(
        "A place: %(place)s. Check that it is the right place. A wrong place is a mistake of fact."
    ) % {"place": isolate(value)}
    return meaning, links.guide(MISTAKES)


_EXPLAINERS = {
    "interview": _interview,
    "question": _question,
    "statement": _statement,
    "cpin": _cpin,
    "country-guidance": _country_guidance,
    "case-law": _case_law,
    "immigration-rules": _immigration_rules,
    "act-section": _act_section,
    "echr": _echr,
    "date": _date,
    "place": _place,
}


def explain(reference: Reference, links: Links | None = None) -> Explained:
    """One reference explained in the active language."""
    links = links or Links()
    meaning, found = _EXPLAINERS[reference.kind](reference.value, links)
    return Explained(reference.kind, reference.text, str(REFERENCE_KINDS[reference.kind]), meaning, found)


# For a whole letter, references are explained once for each kind (interview records and statements
# once for each record: AIR, SCI, WS, SEF), so that the explanations stay short however long the
# letter; each paragraph's own page on a case explains each reference in full.
def group_of(reference: Reference) -> str:
    """The group a reference is explained in, within its kind: its record (AIR, SCI, WS, SEF) or ""."""
    if reference.kind in ("interview", "statement"):
        return reference.value.partition(" ")[0]
    return ""


def explain_group(kind: str, group: str = "", links: Links | None = None) -> Explained:
    """All the references of one kind (and record) in a letter, explained at once. ``written`` is the
    record's short name where it has one."""
    links = links or Links()
    written = ""
    found: tuple[Link, ...]
    if kind == "interview" and group == "SCI":
        label, written = _("Screening interview"), "SCI"
        meaning = gettext(
            "Your screening interview record (SCI): the record of your first, short interview. A number "
            "after it is a question number: “SCI 4.1” is question 4.1."
        )
        found = links.glossary("sci")
    elif kind == "interview":
        label, written = _("Asylum interview"), "AIR"
        meaning = gettext(
            "Your asylum interview record (AIR): the written record of your main interview. A number after "
            "it is a question number: “AIR Q45” is question 45."
        )
        found = links.glossary("air")
    elif kind == "question":
        label = REFERENCE_KINDS["question"]
        meaning = gettext(
            "A question in an interview record: “Q45” is question 45. Check which interview the paragraph "
            "means, and read your answer there."
        )
        found = links.glossary("question-number")
    elif kind == "statement" and group == "SEF":
        label, written = REFERENCE_KINDS["statement"], "SEF"
        meaning = gettext("Your statement of evidence form (SEF). A number after it is a question number.")
        found = links.glossary("ws")
    elif kind == "statement":
        label, written = REFERENCE_KINDS["statement"], "WS"
        meaning = gettext(
            "A witness statement (WS): a written statement from you or someone else. A number after it is a "
            "paragraph of the statement."
        )
        found = links.glossary("ws")
    elif kind == "cpin":
        label = _("Home Office country notes")
        meaning = gettext(
            "A Home Office note about a country (CPIN). Check that the letter uses the newest version: a "
            "newer note may say something different."
        )
        found = links.glossary("cpin") + links.evidence("country-policy-notes")
    elif kind == "country-guidance":
        label = _("Country guidance cases")
        meaning = gettext("The tribunal chose these cases to guide judges about one country.")
        found = links.glossary("country-guidance-case") + links.evidence("country-guidance-cases")
    elif kind == "case-law":
        label = _("Court decisions")
        meaning = gettext(
            "Decisions of courts or tribunals that the Home Office relies on. Ask your lawyer what each "
            "decided and whether it fits your case."
        )
        found = links.guide(WORDS)
    elif kind == "immigration-rules":
        label = REFERENCE_KINDS["immigration-rules"]
        meaning = gettext("Paragraphs of the Immigration Rules: the rules the Home Office must follow.")
        found = links.guide(WORDS)
    elif kind == "act-section":
        label = _("Sections of laws")
        meaning = gettext(
            "Sections of laws made by Parliament. Section 8 lets the Home Office say that some of your "
            "actions make you less believable."
        )
        found = links.glossary("section-8")
    elif kind == "echr":
        label = REFERENCE_KINDS["echr"]
        meaning = gettext(
            "Articles of the European Convention on Human Rights. Article 3 protects you from torture and "
            "very bad treatment; Article 8 protects your family life and private life."
        )
        found = links.glossary("echr")
    elif kind == "date":
        label = _("Dates")
        meaning = gettext(
            "Check each date against your interviews, statements and documents. A wrong date is a mistake "
            "of fact."
        )
        found = links.guide(MISTAKES)
    else:
        label = _("Places")
        meaning = gettext("Check that each place is the right one. A wrong place is a mistake of fact.")
        found = links.guide(MISTAKES)
    return Explained(kind, written, str(label), meaning, found)


@dataclass
class Annotated:
    """Texts cut into pieces, with each different reference in them explained once.

    ``pieces`` is a list of (text, n): n is None for plain text, else the reference's number (from 1) in
    ``explained``, to mark it and link to its explanation. The text is never marked safe: the template
    escapes each piece. ``explained`` has one entry per different reference (kind and value), in the
    order they first appear.
    """

    pieces: list[tuple[str, int | None]] = field(default_factory=list)
    explained: list[Explained] = field(default_factory=list)


class Annotator:
    """Annotates the paragraphs of one letter, explaining each different reference once for them all.

    ``grouped``: each kind is explained once (interview records and statements once for each record),
    for a whole letter (see ``explain_group``).
    """

    def __init__(self, links: Links | None = None, grouped: bool = False):
        self.links = links or Links()
        self.grouped = grouped
        self.explained: list[Explained] = []
        self._numbers: dict[tuple[str, str], int] = {}

    def pieces(self, text: str) -> list[tuple[str, int | None]]:
        out: list[tuple[str, int | None]] = []
        position = 0
        for reference in find_references(text):
            if reference.start > position:
                out.append((text[position : reference.start], None))
            key = (reference.kind, group_of(reference) if self.grouped else reference.value)
            if key not in self._numbers:
                self.explained.append(
                    explain_group(reference.kind, key[1], self.links)
                    if self.grouped
                    else explain(reference, self.links)
                )
                self._numbers[key] = len(self.explained)
            out.append((text[reference.start : reference.end], self._numbers[key]))
            position = reference.end
        if position < len(text):
            out.append((text[position:], None))
        return out


def annotate(text: str, links: Links | None = None) -> Annotated:
    """One paragraph's pieces and its references explained."""
    annotator = Annotator(links)
    pieces = annotator.pieces(text)
    return Annotated(pieces, annotator.explained)


# --- kinds of point ---------------------------------------------------------------------------------


def kind_help(kind: str, links: Links | None = None) -> KindHelp:
    """What a kind of point means for the person, and where to read more."""
    from selfhelp.annotator.models import PointKind

    links = links or Links()
    meanings = {
        PointKind.CREDIBILITY: (
            _(
                "The Home Office says it does not believe part of what you said. Check what you really said, "
                "and look for mistakes and for things it did not consider."
            ),
            lambda: links.glossary("credibility") + links.guide(MEMORY),
        ),
        PointKind.ACCEPTED: (
            _("The Home Office accepts something you said. Keep a note of it: it helps you."),
            lambda: (),
        ),
        PointKind.COUNTRY_INFORMATION: (
            _(
                "The Home Office relies on information about your country. Check that it is the newest, and "
                "that it fits your own situation."
            ),
            lambda: links.glossary("cpin") + links.evidence("objective-reports"),
        ),
        PointKind.SECTION_8: (
            _(
                "The Home Office says that something you did makes you less believable, like not claiming "
                "asylum in a safe country on your way. Write down why you did it."
            ),
            lambda: links.glossary("section-8"),
        ),
        PointKind.PROTECTION_RELOCATION: (
            _(
                "The Home Office says the authorities in your country could protect you, or that you could "
                "live safely in another part of it. Write down why that is not true for you."
            ),
            lambda: (),
        ),
        PointKind.ARTICLE_8: (
            _("This is about your family life and private life in the UK."),
            lambda: links.glossary("article-8"),
        ),
        PointKind.DECISION: (
            _("This is the decision itself, or what happens next. Check the deadline to appeal."),
            lambda: (),
        ),
        PointKind.OTHER: (_("Read it and say what you think of it."), lambda: ()),
    }
    meaning, found = meanings.get(kind, meanings[PointKind.OTHER])
    return KindHelp(
        str(PointKind(kind).label if kind in PointKind.values else PointKind.OTHER.label),
        str(meaning),
        found(),
    )
