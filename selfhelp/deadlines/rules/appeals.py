"""Appeals to the tribunals: the appeal itself, asking for permission to appeal further, and the day
appeal rights end (research note §1, §2, §7; "Corrections (December 2026)", points 1 and 2)."""

from __future__ import annotations

from datetime import timedelta

from .calendar import month_has_no_such_day
from .counting import (
    MONTH_END,
    Deadline,
    Period,
    Reading,
    Rule,
    Start,
    count,
    count_safe_date,
    decision_date_starts,
    first_start,
    starts,
    window_earliest,
)
from .facts import Decision, Facts, certified_before_june_2022, left_after_decision
from .sources import (
    APPEAL_RIGHTS_EXHAUSTED,
    APPEAL_RIGHTS_EXHAUSTED_CERTIFIED,
    FTT_APPEAL_AFTER_LEAVING,
    FTT_APPEAL_IN_UK,
    FTT_APPEAL_OUTSIDE_UK,
    PERMISSION_FTT_IN_UK,
    PERMISSION_FTT_OUTSIDE_UK,
    PERMISSION_UT_IN_UK,
    PERMISSION_UT_OUTSIDE_UK,
    ROLL_FTT_IAC,
    ROLL_UT,
)
from .text import Step, gettext_noop, step

_FTT_CUT_OFF = Step(
    gettext_noop(
        "We could not check what time of day the tribunal's time ends on the last day (rule 11). "
        "To be safe, make sure the tribunal gets it by 4pm."
    )
)
_FTT_ROLL_NOT_CHECKED = Step(
    gettext_noop(
        "We could not check the words of rule 11, which moves a last day that is not a working day. "
        "Other tribunal rules say the same, so we moved the date."
    )
)
_DETAINED_ADA = Step(
    gettext_noop(
        "There is a law for a faster appeal for some people in detention (5 working days). We believe it "
        "is not in use. If your letter gives you less time than this, follow the letter and get advice now."
    )
)
_DETAINED_ADA_PERMISSION = Step(
    gettext_noop(
        "There is a law for faster appeals for some people in detention, with shorter times to ask for "
        "permission. We believe it is not in use. If your letter gives you less time than this, follow "
        "the letter and get advice now."
    )
)
_OLD_CERTIFICATE = Step(
    gettext_noop(
        "This appeal is only for claims certified as clearly unfounded before 28 June 2022 (the old rules, "
        "kept by section 28(4) of the Nationality and Borders Act 2022). For claims certified after 27 June "
        "2022 there is no appeal at all. Check the date on the letter with a lawyer."
    )
)


def ftt_appeal_in_uk(facts: Facts) -> Deadline:
    """Appeal to the First-tier Tribunal (IAC) from inside the UK, detained or not (§1.1, §1.3).

    FTT IAC Rules 2014 r.19(2): the notice of appeal must be received "not later than 14 days
    after" the appellant is sent the notice of decision: the last day is the date sent + 14.
    Detained appellants have the same limit (the fast track rules were quashed in 2015; the
    accelerated detained appeal of NABA 2022 s.27 is believed not in force: flagged).
    r.11 (not verified here) moves a non-working last day to the next working day.

    NIAA 2002 s.92(2) (Corrections (December 2026), point 2): an uncertified refusal is appealed
    from inside the UK, and s.92(8): leaving ends an appeal brought from inside the UK. So for a
    person who says they are outside the UK this is still the only window: it counts from the
    day the decision was sent, never from the day they left, and says so.
    """
    start, others, doubts = decision_date_starts(facts)
    lead = []
    if facts.outside_uk:
        lead.append(
            step(
                gettext_noop(
                    "This appeal can only be brought from inside the UK ({source}). So we count from the day "
                    "the decision was sent, never from the day you left the UK."
                ),
                source="Nationality, Immigration and Asylum Act 2002, section 92(2)",
            )
        )
    if facts.detained:
        lead.append(Step(gettext_noop("You are in detention. The time limit is the same: 14 days.")))
    if facts.received is not None:
        lead.append(
            step(
                gettext_noop(
                    "You got the letter on {day}. The time counts from the day it was sent, "
                    "not the day you got it."
                ),
                day=facts.received,
            )
        )
    uncertain = [*doubts, _FTT_CUT_OFF, _FTT_ROLL_NOT_CHECKED]
    if facts.detained:
        uncertain.append(_DETAINED_ADA)
    action = (
        Step(
            gettext_noop(
                "This is the last day to appeal from inside the UK. There is no appeal against this decision "
                "from outside the UK. Get advice today."
            )
        )
        if facts.outside_uk
        else Step(
            gettext_noop(
                "The tribunal must receive your appeal by this date. Send it as early as you can, "
                "before the safe date if possible."
            )
        )
    )
    return count(
        Rule(
            key="ftt-appeal",
            title=Step(gettext_noop("Appeal to the First-tier Tribunal")),
            action=action,
            source=FTT_APPEAL_IN_UK,
            period=Period(days=14),
            rolls=True,
            roll_rule=ROLL_FTT_IAC,
        ),
        start,
        nation=facts.nation,
        others=others,
        lead=lead,
        uncertain=uncertain,
    )


def ftt_appeal_outside_uk(facts: Facts) -> Deadline:
    """Appeal to the First-tier Tribunal (IAC) that may be brought only from outside the UK (§1.1).

    r.19(3)(a): where the person was in the UK when the decision was made and "may not appeal
    while they are in the United Kingdom by reason of a provision of the 2002 Act", 28 days after
    they leave. r.19(3)(b): in any other case (they left before the decision), 28 days after they
    receive the notice of decision.

    Used only for decisions that may be appealed from outside the UK alone (Corrections
    (December 2026), point 1): a human rights claim certified under NIAA 2002 s.94B or a
    Schedule 3 (2004 Act) safe third country certificate (``out-of-country-appeal``), and, under
    NABA 2022 s.28(4), a claim certified as clearly unfounded *before 28 June 2022* (flagged: old
    certificates only). Never for an uncertified refusal (s.92(2)) and never for a claim certified
    under s.94(1) or (3) after 27 June 2022 (s.94(3A): no appeal at all).
    """
    title = Step(gettext_noop("Appeal to the First-tier Tribunal from outside the UK"))
    action = Step(
        gettext_noop(
            "The tribunal must receive your appeal by this date. Send it as early as you can, "
            "before the safe date if possible."
        )
    )
    uncertain = [_FTT_CUT_OFF, _FTT_ROLL_NOT_CHECKED]
    lead = [
        Step(gettext_noop("This decision can only be appealed from outside the UK.")),
    ]
    if facts.decision is Decision.CERTIFIED:
        uncertain.insert(0, _OLD_CERTIFICATE)
    if left_after_decision(facts):
        assert facts.departed is not None
        lead.append(
            Step(
                gettext_noop(
                    "You were in the UK when the decision was made, so the 28 days start when you left."
                )
            )
        )
        return count(
            Rule(
                key="ftt-appeal",
                title=title,
                action=action,
                source=FTT_APPEAL_AFTER_LEAVING,
                period=Period(days=28),
                rolls=True,
                roll_rule=ROLL_FTT_IAC,
            ),
            Start("departed", facts.departed),
            nation=facts.nation,
            lead=lead,
            uncertain=uncertain,
        )
    assert facts.received is not None  # checked in facts.check
    lead.append(
        Step(
            gettext_noop(
                "You left the UK before the decision was made, so the 28 days start when you got it."
            )
        )
    )
    uncertain.insert(
        0,
        Step(
            gettext_noop(
                "The law may treat a posted letter as received on a set day after it was posted. "
                "We could not check that rule, so we used the date you gave. Keep the envelope."
            )
        ),
    )
    return count(
        Rule(
            key="ftt-appeal",
            title=title,
            action=action,
            source=FTT_APPEAL_OUTSIDE_UK,
            period=Period(days=28),
            rolls=True,
            roll_rule=ROLL_FTT_IAC,
        ),
        Start("received", facts.received),
        nation=facts.nation,
        others=starts(("sent", facts.sent), ("letter", facts.letter_date)),
        lead=lead,
        uncertain=uncertain,
    )


def permission_ftt(facts: Facts) -> Deadline:
    """Ask the First-tier Tribunal for permission to appeal to the Upper Tribunal (§2).

    FTT IAC Rules 2014 r.33(2): received no later than 14 days after the party was sent the
    written reasons (in the UK, detained or not); r.33(3): 28 days if the appellant is outside
    the UK. "Sent" since 14 May 2018. r.11 (not verified here) rolls a non-working last day.
    """
    start, others, doubts = decision_date_starts(facts)
    uncertain = [*doubts, _FTT_CUT_OFF, _FTT_ROLL_NOT_CHECKED]
    if facts.detained:
        uncertain.append(_DETAINED_ADA_PERMISSION)
    return count(
        Rule(
            key="permission-ftt",
            title=Step(gettext_noop("Ask the First-tier Tribunal for permission to appeal")),
            action=Step(
                gettext_noop(
                    "The First-tier Tribunal must receive your application by this date. "
                    "It must say what the legal mistakes in the decision are."
                )
            ),
            source=PERMISSION_FTT_OUTSIDE_UK if facts.outside_uk else PERMISSION_FTT_IN_UK,
            period=Period(days=28 if facts.outside_uk else 14),
            rolls=True,
            roll_rule=ROLL_FTT_IAC,
        ),
        start,
        nation=facts.nation,
        others=others,
        uncertain=uncertain,
    )


def permission_ut(facts: Facts) -> Deadline:
    """Ask the Upper Tribunal for permission to appeal after the FTT refused it (§2).

    UT Rules 2008 r.21(3)(aa): received no later than 14 days after the FTT's refusal was sent
    (appellant in the UK); r.21(3)(b): one month after it was sent (outside the UK).
    UT r.12(2) (verified) moves a non-working last day to the next working day; r.12(1): by 5pm.
    """
    start, others, doubts = decision_date_starts(facts)
    period = Period(months=1) if facts.outside_uk else Period(days=14)
    uncertain = list(doubts)
    if period.months and month_has_no_such_day(start.day, 1):
        uncertain.append(MONTH_END)
    return count(
        Rule(
            key="permission-ut",
            title=Step(gettext_noop("Ask the Upper Tribunal for permission to appeal")),
            action=Step(
                gettext_noop(
                    "The Upper Tribunal must receive your application by 5pm on this date. "
                    "Send it as early as you can."
                )
            ),
            source=PERMISSION_UT_OUTSIDE_UK if facts.outside_uk else PERMISSION_UT_IN_UK,
            period=period,
            rolls=True,
            roll_rule=ROLL_UT,
        ),
        start,
        nation=facts.nation,
        others=others,
        uncertain=uncertain,
    )


_ARE_DOUBTS = (
    Step(
        gettext_noop(
            "If you send it late, your appeal rights stay ended until the tribunal agrees to accept it. "
            "We could not check the case law on this."
        )
    ),
    Step(gettext_noop("We could not check the current words of section 104.")),
)


def appeal_rights_exhausted_after(window: Deadline, facts: Facts, *, if_not: Step) -> Deadline:
    """Appeal rights exhausted: the day after the last in-time day to appeal or apply (§7).

    NIAA 2002 s.104: an appeal is pending while an application for permission could be made in
    time. So, if nothing is lodged, appeal rights end the day after the (rolled) last day of the
    window. The earliest reading is the day after the window's earliest reading (the tribunal's
    own system treats that day as late, §9). It is the day rights end, not a day to act, so the
    safe date is never moved back to a working day. Flags §12.11 (late applications) and that the
    amended text of s.104 was not verified.
    """
    last_day = window.last_day + timedelta(days=1)
    steps = [
        if_not,
        step(gettext_noop("The last day to act is {day}."), day=window.last_day),
        step(gettext_noop("Your appeal rights end the next day: {day}."), day=last_day),
    ]
    readings = [
        Reading(Start("window-last", window.last_day), last_day),
        Reading(
            Start("window-earliest", window_earliest(window)),
            window_earliest(window) + timedelta(days=1),
            step(
                gettext_noop(
                    "With the earliest way of counting, the last day to act is {start}, so they end on {day}."
                ),
                start=window_earliest(window),
                day=window_earliest(window) + timedelta(days=1),
            ),
        ),
    ]
    safe, earliest = count_safe_date(readings, facts.nation, False, steps, [], move_back=False)
    return Deadline(
        key="appeal-rights-exhausted",
        title=Step(gettext_noop("Your appeal rights end if you do nothing")),
        last_day=last_day,
        safe_date=min(safe, last_day),
        source=APPEAL_RIGHTS_EXHAUSTED,
        steps=tuple(steps),
        uncertain=_ARE_DOUBTS,
        action=Step(
            gettext_noop(
                "If you have not acted in time, your appeal rights end on this date. The Home Office "
                'calls this "appeal rights exhausted".'
            )
        ),
        rolls=False,
        calendar=facts.nation,
        earliest=earliest,
    )


def appeal_rights_exhausted_certified(facts: Facts) -> Deadline:
    """Appeal rights exhausted for a certified claim, in the UK (§7).

    The Home Office's "Enforced removals: notice periods" v2.0 counts as appeal rights
    exhausted a person with no appeal right (certified claims) and a person who can no longer
    appeal in time. A claim certified after 27 June 2022 has no appeal at all (NIAA 2002
    s.94(3A)); one certified before then has none from inside the UK; so the Home Office treats
    appeal rights as ended from the day the decision is given. This is policy, not statute:
    flagged. The date is the day the person was told (received, else sent, else the letter
    date); it does not roll and its safe date is not moved back to a working day. Earlier dates
    given make the safe date earlier.
    """
    start = first_start(facts)
    steps = [
        start.said,
        step(gettext_noop("From {day}, the Home Office treats your appeal rights as ended."), day=start.day),
    ]
    readings = [Reading(start, start.day)] + [
        Reading(
            other,
            other.day,
            step(
                gettext_noop("It may count from {start_name} instead: {day}."),
                start_name=other.name,
                day=other.day,
            ),
        )
        for other in starts(("sent", facts.sent), ("letter", facts.letter_date))
        if other.day != start.day
    ]
    safe, earliest = count_safe_date(readings, facts.nation, False, steps, [], move_back=False)
    return Deadline(
        key="appeal-rights-exhausted",
        title=Step(gettext_noop("The Home Office treats your appeal rights as ended")),
        last_day=start.day,
        safe_date=min(safe, start.day),
        source=APPEAL_RIGHTS_EXHAUSTED_CERTIFIED,
        steps=tuple(steps),
        uncertain=(
            Step(
                gettext_noop(
                    "This comes from Home Office guidance, not from a law. The guidance does not say "
                    "which day it starts; we used the day you were told about the decision."
                )
            ),
        ),
        action=Step(
            gettext_noop(
                "Your claim was certified before 28 June 2022, so you cannot appeal from inside the UK. The "
                'Home Office treats your appeal rights as ended ("appeal rights exhausted") from this date.'
            )
        )
        if certified_before_june_2022(facts)
        else Step(
            gettext_noop(
                "Your claim was certified, so you have no appeal. The Home Office treats your appeal "
                'rights as ended ("appeal rights exhausted") from this date.'
            )
        ),
        rolls=False,
        calendar=facts.nation,
        earliest=earliest,
    )
