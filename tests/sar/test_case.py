"""The request saved on a case: its dates, when the answer is due, the next letters only when due, history."""

import io
import re
import zipfile
from datetime import date

import pytest
from pypdf import PdfReader

from selfhelp.cases.models import Event
from selfhelp.deadlines import rules
from selfhelp.sar import status
from selfhelp.sar.models import SubjectAccessRequest
from tests.cases.helpers import tool_line
from tests.sar.helpers import ANSWERS, save_request


@pytest.fixture
def today(monkeypatch):
    """Choose today's date for the pages, the forms and the model."""
    day = {"today": date(2026, 3, 10)}
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: day["today"])

    def set_today(new):
        day["today"] = new

    return set_today


def url(case, rest=""):
    return f"/en/cases/{case.public_id}/file-request/{rest}"


def words(response):
    html = re.sub(r"</?(?:bdi|b|strong|a|span|time)\b[^>]*>", "", response.content.decode())
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def dates(**values):
    return {"method": "post", "outcome": "", **values}


def test_a_case_without_a_request_offers_to_write_one(signed_in, case, guides):
    page = words(signed_in.get(url(case)))

    assert "Your Home Office file" in page
    assert "Write the request" in page


def test_the_request_form_on_a_case_starts_with_the_case_s_home_office_reference(signed_in, case, guides):
    case.home_office_reference = "H7654321"
    case.save()

    html = signed_in.get(url(case, "edit/")).content.decode()

    assert 'value="H7654321"' in html
    assert "Save the request" in html


def test_writing_the_request_saves_it_and_records_it_in_the_history(signed_in, case, user, guides, today):
    response = signed_in.post(url(case, "edit/"), ANSWERS)

    assert response["Location"] == url(case)
    assert SubjectAccessRequest.objects.get(case=case).representative_name == "Sam Jones"
    event = Event.objects.get(case=case)
    assert event.user == user and event.message == "{user} saved a request for the Home Office file"
    page = words(signed_in.get(url(case)))
    assert "the request is written, but not sent yet." in page
    assert "1. The request to the Home Office" in page
    assert "The authority form" in page
    assert "A follow-up letter to the Home Office" not in page


def test_changing_the_request_is_recorded_but_saving_it_unchanged_is_not(signed_in, case, guides):
    signed_in.post(url(case, "edit/"), ANSWERS)
    signed_in.post(url(case, "edit/"), ANSWERS)
    signed_in.post(url(case, "edit/"), {**ANSWERS, "nationality": "Syrian Arab Republic"})

    messages = list(Event.objects.filter(case=case).values_list("message", flat=True))
    assert messages == [
        "{user} changed the request for the Home Office file",
        "{user} saved a request for the Home Office file",
    ]


def test_the_dates_give_the_due_date_from_the_deadline_rules_and_the_days_left(
    signed_in, case, guides, today
):
    save_request(case)

    signed_in.post(url(case, "dates/"), dates(sent="2026-03-03"))

    page = words(signed_in.get(url(case)))
    expected = rules.compute(rules.Facts(decision=rules.Decision.SAR, sent=date(2026, 3, 3)))
    due = {deadline.key: deadline.last_day for deadline in expected.deadlines}
    assert due["sar-response"] == date(2026, 4, 7)
    assert "Answer due 7 April 2026 28 days left" in page
    assert "Latest date if the Home Office takes 2 more months 5 June 2026" in page
    assert "The Home Office got it 5 March 2026 – estimated: 2 working days after posting" in page
    assert "sent 3 March, answer due 7 April – 28 days left." in page
    assert "How we counted" in page and "Easter Monday" in page


def test_each_date_noted_is_recorded_in_the_history(signed_in, case, user, guides, today):
    save_request(case)

    signed_in.post(url(case, "dates/"), dates(sent="2026-03-03", received="2026-03-05"))
    signed_in.post(url(case, "dates/"), dates(sent="2026-03-03", received="2026-03-05"))  # nothing new
    signed_in.post(url(case, "dates/"), dates(sent="2026-03-03", received="2026-03-05", extended="on"))

    events = list(Event.objects.filter(case=case).order_by("pk").values_list("message", "values"))
    assert events == [
        ("{user} noted that the request for the Home Office file was sent on {day}", {"day": "2026-03-03"}),
        ("{user} noted that the Home Office got the request on {day}", {"day": "2026-03-05"}),
        ("{user} changed the dates of the request for the Home Office file", {}),
    ]
    history = words(signed_in.get(f"/en/cases/{case.public_id}/history/"))
    assert "You noted that the Home Office got the request on 2026-03-05" in history


def test_a_response_date_before_the_request_is_explained_and_the_typed_dates_are_kept(
    signed_in, case, guides, today
):
    save_request(case, method="post", sent=date(2026, 3, 3))

    response = signed_in.post(
        url(case, "dates/"),
        dates(sent="2026-03-03", response="2026-03-01", outcome="refused", received="2026-03-04"),
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    assert "The answer cannot come before you sent the request. Check both dates." in html
    assert 'value="2026-03-01"' in html and 'value="2026-03-04"' in html
    assert SubjectAccessRequest.objects.get(case=case).response is None


@pytest.mark.parametrize(
    ("posted", "field", "message"),
    [
        (
            {"received": "2026-03-01"},
            "received",
            "The Home Office cannot get your request before you sent it.",
        ),
        ({"sent": "2026-04-01"}, "sent", "This date is after today."),
        ({"sent": "1999-12-31"}, "sent", "Check the year. We can count dates from 2000."),
        ({"sent": "", "response": "2026-03-05", "outcome": "complete"}, "sent", "Give the date you sent the"),
        ({"response": "2026-03-05"}, "outcome", "Say what the Home Office answered."),
        ({"outcome": "refused"}, "response", "Give the date of the Home Office's answer."),
        ({"exemption": "on"}, "exemption", "Tick this only if the Home Office refused or held back"),
        ({"method": ""}, "method", "Say how you sent it"),
    ],
)
def test_impossible_dates_are_explained_beside_their_field(
    signed_in, case, guides, today, posted, field, message
):
    save_request(case)

    html = signed_in.post(url(case, "dates/"), dates(**{"sent": "2026-03-03", **posted})).content.decode()

    assert message.replace("'", "&#x27;") in html
    assert f'href="#id_{field}' in html


def test_the_follow_up_letter_appears_only_when_the_date_has_passed(signed_in, case, guides, today):
    save_request(case, method="online", sent=date(2026, 3, 3))
    today(date(2026, 4, 7))

    on_time = signed_in.get(url(case))
    assert "A follow-up letter to the Home Office" not in words(on_time)
    assert "If no answer comes by 7 April 2026, a follow-up letter to the Home Office appears here." in words(
        on_time
    )
    assert signed_in.get(url(case, "follow-up-to-home-office.pdf")).status_code == 404

    today(date(2026, 4, 8))
    late = signed_in.get(url(case))
    assert "2. A follow-up letter to the Home Office" in words(late)
    assert "the answer was due 7 April. It is 1 day late." in words(late)
    assert "A complaint to the Information Commissioner" not in words(late)
    assert signed_in.get(url(case, "complaint-to-ico.pdf")).status_code == 404

    letter = signed_in.get(url(case, "follow-up-to-home-office.pdf"))
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(letter.content)).pages)
    assert "you had to respond by 7 April 2026" in re.sub(r"\s+", " ", text)


def test_the_complaint_appears_after_the_follow_up_letter_has_had_its_time(signed_in, case, guides, today):
    save_request(case, method="online", sent=date(2026, 3, 3), reminder_sent=date(2026, 4, 10))
    today(date(2026, 4, 23))

    waiting = words(signed_in.get(url(case)))
    assert (
        "If the Home Office has still not answered on 24 April 2026, a complaint to the ICO appears here."
        in waiting
    )

    today(date(2026, 4, 24))
    due = words(signed_in.get(url(case)))
    assert "3. A complaint to the Information Commissioner's Office (ICO)" in due
    assert "Wycliffe House" in due
    assert "by 10 July 2026" in due
    assert "You can complain to the ICO now." in due
    assert signed_in.get(url(case, "complaint-to-ico.docx")).status_code == 200


def test_a_refusal_under_the_immigration_exemption_brings_both_letters_at_once(
    signed_in, case, guides, today
):
    save_request(case, method="email", sent=date(2026, 3, 3))

    signed_in.post(
        url(case, "dates/"),
        dates(method="email", sent="2026-03-03", response="2026-03-09", outcome="refused", exemption="on"),
    )

    page = words(signed_in.get(url(case)))
    assert "the Home Office refused or held back data on 9 March." in page
    assert "This letter asks the Home Office to look again at its answer" in page
    assert "The Home Office used the immigration exemption, so you can complain to the ICO now." in page
    complaint = signed_in.get(url(case, "complaint-to-ico.pdf"))
    text = re.sub(
        r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(complaint.content)).pages)
    )
    assert "On 9 March 2026 the Home Office refused my request." in text
    assert "whether it applied the immigration exemption lawfully" in text


def test_a_full_answer_means_no_more_letters(signed_in, case, guides, today):
    save_request(case, method="post", sent=date(2026, 1, 5), response=date(2026, 2, 1), outcome="complete")

    page = words(signed_in.get(url(case)))

    assert "the Home Office answered on 1 February." in page
    assert "follow-up letter to the Home Office" not in page
    assert signed_in.get(url(case, "follow-up-to-home-office.docx")).status_code == 404


def test_the_case_letters_download_as_pdf_and_word(signed_in, case, guides, today):
    save_request(case, full_name='<i>Amira</i> "H"')

    pdf = signed_in.get(url(case, "subject-access-request.pdf"))
    word = signed_in.get(url(case, "subject-access-request.docx"))

    assert pdf["Content-Type"] == "application/pdf"
    assert '<i>Amira</i> "H"' in PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    assert word["Content-Disposition"] == 'attachment; filename="subject-access-request.docx"'
    assert signed_in.get(url(case, "authority-form.pdf")).status_code == 404  # she sends it herself
    assert signed_in.get(url(case, "something-else.pdf")).status_code == 404


def test_the_case_home_page_status_partial_shows_the_days_left(case, guides, today):
    save_request(case, method="online", sent=date(2026, 3, 3))

    html = tool_line(case, "sar")

    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html)).strip()
    assert text == "Your Home Office file: sent 3 March, answer due 7 April – 28 days left."
    assert f'href="/en/cases/{case.public_id}/file-request/"' in html
    assert "<bdi>7 April</bdi>" in html


def test_the_status_partial_shows_nothing_for_a_case_without_a_request(case, guides):
    assert tool_line(case, "sar").strip() == ""
    assert status.for_case(case) is None


def test_the_calendar_events_carry_the_due_date_with_a_stable_uid(case, guides, today):
    save_request(case, method="online", sent=date(2026, 3, 3))

    events = status.calendar_events(case, link="https://example.org/en/cases/x/file-request/")

    assert [(event.title, event.date) for event in events] == [
        ("The Home Office must answer your request for your file", date(2026, 4, 7))
    ]
    assert "You sent the request on Tue 3 March 2026." in events[0].description
    assert "https://example.org/en/cases/x/file-request/" in events[0].description
    assert events[0].uid == status.calendar_events(case)[0].uid
    assert events[0].uid.startswith("sar-due-") and events[0].uid.endswith("@after-refusal")


def test_the_calendar_events_after_a_follow_up_letter(case, guides, today):
    save_request(case, method="online", sent=date(2026, 3, 3), reminder_sent=date(2026, 4, 10))
    today(date(2026, 4, 12))

    assert [event.date for event in status.calendar_events(case)] == [date(2026, 4, 7), date(2026, 4, 24)]

    today(date(2026, 4, 30))
    assert [event.date for event in status.calendar_events(case)] == [date(2026, 4, 7), date(2026, 7, 10)]


def test_no_calendar_events_before_the_request_is_sent(case, guides):
    save_request(case)

    assert status.calendar_events(case) == []


def test_download_everything_holds_the_request_and_its_letters(signed_in, case, guides, today):
    save_request(case, method="online", sent=date(2026, 1, 5))

    response = signed_in.get("/en/accounts/download/")

    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = archive.namelist()
    assert any(name.endswith("file-request/subject-access-request.pdf") for name in names)
    assert any(name.endswith("file-request/follow-up-to-home-office.docx") for name in names)
    [data] = [name for name in names if name.endswith("case.json")]
    assert '"model": "sar.subjectaccessrequest"' in archive.read(data).decode()


def test_deleting_the_request_asks_first_and_is_recorded(signed_in, case, guides, today):
    save_request(case)

    question = words(signed_in.get(url(case, "delete/")))
    response = signed_in.post(url(case, "delete/"))

    assert "Delete the request from this case?" in question
    assert response["Location"] == url(case)
    assert not SubjectAccessRequest.objects.filter(case=case).exists()
    assert Event.objects.filter(
        case=case, message="{user} deleted the request for the Home Office file"
    ).exists()


def test_a_supporter_on_the_case_sees_the_request_too(client, case, make_user, guides, today):
    from selfhelp.cases.models import Membership

    supporter = make_user("supporter")
    Membership.objects.create(case=case, user=supporter, role=Membership.Role.SUPPORTER)
    save_request(case)
    client.force_login(supporter)

    assert "Amira Haddad" in client.get(url(case)).content.decode()


def test_the_case_calendar_file_holds_the_request_s_due_date_linking_to_the_request(
    signed_in, case, guides, today
):
    import icalendar

    save_request(case, method="online", sent=date(2026, 3, 3))

    response = signed_in.get(f"/en/cases/{case.public_id}/deadlines/calendar.ics")

    events = list(icalendar.Calendar.from_ical(response.content).walk("VEVENT"))
    [due] = [
        e for e in events if str(e["SUMMARY"]) == "The Home Office must answer your request for your file"
    ]
    assert due.decoded("DTSTART") == date(2026, 4, 7)
    assert f"http://testserver/en/cases/{case.public_id}/file-request/" in str(due["DESCRIPTION"])
    assert str(due["UID"]) == status.calendar_events(case)[0].uid
    # The case's own deadlines are still there, soonest first.
    assert len(events) > 1
    starts = [e.decoded("DTSTART") for e in events]
    assert starts == sorted(starts)


def test_download_everything_puts_the_request_s_dates_in_the_case_calendar(signed_in, case, guides, today):
    save_request(case, method="online", sent=date(2026, 3, 3))

    archive = zipfile.ZipFile(io.BytesIO(signed_in.get("/en/accounts/download/").content))
    [name] = [name for name in archive.namelist() if name.endswith("deadlines.ics")]

    assert b"The Home Office must answer your request for your file" in archive.read(name)
