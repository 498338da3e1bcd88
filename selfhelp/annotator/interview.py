"""Split a Home Office interview record into its questions and answers.

Pure: no Django, no I/O. ``split_interview(text)`` takes the text of an asylum interview record (AIR)
or a screening interview record (SCI), as ``extract.py`` reads it from a PDF, a Word file, a text file
or photos, and returns an ``InterviewRecord``: its details (kind, date, interpreter's language) and its
questions in order, each with its number, the question, the answer and any notes (breaks, the
interpreter's remarks).

The rules follow how the records are laid out:

- **Numbers**: an AIR numbers its questions 1, 2, 3 …; a screening record numbers them by part,
  1.1, 1.2 … 4.1. A number counts only where it starts a line (after an optional "Q", "Question" or
  "No."), and only when it comes next in order: within a few of the last number (a record may skip
  one), or the next part of a screening record. So an answer line that starts "3 brothers …" is
  part of the answer, not question 3, unless question 3 is what comes next.
- **Layouts**: a table row ("45 <tab> When did you leave? <tab> In March", as Word tables are read,
  or "45 | … | …"), "Q45. … A. …", "Question 45: … Answer: …", and numbered blocks ("45. When did you
  leave?" then the answer on the next lines). Without an "A." marker or a cell, the question ends at
  its first question mark, or at the end of its first line.
- **Page furniture** is removed wherever it sits: "Page 3 of 12", protective markings
  ("OFFICIAL - SENSITIVE"), lines for initials or signatures, and any line repeated on three or more
  pages (running headers with the reference). An answer that runs across a page joins up again.
- **Notes**: a line in square brackets or that speaks of a break or the interpreter ("[Break taken
  11:05 to 11:20]", "Interpreter asked to clarify the word …") is kept as a note on the question it
  falls in, never as part of the answer.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from selfhelp.annotator.references import find_dates

AIR = "AIR"
NOT_AN_INTERVIEW = "no numbered interview questions found. Is this an interview record (AIR or SCI)?"
SCI = "SCI"


@dataclass(frozen=True)
class Question:
    number: str
    question: str
    answer: str
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {
            "number": self.number,
            "question": self.question,
            "answer": self.answer,
            "notes": list(self.notes),
        }


@dataclass(frozen=True)
class InterviewDetails:
    kind: str | None  # "AIR" or "SCI"; None when the record does not say
    date: date | None
    interpreter_language: str | None

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "date": self.date.isoformat() if self.date else None,
            "interpreter_language": self.interpreter_language,
        }


@dataclass(frozen=True)
class InterviewRecord:
    details: InterviewDetails
    questions: tuple[Question, ...]
    preamble: str = ""  # the text before the first question (the record's heading and details)
    furniture: tuple[str, ...] = field(default=(), repr=False)  # the lines removed as page furniture

    @property
    def looks_like_interview(self) -> bool:
        """Whether this reads as an interview record: it says so in its heading, or most of its numbered
        blocks ask a question. (A refusal letter has numbered paragraphs too, but they ask nothing.)"""
        asked = sum("?" in q.question for q in self.questions)
        return bool(self.questions) and (self.details.kind is not None or asked * 2 >= len(self.questions))

    def question(self, number: str) -> Question | None:
        return next((q for q in self.questions if q.number == number), None)

    def numbers(self) -> list[str]:
        return [q.number for q in self.questions]

    def to_dict(self) -> dict:
        return {"details": self.details.to_dict(), "questions": [q.to_dict() for q in self.questions]}


# --- page furniture ---------------------------------------------------------------------------------

_PAGE_NUMBER = re.compile(r"\bPage\s+\d{1,3}\s+(?:of|/)\s+\d{1,3}\b", re.I)
_MARKING = re.compile(
    r"\b(?:OFFICIAL|UNCLASSIFIED|RESTRICTED)(?:\s*[-–—:]\s*SENSITIVE)?\b(?:\s*\[[A-Z ]+\])?"
)
_INITIALS = re.compile(
    r"^\s*(?:(?:interviewee|applicant|claimant|interviewer|interpreter|officer)(?:'s)?\s+"
    r"(?:initials|signature)|initials|signed)\b.*$",
    re.I,
)


# A running header or footer: no sentence end, and a reference, a marking or the record's name. (A short
# answer such as "No." is repeated often too, and must stay.)
_HEADER_LIKE = re.compile(
    r"^(?!.*[.?!]$).*(?:[A-Z]{1,3}\d{5,}|\d{4}-\d{4}-\d{4}|reference|home office|interview record|official)",
    re.I,
)
_PART = re.compile(r"^(?:PART|SECTION)\s+\d{1,2}\b[^a-z]*$")  # a screening record's part headings


def _furniture_lines(lines: list[str]) -> set[str]:
    """Lines repeated on three or more pages: running headers and footers (with the reference)."""
    counts = Counter(line.strip() for line in lines if line.strip())
    return {
        line
        for line, count in counts.items()
        if count >= 3 and _HEADER_LIKE.search(line) and not _NUMBER.match(line)
    }


COLUMN = "\x1f"  # between the question and the answer column of a line laid out as a table


def _answer_column(lines: list[str]) -> int | None:
    """Where the answer column starts in a table whose layout the text kept (a PDF's text layer): the most
    common position of the text after a line's last wide gap, if enough lines share it."""
    starts = Counter()
    for line in lines:
        found = re.match(r"^(.*\S)\s{3,}(\S.*?)\s*$", line)
        if found and (_NUMBER.match(line) or len(found.group(1)) > 8):
            starts[found.start(2)] += 1
    if not starts:
        return None
    position = starts.most_common(1)[0][0]
    near = sum(n for p, n in starts.items() if abs(p - position) <= 3)
    return position if near >= 3 and near * 3 >= sum(1 for line in lines if line.strip()) * 0.5 else None


def _split_columns(lines: list[str]) -> list[str]:
    column = _answer_column(lines)
    if column is None:
        return lines
    split = []
    for line in lines:
        cut = column - 3
        gap = re.search(r"\s{2,}(?=\S)", line[max(0, cut - 6) :])
        if len(line) > cut and gap is not None and max(0, cut - 6) + gap.end() >= cut:
            at = max(0, cut - 6) + gap.end()
            split.append(f"{line[:at].rstrip()}{COLUMN}{line[at:].strip()}")
        else:
            split.append(line)
    return split


def _clean(text: str) -> tuple[list[str], list[str]]:
    """The record's lines without page furniture, and the furniture removed."""
    lines = _split_columns(text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").split("\n"))
    repeated = _furniture_lines(lines)
    kept, removed = [], []
    for line in lines:
        stripped = line.strip()
        if stripped in repeated or _INITIALS.match(stripped) or _PART.match(stripped):
            removed.append(stripped)
            continue
        cleaned = _MARKING.sub("", _PAGE_NUMBER.sub("", line)).strip(" \t|")
        if cleaned != stripped.strip(" \t|"):
            removed.append(stripped)
        if cleaned or not stripped:
            kept.append(cleaned.replace("\t", " | ") if "\t" in cleaned else cleaned)
    return kept, removed


# --- numbers ----------------------------------------------------------------------------------------

_NUMBER = re.compile(
    r"^\s*(?P<prefix>Q(?:uestion)?\.?\s*(?:No\.?\s*)?)?(?P<n>\d{1,3}(?:\.\d{1,2})?)(?:\s*[.):|]|\s+(?=\S)|$)(?P<rest>.*)$",
    re.I,
)


def _key(number: str) -> tuple[int, int]:
    whole, _, part = number.partition(".")
    return int(whole), int(part or 0)


def _comes_next(number: str, last: str | None, screening: bool) -> bool:
    """Whether ``number`` can be the next question after ``last``."""
    if screening != ("." in number):
        return False
    if last is None:
        return _key(number) <= ((2, 3) if screening else (3, 0))
    (part, item), (last_part, last_item) = _key(number), _key(last)
    if screening:
        return (part == last_part and last_item < item <= last_item + 3) or (
            last_part < part <= last_part + 6 and item <= 3
        )
    return last_part < part <= last_part + 3


# --- notes and answers -----------------------------------------------------------------------------

_NOTE = re.compile(
    r"^\s*(?:\[.*\]|\(.*\)|(?:break|comfort break|lunch break|interview (?:paused|resumed|suspended))\b.*"
    r"|interpreter\b.*|(?:the\s+)?interviewer(?:'s)? note\b.*|note\s*:.*)\s*$",
    re.I,
)
_ANSWER = re.compile(r"^\s*(?:A|(?i:ans|answer|reply))\s*[.:)\-]\s*(?P<rest>.*)$")
_INLINE_ANSWER = re.compile(r"(?<=[?.])\s+(?:A|Ans|Answer)\s*[.:)\-]\s+")
_QUESTION_MARK = re.compile(r"^(?P<q>[^?]{2,400}\?)\s*(?P<a>.*)$", re.S)


def _join(lines: list[str]) -> str:
    return re.sub(r"[ \t]+", " ", " ".join(line.strip() for line in lines if line.strip())).strip()


def _question_and_answer(first: str, lines: list[str]) -> tuple[str, str, tuple[str, ...]]:
    if COLUMN in first or any(COLUMN in line for line in lines):  # a table whose layout was kept
        cells = [[*line.split(COLUMN), ""][:2] for line in [first, *lines]]
        return _join([c[0] for c in cells]), _join([c[1] for c in cells]), ()
    notes = tuple(line.strip() for line in lines if _NOTE.match(line) and line.strip())
    body = [line for line in lines if not (_NOTE.match(line) and line.strip())]
    if " | " in first:  # a table row: number | question | answer
        cells = [cell.strip() for cell in first.split(" | ")]
        question, answer = cells[0], " ".join(cells[1:])
        return question, _join([answer, *body]), notes
    for index, line in enumerate(body):  # "Q45. …" then "A. …"
        found = _ANSWER.match(line)
        if found:
            return _join([first, *body[:index]]), _join([found.group("rest"), *body[index + 1 :]]), notes
    inline = _INLINE_ANSWER.split(first, maxsplit=1)  # "When did you leave? A. In March"
    if len(inline) == 2:
        return inline[0].strip(), _join([inline[1], *body]), notes
    whole = _join([first, *body])
    split = _QUESTION_MARK.match(whole)
    if split and len(split.group("q")) < len(_join([first])) + 200:
        return split.group("q").strip(), split.group("a").strip(), notes
    return first.strip(), _join(body), notes


# --- details ----------------------------------------------------------------------------------------

_LANGUAGE = re.compile(
    r"(?:interpreter(?:'s)?\s+language|language\s+(?:of\s+(?:the\s+)?interview|used|spoken)|"
    r"interview\s+conducted\s+in|language)\s*[:\-]?\s*(?:in\s+)?(?P<lang>[A-Z][a-z]+(?:\s*[(/]\s*[A-Z][a-z]+\)?)?)",
    re.I,
)
_DATE_LABEL = re.compile(r"(?:date\s+of\s+(?:the\s+)?interview|interview\s+date|date)\s*[:\-]?", re.I)


def _details(preamble: str, screening: bool) -> InterviewDetails:
    head = preamble[:3000]
    lowered = head.lower()
    if "screening" in lowered or re.search(r"\bSCI\b", head):
        kind = SCI
    elif "asylum interview" in lowered or "substantive interview" in lowered or re.search(r"\bAIR\b", head):
        kind = AIR
    else:
        kind = SCI if screening else None
    interview_date = None
    for label in _DATE_LABEL.finditer(head):
        found = [d for d in find_dates(head[label.end() : label.end() + 40]) if d.date]
        if found:
            interview_date = found[0].date
            break
    language = _LANGUAGE.search(head)
    return InterviewDetails(kind, interview_date, language.group("lang").strip() if language else None)


# --- splitting --------------------------------------------------------------------------------------


def split_interview(text: str) -> InterviewRecord:
    """Split an interview record's text into its numbered questions (see the module's rules)."""
    lines, removed = _clean(text)
    screening = _is_screening(lines)
    starts: list[tuple[int, str, str]] = []  # (line index, number, the rest of the line)
    last = None
    matches = [_NUMBER.match(line) for line in lines]
    prefixed = sum(1 for m in matches if m and m.group("prefix"))
    # A record that writes "Q1.", "Q2." … marks every question so: a bare number then starts no question.
    only_prefixed = prefixed >= 2 and prefixed * 2 >= sum(1 for m in matches if m)
    for index, match in enumerate(matches):
        if not match or (only_prefixed and not match.group("prefix")):
            continue
        number = match.group("n")
        if _comes_next(number, last, screening):
            starts.append((index, number, match.group("rest").lstrip(" .:)|\t").rstrip()))
            last = number
    if not starts:
        return InterviewRecord(
            _details("\n".join(lines), screening), (), "\n".join(lines).strip(), tuple(removed)
        )
    questions = []
    for position, (index, number, rest) in enumerate(starts):
        end = starts[position + 1][0] if position + 1 < len(starts) else len(lines)
        question, answer, notes = _question_and_answer(rest, lines[index + 1 : end])
        questions.append(Question(number, question, answer, notes))
    preamble = "\n".join(lines[: starts[0][0]]).strip()
    return InterviewRecord(
        _details(preamble or "\n".join(lines), screening), tuple(questions), preamble, tuple(removed)
    )


def _is_screening(lines: list[str]) -> bool:
    """A screening record numbers its questions by part (1.1, 1.2 …): most numbered lines have a dot."""
    numbers = [m.group("n") for m in map(_NUMBER.match, lines) if m]
    dotted = sum("." in n for n in numbers)
    return bool(numbers) and dotted >= max(2, len(numbers) // 2)
