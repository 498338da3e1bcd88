"""Seed the two recipients the letters go to. Checked on 24 November 2026 (see selfhelp/sar/recipients.py).

The details are copied here, not imported, so that this migration does the same thing whenever it runs.
Later changes are made in the admin.
"""

from datetime import date

from django.db import migrations

CHECKED = date(2026, 11, 24)
HOME_OFFICE_GUIDANCE = (
    "https://www.gov.uk/government/publications/requests-for-personal-data-uk-visas-and-immigration/"
    "request-personal-information-held-by-uk-visas-and-immigration"
)
RECIPIENTS = {
    "home-office": {
        "name": "Subject Access Request Unit (SARU), Home Office",
        "address": "2 Ruskin Square\nDingwall Road\nCroydon\nCR0 2WF",
        "email": "",
        "phone": "",
        "online_url": HOME_OFFICE_GUIDANCE,
        "guidance_url": HOME_OFFICE_GUIDANCE,
        "last_checked": CHECKED,
        "check_note": (
            "We took this postal address from copies of Home Office pages (autumn 2024), not from the "
            "Home Office's page itself. We could not confirm an email address for these requests. Check "
            "both on the Home Office's page before you send anything."
        ),
    },
    "ico": {
        "name": "Information Commissioner's Office",
        "address": "Wycliffe House\nWater Lane\nWilmslow\nCheshire\nSK9 5AF",
        "email": "",
        "phone": "0303 123 1113",
        "online_url": "https://ico.org.uk/make-a-complaint/",
        "guidance_url": "https://ico.org.uk/make-a-complaint/data-protection-complaints/what-to-expect/",
        "last_checked": CHECKED,
        "check_note": (
            "A 2025 law (the Data (Use and Access) Act 2025) replaces the Information Commissioner's Office "
            "with the Information Commission. We could not check whether this has happened yet. Check the "
            "name and address on ico.org.uk before you send anything."
        ),
    },
}


def seed(apps, schema_editor):
    Recipient = apps.get_model("sar", "Recipient")
    for key, details in RECIPIENTS.items():
        Recipient.objects.get_or_create(key=key, defaults=details)


def unseed(apps, schema_editor):
    apps.get_model("sar", "Recipient").objects.filter(key__in=RECIPIENTS).delete()


class Migration(migrations.Migration):
    dependencies = [("sar", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
