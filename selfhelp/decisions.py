"""The shared words for a decision: its kind and the part of the UK. Pure Python, no Django.

A case stores them (selfhelp.cases.models), the deadline rules count from them
(selfhelp.deadlines.rules, which gives them under the same names), and the guides' "what changed"
entries name the kinds they apply to (guides.loading). Defined here, below all of them, so that none
of those has to import another for its words.
"""

from enum import StrEnum


class Decision(StrEnum):
    """The kinds of decision the deadline rules count from."""

    REFUSAL = "refusal"
    CERTIFIED = "certified"
    # A refusal that may be appealed only from outside the UK: a human rights claim certified under
    # NIAA 2002 s.94B, or a safe third country certificate under Schedule 3 to the 2004 Act.
    OUT_OF_COUNTRY_APPEAL = "out-of-country-appeal"
    NOTICE_OF_INTENT = "notice-of-intent"
    INADMISSIBLE = "inadmissible"
    FTT_DISMISSED = "ftt-dismissed"
    FTT_REFUSED_PERMISSION = "ftt-refused-permission"
    SUPPORT_REFUSAL = "support-refusal"
    SAR = "sar"


class Nation(StrEnum):
    """The parts of the UK with their own bank holidays and courts."""

    ENGLAND_AND_WALES = "england-and-wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern-ireland"
