"""The refusal letter at a glance, for the case home page (registered in apps.py, selfhelp.cases.tools).

- :func:`for_case` gives a case's :class:`~selfhelp.annotator.models.Progress` (paragraphs reviewed, of
  how many, and where to go on), or None when the case has no letter.
- ``templates/annotator/includes/case_status.html`` shows it as one line with a link; it needs ``case``
  and ``status`` (the Progress) in the context.
"""

from datetime import date

from selfhelp.annotator.models import Letter, Progress

__all__ = ["Progress", "for_case", "letter_of"]


def letter_of(case):
    """The letter saved on ``case``, or None."""
    try:
        return case.refusal_letter
    except Letter.DoesNotExist:
        return None


def for_case(case, today: date | None = None) -> Progress | None:
    letter = letter_of(case)
    return letter.progress if letter is not None else None
