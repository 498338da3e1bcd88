"""The road's tie-ins on the case pages: stages linked to guides, the suggested checklist, date links."""

import re
from datetime import date

import pytest

from selfhelp.cases.models import Case


@pytest.fixture
def today(monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: date(2026, 11, 24))
    return date(2026, 11, 24)


def suggested(page):
    section = re.search(r'<section aria-labelledby="suggested">.*?</section>', page, re.S).group(0)
    return re.findall(r'data-guide="([^"]+)"', section)


def test_each_stage_of_the_picture_links_to_its_guide(signed_in, case, guides):
    page = signed_in.get(case.get_absolute_url()).content.decode()

    links = re.search(r'<ol class="stage-guides">(.*?)</ol>', page, re.S).group(1)
    assert re.findall(r'href="([^"]+)"', links) == [
        "/en/guides/reading-your-letter/",
        "/en/guides/lodging-your-appeal/",
        "/en/guides/getting-ready-for-the-hearing/",
        "/en/guides/after-the-appeal-decision/",
        "/en/guides/appeal-rights-exhausted/",
    ]
    assert 'aria-current="step"><a href="/en/guides/reading-your-letter/">' in links


def test_a_refused_case_suggests_lodging_and_a_booked_hearing_changes_it_to_getting_ready(
    signed_in, case, guides, today
):
    assert suggested(signed_in.get(case.get_absolute_url()).content.decode()) == ["lodging-your-appeal"]

    case.own_dates.create(kind="hearing", date=date(2027, 1, 20))
    page = signed_in.get(case.get_absolute_url()).content.decode()

    assert suggested(page) == ["getting-ready-for-the-hearing"]
    assert "Your hearing is booked" in page
    assert "Write your witness statement, answering each point in the refusal letter." in page
    assert 'aria-current="step"><a href="/en/guides/getting-ready-for-the-hearing/">' in page


def test_a_ticked_step_shows_as_done_in_the_suggested_checklist(signed_in, case, guides, user):
    from guides.models import ChecklistItem

    item = ChecklistItem.objects.get(section__guide__slug="lodging-your-appeal", key="keep-proof")
    case.ticks.create(item=item, by=user)

    page = signed_in.get(case.get_absolute_url()).content.decode()

    assert re.search(r'<li class="done">.*?Keep proof that you sent it', page)


def test_a_detained_case_sees_the_detention_checklist_first(signed_in, case, guides):
    Case.objects.filter(pk=case.pk).update(detained=True)

    page = signed_in.get(case.get_absolute_url()).content.decode()

    assert suggested(page) == ["reporting-and-detention", "lodging-your-appeal"]


def test_the_appeal_deadline_links_to_lodging_and_a_hearing_or_direction_to_getting_ready(
    signed_in, case, guides, today
):
    case.own_dates.create(kind="hearing", date=date(2027, 1, 20))
    case.own_dates.create(kind="direction", title="Send the bundle", date=date(2027, 1, 5))

    page = signed_in.get(f"/en/cases/{case.public_id}/deadlines/").content.decode()

    assert '<a href="/en/guides/lodging-your-appeal/">How to lodge your appeal</a>' in page
    assert '<a href="/en/guides/getting-ready-for-the-hearing/">How to get ready for the hearing</a>' in page
    assert (
        '<a href="/en/guides/getting-ready-for-the-hearing/#directions-and-more-time">'
        "How to get ready for the hearing</a>"
    ) in page
