"""A case's calendar file, parsed back with the icalendar package.

Today is fixed at Tue 24 November 2026. The case (tests/conftest.py) is a refusal dated Tue 10
November 2026, sent Thu 12 November, received Sat 14 November. Worked out by hand from the rules:
the appeal's safe date is Tue 24 November (last day Thu 26 November), appeal rights end on Fri 27
November (safe date Wed 25 November), asylum support can stop on Fri 4 December (safe date Mon 30
November).
"""

from datetime import UTC, date, datetime, time, timedelta

import icalendar
import pytest

from selfhelp.cases.models import Case, Membership
from selfhelp.deadlines import views

TODAY = date(2026, 11, 24)
PAYLOAD = '<script>alert("x")</script>'


@pytest.fixture(autouse=True)
def today(monkeypatch):
    monkeypatch.setattr(views, "today", lambda: TODAY)


@pytest.fixture
def hearing(case):
    return case.own_dates.create(
        kind="hearing",
        title="Hearing at Taylor House",
        date=date(2026, 12, 1),
        time=time(10, 0),
        note="Room 3",
    )


def download(client, case, language="en"):
    response = client.get(f"/{language}/cases/{case.public_id}/deadlines/calendar.ics")
    assert response.status_code == 200
    return response


def parse(response):
    calendar = icalendar.Calendar.from_ical(response.content)
    return calendar, list(calendar.walk("VEVENT"))


def by_summary(found, summary):
    [event] = [event for event in found if str(event["SUMMARY"]) == summary]
    return event


def uids(found):
    return [str(event["UID"]) for event in found]


def test_the_file_is_a_calendar_named_after_the_case(signed_in, case):
    response = download(signed_in, case)

    assert response["Content-Type"].startswith("text/calendar")
    assert 'filename="deadlines.ics"' in response["Content-Disposition"]
    calendar, _ = parse(response)
    assert str(calendar["X-WR-CALNAME"]) == "After Refusal: Amira's appeal"
    assert str(calendar["VERSION"]) == "2.0"


def test_every_deadline_and_own_date_is_an_event_in_date_order(signed_in, case, hearing):
    reporting = case.own_dates.create(kind="reporting", date=date(2026, 11, 20))

    _, found = parse(download(signed_in, case))

    assert [(str(event["SUMMARY"]), event.decoded("DTSTART")) for event in found] == [
        ("Reporting to the Home Office", date(2026, 11, 20)),  # passed, still in the file
        ("Appeal to the First-tier Tribunal", date(2026, 11, 24)),
        ("Your appeal rights end if you do nothing", date(2026, 11, 25)),
        ("Your asylum support (section 95) can stop", date(2026, 11, 30)),
        ("Hearing at Taylor House", datetime(2026, 12, 1, 10, 0, tzinfo=UTC)),
    ]
    assert reporting.key in str(found[0]["UID"])


def test_a_deadline_is_an_all_day_event_on_its_safe_date_with_the_last_day_and_a_link_back(signed_in, case):
    _, found = parse(download(signed_in, case))

    appeal = by_summary(found, "Appeal to the First-tier Tribunal")
    assert appeal.decoded("DTEND") == date(2026, 11, 25)
    assert str(appeal["TRANSP"]) == "TRANSPARENT"
    description = str(appeal["DESCRIPTION"])
    assert "Last day: Thu 26 November 2026" in description
    assert f"http://testserver/en/cases/{case.public_id}/deadlines/" in description


def test_an_own_date_with_a_time_is_a_timed_event_in_uk_time_with_its_note(signed_in, case, hearing):
    summer = case.own_dates.create(kind="reporting", date=date(2027, 6, 1), time=time(10, 0))

    _, found = parse(download(signed_in, case))

    event = by_summary(found, "Hearing at Taylor House")
    # 10:00 in London in December is 10:00 UTC; in June (summer time) it is 09:00 UTC.
    assert event.decoded("DTSTART") == datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
    assert event.decoded("DTEND") == datetime(2026, 12, 1, 11, 0, tzinfo=UTC)
    assert "TRANSP" not in event
    assert str(event["DESCRIPTION"]).split("\n")[:2] == ["A hearing", "Room 3"]
    [june] = [e for e in found if summer.key in str(e["UID"])]
    assert june.decoded("DTSTART") == datetime(2027, 6, 1, 9, 0, tzinfo=UTC)


def test_an_own_date_without_a_time_is_an_all_day_event(signed_in, case):
    case.own_dates.create(kind="direction", title="Send the bundle", date=date(2026, 12, 8))

    _, found = parse(download(signed_in, case))

    event = by_summary(found, "Send the bundle")
    assert event.decoded("DTSTART") == date(2026, 12, 8)
    assert event.decoded("DTEND") == date(2026, 12, 9)


def test_every_event_reminds_a_week_and_two_days_before(signed_in, case, hearing):
    response = download(signed_in, case)
    _, found = parse(response)

    assert len(found) == 4
    for event in found:
        alarms = event.walk("VALARM")
        assert [alarm.decoded("TRIGGER") for alarm in alarms] == [-timedelta(days=7), -timedelta(days=2)]
        assert all(str(alarm["ACTION"]) == "DISPLAY" for alarm in alarms)
    assert response.content.count(b"TRIGGER:-P7D") == 4
    assert response.content.count(b"TRIGGER:-P2D") == 4


def test_uids_are_the_same_in_every_language(signed_in, case, hearing):
    _, english = parse(download(signed_in, case, "en"))
    _, arabic = parse(download(signed_in, case, "ar"))

    assert uids(english) == uids(arabic)
    assert len(set(uids(english))) == 4
    assert all(uid.endswith("@after-refusal") for uid in uids(english))


def test_uids_stay_the_same_when_the_facts_or_an_own_date_change_so_a_new_import_moves_the_events(
    signed_in, case, hearing
):
    _, before = parse(download(signed_in, case))

    Case.objects.filter(pk=case.pk).update(sent=date(2026, 11, 13))
    hearing.date = date(2026, 12, 2)
    hearing.save()
    _, after = parse(download(signed_in, case))

    assert uids(after) == uids(before)
    assert by_summary(after, "Hearing at Taylor House").decoded("DTSTART").date() == date(2026, 12, 2)


def test_two_cases_never_share_a_uid_and_no_uid_shows_the_case_identifier(signed_in, case, user):
    other = Case.objects.create(name="Second", decision="refusal", sent=date(2026, 11, 12))
    Membership.objects.create(case=other, user=user, role=Membership.Role.OWNER)

    first = download(signed_in, case)
    second = download(signed_in, other)

    assert not set(uids(parse(first)[1])) & set(uids(parse(second)[1]))
    assert not any(case.public_id in uid for uid in uids(parse(first)[1]))


def test_typed_text_stays_text_and_cannot_add_events(signed_in, case):
    case.own_dates.create(
        kind="other",
        title="Hearing\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected",
        date=date(2026, 12, 1),
        note=PAYLOAD + "\r\nEND:VCALENDAR",
    )

    _, found = parse(download(signed_in, case))

    assert len(found) == 4
    event = next(e for e in found if str(e["SUMMARY"]).startswith("Hearing"))
    assert "SUMMARY:injected" in str(event["SUMMARY"])
    assert PAYLOAD in str(event["DESCRIPTION"])


MULTI_LINE = (
    "Amira\r\nEND:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Planted by a supporter\r\nEND:VEVENT\x07\u2028x"
)


def test_a_case_name_with_line_breaks_stays_one_line_and_adds_no_event_for_any_member(
    client, case, user, make_user
):
    """A name saved before one-line fields, or by some other way in: the file still parses for every
    member, holds one event per deadline, and the name is the calendar's name, flattened."""
    Case.objects.filter(pk=case.pk).update(name=MULTI_LINE)
    supporter = make_user("supporter")
    Membership.objects.create(case=case, user=supporter, role=Membership.Role.SUPPORTER)

    for member in (user, supporter):
        client.force_login(member)
        calendar, found = parse(download(client, case))

        assert [str(event["SUMMARY"]) for event in found] == [
            "Appeal to the First-tier Tribunal",
            "Your appeal rights end if you do nothing",
            "Your asylum support (section 95) can stop",
        ]
        assert str(calendar["X-WR-CALNAME"]) == (
            "After Refusal: Amira END:VCALENDAR BEGIN:VEVENT SUMMARY:Planted by a supporter END:VEVENT x"
        )


def test_download_everything_holds_the_calendar_of_a_case_with_a_multi_line_name(signed_in, case, guides):
    import io
    import zipfile

    Case.objects.filter(pk=case.pk).update(name=MULTI_LINE)

    response = signed_in.get("/en/accounts/download/")

    assert response.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    [name] = [name for name in archive.namelist() if name.endswith(".ics")]
    calendar = icalendar.Calendar.from_ical(archive.read(name))
    assert len(list(calendar.walk("VEVENT"))) == 3


def test_every_text_property_goes_through_one_escaping_path():
    from selfhelp.deadlines.calendar import Event, ical

    made = ical(
        [Event("Title\r\nX-INJECTED:1", date(2026, 12, 1), "Line one\r\nLine two\x00", "uid\nX-UID:2")],
        name="Name\nX-NAME:3",
    )

    assert b"\r\nX-INJECTED" not in made and b"\r\nX-UID" not in made and b"\r\nX-NAME" not in made
    event = icalendar.Calendar.from_ical(made).walk("VEVENT")[0]
    assert str(event["DESCRIPTION"]) == "Line one\nLine two"
    assert str(event["SUMMARY"]) == "Title X-INJECTED:1"
    assert str(event.walk("VALARM")[0]["DESCRIPTION"]) == "Title X-INJECTED:1"
