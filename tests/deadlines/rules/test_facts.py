"""The facts of a decision: missing or impossible facts are refused, naming the field at fault."""

from datetime import date

import pytest

from selfhelp.deadlines.rules import (
    Decision,
    Facts,
    FactsError,
    compute,
)


@pytest.mark.parametrize(
    ("facts", "field"),
    [
        (Facts(Decision.REFUSAL), "sent"),
        (Facts(Decision.REFUSAL, received=date(2026, 3, 4)), "sent"),
        (Facts(Decision.REFUSAL, outside_uk=True), "sent"),
        (Facts(Decision.REFUSAL, departed=date(2026, 3, 1), outside_uk=True), "sent"),
        (Facts(Decision.CERTIFIED), "sent"),
        (Facts(Decision.CERTIFIED, letter_date=date(2022, 5, 1), outside_uk=True), "departed"),
        (Facts(Decision.OUT_OF_COUNTRY_APPEAL, letter_date=date(2026, 3, 4)), "departed"),
        (Facts(Decision.INADMISSIBLE, received=date(2026, 3, 4)), "sent"),
        (Facts(Decision.NOTICE_OF_INTENT), "received"),
        (Facts(Decision.FTT_DISMISSED), "sent"),
        (Facts(Decision.FTT_REFUSED_PERMISSION, outside_uk=True), "sent"),
        (Facts(Decision.SUPPORT_REFUSAL), "received"),
        (Facts(Decision.SAR, letter_date=date(2026, 3, 4)), "received"),
    ],
)
def test_missing_facts_are_refused_and_name_the_field_to_fill_in(facts, field):
    with pytest.raises(FactsError) as caught:
        compute(facts)
    assert caught.value.field == field
    assert str(caught.value)


@pytest.mark.parametrize(
    ("facts", "field"),
    [
        (Facts(Decision.REFUSAL, letter_date=date(2026, 3, 4), sent=date(2026, 3, 3)), "sent"),
        (Facts(Decision.REFUSAL, sent=date(2026, 3, 4), received=date(2026, 3, 3)), "received"),
        (Facts(Decision.REFUSAL, letter_date=date(2026, 3, 4), received=date(2026, 3, 3)), "received"),
        (Facts(Decision.SAR, sent=date(2026, 3, 4), received=date(2026, 3, 3)), "received"),
        (Facts(Decision.REFUSAL, sent=date(2026, 3, 4), departed=date(2026, 3, 5)), "departed"),
        (Facts(Decision.REFUSAL, sent=date(2026, 3, 4), detained=True, outside_uk=True), "detained"),
        (Facts(Decision.REFUSAL, sent=date(1999, 3, 4)), "sent"),
        (Facts("appeal-allowed", sent=date(2026, 3, 4)), "decision"),
        (Facts(Decision.REFUSAL, sent=date(2026, 3, 4), nation="wales"), "nation"),
        (Facts(Decision.REFUSAL, sent="2026-03-04"), "sent"),
    ],
)
def test_impossible_facts_are_refused_and_name_the_field_at_fault(facts, field):
    with pytest.raises(FactsError) as caught:
        compute(facts)
    assert caught.value.field == field


def test_a_facts_error_message_goes_through_the_translation_function():
    with pytest.raises(FactsError) as caught:
        compute(Facts(Decision.REFUSAL, sent=date(2026, 3, 4), received=date(2026, 3, 3)))
    assert caught.value.format(translate=str.upper) == str(caught.value).upper()
    assert isinstance(caught.value, ValueError)
