"""Properties every result of the deadline rules must have, whatever the facts (Hypothesis)."""

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from selfhelp.deadlines.rules import Decision, Facts, FactsError, Nation, compute, is_working_day

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def facts(draw) -> Facts:
    """Possible facts: dates in order (letter, then sent, then received), within 2025-2028."""
    decision = draw(st.sampled_from(Decision))
    outside_uk = draw(st.booleans())
    letter_date = draw(st.dates(date(2025, 1, 1), date(2028, 6, 30)))
    sent = letter_date + timedelta(days=draw(st.integers(0, 10)))
    received = sent + timedelta(days=draw(st.integers(0, 20)))
    departed = letter_date + timedelta(days=draw(st.integers(-30, 60))) if outside_uk else None
    return Facts(
        decision=decision,
        letter_date=draw(st.sampled_from([letter_date, None])),
        sent=draw(st.sampled_from([sent, sent, None])),
        received=draw(st.sampled_from([received, None])),
        departed=draw(st.sampled_from([departed, departed, None])),
        detained=False if outside_uk else draw(st.booleans()),
        outside_uk=outside_uk,
        nation=draw(st.sampled_from(Nation)),
    )


def compute_or_reject(given_facts: Facts):
    try:
        return compute(given_facts)
    except FactsError:
        assume(False)


@FAST
@given(facts())
def test_the_safe_date_is_never_after_the_last_day(given_facts):
    for deadline in compute_or_reject(given_facts).deadlines:
        assert deadline.safe_date <= deadline.last_day, deadline.key


@FAST
@given(facts())
def test_the_last_day_of_a_rule_that_rolls_is_a_working_day_in_the_calendar_it_uses(given_facts):
    for deadline in compute_or_reject(given_facts).deadlines:
        if deadline.rolls:
            assert is_working_day(deadline.last_day, deadline.calendar), deadline.key
            # Tribunal and court rules use the person's part of the UK; only a SAR uses England
            # and Wales, because the Home Office is in England.
            expected = (
                Nation.ENGLAND_AND_WALES if given_facts.decision is Decision.SAR else given_facts.nation
            )
            assert deadline.calendar == expected


@FAST
@given(facts())
def test_deadlines_are_sorted_soonest_first(given_facts):
    last_days = [deadline.last_day for deadline in compute_or_reject(given_facts).deadlines]
    assert last_days == sorted(last_days)


@FAST
@given(facts(), st.integers(1, 10))
def test_a_later_sending_date_never_gives_an_earlier_deadline(given_facts, days_later):
    assume(given_facts.sent is not None)
    later_sent = given_facts.sent + timedelta(days=days_later)
    assume(given_facts.received is None or given_facts.received >= later_sent)
    # Outside the UK, which rule applies depends on whether the person left after the decision;
    # keep the decision date fixed by giving the letter date.
    assume(not given_facts.outside_uk or given_facts.letter_date is not None)
    before = compute_or_reject(given_facts)
    after = compute(replace(given_facts, sent=later_sent))
    assert {d.key for d in before.deadlines} == {d.key for d in after.deadlines}
    later = {d.key: d for d in after.deadlines}
    for deadline in before.deadlines:
        assert later[deadline.key].last_day >= deadline.last_day, deadline.key
        assert later[deadline.key].safe_date >= deadline.safe_date, deadline.key


@FAST
@given(facts())
def test_every_deadline_explains_itself_and_every_text_formats(given_facts):
    result = compute_or_reject(given_facts)
    for deadline in result.deadlines:
        assert deadline.steps
        for step in (deadline.title, deadline.action, *deadline.steps, *deadline.uncertain):
            assert "{" not in step.format()
    for note in result.notes:
        assert "{" not in note.format()


# --- Appeal rights (research note, "Corrections (December 2026)", points 1 and 2) ----------------


@st.composite
def certified_after_june_2022(draw) -> Facts:
    """A claim certified as clearly unfounded on or after 28 June 2022, anywhere, left or not."""
    letter_date = draw(st.dates(date(2022, 6, 28), date(2028, 6, 30)))
    outside_uk = draw(st.booleans())
    departed = letter_date + timedelta(days=draw(st.integers(-60, 400))) if outside_uk else None
    return Facts(
        decision=Decision.CERTIFIED,
        letter_date=letter_date,
        sent=draw(st.sampled_from([None, letter_date + timedelta(days=draw(st.integers(0, 10)))])),
        departed=draw(st.sampled_from([departed, None])),
        received=draw(st.sampled_from([None, letter_date + timedelta(days=draw(st.integers(10, 30)))])),
        detained=False if outside_uk else draw(st.booleans()),
        outside_uk=outside_uk,
        nation=draw(st.sampled_from(Nation)),
    )


@FAST
@given(certified_after_june_2022())
def test_a_claim_certified_after_june_2022_never_gets_an_appeal_deadline(given_facts):
    result = compute_or_reject(given_facts)
    assert "ftt-appeal" not in {deadline.key for deadline in result.deadlines}
    assert any("section 94(3A)" in warning.format() for warning in result.warnings)


@st.composite
def refusals_after_leaving(draw) -> Facts:
    """A refusal of someone who says they are outside the UK, with the day they left."""
    letter_date = draw(st.dates(date(2025, 1, 1), date(2028, 6, 30)))
    return Facts(
        decision=Decision.REFUSAL,
        letter_date=draw(st.sampled_from([letter_date, None])),
        sent=letter_date + timedelta(days=draw(st.integers(0, 10))),
        received=draw(st.sampled_from([None, letter_date + timedelta(days=draw(st.integers(10, 30)))])),
        departed=letter_date + timedelta(days=draw(st.integers(-60, 120))),
        outside_uk=True,
        nation=draw(st.sampled_from(Nation)),
    )


@FAST
@given(refusals_after_leaving(), st.integers(-200, 200))
def test_no_refusal_deadline_is_ever_counted_from_the_day_you_left(given_facts, days):
    """Moving the day of leaving, or leaving it out, changes no date, and it is never a start."""
    result = compute_or_reject(given_facts)
    moved = compute(replace(given_facts, departed=given_facts.departed + timedelta(days=days)))
    without = compute(replace(given_facts, departed=None))
    dates = [(d.key, d.last_day, d.safe_date) for d in result.deadlines]
    assert dates == [(d.key, d.last_day, d.safe_date) for d in moved.deadlines]
    assert dates == [(d.key, d.last_day, d.safe_date) for d in without.deadlines]
    for deadline in result.deadlines:
        assert all("You left the UK on" not in step.format() for step in deadline.steps)
    assert any(warning.format().startswith("Leaving the UK ends your appeal") for warning in result.warnings)


@st.composite
def out_of_country_appeals(draw) -> Facts:
    """An appeal that may be made only from outside the UK, by someone who left after the decision."""
    letter_date = draw(st.dates(date(2025, 1, 1), date(2028, 6, 30)))
    return Facts(
        decision=Decision.OUT_OF_COUNTRY_APPEAL,
        letter_date=draw(st.sampled_from([letter_date, None])),
        sent=draw(st.sampled_from([None, letter_date])),
        received=draw(st.sampled_from([None, letter_date + timedelta(days=draw(st.integers(0, 20)))])),
        departed=letter_date + timedelta(days=draw(st.integers(0, 400))),
        outside_uk=draw(st.booleans()),
        nation=draw(st.sampled_from(Nation)),
    )


@FAST
@given(out_of_country_appeals())
def test_an_out_of_country_appeal_always_counts_28_days_from_the_day_you_left(given_facts):
    [appeal] = [d for d in compute(given_facts).deadlines if d.key == "ftt-appeal"]
    counted = given_facts.departed + timedelta(days=28)
    assert appeal.last_day >= counted
    assert appeal.last_day - counted < timedelta(days=7)  # only moved forward past non-working days
    assert is_working_day(appeal.last_day, given_facts.nation)
    assert appeal.source.citation.endswith("rule 19(3)(a)")


@FAST
@given(facts())
def test_the_day_appeal_rights_end_is_the_day_after_the_last_day_to_act_and_never_moved_back(given_facts):
    result = compute_or_reject(given_facts)
    by_key = {deadline.key: deadline for deadline in result.deadlines}
    rights_end = by_key.get("appeal-rights-exhausted")
    window = by_key.get("ftt-appeal") or by_key.get("permission-ftt") or by_key.get("permission-ut")
    if rights_end is None or window is None:
        return
    assert rights_end.last_day == window.last_day + timedelta(days=1)
    assert rights_end.safe_date == (window.earliest or window.safe_date) + timedelta(days=1)
