"""Putting right how a case's letter was split: join a paragraph with the next one, or split one in two.

Each change is one function that saves, records it in the case's history and marks the case updated;
the words are decided by the pure ``selfhelp.annotator.corrections``. Paragraphs are reached by their
position in the letter (the views reach the letter only through ``selfhelp.cases.access``).
"""

from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext_noop

from selfhelp.annotator import corrections, kinds, splitter
from selfhelp.annotator.models import Paragraph
from selfhelp.cases import history
from selfhelp.cases.history import Message

JOINED = Message(
    gettext_noop("{user} joined paragraphs {number} and {next} of the refusal letter"),
    gettext_noop("You joined paragraphs {number} and {next} of the refusal letter"),
)
SPLIT = Message(
    gettext_noop("{user} split paragraph {number} of the refusal letter in two"),
    gettext_noop("You split paragraph {number} of the refusal letter in two"),
)

# Positions are moved out of the way, then back, so that no two paragraphs share one in between.
_OUT_OF_THE_WAY = 20_000


def as_split(paragraph: Paragraph) -> splitter.Paragraph:
    return splitter.Paragraph(
        paragraph.number,
        paragraph.section,
        paragraph.text,
        paragraph.starts_section,
        tuple(paragraph.footnote_list),
        tuple(paragraph.heading_list),
        paragraph.unsure,
    )


def _shift(letter, after: int, by: int) -> None:
    later = letter.paragraphs.filter(position__gt=after)
    later.update(position=F("position") + _OUT_OF_THE_WAY)
    letter.paragraphs.filter(position__gt=_OUT_OF_THE_WAY).update(
        position=F("position") - _OUT_OF_THE_WAY + by
    )


def _merged(first: str, second: str) -> str:
    return "\n\n".join(text for text in (first, second) if text)


@transaction.atomic
def join_paragraphs(letter, position: int, user) -> Paragraph:
    """Paragraph ``position`` and the next made one. The text is ``corrections.join``'s; the answers are
    kept too: the first's answer stands (or the second's, when the first has none) and both
    paragraphs' comments, evidence and where the truth is shown are put together. Raises
    Paragraph.DoesNotExist when there is no such paragraph or none after it."""
    first = letter.paragraphs.select_for_update().get(position=position)
    second = letter.paragraphs.select_for_update().get(position=position + 1)
    joined = corrections.join((as_split(first), as_split(second)), 0)[0]
    first.text = joined.text
    first.footnotes = "\n".join(joined.footnotes)
    first.unsure = False
    for name in ("comment", "truth", "evidence_needed"):
        setattr(first, name, _merged(getattr(first, name), getattr(second, name)))
    if not first.response and second.response:
        first.response, first.reviewed_at = second.response, second.reviewed_at
    first.updated_by = user
    numbers = {"number": first.number, "next": second.number}
    second.delete()
    first.save()
    _shift(letter, position + 1, -1)
    history.record(letter.case, user, JOINED, **numbers)
    letter.case.save(update_fields=["updated"])
    return first


@transaction.atomic
def split_paragraph(letter, position: int, at: int, number: str, user) -> Paragraph:
    """Paragraph ``position`` cut in two at offset ``at`` of its text (``corrections.split``); the second
    part, numbered ``number``, comes after it with no answer yet, its kind suggested afresh. The
    answer stays with the first part. Raises ValueError when ``at`` is not a split point."""
    paragraph = letter.paragraphs.select_for_update().get(position=position)
    first, second = corrections.split((as_split(paragraph),), 0, at, number)
    paragraph.text = first.text
    paragraph.unsure = False
    paragraph.updated_by = user
    paragraph.save()
    _shift(letter, position, 1)
    kind = kinds.suggest_kind(second.text, second.section)
    Paragraph.objects.create(
        letter=letter,
        position=position + 1,
        number=number,
        section=second.section,
        text=second.text,
        suggested_kind=kind,
        kind=kind,
    )
    history.record(letter.case, user, SPLIT, number=paragraph.number)
    letter.case.save(update_fields=["updated"])
    return paragraph
