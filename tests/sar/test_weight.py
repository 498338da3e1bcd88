"""Every file request page weighs under 14 KB compressed, with its stylesheets (there is no script)."""

from datetime import date

import pytest

from tests.sar.helpers import ANSWERS, save_request
from tests.weight import LIMIT, weight


@pytest.fixture(autouse=True)
def today(monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: date(2026, 4, 30))


def test_the_form_and_the_result_are_light(client, guides):
    pages = {
        "form": client.get("/en/file-request/"),
        "form with mistakes": client.post("/en/file-request/", {**ANSWERS, "date_of_birth": "2030-01-01"}),
        "result": client.post("/en/file-request/", ANSWERS),
        "result in Arabic": client.post("/ar/file-request/", ANSWERS),
    }
    for name, response in pages.items():
        print(name, weight(response.content.decode()))
        assert weight(response.content.decode()) < LIMIT, name


def test_the_case_page_with_every_letter_due_is_light(signed_in, case, guides):
    save_request(
        case,
        **{k: v for k, v in ANSWERS.items() if k not in {"date_of_birth", "wanted", "identity"}},
        date_of_birth=date(1990, 3, 20),
        wanted=ANSWERS["wanted"],
        identity=ANSWERS["identity"],
        method="post",
        sent=date(2026, 3, 3),
        reminder_sent=date(2026, 4, 10),
    )

    html = signed_in.get(f"/en/cases/{case.public_id}/file-request/").content.decode()

    assert "A complaint to the Information Commissioner" in html
    print("case", weight(html))
    assert weight(html) < LIMIT
