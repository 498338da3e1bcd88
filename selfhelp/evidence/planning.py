"""The evidence planner's rules: what evidence usually answers a point, what is still uncovered, what is
late, what it costs, and how a bundle of the evidence received is numbered.

Pure: no Django, no I/O. Kinds of evidence, reasons and parts of the bundle are stable keys; the Django
layer (selfhelp.evidence.kinds) gives each a label in the reader's language, or in English for the
exports, and links each kind to its page in the evidence catalogue.

Suggestions (:func:`suggest`)
    Each row of ``RULES`` says: for a paragraph of these kinds (the annotator's kinds of point; ``None``
    for any kind), when these words are in it (``None``: always), this kind of evidence usually answers
    it, for this reason. Rows are read in order and each kind of evidence is suggested once per
    paragraph, with the reason of the first row that suggests it, so the specific rows come before the
    general ones. The words the person wrote under "evidence that would answer it" come first of all:
    they know their case.

    The table is our own reading of the evidence guide and the catalogue pages
    (guides/content/guides/evidence.toml and guides/content/evidence/*.toml; each row names the section
    it comes from). It is a list of ideas for a person to accept or set aside, not a rule of law.

    A medical matter is not a kind of point: a paragraph of any kind that mentions scars, injuries,
    doctors or mental health (``MEDICAL``) suggests a medical report
    (medical-reports.toml; evidence.toml, "medical-evidence").

Coverage (:func:`coverage`)
    The paragraphs that need evidence are those the person disputes (disagrees with, finds a mistake of
    fact in, or says left something out) or for which they wrote what evidence would answer them. One
    is covered when at least one item of the plan answers it. Setting a suggestion aside does not cover
    a paragraph: only planned evidence does.

Late items (:func:`is_overdue`)
    An item is overdue when the day it is needed by has passed (the day itself is not late) and it is
    still an idea or asked for. Items received or sent on are never late.

The bundle (:func:`paginate`)
    The items received are put in ``BUNDLE_PARTS`` order and numbered 1, 2, 3 …; each document's
    pages follow on from the one before it, so a document of 3 pages after one of 2 is pages 3–5.

    The order is a conventional one for an appellant's bundle, NOT taken from the tribunal's rules: the
    First-tier Tribunal's Practice Direction of 1 November 2024 (part 7, bundles) is known here only
    from published summaries, which say that a bundle prepared by a representative must be indexed,
    paginated and A4 but give no order; its official text was not verified. So: the person's own
    statement, then other witnesses and letters of support; then the person's documents and their
    translations; then medical and expert reports; then country evidence. Within a part, items the
    person gave a place (``order``) come first, in that order, then the others by kind and in the order
    they were added. The tribunal or a lawyer may direct a different order, and every index says so.

    The cover and the index are not counted: the first page of the first document is page 1, so the
    numbers a person writes or stamps on their documents do not depend on how long the index is. (The
    index PDF numbers its own pages i, ii ….) ``first_page`` lets a caller start elsewhere.

Costs (:func:`costs`)
    The total of the costs given, by way of paying, and what is not yet paid for: a cost with no way of
    paying chosen. The one figure offered as a starting point is for an expert report:
    ``EXPERT_REPORT_FEE``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

# Kinds of evidence. Each but the person's own statement is a page of the evidence catalogue (its slug).
OWN_STATEMENT = "own-statement"
KINDS = (
    "country-guidance-cases",
    "country-policy-notes",
    "objective-reports",
    "expert-reports",
    "medical-reports",
    OWN_STATEMENT,
    "witness-statements",
    "letters-of-support",
    "your-own-documents",
    "translations",
)
# The catalogue page for each kind. The person's own statement is a witness statement (the catalogue's
# page says "You will usually write your own statement too"); it is a kind of its own here because it
# goes first in the bundle and answers most points.
CATALOGUE = {kind: kind for kind in KINDS} | {OWN_STATEMENT: "witness-statements"}

# Where an item is on its way (the order matters: the first two are not there yet).
STATUSES = ("idea", "asked", "received", "sent")
OPEN_STATUSES = ("idea", "asked")
IN_BUNDLE = ("received", "sent")

WHO = ("person", "supporter", "lawyer", "doctor", "expert")
FUNDING = ("legal-aid", "free", "fundraising", "own-money")  # "" : not sorted yet

# A rough private fee for an expert report alone, in pounds: "about £300 to £400", as given in a
# refugee-support charity's guide for claimants and quoted on the catalogue's expert reports page and in
# the evidence guide (expert-reports.toml and evidence.toml sources; checked 2026-11-24). Not a rule;
# fees vary. A new expert item starts at the top of the range, so a plan does not count on too little.
EXPERT_REPORT_FEE = (Decimal(300), Decimal(400))
STARTING_COSTS = {"expert-reports": EXPERT_REPORT_FEE[1]}


# --- suggestions ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Point:
    """A paragraph of the refusal letter, as the planner needs it."""

    position: int
    number: str
    kind: str  # one of the annotator's kinds (selfhelp.annotator.kinds.KINDS)
    text: str = ""
    disputed: bool = False
    evidence_needed: str = ""  # the person's own words

    @property
    def needs_evidence(self) -> bool:
        return self.disputed or bool(self.evidence_needed.strip())


@dataclass(frozen=True)
class Rule:
    reason: str  # a stable key; selfhelp.evidence.kinds.REASONS gives its sentence
    evidence: str  # a kind of evidence
    point_kinds: tuple[str, ...] | None  # None: a paragraph of any kind
    pattern: str | None  # None: always, for those kinds
    source: str = "text"  # where the words are looked for: "text" (the letter) or "note" (the person's)


@dataclass(frozen=True)
class Suggestion:
    kind: str  # a kind of evidence
    reason: str  # a key of the reason
    words: str = ""  # the words that led to it ("" for a rule about a kind of point)
    in_note: bool = False  # the words are the person's own, not the letter's


# Words. Matched as whole words or phrases, without regard to case except inside (?-i:…): abbreviations
# and month names, so "by air" is not an asylum interview record (AIR) nor "you may" a month.
MEDICAL = (
    r"scar(?:s|red|ring)?|injur(?:y|ies|ed)|wounds?|burns?|medical(?:ly)?|doctors?|(?-i:GP)|hospital|"
    r"mental\s+health|(?-i:PTSD)|post-traumatic|depress(?:ion|ed|ive)|trauma(?:tic|tised|tized)?|"
    r"psychiatr(?:ic|ist|y)|psycholog(?:ical|ist|y)|tortur(?:e|ed)|self-harm|suicid(?:e|al)"
)
DATES = (
    r"dates?|discrepanc(?:y|ies)|inconsisten(?:t|cy|cies)|contradict(?:s|ed|ory|ion|ions)?|"
    r"screening\s+interview|asylum\s+interview|(?-i:SCI|AIR)|(?:19|20)\d\d|"
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
)
DOCUMENTS = (
    r"documents?|summons|warrants?|certificates?|membership\s+card|identity\s+card|(?-i:ID)\s+card|passport|"
    r"photocopy|photographs?|photos?|Tanveer\s+Ahmed|not\s+genuine|forged|forgery|"
    r"cannot\s+be\s+relied\s+(?:on|upon)|(?:little|no)\s+weight"
)
# A numbered interview question cited: "AIR Q45", "SCI 4.1", "question 45 of your asylum interview".
INTERVIEW_CITED = (
    r"(?-i:AIR|SCI)\s*,?\s*(?:at\s+)?(?:Q|question\s+)?\d+|questions?\s+\d+\s+of\s+your\s+\w+\s+interview"
)

THIN = (
    r"vague|lack(?:s|ed|ing)?\s+(?:in\s+)?detail|lack\s+of\s+detail|implausib(?:le|ility)|not\s+plausible|"
    r"unlikely|speculative|superficial|evasive|general\s+and\s+brief|brief\s+and\s+general"
)
CPIN = (
    r"(?-i:CPIN)|Country\s+Policy\s+and\s+Information\s+Note|Country\s+Information\s+and\s+Guidance|"
    r"country\s+note"
)
COUNTRY_GUIDANCE = r"(?-i:CG|UKUT|UKAIT)|country\s+guidance|(?:Upper\s+)?Tribunal\s+(?:found|held)"
CHILDREN = r"child(?:ren)?|son|daughter|best\s+interests|section\s+55"

# The person's own words under "evidence that would answer it" → the kind they name.
NOTE_WORDS = (
    ("medical-reports", MEDICAL),
    ("expert-reports", r"experts?"),
    ("translations", r"translat(?:e|ed|ion|ions|or)"),
    ("country-policy-notes", CPIN + r"|Home\s+Office\s+country"),
    ("country-guidance-cases", COUNTRY_GUIDANCE),
    (
        "objective-reports",
        r"reports?|Amnesty|Human\s+Rights\s+Watch|(?-i:UNHCR|UN|BBC)|United\s+Nations|news|articles?|Reuters",
    ),
    (OWN_STATEMENT, r"my\s+(?:own\s+)?statement|own\s+statement|my\s+account|I\s+(?:can|will)\s+explain"),
    (
        "witness-statements",
        r"witness(?:es)?|statement\s+from|(?:my|his|her)\s+(?:brother|sister|mother|father|friend|uncle|"
        r"aunt|cousin|wife|husband|partner|neighbour|colleague)s?",
    ),
    (
        "letters-of-support",
        r"letters?\s+of\s+support|support\s+letters?|church|mosque|temple|gurdwara|pastor|priest|imam|"
        r"community|volunteer(?:ing)?|charity|college|teacher",
    ),
    (
        "your-own-documents",
        r"interview\s+records?|(?-i:SCI|AIR)|file\s+request|subject\s+access|"
        + DOCUMENTS
        + r"|records?|messages?|screenshots?|tickets?|receipts?|emails?",
    ),
)

ANY = None
CREDIBILITY = ("credibility",)
COUNTRY = ("country-information",)
SECTION_8 = ("section-8",)
PROTECTION = ("protection-relocation",)
ARTICLE_8 = ("article-8",)
NOT_ACCEPTED = ("credibility", "country-information", "section-8", "protection-relocation", "article-8")

RULES = (
    # The person's own words first: they know what would answer it.
    *(Rule("from-note", kind, ANY, pattern, source="note") for kind, pattern in NOTE_WORDS),
    # Health, in a paragraph of any kind: medical-reports.toml; evidence.toml "medical-evidence" and
    # "tell-your-lawyer-about-your-health".
    Rule("medical", "medical-reports", ANY, MEDICAL),
    # Home Office country notes quoted, in any paragraph: country-policy-notes.toml; evidence.toml
    # "country-guidance" and "read-the-country-note"; objective-reports.toml (other sources).
    Rule("cpin-read", "country-policy-notes", ANY, CPIN),
    Rule("cpin-reports", "objective-reports", ANY, CPIN),
    # A country guidance case relied on: country-guidance-cases.toml, "when-judges-can-depart" (strong
    # new evidence: reports and experts).
    Rule("cg-check", "country-guidance-cases", ANY, COUNTRY_GUIDANCE),
    Rule("cg-new-evidence", "objective-reports", ANY, COUNTRY_GUIDANCE),
    Rule("cg-expert", "expert-reports", NOT_ACCEPTED, COUNTRY_GUIDANCE),
    # Credibility, about a document: its story, its translation, an expert on documents
    # (your-own-documents.toml "where-it-came-from"; translations.toml; expert-reports.toml).
    Rule("document-story", "your-own-documents", CREDIBILITY, DOCUMENTS),
    Rule("document-translation", "translations", CREDIBILITY, DOCUMENTS),
    Rule("document-expert", "expert-reports", CREDIBILITY, DOCUMENTS),
    # Credibility, about dates or what was said at interview: the interview records and the person's
    # statement (the example; your-own-documents.toml; witness-statements.toml "what-it-is").
    # After the rows about documents, so a paragraph about a document gets the document's reasons.
    Rule("interview-record", "your-own-documents", CREDIBILITY, DATES),
    # Any disputed paragraph that rests on a numbered interview question: the record shows the answer.
    Rule("interview-record", "your-own-documents", (*NOT_ACCEPTED, "other"), INTERVIEW_CITED),
    Rule("statement-dates", OWN_STATEMENT, CREDIBILITY, DATES),
    # Credibility, an account found thin or unlikely: more detail, someone who saw it, reports that show
    # such things happen (evidence.toml "objective-evidence"; witness-statements.toml).
    Rule("statement-detail", OWN_STATEMENT, CREDIBILITY, THIN),
    Rule("witness-saw", "witness-statements", CREDIBILITY, THIN),
    Rule("reports-plausible", "objective-reports", CREDIBILITY, THIN),
    # Credibility, whatever the words.
    Rule("statement-answer", OWN_STATEMENT, CREDIBILITY, None),
    Rule("witness-facts", "witness-statements", CREDIBILITY, None),
    # Information about the country (evidence.toml "country-guidance", "objective-evidence",
    # "check-country-guidance"; expert-reports.toml).
    Rule("country-reports", "objective-reports", COUNTRY, None),
    Rule("country-guidance", "country-guidance-cases", COUNTRY, None),
    Rule("country-expert", "expert-reports", COUNTRY, None),
    # Section 8, how the person behaved: the journey and the reasons for not claiming earlier
    # (your-own-documents.toml; the example).
    Rule("journey-statement", OWN_STATEMENT, SECTION_8, None),
    Rule("journey-documents", "your-own-documents", SECTION_8, None),
    # Protection at home, or moving elsewhere in the country (objective-reports.toml;
    # country-guidance-cases.toml; expert-reports.toml).
    Rule("protection-reports", "objective-reports", PROTECTION, None),
    Rule("protection-guidance", "country-guidance-cases", PROTECTION, None),
    Rule("protection-statement", OWN_STATEMENT, PROTECTION, None),
    Rule("protection-expert", "expert-reports", PROTECTION, None),
    # Family and private life in the UK (letters-of-support.toml; witness-statements.toml;
    # evidence.toml "expert-evidence": a social worker or psychologist on a child).
    Rule("family-witness", "witness-statements", ARTICLE_8, None),
    Rule("family-support", "letters-of-support", ARTICLE_8, None),
    Rule("family-documents", "your-own-documents", ARTICLE_8, None),
    Rule("child-expert", "expert-reports", ARTICLE_8, CHILDREN),
    # Anything else the person disputes (not the decision itself, nor an accepted point): their statement.
    Rule("statement-general", OWN_STATEMENT, ("other",), None),
)

REASONS = tuple(dict.fromkeys(rule.reason for rule in RULES))

_COMPILED = {
    rule.pattern: re.compile(rf"(?<![\w-])(?:{rule.pattern})(?![\w-])", re.I)
    for rule in RULES
    if rule.pattern is not None
}


def _match(rule: Rule, point: Point) -> str | None:
    """The words that make the rule apply ("" for a rule without words), or None."""
    if rule.point_kinds is not None and point.kind not in rule.point_kinds:
        return None
    if rule.pattern is None:
        return ""
    source = point.evidence_needed if rule.source == "note" else point.text
    found = _COMPILED[rule.pattern].search(source or "")
    return " ".join(found.group().split()) if found else None


def suggest(point: Point) -> list[Suggestion]:
    """The kinds of evidence that usually answer this paragraph, each once, with its reason."""
    suggestions: dict[str, Suggestion] = {}
    for rule in RULES:
        if rule.evidence in suggestions:
            continue
        words = _match(rule, point)
        if words is not None:
            suggestions[rule.evidence] = Suggestion(rule.evidence, rule.reason, words, rule.source == "note")
    return list(suggestions.values())


# --- coverage and late items ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Coverage:
    needing: tuple[Point, ...]  # disputed or evidence-needed, in the letter's order
    covered: tuple[Point, ...]
    uncovered: tuple[Point, ...]

    @property
    def total(self) -> int:
        return len(self.needing)

    @property
    def done(self) -> int:
        return len(self.covered)

    @property
    def complete(self) -> bool:
        return not self.uncovered


def coverage(points: Iterable[Point], planned: Iterable[int]) -> Coverage:
    """Which of the paragraphs that need evidence have an item planned (``planned``: their positions)."""
    planned = set(planned)
    needing = tuple(sorted((p for p in points if p.needs_evidence), key=lambda p: p.position))
    return Coverage(
        needing,
        tuple(p for p in needing if p.position in planned),
        tuple(p for p in needing if p.position not in planned),
    )


def is_overdue(status: str, due: date | None, today: date) -> bool:
    """Still to get, and the day it was needed by has passed (that day itself is not late)."""
    return due is not None and status in OPEN_STATUSES and due < today


# --- costs ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Costs:
    total: Decimal
    by_funding: dict[str, Decimal] = field(default_factory=dict)  # only the ways of paying used

    @property
    def unfunded(self) -> Decimal:
        """Costs with no way of paying chosen yet."""
        return self.by_funding.get("", Decimal(0))


def costs(items: Iterable[tuple[Decimal | None, str]]) -> Costs:
    """``items``: (cost or None, way of paying or "") for each item."""
    total, by_funding = Decimal(0), {}
    for cost, funding in items:
        if not cost:
            continue
        total += cost
        by_funding[funding] = by_funding.get(funding, Decimal(0)) + cost
    return Costs(total, {key: by_funding[key] for key in (*FUNDING, "") if key in by_funding})


# --- the bundle ----------------------------------------------------------------------------------------

BUNDLE_PARTS = (
    ("statements", (OWN_STATEMENT, "witness-statements", "letters-of-support")),
    ("documents", ("your-own-documents", "translations")),
    ("reports", ("medical-reports", "expert-reports")),
    ("country", ("country-guidance-cases", "country-policy-notes", "objective-reports")),
)
BUNDLE_ORDER = tuple(kind for _, kinds in BUNDLE_PARTS for kind in kinds)
PART_OF = {kind: part for part, kinds in BUNDLE_PARTS for kind in kinds}
assert sorted(BUNDLE_ORDER) == sorted(KINDS), "every kind of evidence has a place in the bundle"


@dataclass(frozen=True)
class Document:
    """An item received, as the bundle needs it."""

    number: int  # the item's number on the case (the order it was added)
    kind: str
    pages: int
    order: int | None = None  # its place in its part, if the person gave one
    key: object = None  # anything the caller wants back (the item)


@dataclass(frozen=True)
class Entry:
    tab: int  # 1, 2, 3 … in the bundle's order
    part: str
    document: Document
    first_page: int
    last_page: int

    @property
    def pages(self) -> str:
        """ "4", or "5–16" for a document of several pages."""
        if self.first_page == self.last_page:
            return str(self.first_page)
        return f"{self.first_page}–{self.last_page}"


@dataclass(frozen=True)
class Bundle:
    entries: tuple[Entry, ...]
    first_page: int = 1

    @property
    def total_pages(self) -> int:
        return sum(entry.document.pages for entry in self.entries)

    @property
    def parts(self) -> list[tuple[str, tuple[Entry, ...]]]:
        """(part, its entries) for each part that has any, in order."""
        return [
            (part, found)
            for part, _ in BUNDLE_PARTS
            if (found := tuple(entry for entry in self.entries if entry.part == part))
        ]


def bundle_key(document: Document) -> tuple:
    part = next(index for index, (name, _) in enumerate(BUNDLE_PARTS) if name == PART_OF[document.kind])
    placed = document.order is not None
    return (
        part,
        not placed,
        document.order if placed else 0,
        BUNDLE_ORDER.index(document.kind),
        document.number,
    )


def paginate(documents: Iterable[Document], first_page: int = 1) -> Bundle:
    """The documents in the bundle's order, each with its first and last page (module docstring)."""
    entries, page = [], first_page
    for tab, document in enumerate(sorted(documents, key=bundle_key), start=1):
        if document.pages < 1:
            raise ValueError(f"item {document.number} has no pages counted")
        entries.append(Entry(tab, PART_OF[document.kind], document, page, page + document.pages - 1))
        page += document.pages
    return Bundle(tuple(entries), first_page)
