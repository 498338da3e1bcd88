"""compute: which rules, notes and warnings follow from each kind of decision."""

from datetime import date

from selfhelp.deadlines.rules import (
    Decision,
    Facts,
    compute,
)
from tests.deadlines.rules import deadline, refusal, text


def test_a_claim_certified_after_27_june_2022_has_no_appeal_at_all_only_review_and_further_submissions():
    result = compute(Facts(Decision.CERTIFIED, letter_date=date(2026, 3, 2), sent=date(2026, 3, 4)))
    keys = [d.key for d in result.deadlines]
    assert keys == ["appeal-rights-exhausted", "support-ends", "judicial-review"]
    assert deadline(result, "appeal-rights-exhausted").last_day == date(2026, 3, 4)
    assert deadline(result, "support-ends").last_day == date(2026, 3, 24)  # 4 Mar is day 1
    [warning] = result.warnings
    assert warning.format().startswith("You have no appeal, from inside or outside the UK.")
    assert "section 94(3A)" in warning.format()
    assert "judicial review" in warning.format() and "further submissions" in warning.format()
    assert "rule 19(3)(a)" not in text(result.notes)
    assert "you have no appeal" in deadline(result, "appeal-rights-exhausted").action.format()


def test_a_claim_certified_after_june_2022_gives_no_appeal_after_leaving_the_uk():
    facts = Facts(
        Decision.CERTIFIED, letter_date=date(2026, 3, 2), departed=date(2026, 3, 20), outside_uk=True
    )
    result = compute(facts)
    assert [d.key for d in result.deadlines] == ["judicial-review"]
    assert "Leaving the UK does not give you an appeal" in text(result.warnings)


def test_a_claim_certified_on_28_june_2022_falls_under_the_new_rules_and_on_27_june_under_the_old():
    def keys(letter_date):
        facts = Facts(
            Decision.CERTIFIED, letter_date=letter_date, departed=date(2026, 11, 2), outside_uk=True
        )
        return {d.key for d in compute(facts).deadlines}

    assert "ftt-appeal" not in keys(date(2022, 6, 28))
    assert "ftt-appeal" in keys(date(2022, 6, 27))


def test_a_claim_certified_before_28_june_2022_keeps_the_old_appeal_28_days_after_leaving_flagged():
    facts = Facts(
        Decision.CERTIFIED, letter_date=date(2022, 5, 10), departed=date(2026, 11, 2), outside_uk=True
    )
    result = compute(facts)
    appeal = deadline(result, "ftt-appeal")
    assert appeal.last_day == date(2026, 11, 30)  # Mon 2 Nov + 28
    assert appeal.source.citation.endswith("rule 19(3)(a)")
    assert "only for claims certified as clearly unfounded before 28 June 2022" in text(appeal.uncertain)
    assert "section 28(4)" in text(result.warnings)


def test_a_certified_claim_with_only_a_date_sent_after_june_2022_asks_for_the_date_on_the_letter():
    result = compute(Facts(Decision.CERTIFIED, sent=date(2026, 3, 4)))
    assert "ftt-appeal" not in {d.key for d in result.deadlines}
    assert "Give the date printed on the letter" in text(result.notes)


def test_further_submissions_are_a_note_never_a_deadline():
    result = refusal(sent=date(2026, 3, 4))
    assert "Further submissions" in text(result.notes)
    assert "no deadline in law" in text(result.notes)
    assert all("further" not in d.key for d in result.deadlines)


def test_every_result_says_it_is_not_legal_advice():
    assert "not legal advice" in text(refusal(sent=date(2026, 3, 4)).notes)


def test_deadlines_are_listed_soonest_first():
    result = refusal(sent=date(2026, 3, 20))
    assert [d.key for d in result.deadlines] == ["ftt-appeal", "appeal-rights-exhausted", "support-ends"]
