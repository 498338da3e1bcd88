"""Where a case is on the road after a refusal, and which checklist it needs now (pure, no database)."""

from datetime import date

from selfhelp.cases import road

TODAY = date(2026, 12, 6)


def test_a_refusal_with_no_hearing_date_suggests_lodging_the_appeal():
    now = road.now("refusal", [], TODAY)

    assert (now.path, now.stage) == (road.APPEAL_PATH, 0)
    assert now.guide == "lodging-your-appeal"


def test_a_refusal_with_a_hearing_booked_moves_to_the_hearing_stage_and_suggests_getting_ready():
    now = road.now("refusal", [date(2027, 2, 1)], TODAY)

    assert now.stage == road.HEARING_STAGE
    assert now.guide == "getting-ready-for-the-hearing"


def test_the_day_before_the_hearing_the_hearing_day_checklist_comes_first():
    now = road.now("refusal", [date(2026, 12, 7)], TODAY)

    assert [s.guide for s in now.suggestions] == ["the-hearing-day", "getting-ready-for-the-hearing"]


def test_after_the_hearing_date_the_decision_guide_is_suggested():
    assert road.now("refusal", [date(2026, 12, 1)], TODAY).guide == "after-the-appeal-decision"


def test_a_later_hearing_counts_over_one_that_passed():
    now = road.now("refusal", [date(2026, 10, 1), date(2027, 1, 10)], TODAY)

    assert now.guide == "getting-ready-for-the-hearing"


def test_a_dismissed_appeal_suggests_permission_to_appeal_and_a_detained_person_sees_detention_first():
    now = road.now("ftt-dismissed", [], TODAY, detained=True)

    assert [s.guide for s in now.suggestions] == ["reporting-and-detention", "after-the-appeal-decision"]


def test_a_decision_on_no_path_has_no_stage_but_still_a_checklist():
    now = road.now("other", [], TODAY)

    assert (now.path, now.stage, now.guide) == (None, None, "after-refusal")


def test_every_stage_of_every_path_has_a_guide():
    for path, where in road.STAGE_GUIDES.items():
        assert all(where), path
    assert road.stage_guide(road.APPEAL_PATH, 1) == "lodging-your-appeal"
