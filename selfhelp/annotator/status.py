"""The refusal letter at a glance, for the case home page.

- :func:`for_case` gives a case's :class:`Progress` (paragraphs reviewed, of how many, and where to go
  on), or None when the case has no letter.
- ``templates/annotator/includes/case_status.html`` shows it as one line with a link; it needs only
  ``case`` in the context: ``{% include "annotator/includes/case_status.html" %}``.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Progress:
    reviewed: int
    total: int
    next_position: int | None  # the first paragraph not reviewed yet; None when all are

    @property
    def done(self) -> bool:
        return self.total > 0 and self.reviewed == self.total


def letter_of(case):
    """The letter saved on ``case``, or None."""
    from selfhelp.annotator.models import Letter

    try:
        return case.refusal_letter
    except Letter.DoesNotExist:
        return None


def for_case(case) -> Progress | None:
    letter = letter_of(case)
    return letter.progress if letter is not None else None
