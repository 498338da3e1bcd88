"""The road after a refusal: which guide goes with each stage, and which checklist a case needs now.

Pure: no Django. The stages picture (selfhelp/cases/stages.py) draws the paths; this module says where a
case is on its path, from its kind of decision and the hearing dates the person added, and which guide's
checklist to suggest. It only ever moves a case on when the person told us something (a hearing date);
it never guesses that an appeal was lodged or that no appeal is left.

A guide is named by its slug, with a section after "#" where the link should land on one part of it.
"""

from dataclasses import dataclass
from datetime import date

APPEAL_PATH = "appeal"
CERTIFIED_PATH = "certified"
OUT_OF_COUNTRY_PATH = "out-of-country"
INADMISSIBILITY_PATH = "inadmissibility"

#: The guide for each stage of each path, in the order of the stages in selfhelp/cases/stages.py.
STAGE_GUIDES = {
    APPEAL_PATH: [
        "reading-your-letter",
        "lodging-your-appeal",
        "getting-ready-for-the-hearing",
        "after-the-appeal-decision",
        "appeal-rights-exhausted",
    ],
    CERTIFIED_PATH: [
        "appeal-rights#when-there-is-no-appeal",
        "removal-and-deportation#judicial-review-and-injunctions",
        "fresh-claims",
    ],
    OUT_OF_COUNTRY_PATH: [
        "appeal-rights#when-there-is-no-appeal",
        "appeal-rights#time-limits",
        "appeal-rights#when-there-is-no-appeal",
    ],
    INADMISSIBILITY_PATH: [
        "inadmissibility",
        "inadmissibility",
        "inadmissibility",
        "appeal-rights#judicial-review",
    ],
}

#: decision → (path, the stage the decision itself puts the person at)
WHERE = {
    "refusal": (APPEAL_PATH, 0),
    "ftt-dismissed": (APPEAL_PATH, 2),
    "ftt-refused-permission": (APPEAL_PATH, 3),
    "certified": (CERTIFIED_PATH, 0),
    "out-of-country-appeal": (OUT_OF_COUNTRY_PATH, 0),
    "notice-of-intent": (INADMISSIBILITY_PATH, 0),
    "inadmissible": (INADMISSIBILITY_PATH, 2),
}

HEARING_STAGE = 2  # "Tribunal hearing and decision" on the appeal path
HEARING_DAY_SOON = 1  # days before the hearing from which the hearing-day checklist comes first

# Why a checklist is suggested (the case page words each reason in the reader's language).
NO_HEARING_YET = "no-hearing-yet"
HEARING_BOOKED = "hearing-booked"
HEARING_SOON = "hearing-soon"
HEARING_PASSED = "hearing-passed"
APPEAL_DISMISSED = "appeal-dismissed"
PERMISSION_REFUSED = "permission-refused"
NO_APPEAL = "no-appeal"
APPEAL_FROM_ABROAD = "appeal-from-abroad"
INADMISSIBILITY = "inadmissibility"
DETAINED = "detained"
OTHER = "other"


@dataclass(frozen=True)
class Suggestion:
    guide: str  # a guide's slug
    reason: str  # one of the reasons above


@dataclass(frozen=True)
class Now:
    """Where a case is: its path and stage (None when its decision is on no path) and what to work on."""

    path: str | None
    stage: int | None
    suggestions: tuple[Suggestion, ...]

    @property
    def guide(self) -> str:
        """The guide whose checklist comes first."""
        return self.suggestions[0].guide


def now(decision: str, hearings: list[date], today: date, detained: bool = False) -> Now:
    """Where a case is now, and which checklists to suggest, first the one that matters most.

    ``hearings`` are the hearing dates the person added to the case. A refusal with a hearing date is at
    the hearing stage: before the day the person gets ready, on the day (or the day before) the hearing
    day's checklist comes first, after it the decision's. A detained person always sees the checklist for
    detention too.
    """
    path, stage = WHERE.get(decision, (None, None))
    suggestions = []
    if decision == "refusal":
        upcoming = sorted(day for day in hearings if day >= today)
        if upcoming:
            stage = HEARING_STAGE
            if (upcoming[0] - today).days <= HEARING_DAY_SOON:
                suggestions.append(Suggestion("the-hearing-day", HEARING_SOON))
            suggestions.append(Suggestion("getting-ready-for-the-hearing", HEARING_BOOKED))
        elif hearings:
            stage = HEARING_STAGE
            suggestions.append(Suggestion("after-the-appeal-decision", HEARING_PASSED))
        else:
            suggestions.append(Suggestion("lodging-your-appeal", NO_HEARING_YET))
    elif decision == "ftt-dismissed":
        suggestions.append(Suggestion("after-the-appeal-decision", APPEAL_DISMISSED))
    elif decision == "ftt-refused-permission":
        suggestions.append(Suggestion("after-the-appeal-decision", PERMISSION_REFUSED))
    elif decision == "certified":
        suggestions.append(Suggestion("appeal-rights", NO_APPEAL))
    elif decision == "out-of-country-appeal":
        suggestions.append(Suggestion("appeal-rights", APPEAL_FROM_ABROAD))
    elif decision in ("notice-of-intent", "inadmissible"):
        suggestions.append(Suggestion("inadmissibility", INADMISSIBILITY))
    else:
        suggestions.append(Suggestion("after-refusal", OTHER))
    if detained:
        suggestions.insert(0, Suggestion("reporting-and-detention", DETAINED))
    return Now(path=path, stage=stage, suggestions=tuple(suggestions))


def stage_guide(path: str, stage: int) -> str:
    """The guide (slug, maybe with "#section") that explains one stage of a path."""
    return STAGE_GUIDES[path][stage]


#: The guide that explains what to do for a deadline the rules count (by the deadline's key).
DEADLINE_GUIDES = {
    "ftt-appeal": "lodging-your-appeal",
    "permission-ftt": "after-the-appeal-decision#dismissed",
    "permission-ut": "after-the-appeal-decision#dismissed",
    "appeal-rights-exhausted": "appeal-rights-exhausted",
}

#: The guide for a date the person added, by its kind (selfhelp.deadlines.models.OwnDate.Kind).
OWN_DATE_GUIDES = {
    "hearing": "getting-ready-for-the-hearing",
    "direction": "getting-ready-for-the-hearing#directions-and-more-time",
    "reporting": "reporting-and-detention",
}
