"""Subject access requests: when the Home Office must answer a request for your data (§6)."""

from __future__ import annotations

from datetime import timedelta

from .calendar import next_working_day
from .counting import (
    EW,
    Deadline,
    Period,
    Rule,
    Start,
    count,
    starts,
)
from .facts import Facts
from .sources import ROLL_SAR, SAR_RELEVANT_TIME, SAR_RESPONSE
from .text import Step, gettext_noop, step


def _sar_received(facts: Facts) -> tuple[Start, list[Start], list[Step], list[Step]]:
    """When the Home Office got the request: the date given, or an estimate from the date sent.

    The estimate is the second working day (England and Wales) after posting. This is a
    convention for first class post, not a rule of law for requests: flagged.
    """
    if facts.received is not None:
        others = starts(("sar-sent", facts.sent)) if facts.sent is not None else []
        return Start("sar-received", facts.received), others, [], []
    assert facts.sent is not None  # checked in facts.check
    estimate = facts.sent
    lead = [Start("sar-sent", facts.sent).said]
    for number in (1, 2):
        estimate = next_working_day(estimate + timedelta(days=1), EW)
        lead.append(
            step(gettext_noop("Working day {number} after that is {day}."), number=number, day=estimate)
        )
    doubt = Step(
        gettext_noop(
            "You did not give the date the Home Office got your request. We estimated 2 working days after "
            "you posted it. This is a common way to estimate post, not a rule. If you know the real date "
            "(for example from tracking), use it. The safe date counts from the day you sent it."
        )
    )
    return Start("sar-estimated", estimate), [Start("sar-sent", facts.sent)], lead, [doubt]


_SAR_DOUBTS = (
    step(
        gettext_noop(
            "Since 5 February 2026, the month starts when the Home Office has your request and any proof of "
            "identity it reasonably asks for (Article 12A: {source}; checked {checked}). If they ask you for "
            "ID or to explain your request, the date can move later."
        ),
        source=SAR_RELEVANT_TIME.citation,
        checked=SAR_RELEVANT_TIME.checked,
    ),
    Step(
        gettext_noop(
            "If the last day is a weekend or bank holiday, the Home Office has until the next working day. "
            "We used bank holidays in England and Wales, because the Home Office is in England."
        )
    ),
)


_RESPONSE = Rule(
    key="sar-response",
    title=Step(gettext_noop("The Home Office must answer your request for your data")),
    action=Step(
        gettext_noop(
            "The Home Office should send you your data by this date. If it has not, you can write to "
            "remind them, and then complain to the Information Commissioner's Office (ICO)."
        )
    ),
    source=SAR_RESPONSE,
    period=Period(months=1),
    rolls=True,
    roll_rule=ROLL_SAR,
    calendar_doubt=False,
)
_EXTENDED = Rule(
    key="sar-extended",
    title=Step(gettext_noop("Latest answer if the Home Office takes more time")),
    action=Step(
        gettext_noop(
            "If the Home Office told you in the first month that it needs more time, and why, this is "
            "the latest date it can answer."
        )
    ),
    source=SAR_RESPONSE,
    period=Period(months=3),
    rolls=True,
    roll_rule=ROLL_SAR,
    calendar_doubt=False,
)


def sar_response(facts: Facts) -> Deadline:
    """The Home Office's answer to a subject access request (§6).

    UK GDPR Art 12(3): without undue delay and within one month of receipt. ICO counting: the
    day of receipt counts as the start, the corresponding date next month, the last day of the
    month when there is none, the next working day when it falls on a weekend or public
    holiday (England and Wales: the controller is in England). DUAA 2025 Art 12A "relevant
    time" (ID, clarification) flagged.
    """
    start, others, lead, doubts = _sar_received(facts)
    return count(
        _RESPONSE,
        start,
        nation=EW,
        others=others,
        lead=lead,
        uncertain=[*doubts, *_SAR_DOUBTS],
    )


def sar_extended(facts: Facts) -> Deadline:
    """The latest answer to a subject access request when the Home Office extends the time (§6).

    UK GDPR Art 12(3): extendable by two further months where necessary (complexity, number of
    requests); the requester must be told, with reasons, within the first month. The end is the
    corresponding date 3 months after receipt, with the same ICO counting as :func:`sar_response`.
    """
    start, others, lead, doubts = _sar_received(facts)
    return count(
        _EXTENDED,
        start,
        nation=EW,
        others=others,
        lead=lead,
        uncertain=[*doubts, *_SAR_DOUBTS],
    )
