"""Asylum support: when section 95 support can stop, and the appeal against a support decision (§5)."""

from __future__ import annotations

from .counting import (
    Deadline,
    Period,
    Rule,
    Start,
    count,
    first_start,
    starts,
    window_earliest,
)
from .facts import Facts
from .sources import ROLL_SEC, SUPPORT_APPEAL, SUPPORT_ENDS
from .text import Step, gettext_noop, step

_SUPPORT_TITLE = Step(gettext_noop("Your asylum support (section 95) can stop"))
_SUPPORT_ACTION = Step(
    gettext_noop(
        "If you get asylum support, it can stop at the end of this day. The Home Office should write "
        "to you first. Get advice now about where you can stay."
    )
)
_SUPPORT_BEGINNING_ON = Step(
    gettext_noop(
        'The law says a period of 21 days "beginning on" the start day, so the start day is day 1. '
        "Some people count 21 days after the start day instead, which is one day later. "
        "We use the earlier date."
    )
)
_SUPPORT_CHILDREN = Step(
    gettext_noop(
        "If a child under 18 lives with you as part of your family, your support usually continues "
        "(section 94(5)). We could not check this rule."
    )
)


def support_ends_after_decision(facts: Facts) -> Deadline:
    """Section 95 support ends after a refusal when no appeal is lodged (§5.1).

    IAA 1999 s.94(3)(a): a claim is determined at the end of the prescribed period beginning on
    the day the Secretary of State notifies the decision; reg 2(2) Asylum Support Regulations
    2000: 21 days when the claim is refused. "Beginning on" X: X is day 1, so the last day is
    X + 20. Flags (§12.5): "after" reading (X + 21), "notifies" sent or received, children.
    """
    start = first_start(facts)
    others = starts(("sent", facts.sent), ("letter", facts.letter_date))
    uncertain = [
        _SUPPORT_BEGINNING_ON,
        Step(
            gettext_noop(
                "The law counts from the day the Home Office tells you about the decision. It does not "
                "say if that is the day it was sent or the day you got it. The safe date uses the earlier."
            )
        ),
        Step(
            gettext_noop(
                "If you appeal, your support should carry on until the appeal ends. The Home Office "
                "often sends a letter with its own date for when support stops: keep that letter."
            )
        ),
        _SUPPORT_CHILDREN,
    ]
    return count(
        Rule(
            key="support-ends",
            title=_SUPPORT_TITLE,
            action=_SUPPORT_ACTION,
            source=SUPPORT_ENDS,
            period=Period(days=21, beginning_with=True),
            rolls=False,
        ),
        start,
        nation=facts.nation,
        others=others,
        lead=[
            Step(
                gettext_noop(
                    "If you do not appeal, support can stop 21 days after the Home Office tells you "
                    "about the decision."
                )
            )
        ],
        uncertain=uncertain,
    )


def support_ends_after_appeal(window: Deadline, rights_end: Deadline, facts: Facts) -> Deadline:
    """Section 95 support ends after an appeal is disposed of (§5.1, §7).

    IAA 1999 s.94(3)(b): the 21-day period (reg 2(2)) begins on the day the appeal is disposed
    of. We read "disposed of" as the day the appeal stops being pending: the day appeal rights
    end. Readings from the last day of the window, and from its earliest reading, make the safe
    date earlier. Flags (§12.5): s.94(9) not verified, "beginning on", children.
    """
    return count(
        Rule(
            key="support-ends",
            title=_SUPPORT_TITLE,
            action=_SUPPORT_ACTION,
            source=SUPPORT_ENDS,
            period=Period(days=21, beginning_with=True),
            rolls=False,
        ),
        Start("are", rights_end.last_day),
        nation=facts.nation,
        others=[Start("window-last", window.last_day), Start("window-earliest", window_earliest(window))],
        lead=[
            Step(
                gettext_noop(
                    "If you do not ask for permission to appeal in time, support can stop 21 days after "
                    "your appeal rights end."
                )
            )
        ],
        uncertain=[
            Step(
                gettext_noop(
                    'We read "the day the appeal is disposed of" as the day your appeal rights end. '
                    "It may be the last day to act instead, which is one day earlier. We could not "
                    "check section 94(9). The safe date uses the earliest reading."
                )
            ),
            _SUPPORT_BEGINNING_ON,
            _SUPPORT_CHILDREN,
        ],
    )


def support_appeal(facts: Facts) -> Deadline:
    """Appeal against an asylum support decision (§5.2).

    FTT (SEC) Rules 2008 r.22(2)(a): the notice of appeal must be received within 3 days after
    the date the appellant received written notice of the decision. SEC r.12 (not verified here)
    moves a non-working last day forward. If the date received is unknown we assume it arrived
    the day it was sent (the note's safe assumption; no deeming rule was found for support
    decisions): flagged. The safe date counts from the date sent or on the letter.
    """
    start = first_start(facts)
    uncertain = [
        Step(
            gettext_noop(
                "We could not check the words of rule 12, which moves a last day that is not a working day. "
                "Other tribunal rules say the same, so we moved the date."
            )
        ),
        Step(
            gettext_noop(
                "We could not check what time of day the time ends. Make sure the tribunal gets your appeal "
                "early in the day."
            )
        ),
    ]
    if start.kind != "received":
        uncertain.insert(
            0,
            step(
                gettext_noop(
                    "You did not give the date you got the letter, so we counted from {start_name}. "
                    "If you got it later, the last day may be later."
                ),
                start_name=start.name,
            ),
        )
    return count(
        Rule(
            key="support-appeal",
            title=Step(gettext_noop("Appeal against the asylum support decision")),
            action=Step(
                gettext_noop(
                    "The tribunal must receive your appeal by this date. The time is very short, so send it "
                    "today if you can."
                )
            ),
            source=SUPPORT_APPEAL,
            period=Period(days=3),
            rolls=True,
            roll_rule=ROLL_SEC,
        ),
        start,
        nation=facts.nation,
        others=starts(("sent", facts.sent), ("letter", facts.letter_date)),
        uncertain=uncertain,
    )
