"""Suggest what kind of point a paragraph of a refusal letter makes, from its words.

Pure: no Django, no I/O. ``suggest_kind(text)`` returns one of ``KINDS``, a stable key the Django
layer turns into a label in the person's language and links to the guide that helps answer that kind
of point; ``explain_kind`` gives the same answer with its reasons (the words that counted), and
``accepted_points`` the sentences (or parts of sentences) in which the Home Office accepts something
in the person's favour, which are worth keeping even in a paragraph that goes on to reject the claim.

How a kind is chosen:

1. Every kind has a tuple of markers below: a pattern, a weight, and a comment saying why it counts.
   A paragraph scores, for each kind, the sum of the weights of the markers found in it (each marker
   counts once), plus the same for its section heading if one is given.
2. The kind with the highest score wins. On a tie, the first in ``PRECEDENCE`` wins: the decision
   itself, then the specific legal tests (section 8, Article 8, protection and relocation), then
   credibility, accepted points and country information. So "Your claim under Article 8 is refused"
   is Article 8 (its markers weigh more), a paragraph that weighs an account against the CPIN
   equally is a credibility point, and one that finds an account consistent with the background
   information is an accepted point.
3. "accepted" is only suggested for a paragraph whose own words have no credibility marker: a
   paragraph that both accepts and rejects is a credibility point, and its accepted parts are in
   ``accepted_points``. (A heading such as "Claimed desertion" leans towards credibility but does
   not stop a paragraph under it from being an accepted point.)
4. No marker at all: "other".

These are suggestions for a person to confirm or change; they are not a reading of the law.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

KINDS = (
    "credibility",
    "accepted",
    "country-information",
    "section-8",
    "protection-relocation",
    "article-8",
    "decision",
    "other",
)

# Ties are settled in this order (see the module docstring, rule 2).
PRECEDENCE = (
    "decision",
    "section-8",
    "article-8",
    "protection-relocation",
    "credibility",
    "accepted",
    "country-information",
)

CREDIBILITY_MARKERS = (
    # The account is found to disagree with itself or with an earlier account.
    (r"\binconsisten(?:t|cy|cies)\b", 2),
    (r"\bdiscrepanc(?:y|ies)\b", 2),
    (r"\bcontradict(?:s|ed|ory|ion|ions)?\b", 2),
    # The account is found thin.
    (r"\bvague\b", 2),
    (r"\black(?:s|ed|ing)?\s+(?:in\s+)?detail\b|\black\s+of\s+detail\b", 2),
    (r"\bsuperficial\b|\bbrief\s+and\s+general\b|\bgeneral\s+and\s+brief\b", 1),
    (r"\bevasive\b", 2),
    # The account is found unlikely.
    (r"\bimplausib(?:le|ility)\b|\bnot\s+plausible\b|\bunlikely\b", 2),
    (r"\bspeculative\b|\bunsubstantiated\b|\bmere\s+assertion\b", 1),
    # What the Home Office does not believe.
    (
        r"\bnot\s+(?:been\s+)?accepted\b|\bcannot\s+be\s+accepted\b|\bdoes\s+not\s+accept\b|\bis\s+rejected\b",
        2,
    ),
    (r"\bnot\s+credible\b|\bcredibility\b", 1),
    (r"\bnot\s+(?:considered\s+)?genuine\b|\bfabricat(?:ed|ion)\b|\bembellish(?:ed|ment)\b", 2),
    # Rules and case law on assessing credibility and documents.
    (r"\b339L\b|\bbenefit\s+of\s+the\s+doubt\b", 1),
    (r"\bTanveer\s+Ahmed\b|\bcannot\s+be\s+relied\s+(?:on|upon)\b|\b(?:little|no)\s+weight\b", 2),
    # Gaps the Home Office holds against the person.
    (r"\b(?:unable|not\s+(?:been\s+)?able|failed)\s+to\s+(?:explain|describe|provide|name)\b", 1),
    (r"\bundermine[sd]?\b|\bdamag(?:es|ed|ing)\s+(?:to\s+)?your\s+(?:general\s+)?credibility\b", 1),
)

# Sentences accepting something in the person's favour. None of these match the negative forms ("it is
# not accepted", "cannot be accepted"), which are credibility markers above.
ACCEPTED_MARKERS = (
    # "It is accepted that you are a national of Eritrea."
    (r"\bit\s+is\s+(?:therefore\s+|also\s+|now\s+|further\s+)?accepted\b", 2),
    # "Your nationality is accepted", "has been accepted", "are accepted".
    (
        r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:therefore\s+|also\s+|now\s+|further\s+)?accepted\b",
        2,
    ),
    # "The Secretary of State accepts that …"
    (r"\b(?:Secretary\s+of\s+State|Home\s+Office|we)\s+(?:therefore\s+)?accepts?\b", 2),
    (r"\bis\s+not\s+disputed\b|\bnot\s+in\s+dispute\b|\bundisputed\b", 2),
    # Findings for the person: consistent, detailed, not held against them.
    (r"\b(?:internally|externally)\s+consistent\b|\bdetailed\s+and\s+consistent\b", 2),
    (r"\bhas\s+not\s+been\s+held\s+against\s+you\b|\bnot\s+(?:been\s+)?applied\b", 1),
    (r"\bis\s+acknowledged\b", 1),
)

COUNTRY_INFORMATION_MARKERS = (
    # The Home Office's own country notes.
    (
        r"\bCPIN\b|\bCountry\s+Policy\s+and\s+Information\s+Note\b|\bCountry\s+Information\s+and\s+Guidance\b",
        3,
    ),
    # Country guidance cases and what the Tribunal found in them.
    (r"\bcountry\s+guidance\b|\bCG\b|\bUKUT\b|\bUKAIT\b|\b(?:Upper\s+)?Tribunal\s+(?:found|held)\b", 3),
    # Other country evidence.
    (r"\bobjective\s+evidence\b|\bbackground\s+(?:information|evidence)\b", 2),
    (r"\bcountry\s+(?:of\s+origin\s+)?information\b|\bexternal(?:ly)?\s+consisten", 2),
    (r"\b(?:Amnesty\s+International|Human\s+Rights\s+Watch|State\s+Department|USSD|UNHCR|EUAA|EASO)\b", 2),
    (r"\breports?\s+(?:that|indicate|state|suggest)\b|\bsources?\s+(?:indicate|state|report)\b", 1),
)

SECTION_8_MARKERS = (
    # Section 8 of the Asylum and Immigration (Treatment of Claimants, etc.) Act 2004 itself.
    (r"\bsection\s+8\b|\bs\.?\s?8\b", 4),
    # Section 8(4): not claiming in a safe country passed through.
    (r"\bsafe\s+(?:third\s+)?country\b", 2),
    (r"\b(?:did\s+not|failed\s+to|not\s+to|failure\s+to)\s+claim\s+asylum\b", 2),
    (r"\breasonable\s+opportunity\s+to\s+(?:make\s+a\s+)?claim\b", 2),
    # Section 8(5) and (6): claiming late, after being arrested or told of a removal decision.
    (r"\bdelay(?:ed)?\s+in\s+claiming\b|\bclaim(?:ed)?\s+asylum\s+only\s+(?:after|when)\b", 2),
    # Section 8(3): documents and behaviour.
    (r"\bbehaviour\b", 1),
    (
        r"\b(?:destroyed|disposed\s+of)\s+(?:your\s+)?(?:passport|documents?)\b|\bfalse\s+(?:passport|documents?)\b",
        1,
    ),
)

PROTECTION_RELOCATION_MARKERS = (
    # Whether the authorities at home could protect the person.
    (r"\bsufficien(?:cy|t)\s+(?:of\s+)?protection\b", 4),
    (r"\b(?:seek|avail\s+yourself\s+of)\s+(?:the\s+)?protection\s+of\b|\bstate\s+protection\b", 3),
    (r"\bHorvath\b", 2),
    # Whether the person could live safely elsewhere in their country.
    (r"\binternal(?:ly)?\s+(?:relocat\w*|flight)\b", 4),
    (r"\brelocat(?:e|ed|ion|ing)\b", 2),
    (r"\bunduly\s+harsh\b", 2),
)

ARTICLE_8_MARKERS = (
    (r"\bArticle\s+8\b", 4),
    (r"\bfamily\s+(?:and\s+private\s+)?life\b|\bprivate\s+life\b", 3),
    # The Immigration Rules on family and private life.
    (r"\bAppendix\s+(?:FM|Private\s+Life)\b|\b276ADE\b|\bEX\.[12]\b", 3),
    (r"\bvery\s+significant\s+obstacles\b|\binsurmountable\s+obstacles\b", 3),
    (r"\bexceptional\s+circumstances\b|\bunjustifiably\s+harsh\b", 3),
    (r"\bpartner\b|\bchild(?:ren)?\b|\bbest\s+interests\b|\bsection\s+55\b|\bsection\s+117[A-D]\b", 1),
)

DECISION_MARKERS = (
    # The decision itself.
    (
        r"\b(?:asylum\s+|protection\s+|human\s+rights\s+)?claim(?:\s+for\s+asylum)?\s+(?:is|has\s+been)\s+"
        r"(?:therefore\s+)?refused\b",
        4,
    ),
    (r"\btherefore\s+refused\b|\bis\s+refused\b", 2),
    (r"\bdo(?:es)?\s+not\s+qualify\s+for\b", 2),
    # What happens next: appeal, certification, removal.
    (r"\bright\s+of\s+appeal\b|\bappeal\s+against\s+this\s+decision\b|\bFirst-tier\s+Tribunal\b", 3),
    # Certification ("certified under section 94"), not a certificate of baptism.
    (
        r"\bcertif(?:y|ied|ies)\b|\bcertificate\s+under\b|\bclearly\s+unfounded\b|\bno\s+right\s+of\s+appeal\b",
        3,
    ),
    (r"\bleave\s+the\s+United\s+Kingdom\b|\bsteps\s+may\s+be\s+taken\s+to\s+remove\b", 2),
)

# Section headings that name a kind outright ("Decision", "Your right of appeal", "Credibility").
HEADING_MARKERS = {
    "decision": ((r"^(?:the\s+)?decision\b|\bright\s+of\s+appeal\b|\bconclusion\b", 3),),
    "credibility": ((r"\bcredibility\b", 2), (r"\bclaimed\b", 1)),
    "country-information": ((r"\bcountry\s+(?:information|guidance|situation)\b|\brisk\s+on\s+return\b", 2),),
}

MARKERS = {
    "credibility": CREDIBILITY_MARKERS,
    "accepted": ACCEPTED_MARKERS,
    "country-information": COUNTRY_INFORMATION_MARKERS,
    "section-8": SECTION_8_MARKERS,
    "protection-relocation": PROTECTION_RELOCATION_MARKERS,
    "article-8": ARTICLE_8_MARKERS,
    "decision": DECISION_MARKERS,
}
_COMPILED = {
    kind: tuple((re.compile(pattern, re.I), weight) for pattern, weight in markers)
    for kind, markers in MARKERS.items()
}
_HEADINGS = {
    kind: tuple((re.compile(pattern, re.I), weight) for pattern, weight in markers)
    for kind, markers in HEADING_MARKERS.items()
}


@dataclass(frozen=True)
class KindSuggestion:
    kind: str
    scores: dict[str, int] = field(default_factory=dict)
    # (kind, the words found), in the order the markers are listed
    reasons: tuple[tuple[str, str], ...] = ()


def explain_kind(text: str, section: str = "") -> KindSuggestion:
    """The suggested kind of a paragraph, with the scores and the words that counted (module doc)."""
    scores = dict.fromkeys(MARKERS, 0)
    reasons: list[tuple[str, str]] = []
    for kind, markers in _COMPILED.items():
        for pattern, weight in markers:
            for source in (text, section):
                match = pattern.search(source) if source else None
                if match:
                    scores[kind] += weight
                    reasons.append((kind, match.group()))
    for kind, markers in _HEADINGS.items():
        for pattern, weight in markers:
            match = pattern.search(section) if section else None
            if match:
                scores[kind] += weight
                reasons.append((kind, match.group()))
    if any(pattern.search(text) for pattern, _ in _COMPILED["credibility"]):
        scores["accepted"] = 0  # rule 3: accepting and rejecting together is a credibility point
    best = max(PRECEDENCE, key=lambda kind: (scores[kind], -PRECEDENCE.index(kind)))
    return KindSuggestion(best if scores[best] else "other", scores, tuple(reasons))


def suggest_kind(text: str, section: str = "") -> str:
    """One of ``KINDS``: what kind of point the paragraph makes (see the module docstring)."""
    return explain_kind(text, section).kind


# --- accepted points ----------------------------------------------------------------------------------

_ACCEPTED = tuple(re.compile(pattern, re.I) for pattern, _ in ACCEPTED_MARKERS)
_REJECTED = tuple(re.compile(pattern, re.I) for pattern, _ in CREDIBILITY_MARKERS)
# A full stop that does not end a sentence: abbreviations and initials ("the Reverend D. Campbell").
_NOT_AN_END = re.compile(
    r"(?:\b(?:etc|e\.g|i\.e|No|Nos|para|paras|Mr|Mrs|Ms|Dr|Rev|St|Q|v|vs|cf|approx|art|s|ss)|\b[A-Z])\.$"
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
# Where an accepting clause turns into a rejecting one: "…, but it is not accepted that …".
_TURN = re.compile(r",?\s+(?:but|however|although|whereas)\s+|;\s+", re.I)


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph, not broken after abbreviations or initials."""
    out, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start() + 1
        if _NOT_AN_END.search(text[start:end]):
            continue
        out.append(text[start : match.end()].strip())
        start = match.end()
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


def accepted_points(text: str) -> list[str]:
    """The sentences of a paragraph in which the Home Office accepts something in the person's favour.

    Rule: a sentence with an ``ACCEPTED_MARKERS`` match. When the same sentence also rejects something
    ("it is accepted that you worked for an NGO but it is not accepted that you were targeted"), only
    the clause that accepts is given, cut where the sentence turns (", but", "; however").
    """
    points: list[str] = []
    for sentence in sentences(" ".join(text.split())):
        if not any(pattern.search(sentence) for pattern in _ACCEPTED):
            continue
        if any(pattern.search(sentence) for pattern in _REJECTED):
            clauses = _TURN.split(sentence)
            kept = [
                c
                for c in clauses
                if any(p.search(c) for p in _ACCEPTED) and not any(p.search(c) for p in _REJECTED)
            ]
            if kept:
                points.extend(clause.strip(" ,;") for clause in kept)
                continue
        points.append(sentence)
    return points
