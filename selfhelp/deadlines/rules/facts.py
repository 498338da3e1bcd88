"""The facts of a decision, and the checks they must pass before anything is counted."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from selfhelp.decisions import Decision, Nation

from .sources import NABA_COMMENCEMENT
from .text import Step, english_date, gettext_noop, identity


@dataclass(frozen=True)
class Facts:
    decision: Decision
    letter_date: date | None = None  # the date printed on the letter
    sent: date | None = None  # postmark or email date (for SAR: the date the person sent the request)
    received: date | None = None  # the date the person got it (for SAR: the date the Home Office got it)
    departed: date | None = None  # the date the person left the UK, where the rule counts from it
    detained: bool = False
    outside_uk: bool = False
    nation: Nation = Nation.ENGLAND_AND_WALES


class FactsError(ValueError):
    """The facts are missing something, or cannot be true. ``field`` names the fact at fault."""

    def __init__(self, message: Step, field: str) -> None:
        self.message = message
        self.field = field
        super().__init__(message.format())

    def format(
        self,
        translate: Callable[[str], str] = identity,
        format_date: Callable[[date], str] = english_date,
    ) -> str:
        return self.message.format(translate, format_date)


def decision_day(facts: Facts) -> date | None:
    known = [day for day in (facts.letter_date, facts.sent) if day is not None]
    return min(known) if known else None


def certified_before_june_2022(facts: Facts) -> bool:
    """Whether a "clearly unfounded" certificate falls under the old rules (Corrections, point 1).

    NABA 2022 s.28 inserted NIAA 2002 s.94(3A) (no appeal at all) from 28 June 2022; s.28(4) keeps
    the old out-of-country appeal for claims certified before then. The certificate is dated with
    the decision, so we use the earliest date known for the decision (the date on the letter, else
    the date it was sent): a letter sent on or after 28 June 2022 with no date given is treated as
    certified under the new rules, and the result tells the person to give the letter's date.
    """
    decided = decision_day(facts)
    return decided is not None and decided < NABA_COMMENCEMENT


def left_after_decision(facts: Facts) -> bool:
    decided = decision_day(facts)
    return facts.departed is not None and (decided is None or facts.departed >= decided)


def check(facts: Facts) -> Facts:
    """Check the facts before counting; raise :class:`FactsError` naming the field at fault.

    - ``decision`` and ``nation`` must be known kinds; dates must be dates (not date-times) in
      2000-2099 (the tool counts with today's rules and bank-holiday data).
    - Impossible orders: a letter cannot be sent before the date printed on it; it cannot be
      received before it was sent or before its date; a request cannot reach the Home Office
      before it was sent.
    - Contradictions: a date of leaving the UK means the person is outside the UK (for an
      out-of-country appeal, the date of leaving says so by itself); a person cannot be both in UK
      detention and outside the UK.
    - Missing facts, by decision: a rule needs the date it counts from (see each branch). An
      out-of-country appeal needs the date the person left the UK: its 28 days start then.
    """
    decision, nation = _check_kinds_and_dates(facts)
    _check_order(facts)
    outside_uk = _check_contradictions(facts, decision)
    facts = Facts(
        decision=decision,
        letter_date=facts.letter_date,
        sent=facts.sent,
        received=facts.received,
        departed=facts.departed,
        detained=bool(facts.detained),
        outside_uk=outside_uk,
        nation=nation,
    )
    _check_needed(facts)
    return facts


def _check_kinds_and_dates(facts: Facts) -> tuple[Decision, Nation]:
    try:
        decision = Decision(facts.decision)
    except ValueError:
        raise FactsError(Step(gettext_noop("Choose the kind of decision.")), "decision") from None
    try:
        nation = Nation(facts.nation)
    except ValueError:
        raise FactsError(Step(gettext_noop("Choose the part of the UK you live in.")), "nation") from None

    for name in ("letter_date", "sent", "received", "departed"):
        value = getattr(facts, name)
        if value is None:
            continue
        if not isinstance(value, date) or isinstance(value, datetime):
            raise FactsError(Step(gettext_noop("Give a date, for example 2026-03-20.")), name)
        if not date(2000, 1, 1) <= value <= date(2099, 12, 31):
            raise FactsError(
                Step(gettext_noop("Check the year. We can count dates from 2000 to 2099.")), name
            )
    return decision, nation


# Dates that cannot come before another: (the later, the earlier, what to say beside the later).
_ORDER = (
    (
        "sent",
        "letter_date",
        gettext_noop("The date it was sent cannot be before the date on the letter. Check both dates."),
    ),
    (
        "received",
        "sent",
        gettext_noop("The date it was received cannot be before the date it was sent. Check both dates."),
    ),
    (
        "received",
        "letter_date",
        gettext_noop("The date it was received cannot be before the date on the letter. Check both dates."),
    ),
)


def _check_order(facts: Facts) -> None:
    for later, earlier, message in _ORDER:
        after, before = getattr(facts, later), getattr(facts, earlier)
        if after and before and after < before:
            raise FactsError(Step(message), later)


def _check_contradictions(facts: Facts, decision: Decision) -> bool:
    """Whether the person is outside the UK, once the facts agree with each other."""
    outside_uk = bool(facts.outside_uk)
    if decision is Decision.OUT_OF_COUNTRY_APPEAL and facts.departed is not None:
        outside_uk = True  # the appeal is made after leaving: the date of leaving says it all
    if facts.departed and not outside_uk:
        raise FactsError(
            Step(
                gettext_noop(
                    "You gave a date you left the UK. Say that you are outside the UK, or remove the date."
                )
            ),
            "departed",
        )
    if facts.detained and outside_uk:
        raise FactsError(
            Step(
                gettext_noop("You cannot be in detention in the UK and outside the UK. Check your answers.")
            ),
            "detained",
        )
    return outside_uk


def _check_needed(facts: Facts) -> None:
    """The date each decision's rules count from must be given."""
    decision = facts.decision
    need_sent_or_letter = Step(
        gettext_noop("Give the date it was sent (postmark or email date), or the date on the letter.")
    )
    left_before_decision = Step(
        gettext_noop(
            "You left the UK before the decision. Give the date you got the letter, so we can count from it."
        )
    )
    if decision is Decision.SAR:
        if facts.received is None and facts.sent is None:
            raise FactsError(
                Step(
                    gettext_noop("Give the date the Home Office got your request, or the date you sent it.")
                ),
                "received",
            )
    elif decision is Decision.SUPPORT_REFUSAL or decision is Decision.NOTICE_OF_INTENT:
        if facts.received is None and facts.sent is None and facts.letter_date is None:
            raise FactsError(
                Step(
                    gettext_noop("Give the date you got the letter, the date it was sent, or the date on it.")
                ),
                "received",
            )
    elif decision is Decision.OUT_OF_COUNTRY_APPEAL:
        if facts.departed is None:
            raise FactsError(
                Step(
                    gettext_noop(
                        "Give the date you left the UK: for this decision, the 28 days to appeal start on "
                        "that day. If you are still in the UK, you cannot appeal yet. Get advice now: a "
                        "lawyer may be able to challenge the certificate by judicial review."
                    )
                ),
                "departed",
            )
        if not left_after_decision(facts) and facts.received is None:
            raise FactsError(left_before_decision, "received")
    elif decision is Decision.CERTIFIED:
        if facts.letter_date is None and facts.sent is None:
            raise FactsError(need_sent_or_letter, "sent")
        if certified_before_june_2022(facts) and facts.outside_uk:
            if facts.departed is None and facts.received is None:
                raise FactsError(
                    Step(gettext_noop("Give the date you left the UK, or the date you got the letter.")),
                    "departed",
                )
            if not left_after_decision(facts) and facts.received is None:
                raise FactsError(left_before_decision, "received")
    elif facts.sent is None and facts.letter_date is None:
        raise FactsError(need_sent_or_letter, "sent")
