"""What the interview records say about each paragraph of a case's refusal letter, in plain words.

The pure check is ``selfhelp.annotator.crosscheck``; this module feeds it the case's records and letter
and says each finding in the reader's language, with the sentence the person can add to their answer
(in English, like the statement it goes into).
"""

from django.utils.translation import gettext as _

from selfhelp.annotator.crosscheck import check_paragraph, records_by_kind


def case_records(case):
    """The case's records, split as the check reads them, by kind."""
    records = case.interview_records.prefetch_related("questions")
    return records_by_kind([record.as_split() for record in records])


def paragraph_findings(paragraph, records):
    return [
        {"finding": finding, "verdict": verdict(finding, records), "sentence": sentence(finding)}
        for finding in check_paragraph(paragraph.number, paragraph.text, records)
    ]


def _numbers(numbers):
    return ", ".join(numbers)


def verdict(finding, records) -> tuple[str, str]:
    """(a class for the box: "match", "mismatch" or "missing"; the finding in plain words)."""
    numbers = _numbers(finding.questions)
    if finding.kind not in records:
        record = _("asylum interview record") if finding.kind == "AIR" else _("screening interview record")
        return "missing", _(
            "The letter cites question %(numbers)s of your %(record)s. Bring the record in to see what it "
            "says."
        ) % {"numbers": numbers, "record": record}
    if not finding.found:
        text = _(
            "Your record has no question %(numbers)s. The letter may cite a question that was never asked."
        )
        if finding.elsewhere:
            text += " " + _("The words it quotes are in the answer to question %(others)s.")
        return "mismatch", text % {"numbers": numbers, "others": _numbers(finding.elsewhere)}
    if finding.quote is None:
        return "match", _("The letter cites question %(numbers)s here. This is what the record says.") % {
            "numbers": numbers
        }
    if finding.quote_in_answer:
        return "match", _("The words the letter uses are in your answer to question %(numbers)s.") % {
            "numbers": numbers
        }
    if finding.elsewhere:
        return "mismatch", _(
            "These words are not in your answer to question %(numbers)s, but they are in your answer to "
            "question %(others)s. The letter may give the wrong question number."
        ) % {"numbers": numbers, "others": _numbers(finding.elsewhere)}
    return "mismatch", _(
        "We could not find these words in your answer to question %(numbers)s. Read the answer: the letter "
        "may not quote you fairly. Our check compares words, so it can miss the same meaning said in other "
        "words."
    ) % {"numbers": numbers}


def sentence(finding) -> str | None:
    """What the person can add to their answer on the paragraph, in English; None when there is nothing
    to point out (the words are in the answer, or nothing is quoted)."""
    cited = " ".join(f"Q{q.number}: “{q.answer}”" for q in finding.cited)
    where = f"{finding.kind} {'Q' + _numbers(finding.questions)}"
    if not finding.found:
        text = f"The letter cites {where}, but my interview record has no such question."
        if finding.elsewhere:
            text += f" The words it quotes are in my answer to Q{_numbers(finding.elsewhere)}."
        return text
    if finding.quote is None or finding.quote_in_answer:
        return None
    if finding.elsewhere:
        return (
            f"The letter says I said “{finding.quote}” at {where}. That is not my answer to that question "
            f"({cited}); it is in my answer to Q{_numbers(finding.elsewhere)}."
        )
    return f"The letter says I said “{finding.quote}” at {where}. The record shows my answer was: {cited}"
