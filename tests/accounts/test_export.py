"""'Download everything': one zip, the data as JSON (every row of every case) and a PDF of each case."""

import io
import json
import zipfile

from django.apps import apps
from django.db import models
from pypdf import PdfReader

from guides.models import ChecklistItem
from selfhelp.cases.models import Case, Event, Membership, ShareCode, Tick


def download(client):
    response = client.get("/en/accounts/download/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert 'filename="after-refusal.zip"' in response["Content-Disposition"]
    return zipfile.ZipFile(io.BytesIO(response.content))


def case_rows(archive):
    found = {}
    for name in archive.namelist():
        if name.endswith("case.json"):
            for row in json.loads(archive.read(name))["rows"]:
                found.setdefault(row["model"], set()).add(row["pk"])
    return found


def test_the_zip_holds_the_account_each_case_as_json_and_as_pdf(signed_in, user, case, guides):
    archive = download(signed_in)

    account = json.loads(archive.read("account.json"))
    assert account["username"] == "amira"
    assert "password" not in account
    [pdf_name] = [name for name in archive.namelist() if name.endswith("case.pdf")]
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(archive.read(pdf_name))).pages)
    assert "Amira's appeal" in text


def test_every_row_in_every_table_that_belongs_to_the_case_is_exported(
    signed_in, user, case, make_user, guides
):
    supporter = make_user("helper")
    Membership.objects.create(case=case, user=supporter, role="supporter")
    Tick.objects.create(case=case, item=ChecklistItem.objects.first(), by=user)
    Event.objects.create(case=case, user=user, message="{user} saved this case")
    ShareCode.issue(case, user)

    rows = case_rows(download(signed_in))

    for model in apps.get_models():
        for field in model._meta.get_fields():
            if isinstance(field, models.ForeignKey) and field.related_model is Case:
                expected = set(model.objects.filter(**{field.attname: case.pk}).values_list("pk", flat=True))
                assert expected <= rows.get(model._meta.label_lower, set()), model
    assert rows["cases.case"] == {case.pk}
    assert "code_hash" not in str(rows)


def test_cases_the_person_cannot_see_are_not_in_their_zip(signed_in, case, make_user):
    theirs = Case.objects.create(name="Not yours")
    Membership.objects.create(case=theirs, user=make_user("other"), role="owner")

    assert case_rows(download(signed_in))["cases.case"] == {case.pk}
