"""Check what a refusal letter says the person said against the interview record it cites.

Pure: no Django, no I/O. ``cross_check(paragraphs, records)`` takes the letter's paragraphs (number and
text, as ``splitter.split`` gives them) and the interview records (``interview.split_interview``), and
returns one ``Finding`` for every reference to numbered interview questions ("AIR Q45", "Q77-81",
"question 45 of your asylum interview", "SCI 4.1"):

- ``found``: every cited question is in the record (False: the record has no such question, or the
  record was not given).
- ``quote``: what the paragraph says the person said, in the sentence that cites the question: words
  in quotation marks, or what follows "you stated / said / claimed / told … (that)". None when the
  sentence quotes nothing.
- ``quote_in_answer``: whether those words are in the cited answer(s); None without a quote or a record.
  Matching forgives spelling and OCR noise (compared letter by letter over a sliding window of words,
  "you" read as "I" and "your" as "my"), but never a different number or month: "you left in June"
  does not match "I left in March".
- ``elsewhere``: when the words are not in the cited answer, the other questions whose answers hold them
  (a wrong question number in the letter).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from selfhelp.annotator.interview import AIR, SCI, InterviewRecord, Question
from selfhelp.annotator.references import MONTHS, find_references

MATCH_RATIO = 0.8  # how close (0 to 1, letter by letter) the words must be to count as the same


@dataclass(frozen=True)
class Finding:
    paragraph: str
    reference: str  # as the letter writes it
    kind: str  # "AIR" or "SCI"
    questions: tuple[str, ...]
    found: bool
    quote: str | None
    quote_in_answer: bool | None
    elsewhere: tuple[str, ...] = ()
    cited: tuple[Question, ...] = ()  # the cited questions as the record has them

    def to_dict(self) -> dict:
        return {
            "paragraph": self.paragraph,
            "reference": self.reference,
            "kind": self.kind,
            "questions": list(self.questions),
            "found": self.found,
            "quote": self.quote,
            "quote_in_answer": self.quote_in_answer,
            "elsewhere": list(self.elsewhere),
        }


# --- which questions a reference names --------------------------------------------------------------


def expand(value: str, kind: str) -> tuple[str, ...]:
    """ "45" → ("45",); "77-81" → ("77", …, "81"); "4.1-4.3" → ("4.1", "4.2", "4.3"). A range longer than
    30 questions, or going backwards, is taken as its two ends only."""
    first, _, last = value.partition("-")
    if not last:
        return (first,)
    if kind == SCI or "." in first:
        part, _, item = first.partition(".")
        last_part, _, last_item = last.partition(".")
        if not last_item:  # "4.1-3"
            last_part, last_item = part, last_part
        if (
            part == last_part
            and item.isdigit()
            and last_item.isdigit()
            and 0 < int(last_item) - int(item) <= 30
        ):
            return tuple(f"{part}.{n}" for n in range(int(item), int(last_item) + 1))
        return (first, last)
    if first.isdigit() and last.isdigit() and 0 < int(last) - int(first) <= 30:
        return tuple(str(n) for n in range(int(first), int(last) + 1))
    return (first, last)


def _cited(text: str) -> list[tuple[str, str, tuple[str, ...], int, int]]:
    """(as written, kind, question numbers, start, end) for each reference to numbered questions."""
    references = find_references(text)
    documents = [(r.start, r.value.split()[0]) for r in references if r.kind == "interview"]
    lowered = text.lower()
    default = SCI if "screening" in lowered and "asylum interview" not in lowered else AIR
    cited = []
    for reference in references:
        if reference.kind == "interview" and " " in reference.value:
            kind, value = reference.value.split(" ", 1)
        elif reference.kind == "question":
            # A bare "Q45" belongs to the interview named nearest to it in the paragraph.
            nearest = min(documents, key=lambda d: abs(d[0] - reference.start), default=(0, default))
            kind, value = nearest[1], reference.value
        else:
            continue
        cited.append((reference.text, kind, expand(value, kind), reference.start, reference.end))
    return cited


# --- what the paragraph says the person said ---------------------------------------------------------

# Words in double quotation marks, or in single typographic ones (’ is also an apostrophe: "didn’t").
_QUOTED = re.compile(r"[\"“”]([^\"“”]{8,400})[\"“”]|‘(.{8,400}?)’(?!\w)")
_STATED = re.compile(
    r"\byou\s+(?:(?:have|had)\s+)?(?:also\s+)?(?:stated|said|claimed|told\s+(?:us|the\s+interviewer|the\s+officer)"
    r"|mentioned|explained|confirmed|answered|replied|indicated|asserted|maintained)\b(?:\s+that)?[,:]?\s+"
    r"(?P<said>[^.;!?]{6,400})",
    re.I,
)
_WHERE_SAID = re.compile(
    r"\b(?:at|in|during)\s+(?:your\s+)?(?:AIR|SCI|asylum interview|screening interview)\b.*$", re.I
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"(])")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end]; a reference in brackets right after a sentence ("… in March.
    (AIR Q45)") belongs to the sentence before it."""
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    ends = (m.end() for m in _SENTENCE_END.finditer(text))
    bounds = [0, *(e for e in ends if not any(a < e < b for a, b in quoted)), len(text)]
    for left, right in itertools.pairwise(bounds):
        if left <= start < right:
            sentence = text[left:right]
            if re.fullmatch(r"\s*\(?[^()]{0,40}\)?[.\s]*", sentence) and left > 0:
                previous = max(b for b in bounds if b < left)
                return text[previous:right]
            return sentence
    return text


def quote_in(sentence: str, reference: str) -> str | None:
    """What the sentence says the person said, without the reference itself; None if it quotes nothing."""
    sentence = sentence.replace(reference, " ")
    sentence = re.sub(r"\(\s*[^()]*\)|\(\s*$", " ", sentence)  # what is left of "(AIR Q45)"
    quoted = _QUOTED.search(sentence)
    words = quoted and (quoted.group(1) or quoted.group(2))
    if words and len(words.split()) >= 2:
        return words.strip()
    stated = _STATED.search(sentence)
    if not stated:
        return None
    said = stated.group("said")
    said = re.sub(
        r"\b(?:at|in|during)\s+(?:your\s+)?(?:AIR|SCI|asylum interview|screening interview)\b.*$",
        "",
        said,
        flags=re.I,
    )
    said = re.sub(r"\s+", " ", said).strip(" ,;:")
    return said if len(said.split()) >= 2 else None


# --- matching words ---------------------------------------------------------------------------------

_PERSON = {"you": "i", "your": "my", "yours": "mine", "yourself": "myself", "were": "was", "are": "am"}


def _words(text: str, person: bool = False) -> list[str]:
    words = re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))
    return [_PERSON.get(w, w) for w in words] if person else words


def _facts(words: Iterable[str]) -> set[str]:
    """The words that must match exactly: numbers and months."""
    return {w for w in words if w.isdigit() or w in MONTHS}


def says(answer: str, quote: str) -> bool:
    """Whether ``answer`` holds ``quote`` (see the module's note on what is forgiven)."""
    wanted = _words(quote, person=True)
    words = _words(answer)
    if not wanted or not words:
        return False
    if not _facts(wanted) <= set(words):
        return False
    target = " ".join(wanted)
    size = len(wanted)
    for width in {max(1, size - 2), max(1, size - 1), size, size + 1, size + 2}:
        for start in range(0, max(1, len(words) - width + 1)):
            window = " ".join(words[start : start + width])
            if SequenceMatcher(None, target, window, autojunk=False).ratio() >= MATCH_RATIO:
                return True
    return False


# --- the check --------------------------------------------------------------------------------------


def records_by_kind(records: Sequence[InterviewRecord]) -> dict[str, InterviewRecord]:
    """Each record under its kind; a record that does not say its kind is taken for the AIR."""
    found: dict[str, InterviewRecord] = {}
    for record in records:
        found.setdefault(record.details.kind or AIR, record)
    return found


def check_paragraph(number: str, text: str, records: Mapping[str, InterviewRecord]) -> list[Finding]:
    findings = []
    for written, kind, numbers, start, end in _cited(text):
        record = records.get(kind)
        cited = tuple(q for n in numbers if record and (q := record.question(n)))
        found = record is not None and len(cited) == len(numbers)
        quote = quote_in(_sentence(text, start, end), written)
        in_answer = elsewhere = None
        if quote is not None and record is not None:
            in_answer = any(says(q.answer, quote) for q in cited) if cited else None
            if not in_answer:
                elsewhere = tuple(
                    q.number for q in record.questions if q not in cited and says(q.answer, quote)
                )
        findings.append(
            Finding(number, written, kind, numbers, found, quote, in_answer, elsewhere or (), cited)
        )
    return findings


def cross_check(paragraphs: Iterable, records: Sequence[InterviewRecord]) -> list[Finding]:
    """Every reference to interview questions in the letter, checked against the records."""
    by_kind = records_by_kind(records)
    findings = []
    for paragraph in paragraphs:
        findings.extend(check_paragraph(paragraph.number, paragraph.text, by_kind))
    return findings
