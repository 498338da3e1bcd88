"""Judicial review of a decision that cannot be appealed, in each part of the UK (§3)."""

from __future__ import annotations

from .calendar import Nation, month_has_no_such_day
from .counting import (
    MONTH_END,
    Deadline,
    Period,
    Reading,
    Rule,
    Start,
    count,
    starts,
)
from .facts import Facts
from .sources import JUDICIAL_REVIEW_NI, JUDICIAL_REVIEW_SCOTLAND, JUDICIAL_REVIEW_UT, ROLL_UT
from .text import Step, gettext_noop, step

_TITLE = Step(gettext_noop("Start a judicial review: act promptly"))
_ACTION = Step(
    gettext_noop(
        "Act promptly: do not wait for this date. It is the latest possible date, not a target. "
        "Get a lawyer as soon as you can."
    )
)
_IN_ENGLAND_AND_WALES = Rule(
    key="judicial-review",
    title=_TITLE,
    action=_ACTION,
    source=JUDICIAL_REVIEW_UT,
    period=Period(months=3),
    rolls=True,
    roll_rule=ROLL_UT,
)
_IN_SCOTLAND = Rule(
    key="judicial-review",
    title=_TITLE,
    action=_ACTION,
    source=JUDICIAL_REVIEW_SCOTLAND,
    period=Period(months=3, beginning_with=True),
    rolls=False,
)
_IN_NORTHERN_IRELAND = Rule(
    key="judicial-review",
    title=_TITLE,
    action=_ACTION,
    source=JUDICIAL_REVIEW_NI,
    period=Period(months=3),
    rolls=False,
)


def judicial_review(facts: Facts) -> Deadline:
    """Judicial review of a decision that cannot be appealed (certified, inadmissible) (§3).

    - England and Wales: UT Rules 2008 r.28(2): "promptly" and received no later than 3 months
      after the date of the decision (CPR 54.5(1) gives the same outer limit in the High Court,
      not verified here). UT r.12(2) moves a non-working last day forward.
    - Scotland: Court of Session Act 1988 s.27A: 3 months "beginning with" the date the grounds
      arise, so one day earlier. Whether it moves for a court holiday is unclear: not moved.
    - Northern Ireland: RCJ Order 53 r.4: promptly and within 3 months (not verified here): not
      moved, and the "beginning with" reading makes the safe date earlier.
    The decision date is the letter date when known, else the date sent (flagged).
    """
    if facts.letter_date is not None:
        start = Start("letter", facts.letter_date)
        others = starts(("sent", facts.sent))
    else:
        assert facts.sent is not None  # checked in facts.check
        start, others = Start("sent", facts.sent), []
    uncertain = [
        Step(
            gettext_noop(
                'The law says you must act "promptly". A claim started before this date can still be '
                "refused if it was not prompt. Three months is the outer limit, not a target."
            )
        ),
        Step(
            gettext_noop(
                "If the Home Office has given you a date to remove you, act before that date: "
                "it may come first."
            )
        ),
    ]
    if facts.letter_date is None:
        uncertain.append(
            Step(
                gettext_noop(
                    "The time counts from the date of the decision. You did not give the date on the letter, "
                    "so we used the date it was sent. Check the date on the letter."
                )
            )
        )
    if month_has_no_such_day(start.day, 3):
        uncertain.append(MONTH_END)
    if facts.nation is Nation.SCOTLAND:
        uncertain.append(
            Step(
                gettext_noop(
                    "In Scotland the 3 months begin with the day of the decision, so they end one day "
                    "earlier than in England. The law does not clearly say the date moves if the court is "
                    "closed, so we did not move it."
                )
            )
        )
        return count(_IN_SCOTLAND, start, nation=facts.nation, others=others, uncertain=uncertain)
    if facts.nation is Nation.NORTHERN_IRELAND:
        uncertain.append(
            Step(
                gettext_noop(
                    "We could not check the Northern Ireland court rule. We used 3 months and did not move "
                    "the date for weekends or holidays. The safe date is one day earlier, in case the "
                    "3 months include the day of the decision."
                )
            )
        )
        earliest = Period(months=3, beginning_with=True)
        return count(
            _IN_NORTHERN_IRELAND,
            start,
            nation=facts.nation,
            others=others,
            uncertain=uncertain,
            extra_readings=[
                Reading(
                    s,
                    earliest.end(s.day),
                    step(
                        gettext_noop("If the 3 months include {start}, they end on {day}."),
                        start=s.day,
                        day=earliest.end(s.day),
                    ),
                )
                for s in [start, *others]
            ],
        )
    uncertain.append(
        Step(
            gettext_noop(
                "Most judicial reviews of Home Office decisions start in the Upper Tribunal. If yours is in "
                "the High Court, its rule (CPR 54.5) gives the same 3 months; we could not check it."
            )
        )
    )
    return count(_IN_ENGLAND_AND_WALES, start, nation=facts.nation, others=others, uncertain=uncertain)
