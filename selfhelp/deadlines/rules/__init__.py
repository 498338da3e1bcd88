"""The deadline rules: from the facts of a decision to every date that follows, with the reasons.

Pure Python: this package imports no Django and does no I/O, so pages, the calendar export, the
SAR tracker and the command line can all call it, and it is tested without a database.

Each rule is one small function whose docstring names the rule it implements. The source of
each rule, and what is not certain about it, comes from the research note
``shared/research/deadline-rules.md`` (section numbers in the modules refer to it). Each result
carries its reasons: the counting, one checkable step per line, and what is uncertain.

The modules, from the bottom up:

- :mod:`.text`: messages (:class:`Step`) that carry their values and are translated late.
- :mod:`.calendar`: the parts of the UK, working days, bank holidays, months.
- :mod:`.sources`: where each rule comes from and when it was checked.
- :mod:`.facts`: the facts of a decision and the checks they must pass.
- :mod:`.counting`: periods, rolling to a working day, safe dates (:func:`.counting.count`
  applies one :class:`.counting.Rule`).
- one module per kind of decision: :mod:`.appeals`, :mod:`.judicial_review`,
  :mod:`.inadmissibility`, :mod:`.support`, :mod:`.subject_access`; and :mod:`.notes`.
- here: :func:`compute`, which checks the facts and chooses the rules for the decision.

Two dates for every deadline (see :mod:`.counting`): ``last_day``, the date the rule gives, and
``safe_date``, the last working day on or before the earliest date any reasonable reading gives.

Translation: every text is an English template marked with :func:`gettext_noop`, so that
Django's ``makemessages`` finds it, with named ``{placeholders}``. :meth:`Step.format` fills
them in; the Django layer passes ``gettext`` and a localised date formatter.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from . import notes as _notes
from .appeals import (
    appeal_rights_exhausted_after,
    appeal_rights_exhausted_certified,
    ftt_appeal_in_uk,
    ftt_appeal_outside_uk,
    permission_ftt,
    permission_ut,
)
from .calendar import Nation, add_months, is_working_day, next_working_day, previous_working_day
from .counting import Deadline, Result
from .facts import Decision, Facts, FactsError, certified_before_june_2022, check, decision_day
from .inadmissibility import noi_representations
from .judicial_review import judicial_review
from .sources import (
    APPEAL_RIGHTS_EXHAUSTED,
    CHECKED,
    NOI_REPRESENTATIONS,
    RECHECKED,
    SAR_RELEVANT_TIME,
    SAR_RESPONSE,
    LegalSource,
)
from .subject_access import sar_extended, sar_response
from .support import support_appeal, support_ends_after_appeal, support_ends_after_decision
from .text import Step, english_date, gettext_noop

__all__ = [
    "APPEAL_RIGHTS_EXHAUSTED",
    "CHECKED",
    "NOI_REPRESENTATIONS",
    "RECHECKED",
    "SAR_RELEVANT_TIME",
    "SAR_RESPONSE",
    "Deadline",
    "Decision",
    "Facts",
    "FactsError",
    "LegalSource",
    "Nation",
    "Result",
    "Step",
    "add_months",
    "compute",
    "english_date",
    "gettext_noop",
    "is_working_day",
    "next_working_day",
    "previous_working_day",
]


@dataclass
class _Outcome:
    """What :func:`compute` gathers for one decision, in the order it is said."""

    deadlines: list[Deadline] = field(default_factory=list)
    notes: list[Step] = field(default_factory=lambda: [_notes.NOT_ADVICE])
    warnings: list[Step] = field(default_factory=list)

    def appeal_window(self, window: Deadline, facts: Facts, if_not: Step) -> Deadline:
        """Add a window to appeal or apply, and the day appeal rights end if nothing is sent."""
        rights_end = appeal_rights_exhausted_after(window, facts, if_not=if_not)
        self.deadlines += [window, rights_end]
        return rights_end


def _if_not_appealed() -> Step:
    return Step(gettext_noop("If you do not appeal in time, your appeal rights end."))


def _refusal(facts: Facts, out: _Outcome) -> None:
    """Appealed from inside the UK only (NIAA 2002 s.92(2)); leaving ends a pending appeal (s.92(8)).

    Outside the UK or with a date of leaving, the only window is still the in-UK one, counted
    from the decision, never from the day the person left, with a warning.
    """
    out.appeal_window(ftt_appeal_in_uk(facts), facts, _if_not_appealed())
    if facts.outside_uk:
        out.warnings.append(_notes.LEAVING_ENDS_THE_APPEAL)
        out.notes.append(_notes.NO_SUPPORT_OUTSIDE_UK)
    else:
        out.deadlines.append(support_ends_after_decision(facts))
        out.notes.append(_notes.STAY_TO_KEEP_THE_APPEAL)
    out.notes += [_notes.LATE, _notes.FURTHER_SUBMISSIONS]


def _certified(facts: Facts, out: _Outcome) -> None:
    """Certified under s.94(1) or (3): after 27 June 2022 no appeal at all (s.94(3A)).

    Judicial review and further submissions only, with a warning. Before 28 June 2022 (NABA 2022
    s.28(4)) the old out-of-country appeal is kept, flagged as for old certificates only.
    """
    out.deadlines.append(judicial_review(facts))
    if not certified_before_june_2022(facts):
        out.warnings.append(_notes.NO_APPEAL_CERTIFIED_WARNING)
        if facts.letter_date is None:
            out.notes.append(_notes.GIVE_THE_LETTER_DATE)
        if facts.outside_uk:
            out.notes.append(_notes.NO_SUPPORT_OUTSIDE_UK)
        else:
            out.deadlines += [appeal_rights_exhausted_certified(facts), support_ends_after_decision(facts)]
        out.notes.append(_notes.CHOOSE_OUT_OF_COUNTRY_APPEAL)
    else:
        out.warnings.append(_notes.OLD_CERTIFICATE_WARNING)
        if facts.outside_uk:
            out.appeal_window(ftt_appeal_outside_uk(facts), facts, _if_not_appealed())
            out.notes.append(_notes.NO_SUPPORT_OUTSIDE_UK)
        else:
            out.deadlines += [appeal_rights_exhausted_certified(facts), support_ends_after_decision(facts)]
    out.notes.append(_notes.FURTHER_SUBMISSIONS)


def _out_of_country_appeal(facts: Facts, out: _Outcome) -> None:
    """Certified under s.94B, or a Schedule 3 certificate: 28 days after leaving (FTT IAC r.19(3)(a))."""
    out.warnings.append(_notes.ONLY_FROM_OUTSIDE)
    out.appeal_window(ftt_appeal_outside_uk(facts), facts, _if_not_appealed())
    if decision_day(facts) is not None:
        out.deadlines.append(judicial_review(facts))
    out.notes += [_notes.NO_SUPPORT_OUTSIDE_UK, _notes.LATE, _notes.FURTHER_SUBMISSIONS]


def _inadmissible(facts: Facts, out: _Outcome) -> None:
    out.deadlines.append(judicial_review(facts))
    out.notes += [
        _notes.NO_APPEAL_INADMISSIBLE,
        _notes.JUDICIAL_REVIEW_DOES_NOT_STOP_REMOVAL,
        _notes.NO_SUPPORT_DATE_INADMISSIBLE,
    ]


def _notice_of_intent(facts: Facts, out: _Outcome) -> None:
    out.warnings.append(_notes.USE_THE_NOTICE_DATE)
    out.deadlines.append(noi_representations(facts))
    out.notes.append(_notes.ASK_FOR_MORE_TIME)


def _after_the_tribunal(facts: Facts, out: _Outcome) -> None:
    """After the First-tier Tribunal dismissed the appeal, or refused permission to appeal further."""
    window = permission_ftt(facts) if facts.decision is Decision.FTT_DISMISSED else permission_ut(facts)
    rights_end = out.appeal_window(window, facts, _notes.IF_NO_PERMISSION_ASKED)
    if facts.outside_uk:
        out.warnings.append(_notes.LEAVING_ENDS_AN_IN_UK_APPEAL)
        out.notes.append(_notes.NO_SUPPORT_OUTSIDE_UK)
    else:
        out.deadlines.append(support_ends_after_appeal(window, rights_end, facts))
    out.notes += [_notes.LATE, _notes.FURTHER_SUBMISSIONS]


def _support_refusal(facts: Facts, out: _Outcome) -> None:
    out.deadlines.append(support_appeal(facts))
    out.notes.append(_notes.LATE)


def _subject_access(facts: Facts, out: _Outcome) -> None:
    out.deadlines += [sar_response(facts), sar_extended(facts)]
    out.notes.append(_notes.MORE_TIME_ONLY_IF_COMPLEX)


_BY_DECISION: dict[Decision, Callable[[Facts, _Outcome], None]] = {
    Decision.REFUSAL: _refusal,
    Decision.CERTIFIED: _certified,
    Decision.OUT_OF_COUNTRY_APPEAL: _out_of_country_appeal,
    Decision.INADMISSIBLE: _inadmissible,
    Decision.NOTICE_OF_INTENT: _notice_of_intent,
    Decision.FTT_DISMISSED: _after_the_tribunal,
    Decision.FTT_REFUSED_PERMISSION: _after_the_tribunal,
    Decision.SUPPORT_REFUSAL: _support_refusal,
    Decision.SAR: _subject_access,
}


def _sorted(deadlines: Sequence[Deadline]) -> tuple[Deadline, ...]:
    return tuple(sorted(deadlines, key=lambda deadline: (deadline.last_day, deadline.safe_date)))


def compute(facts: Facts) -> Result:
    """Every deadline that follows from ``facts``, soonest first, with notes and warnings.

    Raises :class:`FactsError` for missing or impossible facts (see :func:`.facts.check`).
    Which rules apply depends on the decision (research note, "Corrections (December 2026)",
    points 1 and 2): see the function for each decision above.
    """
    facts = check(facts)
    out = _Outcome()
    _BY_DECISION[facts.decision](facts, out)
    has_review = any(deadline.key == "judicial-review" for deadline in out.deadlines)
    if has_review and _notes.JUDICIAL_REVIEW_DOES_NOT_STOP_REMOVAL not in out.notes:
        out.notes.append(_notes.JUDICIAL_REVIEW_DOES_NOT_STOP_REMOVAL)
    return Result(deadlines=_sorted(out.deadlines), notes=tuple(out.notes), warnings=tuple(out.warnings))
