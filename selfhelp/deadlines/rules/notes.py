"""Notes and warnings: things that are not deadlines but the person must know.

Warnings are shown first, in a box, because each is about a remedy the person could lose or does
not have. Notes come after the dates.
"""

from __future__ import annotations

from .sources import APPEAL_FROM_INSIDE_UK, FTT_APPEAL_AFTER_LEAVING, NOI_REPRESENTATIONS
from .text import Step, gettext_noop, step

NOT_ADVICE = Step(
    gettext_noop(
        "These dates come from the rules. They are not legal advice. If you can, ask a lawyer or adviser "
        "to check them."
    )
)
FURTHER_SUBMISSIONS = step(
    gettext_noop(
        "Further submissions (new evidence or reasons sent to the Home Office) have no deadline in law "
        "({source}). But do not wait: once your appeal rights have ended, the Home Office can try to "
        "remove you."
    ),
    source="Immigration Rules, paragraph 353",
)
LATE = Step(
    gettext_noop(
        "If you miss a date, you can still send it late. You must ask the tribunal to accept it and say "
        "why it is late. The tribunal decides."
    )
)
NO_SUPPORT_OUTSIDE_UK = Step(
    gettext_noop("Asylum support is for people in the UK, so we have not worked out a date for it.")
)

JUDICIAL_REVIEW_DOES_NOT_STOP_REMOVAL = step(
    gettext_noop(
        "Starting a judicial review does not by itself stop the Home Office removing you. Removal stops only "
        "if the Home Office agrees to put it off, or a judge orders it to stop (an injunction). If you have "
        "a removal date, tell your lawyer at once ({source})."
    ),
    source='Home Office, "Judicial reviews, injunctions and applications to the European Court of Human '
    'Rights", version 3.0 (29 April 2024)',
)

# Warnings: shown first, in a box, because each is about a remedy the person could lose or does not have.

LEAVING_ENDS_THE_APPEAL = step(
    gettext_noop(
        "Leaving the UK ends your appeal. An appeal against this refusal can only be made from inside the "
        "UK. If you leave before you appeal, you cannot appeal from abroad. If you leave while your appeal "
        "is waiting, it ends ({source}). Get advice today."
    ),
    source=APPEAL_FROM_INSIDE_UK.citation.split(" (")[0] + " and (8)",
)
STAY_TO_KEEP_THE_APPEAL = step(
    gettext_noop(
        "Do not leave the UK if you want to appeal. The appeal can only be made from inside the UK, and "
        "leaving ends an appeal that is waiting ({source})."
    ),
    source="Nationality, Immigration and Asylum Act 2002, section 92(2) and (8)",
)
LEAVING_ENDS_AN_IN_UK_APPEAL = step(
    gettext_noop(
        "If your appeal was made from inside the UK, leaving the UK ends it ({source}). The longer times for "
        "people outside the UK are only for appeals that had to be made from outside the UK. Get advice "
        "today."
    ),
    source="Nationality, Immigration and Asylum Act 2002, section 92(8)",
)
NO_APPEAL_CERTIFIED_WARNING = step(
    gettext_noop(
        "You have no appeal, from inside or outside the UK. A claim certified as clearly unfounded after "
        "27 June 2022 cannot be appealed ({source}). Leaving the UK does not give you an appeal. The only "
        "ways to challenge the decision are a judicial review, started promptly with a lawyer, and further "
        "submissions to the Home Office."
    ),
    source="Nationality, Immigration and Asylum Act 2002, section 94(3A)",
)
GIVE_THE_LETTER_DATE = Step(
    gettext_noop(
        "Give the date printed on the letter. If it is before 28 June 2022, the old rules apply and you may "
        "be able to appeal after you leave the UK."
    )
)
OLD_CERTIFICATE_WARNING = step(
    gettext_noop(
        "Your letter is dated before 28 June 2022. Under the old rules for claims certified then, you can "
        "appeal only from outside the UK, within 28 days after you leave ({source}). Check this with a "
        "lawyer before you decide anything: for claims certified after 27 June 2022 there is no appeal at "
        "all."
    ),
    source="Nationality and Borders Act 2022, section 28(4)",
)
ONLY_FROM_OUTSIDE = step(
    gettext_noop(
        "You can appeal only from outside the UK. The tribunal must get your appeal within 28 days after the "
        "day you left the UK ({source}). Send it as soon as you can."
    ),
    source=FTT_APPEAL_AFTER_LEAVING.citation,
)
USE_THE_NOTICE_DATE = Step(
    gettext_noop(
        "If your notice gives a date to reply by, use that date, even if ours is later. If you are in "
        "detention, the time is very short: get a lawyer today and ask for more time in writing if you "
        "need it."
    )
)
CHOOSE_OUT_OF_COUNTRY_APPEAL = Step(
    gettext_noop(
        "If your letter says you can appeal after you leave the UK (for example because of "
        "section 94B or a safe third country certificate), choose that kind of decision "
        "instead."
    )
)
NO_APPEAL_INADMISSIBLE = step(
    gettext_noop(
        "There is no appeal against an inadmissibility decision ({source}). It can be challenged "
        "by judicial review."
    ),
    source="Nationality, Immigration and Asylum Act 2002, sections 80B and 80C",
)
NO_SUPPORT_DATE_INADMISSIBLE = Step(
    gettext_noop(
        "We do not give a date for when asylum support stops after an inadmissibility decision. "
        "We could not find a clear rule. Ask an adviser."
    )
)
ASK_FOR_MORE_TIME = step(
    gettext_noop(
        "If you need more time, ask the Home Office in writing, early, well before the date. "
        "Say why you need it and how long. The guidance says you may ask ({source})."
    ),
    source=NOI_REPRESENTATIONS.citation,
)
IF_NO_PERMISSION_ASKED = Step(
    gettext_noop("If you do not ask for permission to appeal in time, your appeal rights end.")
)
MORE_TIME_ONLY_IF_COMPLEX = Step(
    gettext_noop(
        "The Home Office can take 2 more months only if your request is complex or you sent many "
        "requests. It must tell you within the first month, and say why."
    )
)
