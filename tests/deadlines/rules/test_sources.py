"""Every deadline names its source and the date it was checked."""

from datetime import date

from selfhelp.deadlines.rules import (
    Decision,
    Facts,
    compute,
)
from tests.deadlines.rules import NI, deadline, refusal


def test_every_deadline_has_a_source_with_an_address_and_a_checked_date():
    results = [
        refusal(sent=date(2026, 3, 4)),
        compute(Facts(Decision.CERTIFIED, sent=date(2026, 3, 4), nation=NI)),
        compute(Facts(Decision.NOTICE_OF_INTENT, sent=date(2026, 3, 4))),
        compute(Facts(Decision.FTT_DISMISSED, sent=date(2026, 3, 4))),
        compute(Facts(Decision.SUPPORT_REFUSAL, sent=date(2026, 3, 4))),
        compute(Facts(Decision.SAR, sent=date(2026, 3, 4))),
        compute(Facts(Decision.OUT_OF_COUNTRY_APPEAL, departed=date(2026, 3, 4))),
    ]
    for result in results:
        for d in result.deadlines:
            assert d.source.citation
            assert d.source.url.startswith("https://www.")
            assert d.source.checked in {date(2026, 11, 24), date(2026, 12, 6)}
            assert d.steps
            assert d.title.format() and d.action.format()


def test_the_tribunal_rule_19_sources_carry_the_day_they_were_re_read():
    appeal = deadline(refusal(sent=date(2026, 3, 4)), "ftt-appeal")
    assert appeal.source.checked == date(2026, 12, 6)
    ooc = deadline(compute(Facts(Decision.OUT_OF_COUNTRY_APPEAL, departed=date(2026, 3, 4))), "ftt-appeal")
    assert ooc.source.checked == date(2026, 12, 6)
    support = deadline(refusal(sent=date(2026, 3, 4)), "support-ends")
    assert support.source.checked == date(2026, 11, 24)  # not re-read
