"""The names the pages give match the keys the rules in planning use (once import-time asserts)."""

from selfhelp.evidence import kinds, planning


def test_the_choices_list_the_kinds_statuses_people_and_funding_in_the_rules_order():
    assert tuple(kinds.EvidenceKind.values) == planning.KINDS
    assert tuple(kinds.ItemStatus.values) == planning.STATUSES
    assert tuple(kinds.Who.values) == planning.WHO
    assert tuple(kinds.Funding.values) == planning.FUNDING


def test_every_reason_a_suggestion_gives_has_its_sentence():
    assert set(kinds.REASONS) == set(planning.REASONS)


def test_the_english_names_for_the_bundle_cover_every_kind_and_every_part():
    assert set(kinds.ENGLISH_KINDS) == set(planning.KINDS)
    assert set(kinds.ENGLISH_PARTS) == {part for part, _ in planning.BUNDLE_PARTS}
