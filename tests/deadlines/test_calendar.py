"""The calendar file of a calculator result, parsed back with the icalendar package.

A refusal dated Mon 2 March 2026 and posted Tue 3 March 2026, counted on Tue 10 March 2026. Worked out
by hand from the rules: the appeal must arrive by Tue 17 March (14 days after posting); the safe date
is Mon 16 March (14 days after the date on the letter).
"""

import re
from datetime import date, timedelta

import icalendar
import pytest

from selfhelp.deadlines import views
from selfhelp.deadlines.calendar import Event, ical

TODAY = date(2026, 3, 10)
ANSWERS = {
    "decision": "refusal",
    "letter_date": "2026-03-02",
    "sent": "2026-03-03",
    "received": "2026-03-05",
    "nation": "england-and-wales",
}


@pytest.fixture(autouse=True)
def today(monkeypatch):
    monkeypatch.setattr(views, "today", lambda: TODAY)


def download(client, answers=ANSWERS, language="en"):
    response = client.get(f"/{language}/deadlines/calendar.ics", answers)
    assert response.status_code == 200
    return response


def events(response):
    calendar = icalendar.Calendar.from_ical(response.content)
    return calendar, list(calendar.walk("VEVENT"))


def by_summary(found, summary):
    [event] = [event for event in found if str(event["SUMMARY"]) == summary]
    return event


def test_the_file_is_a_calendar_named_deadlines_ics(client, db):
    response = download(client)

    assert response["Content-Type"].startswith("text/calendar")
    assert 'filename="deadlines.ics"' in response["Content-Disposition"]
    calendar, _ = events(response)
    assert str(calendar["PRODID"]) == "-//After Refusal//Deadlines//EN"
    assert str(calendar["VERSION"]) == "2.0"


def test_each_deadline_is_an_all_day_event_on_its_safe_date_with_the_last_day_described(client, db):
    _, found = events(download(client))

    assert [str(event["SUMMARY"]) for event in found] == [
        "Appeal to the First-tier Tribunal",
        "Your appeal rights end if you do nothing",
        "Your asylum support (section 95) can stop",
    ]
    appeal = by_summary(found, "Appeal to the First-tier Tribunal")
    assert appeal.decoded("DTSTART") == date(2026, 3, 16)
    assert appeal.decoded("DTEND") == date(2026, 3, 17)
    description = str(appeal["DESCRIPTION"])
    assert "Last day: Tue 17 March 2026" in description
    assert "Safe date to aim for: Mon 16 March 2026" in description
    assert "4pm" in description
    assert "not legal advice" in description


def test_every_event_reminds_a_week_and_two_days_before(client, db):
    response = download(client)
    _, found = events(response)

    for event in found:
        alarms = event.walk("VALARM")
        assert [alarm.decoded("TRIGGER") for alarm in alarms] == [timedelta(days=-7), timedelta(days=-2)]
        assert all(str(alarm["ACTION"]) == "DISPLAY" and str(alarm["DESCRIPTION"]) for alarm in alarms)
    assert "TRIGGER:-P7D" in response.content.decode()
    assert "TRIGGER:-P2D" in response.content.decode()


def test_the_uid_stays_the_same_when_the_same_answers_are_downloaded_again_in_any_language(client, db):
    first = [str(event["UID"]) for event in events(download(client))[1]]
    again = [str(event["UID"]) for event in events(download(client))[1]]
    arabic = [str(event["UID"]) for event in events(download(client, language="ar"))[1]]

    assert first == again == arabic
    assert len(set(first)) == len(first)
    assert all(uid.endswith("@after-refusal") for uid in first)


def test_the_uid_changes_when_an_answer_changes(client, db):
    first = {str(event["UID"]) for event in events(download(client))[1]}
    later = {str(event["UID"]) for event in events(download(client, {**ANSWERS, "sent": "2026-03-04"}))[1]}

    assert first.isdisjoint(later)


def test_the_file_holds_nothing_personal_beyond_the_dates_typed(client, db):
    response = client.get(
        "/en/deadlines/calendar.ics",
        {**ANSWERS, "name": "Amira Haddad", "ref": "H1234567"},
        HTTP_USER_AGENT="SecretPhone/1.0",
        REMOTE_ADDR="203.0.113.9",
    )
    content = response.content.decode()

    for private in ("Amira", "H1234567", "SecretPhone", "203.0.113.9", "sessionid"):
        assert private not in content
    # The link back to the counting carries the answers, and only them.
    unfolded = content.replace("\r\n ", "")
    [link] = set(re.findall(r"https?://\S+", unfolded))
    assert link.endswith(
        "/en/deadlines/?decision=refusal&letter_date=2026-03-02&sent=2026-03-03"
        "&received=2026-03-05&nation=england-and-wales"
    )
    # The UIDs are hashes: they do not spell out the dates.
    for event in events(response)[1]:
        assert "2026" not in str(event["UID"])


def test_the_words_are_in_the_readers_language(client, db):
    _, found = events(download(client, language="ar"))

    assert "مارس" in str(found[0]["DESCRIPTION"])  # March, in Arabic


def test_answers_the_rules_cannot_count_lead_back_to_the_calculator(client, db):
    response = client.get("/en/deadlines/calendar.ics", {"decision": "refusal", "sent": ""})

    assert response.status_code == 302
    assert response["Location"] == "/en/deadlines/?decision=refusal&sent="


def test_a_case_page_can_make_a_calendar_of_its_own_events():
    hearing = Event(
        title="Appeal hearing", date=date(2026, 5, 4), description="Bring the envelope.", uid="hearing-1@x"
    )

    calendar = icalendar.Calendar.from_ical(ical([hearing], name="Amira's dates"))

    [event] = calendar.walk("VEVENT")
    assert str(calendar["X-WR-CALNAME"]) == "Amira's dates"
    assert event.decoded("DTSTART") == date(2026, 5, 4)
    assert str(event["UID"]) == "hearing-1@x"
    assert str(event["DESCRIPTION"]) == "Bring the envelope."
    assert [alarm.decoded("TRIGGER") for alarm in event.walk("VALARM")] == [
        timedelta(days=-7),
        timedelta(days=-2),
    ]
