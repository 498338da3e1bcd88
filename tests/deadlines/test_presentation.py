"""Turning the rules' result into what a page shows: days left, dates in the reader's language, late help.

Expected dates are worked out by hand from the rule (14 days after the date sent) for the cases used here.
No database is needed.
"""

from datetime import date

import pytest
from django.utils import translation

from selfhelp.deadlines import presentation
from selfhelp.deadlines.presentation import LATE_HELP, html, present
from selfhelp.deadlines.rules import Decision, Facts, Step, compute, notes

# A refusal posted on Tue 3 March 2026: the appeal must arrive by Tue 17 March (14 days after).
REFUSAL = Facts(Decision.REFUSAL, letter_date=date(2026, 3, 2), sent=date(2026, 3, 3))


def appeal(today):
    shown = present(compute(REFUSAL), today)
    return next(d for d in shown.deadlines if d.key == "ftt-appeal")


def test_days_left_count_to_the_last_day():
    deadline = appeal(date(2026, 3, 10))

    assert deadline.last_day == date(2026, 3, 17)
    assert deadline.days_left == 7
    assert deadline.state == "ahead"
    assert deadline.late is None


def test_on_the_last_day_no_days_are_left_and_it_has_not_passed():
    deadline = appeal(date(2026, 3, 17))

    assert deadline.days_left == 0
    assert deadline.state == "today"
    assert not deadline.passed
    assert deadline.late is None


def test_the_day_after_the_last_day_it_has_passed_and_says_what_to_do_now():
    deadline = appeal(date(2026, 3, 20))

    assert deadline.state == "passed"
    assert deadline.days_ago == 3
    assert deadline.late is LATE_HELP["ftt-appeal"]


def test_after_the_safe_date_but_before_the_last_day_the_safe_date_has_passed():
    deadline = appeal(date(2026, 3, 17))

    assert deadline.safe_date == date(2026, 3, 16)  # 14 days after the date on the letter
    assert deadline.safe_date_passed


def test_a_tribunal_deadline_carries_the_4pm_note_and_support_ending_does_not():
    shown = present(compute(REFUSAL), date(2026, 3, 10))

    by_key = {d.key: d for d in shown.deadlines}
    assert by_key["ftt-appeal"].cut_off
    assert not by_key["support-ends"].cut_off


def test_dates_inside_the_counting_steps_are_isolated_for_right_to_left_text():
    with translation.override("ar"):
        deadline = appeal(date(2026, 3, 10))

    # Arabic writes its dates as Django's Arabic format does: a comma before the year.
    assert "<bdi>ثلاثاء 17 مارس، 2026</bdi>" in "".join(deadline.steps)


def test_the_text_of_a_step_is_escaped_before_dates_and_citations_are_wrapped():
    step = Step("Send <b>it</b> by {day} & {rule}.", {"day": date(2026, 3, 17), "rule": "<i>rule 11</i>"})

    with translation.override("en"):
        shown = html(step)

    assert shown == (
        "Send &lt;b&gt;it&lt;/b&gt; by <bdi>Tue 17 March 2026</bdi> &amp; "
        '<span lang="en" dir="ltr">&lt;i&gt;rule 11&lt;/i&gt;</span>.'
    )


def test_a_citation_inside_a_translated_step_is_marked_english_and_left_to_right():
    step = Step("Appeal ({source}).", {"source": "Nationality, Immigration and Asylum Act 2002, section 82"})

    shown = html(step, translate=lambda message: "اطعن ({source}).")

    assert shown == (
        'اطعن (<span lang="en" dir="ltr">Nationality, Immigration and Asylum Act 2002, section 82</span>).'
    )


def test_titles_actions_steps_and_notes_go_through_the_translation_function():
    def translate(message):
        return f"»{message}"

    with translation.override("en"):
        shown = present(compute(REFUSAL), date(2026, 3, 10), translate=translate)

    deadline = shown.deadlines[0]
    assert deadline.title == "»Appeal to the First-tier Tribunal"
    assert deadline.action.startswith("»")
    assert all(step.startswith("»") for step in deadline.steps)
    assert all(note.startswith("»") for note in shown.notes)


def test_the_not_legal_advice_note_is_left_out_because_the_page_says_it_once():
    with translation.override("en"):
        shown = present(compute(REFUSAL), date(2026, 3, 10))

    assert not any("not legal advice" in note for note in shown.notes)
    assert any("no deadline in law" in note for note in shown.notes)
    assert notes.NOT_ADVICE in compute(REFUSAL).notes


EVERY_SITUATION = [
    Facts(Decision.REFUSAL, sent=date(2026, 3, 3)),
    Facts(Decision.REFUSAL, sent=date(2026, 3, 3), departed=date(2026, 3, 9), outside_uk=True),
    Facts(Decision.CERTIFIED, sent=date(2026, 3, 3)),
    Facts(Decision.CERTIFIED, sent=date(2026, 3, 3), departed=date(2026, 3, 20), outside_uk=True),
    Facts(Decision.CERTIFIED, letter_date=date(2022, 5, 3), departed=date(2026, 3, 20), outside_uk=True),
    Facts(Decision.OUT_OF_COUNTRY_APPEAL, letter_date=date(2026, 3, 3), departed=date(2026, 3, 20)),
    Facts(Decision.NOTICE_OF_INTENT, received=date(2026, 3, 3)),
    Facts(Decision.INADMISSIBLE, letter_date=date(2026, 3, 3)),
    Facts(Decision.FTT_DISMISSED, sent=date(2026, 3, 3)),
    Facts(Decision.FTT_REFUSED_PERMISSION, sent=date(2026, 3, 3)),
    Facts(Decision.FTT_REFUSED_PERMISSION, sent=date(2026, 3, 3), outside_uk=True),
    Facts(Decision.SUPPORT_REFUSAL, received=date(2026, 3, 3)),
    Facts(Decision.SAR, sent=date(2026, 3, 3)),
]


@pytest.mark.parametrize("facts", EVERY_SITUATION, ids=lambda facts: facts.decision.value)
def test_every_deadline_the_rules_give_has_help_for_when_it_has_passed(facts):
    long_after = date(2027, 6, 1)
    with translation.override("en"):
        shown = present(compute(facts), long_after)

    for deadline in shown.deadlines:
        assert deadline.passed
        assert deadline.late is not None, deadline.key


def test_help_when_late_names_its_sources_and_says_which_were_not_checked():
    late_appeal = LATE_HELP["ftt-appeal"]

    citations = {reference.citation: reference.checked for reference in late_appeal.references}
    rule_20 = next(citation for citation in citations if citation.endswith("rule 20"))
    assert citations[rule_20] is None  # FTT IAC rule 20 was not verified (research note §1.5)
    assert citations["BO and Others (Extension of time for appealing) Nigeria [2006] UKAIT 00035"]
    assert any("whole time" in str(paragraph) for paragraph in late_appeal.paragraphs)


def test_every_late_situation_appears_once_on_the_passed_page():
    keys = [help.key for help in presentation.ALL_LATE_HELP]

    assert len(keys) == len(set(keys))
    assert set(LATE_HELP.values()) == set(presentation.ALL_LATE_HELP)
