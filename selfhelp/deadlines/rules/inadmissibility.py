"""Inadmissibility: the reply to a notice of intent (§4)."""

from __future__ import annotations

from .counting import (
    Deadline,
    Period,
    Rule,
    count,
    first_start,
    starts,
)
from .facts import Facts
from .sources import NOI_REPRESENTATIONS
from .text import Step, gettext_noop

_ACTION = Step(
    gettext_noop(
        "The Home Office should get your reply by this date. If the notice gives an earlier date, "
        "use that. If you need more time, ask in writing now."
    )
)


def noi_representations(facts: Facts) -> Deadline:
    """Reply to an inadmissibility notice of intent (§4).

    Home Office "Inadmissibility: safe third country cases" v8.0 (29 April 2024), section
    "Representation timescales and extensions": a standard timescale of 7 calendar days if
    detained, 14 otherwise, from service of the notice; extensions may be requested. Calendar
    days and no roll-forward (§12.7). Served: the day the person got it, else sent, else the
    letter date. The notice usually states its own date: flagged.
    """
    days = 7 if facts.detained else 14
    lead = [
        Step(gettext_noop("You are in detention, so the usual time is 7 days."))
        if facts.detained
        else Step(gettext_noop("You are not in detention, so the usual time is 14 days."))
    ]
    return count(
        Rule(
            key="noi-representations",
            title=Step(gettext_noop("Reply to the notice of intent")),
            action=_ACTION,
            source=NOI_REPRESENTATIONS,
            period=Period(days=days),
            rolls=False,
        ),
        first_start(facts),
        nation=facts.nation,
        others=starts(("sent", facts.sent), ("letter", facts.letter_date)),
        lead=lead,
        uncertain=[
            Step(
                gettext_noop(
                    "This time limit comes from Home Office guidance. It counts calendar days and does not "
                    "say the date moves for weekends or bank holidays, so we did not move it."
                )
            ),
            Step(
                gettext_noop(
                    "We read this in version 8.0 of the guidance and in a government answer of May 2024. We "
                    "could not check the time limits in version 9.0, the newest version we found. The date "
                    "printed on your notice is the one that counts."
                )
            ),
            Step(
                gettext_noop(
                    "The time counts from the day the notice is given to you. If it was posted or emailed, "
                    "that day is not certain. The safe date counts from the earliest date you gave."
                )
            ),
        ],
    )
