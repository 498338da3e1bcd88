"""Find the references inside a paragraph of a refusal letter.

Pure: no Django, no I/O. ``find_references(text)`` returns ``Reference`` objects (kind, the text as
written, its start and end in ``text``, and a normalised ``value``) that the Django layer links to a
glossary term or a guide. The references never overlap and come in the order they appear.

Kinds and the values they carry (``value`` is a stable key, never shown as-is to a person):

==================== ============================================== ===============================
kind                 examples                                       value
==================== ============================================== ===============================
``interview``        SCI 4.1, AIR Q45, AIR question 45, AIR          the record's code, then the
                     Q77-81, "asylum interview record",              question numbers if given:
                     "screening interview"                           ``"AIR 45"``, ``"SCI 4.1"``,
                                                                     ``"AIR 77-81"``, ``"AIR"``
``question``         Q45, Q77-81, Q77–81, question 45,               ``"45"``, ``"77-81"``,
                     questions 12 to 15                              ``"12-15"``
``statement``        WS paragraph 9, WS para 9, WS, "witness         ``"WS 9"``, ``"WS"``; a
                     statement", "statement of evidence form",       statement of evidence form:
                     SEF Q12                                         ``"SEF"``, ``"SEF 12"``
``cpin``             CPIN, "Country Policy and Information Note:     ``"Eritrea: National service
                     Eritrea: National service and illegal exit,     and illegal exit"`` (the title
                     version 6.0, July 2023"                         when given), else ``"CPIN"``
``country-guidance`` "MST and Others (national service – risk        the neutral citation when
                     categories) Eritrea CG [2016] UKUT 00443        given (``"[2016] UKUT 00443
                     (IAC)"``, a case name ending in CG              (IAC)"``), else the case name
``case-law``         [2023] EWCA Civ 123, [2010] UKSC 31,            the neutral citation, or the
                     "HJ (Iran) v SSHD [2010] UKSC 31", a few        name of a case known by name
                     cases cited by name alone ("Devaseelan")        (``KNOWN_CASES``)
``immigration-rules`` paragraph 339L, para 353, paragraph            ``"339L"``, ``"353"``,
                     276ADE(1)(vi), Appendix FM                      ``"276ADE(1)(vi)"``,
                                                                     ``"Appendix FM"``
``act-section``      section 8 of the Asylum and Immigration         ``"8 AITOCA 2004"``, ``"72"``,
                     (Treatment of Claimants, etc.) Act 2004,        ``"94"`` (number, then the Act's
                     section 72, s.94                                short name when it is named)
``echr``             Article 3, Article 8 ECHR, Articles 2 and 3     ``"3"``, ``"8"``
``date``             12 March 2023, 12/03/2023, March 2019           ``"2023-03-12"``, ``"2019-03"``
``place``            "in Asmara", "from Iran", "to Sawa"             the place name
==================== ============================================== ===============================

Places are found by a deliberately small heuristic (see ``_find_places``): a capitalised name right
after a lowercase "in", "at", "from", "to", "near", "via" or "through", minus a stop list of words
that are capitalised for other reasons (months, days, titles, documents, institutions, languages).
There is no gazetteer, so a place written another way ("Asmara's prison", "Asmara, where…" at the
start of a sentence) is missed, and an unusual capitalised word after "in" may be taken for a place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

KINDS = (
    "interview",
    "question",
    "statement",
    "cpin",
    "country-guidance",
    "case-law",
    "immigration-rules",
    "act-section",
    "echr",
    "date",
    "place",
)


@dataclass(frozen=True)
class Reference:
    kind: str
    text: str
    start: int
    end: int
    value: str


# --- dates ----------------------------------------------------------------------------------------

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_YEAR = r"(?:19|20)\d{2}"

# "12 March 2023", "12th of March, 2023", "12 Mar. 2023"
_DATE_DMY = re.compile(
    rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MONTH})\.?,?\s+(?P<y>{_YEAR})\b", re.I
)
# "March 12, 2023" (American order; appears in translated or copied documents)
_DATE_MDY = re.compile(rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,\s*(?P<y>{_YEAR})\b", re.I)
# "12/03/2023", "12.03.2023", "12-03-2023": day first, as in every UK document
_DATE_NUMERIC = re.compile(rf"(?<![\d/.\-])(?P<d>[0-3]?\d)([/.\-])(?P<m>[01]?\d)\2(?P<y>{_YEAR})(?![\d/])")
# "March 2019": month and year only
_DATE_MY = re.compile(rf"\b(?P<m>{_MONTH})\.?,?\s+(?P<y>{_YEAR})\b", re.I)


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    text: str
    value: str  # "YYYY-MM-DD", or "YYYY-MM" for a month and year
    date: date | None  # None for a month and year


def _month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def find_dates(text: str) -> list[DateMatch]:
    """Every date written in ``text``, day first (UK order) when it is all numbers.

    Impossible dates (31 February) are left out; so is a two-digit year, which cannot be placed
    without guessing the century.
    """
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for pattern in (_DATE_DMY, _DATE_MDY, _DATE_NUMERIC):
        for match in pattern.finditer(text):
            if not free(match.start(), match.end()):
                continue
            month = match.group("m")
            try:
                value = date(
                    int(match.group("y")),
                    int(month) if month.isdigit() else _month_number(month),
                    int(match.group("d")),
                )
            except ValueError:
                continue
            found.append(DateMatch(match.start(), match.end(), match.group(), value.isoformat(), value))
            taken.append((match.start(), match.end()))
    for match in _DATE_MY.finditer(text):
        if not free(match.start(), match.end()):
            continue
        month = f"{int(match.group('y')):04d}-{_month_number(match.group('m')):02d}"
        found.append(DateMatch(match.start(), match.end(), match.group(), month, None))
        taken.append((match.start(), match.end()))
    return sorted(found, key=lambda d: d.start)


def parse_date(text: str) -> date | None:
    """The first full date (day, month, year) written in ``text``, or None."""
    for match in find_dates(text):
        if match.date is not None:
            return match.date
    return None


# --- interview records, questions and statements ----------------------------------------------------

_DASH = r"\s*(?:-|–|—|to|and)\s*"
# A question number or a range: "45", "4.1", "77-81", "77–81", "12 to 15"
_QNUM = rf"(?P<q1>\d{{1,3}}(?:\.\d{{1,2}})?)(?:{_DASH}(?:Q\.?\s?)?(?P<q2>\d{{1,3}}(?:\.\d{{1,2}})?))?"
_QWORD = r"(?:Q(?:s|\.)?\s?|questions?\s+(?:numbers?\s+)?|question\s+no\.?\s*)"

# "AIR Q45", "AIR question 45", "AIR Q77-81", "SCI 4.1", "SCI Q4.1", "AIR at Q45", "AIR, Q45"
_INTERVIEW_WITH_QUESTION = re.compile(
    rf"\b(?P<doc>AIR|SCI|SEF)\b(?:,?\s+(?:at\s+)?)(?:{_QWORD})?{_QNUM}(?![\d.]\d)"
)
_INTERVIEW_WORDS = re.compile(
    r"\b(?:(?P<doc>AIR|SCI)\b"
    r"|(?:substantive\s+|main\s+)?asylum\s+interview(?:\s+record)?"
    r"|screening\s+interview(?:\s+record)?"
    r"|substantive\s+interview)",
    re.I,
)
_QUESTION = re.compile(rf"(?<![\w/])(?:Q(?:s|\.)?\s?|[Qq]uestions?\s+(?:[Nn]umbers?\s+)?){_QNUM}(?![\d.]\d)")
# "WS paragraph 9", "WS para 9", "WS para. 9", "WS 9", "WS §9"
_STATEMENT_WITH_PARAGRAPH = re.compile(
    r"\bWS\b,?\s*(?:at\s+)?(?:paragraphs?|paras?\.?|§|p\.)?\s*(?P<n>\d{1,3})(?:\s*(?:-|–|to)\s*(?P<n2>\d{1,3}))?\b"
)
_STATEMENT_WORDS = re.compile(
    r"\b(?:(?P<doc>WS)\b|witness\s+statement|statement\s+of\s+evidence(?:\s+form)?|SEF\b)", re.I
)


def _question_value(match: re.Match) -> str:
    """ "45", or a range "77-81" whatever dash or word joined it."""
    first, second = match.group("q1"), match.group("q2")
    return f"{first}-{second}" if second else first


# --- Home Office country notes -----------------------------------------------------------------------

_CPIN_TITLE = re.compile(
    r"\b(?:Country\s+Policy\s+and\s+Information\s+Note|Country\s+Information\s+and\s+Guidance"
    r"|Country\s+Background\s+Note)s?"
    r"(?:\s*(?::|–|-|—)\s*|\s+(?:on|for)\s+)?"
    r"(?P<title>[A-Z][^,;()\[\]\n]{1,100}?)?"
    r"(?=,|\.\s|\.$|\(|;|\n|$|\s+(?:version|published|dated|states|says)\b)"
    r"(?:,?\s*(?:version|v\.?)\s*(?P<version>\d+(?:\.\d+)*))?"
    rf"(?:,?\s*(?:published\s+(?:in\s+)?|dated\s+)?(?P<published>(?:\d{{1,2}}\s+)?{_MONTH}\s+{_YEAR}))?",
)
_CPIN_ABBREVIATION = re.compile(
    r"\b(?:CPIN|CIG)s?\b(?:\s+(?:on\s+)?(?P<title>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?:\s+[A-Z][^,;()\[\]\n]{1,80}?)"
    r"(?=,|\.\s|\.$|\(|\)|;|\n|$))?"
)


# --- case law ----------------------------------------------------------------------------------------

# Neutral citations: "[2016] UKUT 00443 (IAC)", "[2023] EWCA Civ 123", "[2010] UKSC 31"
_CITATION = re.compile(
    rf"\[(?P<year>{_YEAR})\]\s+"
    r"(?P<court>UKUT|UKAIT|UKIAT|UKFTT|UKSC|UKHL|UKPC|EWCA\s+Civ|EWCA\s+Crim|EWHC|CSIH|CSOH|NICA|NIQB)"
    r"\s+(?P<number>\d{1,5})"
    r"(?:\s*\((?P<division>IAC|Admin|QB|KB|Fam|Ch|AAC)\))?"
)
# Law report citations: "(1989) 11 EHRR 439", "[2004] Imm AR 1", "[2003] INLR 74"
_LAW_REPORT = re.compile(
    rf"[\[(](?P<year>{_YEAR})[\])]\s+(?:\d{{1,3}}\s+)?(?:EHRR|Imm\s+AR|INLR|WLR|All\s+ER|AC|QB)\s+\d{{1,4}}"
)
# A country guidance case name: initials, "and Others", a topic in brackets, a country, then "CG".
_CG_NAME = re.compile(
    r"\b(?P<name>[A-Z]{1,5}(?:\s+\([A-Z][a-z]+\))?(?:\s+(?:and|&)\s+(?:[Oo]thers|[Aa]nother|[A-Z]{1,5}))?)"
    r"\s+(?:\((?P<topic>[^()\n]{2,150})\)\s+)?"
    r"(?P<country>(?:[A-Z][a-z]+(?:\s+|-))*[A-Z][a-z]+)?\s*\bCG\b"
)
# A case name with "v": "HJ (Iran) v SSHD", "Devaseelan v Secretary of State for the Home Department"
_V_NAME = re.compile(
    r"\b(?P<name>[A-Z][A-Za-z'’.]*(?:\s+\([A-Z][a-z]+\))?(?:\s+(?:and|&)\s+[A-Z][A-Za-z'’.]*)?)"
    r"\s+v\.?\s+(?P<other>(?:the\s+)?[A-Z][A-Za-z'’.]*(?:\s+(?:of|for|the|[A-Z][A-Za-z'’.]*))*?)"
    r"\s*(?=\[|\()"
)


# Cases that refusal letters cite by name alone, without a citation.
KNOWN_CASES = (
    "Tanveer Ahmed",
    "Devaseelan",
    "Razgar",
    "Huang",
    "Agyarko",
    "Karanakaran",
    "Januzi",
    "Mibanga",
    "Chikwamba",
    "Kiarie",
)
_KNOWN_CASE = re.compile(r"\b(?:" + "|".join(re.escape(name) for name in KNOWN_CASES) + r")\b")


# --- Immigration Rules and Acts --------------------------------------------------------------------

# A rule number: "339L", "353", "276ADE(1)(vi)", "A398", "339IA". Plain numbers only count when they
# are in the range the asylum rules use (Part 11, 327 to 352, and 353) or from 200 upwards, so that
# "paragraph 12 above" (the letter's own paragraph) is not taken for a rule.
_RULE_NUMBER = r"(?P<rule>[A-Z]?\d{2,3}[A-Z]{0,4}(?:\(\d{1,2}\))*(?:\([ivx]{1,5}\))?(?:\([a-z]\))?)"
_RULES = re.compile(
    rf"\b(?:[Pp]aragraphs?|[Pp]aras?\.?|[Rr]ules?|¶)\s*{_RULE_NUMBER}"
    r"(?P<of>\s+of\s+(?:the\s+)?(?:Immigration\s+Rules|Rules|HC\s*395))?"
)
_APPENDIX = re.compile(r"\bAppendix\s+(?:FM(?:-SE)?|Private\s+Life|Armed\s+Forces|EU)\b|\bEX\.[12]\b")
_SECTION = re.compile(
    r"(?:\b[Ss]ections?\s+|\b[Ss]s?\.\s?|\bs(?=\d))"
    r"(?P<number>\d{1,3}[A-Z]{0,2}(?:\(\d{1,2}[A-Z]?\))*(?:\([a-z]\))?)(?![.\d]\d)"
    r"(?:\s+of\s+the\s+(?P<act>(?:(?!\bAct\b)[^;\n\[\]]){2,120}?\bAct\s+(?P<year>(?:19|20)\d{2})|\d{4}\s+Act))?"
)
# Short names for the Acts an asylum refusal cites, so that the value is a stable key.
ACT_SHORT_NAMES = {
    "asylum and immigration (treatment of claimants, etc.) act 2004": "AITOCA 2004",
    "asylum and immigration (treatment of claimants etc) act 2004": "AITOCA 2004",
    "2004 act": "AITOCA 2004",
    "nationality, immigration and asylum act 2002": "NIAA 2002",
    "2002 act": "NIAA 2002",
    "immigration act 1971": "IA 1971",
    "1971 act": "IA 1971",
    "immigration and asylum act 1999": "IAA 1999",
    "human rights act 1998": "HRA 1998",
    "borders, citizenship and immigration act 2009": "BCIA 2009",
    "nationality and borders act 2022": "NABA 2022",
    "2022 act": "NABA 2022",
    "illegal migration act 2023": "IMA 2023",
    "immigration act 2014": "IA 2014",
    "immigration act 2016": "IA 2016",
    "uk borders act 2007": "UKBA 2007",
}

# "Article 3", "Article 8 ECHR", "Articles 2 and 3", "Art. 8". Only the Convention's own articles
# (2 to 14) count, and not when the article belongs to another instrument ("Article 1A of the Refugee
# Convention", "Article 15(c) of the Qualification Directive").
_ARTICLE = re.compile(
    r"\b(?:Articles?|Arts?\.)\s+(?P<first>\d{1,2})(?![\dA-Za-z(])"
    r"(?:\s*(?:,|and|&)\s*(?P<second>\d{1,2})(?![\dA-Za-z(]))?"
    r"(?P<echr>\s+(?:of\s+the\s+)?(?:ECHR|European\s+Convention\s+on\s+Human\s+Rights|Convention))?"
)
_OTHER_INSTRUMENT = re.compile(
    r"^\s*(?:\(\w+\)\s*)?(?:of\s+the\s+)?(?:1951\s+|UN\s+)?(?:Refugee\s+Convention|Qualification\s+Directive"
    r"|Directive|Refugee\s+Qualification|Procedures\s+Directive|Dublin)",
    re.I,
)
_ECHR_ARTICLES = frozenset(range(2, 15))


# --- places -------------------------------------------------------------------------------------------

_PLACE = re.compile(
    r"\b(?:in|at|from|to|near|via|through|towards|into)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][a-z'’]+(?:-[a-z]{1,3}-[A-Z][a-z]+|-[A-Z][a-z]+)?(?:\s+[A-Z][a-z'’]+){0,2})\b"
)
# Words capitalised for reasons other than being a place.
_NOT_PLACES = frozenset(
    (
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "madam",
        "god",
        "jesus",
        "christ",
        "allah",
        "islam",
        "christianity",
        "home",
        "office",
        "secretary",
        "state",
        "tribunal",
        "court",
        "judge",
        "article",
        "section",
        "paragraph",
        "appendix",
        "annex",
        "question",
        "questions",
        "interview",
        "statement",
        "the",
        "this",
        "that",
        "these",
        "those",
        "your",
        "you",
        "his",
        "her",
        "their",
        "our",
        "its",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "a",
        "an",
        "and",
        "or",
        "but",
        "if",
        "when",
        "which",
        "who",
        "whom",
        "what",
        "where",
        "accordance",
        "addition",
        "light",
        "view",
        "respect",
        "particular",
        "relation",
        "order",
        "line",
        "support",
        "reliance",
        "summary",
        "conclusion",
        "english",
        "arabic",
        "farsi",
        "persian",
        "dari",
        "pashto",
        "tigrinya",
        "amharic",
        "kurdish",
        "sorani",
        "kurmanji",
        "urdu",
        "french",
        "italian",
        "spanish",
        "german",
        "turkish",
        "somali",
        "oromo",
        "part",
        "chapter",
        "schedule",
        "rule",
        "rules",
        "note",
        "guidance",
        "policy",
        "report",
        "reports",
        "version",
        "further",
        "light",
        "response",
        "brief",
        "detail",
        "regard",
        "reference",
        "christian",
        "christians",
        "muslim",
        "muslims",
        "protestant",
        "pentecostal",
        "orthodox",
        "catholic",
        "british",
        "eritrean",
        "iranian",
        "afghan",
        "sudanese",
        "first",
        "second",
        "third",
        "upper",
        "supreme",
        "high",
        "reverend",
        "rev",
        "pastor",
        "father",
        "professor",
        "taliban",
        "government",
        "authorities",
        "police",
        "army",
    )
)


def _find_places(text: str) -> list[Reference]:
    """Places: a capitalised name after a lowercase preposition, when nothing says it is not a place.

    Rule: "in|at|from|to|near|via|through|towards|into" (lower case, so never the first word of a
    sentence), an optional "the", then one to three capitalised words. The first word must not be in
    ``_NOT_PLACES``, the name must not be a case known by name ("in Devaseelan"), and nothing after
    it may make it part of something else (a number, as in "in March 2019" or "in Article 8", or a
    hyphen, as in "the First-tier Tribunal").
    """
    found = []
    for match in _PLACE.finditer(text):
        words = match.group("place").split()
        # Drop trailing words that are not part of a place ("to Sawa In" never happens, but
        # "in Asmara Prison" keeps "Prison": a named building is still a place).
        if words[0].lower().strip("'’") in _NOT_PLACES:
            continue
        while words and words[-1].lower() in _NOT_PLACES:
            words.pop()
        if not words:
            continue
        name = " ".join(words)
        start = match.start("place")
        end = start + len(name)
        following = text[end : end + 4]
        if re.match(r"\s*\d|-", following) or name in KNOWN_CASES:
            continue
        found.append(Reference("place", name, start, end, name))
    return found


# --- the finder ----------------------------------------------------------------------------------


def _spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _candidates(text: str) -> list[Reference]:
    """Every reference each pattern finds, overlapping or not; ``find_references`` chooses among them.

    Rules particular to one kind: a country guidance case name followed by its citation is one
    reference; a citation with "CG" next to it is country guidance, any other case law; an
    Immigration Rules paragraph needs a letter in its number, a number of 200 or more, or "of the
    Immigration Rules" after it; a section of something that reads like a CPIN ("CPIN …, section 4")
    is not a section of an Act; an ECHR article must be one of the Convention's (2 to 14) and not
    belong to another instrument."""
    found: list[Reference] = []

    def add(kind: str, start: int, end: int, value: str) -> None:
        found.append(Reference(kind, text[start:end], start, end, value))

    for match in _INTERVIEW_WITH_QUESTION.finditer(text):
        doc = match.group("doc")
        kind = "statement" if doc == "SEF" else "interview"
        add(kind, match.start(), match.end(), f"{doc} {_question_value(match)}")
    for match in _INTERVIEW_WORDS.finditer(text):
        doc = match.group("doc")
        if doc is None:
            words = match.group().lower()
            doc = "SCI" if "screening" in words else "AIR"
        add("interview", match.start(), match.end(), doc)
    for match in _QUESTION.finditer(text):
        add("question", match.start(), match.end(), _question_value(match))
    for match in _STATEMENT_WITH_PARAGRAPH.finditer(text):
        value = f"WS {match.group('n')}" + (f"-{match.group('n2')}" if match.group("n2") else "")
        add("statement", match.start(), match.end(), value)
    for match in _STATEMENT_WORDS.finditer(text):
        words = match.group()
        add("statement", match.start(), match.end(), "SEF" if words == "SEF" or "evidence" in words else "WS")

    for match in _CPIN_TITLE.finditer(text):
        title = _spaces(match.group("title") or "")
        end = match.end()
        add("cpin", match.start(), end, title.rstrip(" .") or "CPIN")
    for match in _CPIN_ABBREVIATION.finditer(text):
        add("cpin", match.start(), match.end(), _spaces(match.group("title") or "") or "CPIN")

    citations = list(_CITATION.finditer(text))
    cg_names = list(_CG_NAME.finditer(text))
    for match in cg_names:
        # A citation straight after the name belongs to it: "… Eritrea CG [2016] UKUT 00443 (IAC)".
        follow = next((c for c in citations if 0 <= c.start() - match.end() <= 3), None)
        if follow is not None:
            add("country-guidance", match.start(), follow.end(), _spaces(follow.group()))
        else:
            add("country-guidance", match.start(), match.end(), _spaces(match.group()))
    for match in citations:
        # "CG" just before or after the citation marks a country guidance case.
        around = text[max(0, match.start() - 6) : match.end() + 6]
        kind = "country-guidance" if re.search(r"\bCG\b", around) else "case-law"
        add(kind, match.start(), match.end(), _spaces(match.group()))
    for match in _V_NAME.finditer(text):
        follow = next((c for c in citations if 0 <= c.start() - match.end() <= 3), None)
        if follow is not None:
            add("case-law", match.start(), follow.end(), _spaces(follow.group()))
    for match in _LAW_REPORT.finditer(text):
        add("case-law", match.start(), match.end(), _spaces(match.group()))
    for match in _KNOWN_CASE.finditer(text):
        add("case-law", match.start(), match.end(), match.group())

    for match in _RULES.finditer(text):
        rule = match.group("rule")
        digits = int(re.sub(r"\D.*", "", rule.lstrip("A")) or 0)
        has_letter = bool(re.search(r"[A-Z]", rule))
        if not (match.group("of") or has_letter or digits >= 200):
            continue
        # "WS paragraph 9" is a statement, found above; "paragraph 9 of your statement" too.
        add("immigration-rules", match.start(), match.end(), rule)
    for match in _APPENDIX.finditer(text):
        add("immigration-rules", match.start(), match.end(), _spaces(match.group()))

    for match in _SECTION.finditer(text):
        # "(CPIN …, section 4)" is a section of the note, not of an Act.
        clause = re.split(r"[.;(]\s", text[max(0, match.start() - 150) : match.start()])[-1]
        if not match.group("act") and re.search(r"CPIN|Country Policy|Note\b|version", clause):
            continue
        value = match.group("number")
        act = match.group("act")
        if act:
            act_key = _spaces(act).lower()
            value += " " + ACT_SHORT_NAMES.get(act_key, _spaces(act))
        add("act-section", match.start(), match.end(), value)

    for match in _ARTICLE.finditer(text):
        if _OTHER_INSTRUMENT.match(text[match.end() :]):
            continue
        numbers = [int(match.group("first"))]
        if match.group("second"):
            numbers.append(int(match.group("second")))
        if not all(n in _ECHR_ARTICLES for n in numbers):
            continue
        if len(numbers) == 1:
            add("echr", match.start(), match.end(), str(numbers[0]))
        else:
            add("echr", match.start(), match.end("first"), str(numbers[0]))
            add("echr", match.start("second"), match.end(), str(numbers[1]))

    for found_date in find_dates(text):
        add("date", found_date.start, found_date.end, found_date.value)
    found.extend(_find_places(text))
    return found


# When two references overlap, the one that starts first wins, then the longer, then the kind listed
# first here (the more specific reading).
_PRIORITY = {
    kind: rank
    for rank, kind in enumerate(
        (
            "country-guidance",
            "case-law",
            "cpin",
            "statement",
            "interview",
            "question",
            "act-section",
            "immigration-rules",
            "echr",
            "date",
            "place",
        )
    )
}


def find_references(text: str) -> list[Reference]:
    """Every reference in ``text``, without overlaps, in the order they appear.

    Overlaps are settled by taking, from left to right, the reference that starts first; among those
    starting at the same place the longer one; among equally long ones the more specific kind
    (``_PRIORITY``). So "AIR Q45" is one interview reference, not an interview and a question, and a
    date inside a CPIN title stays part of the CPIN.
    """
    chosen: list[Reference] = []
    position = 0
    for reference in sorted(
        _candidates(text), key=lambda r: (r.start, -(r.end - r.start), _PRIORITY[r.kind])
    ):
        if reference.start >= position and reference.end > reference.start:
            chosen.append(reference)
            position = reference.end
    return chosen
