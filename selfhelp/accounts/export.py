"""'Download everything': one zip of a person's data as JSON, plus the PDFs of their cases.

The JSON holds, for each case, every row that deleting the case would delete (found the way Django's
deletion finds them), so a table added by a later tool is exported without changes here.
"""

import io
import json
import zipfile

from django.contrib.admin.utils import NestedObjects
from django.core.serializers import serialize
from django.db import router
from django.utils import timezone
from django.utils.text import slugify

from selfhelp.cases.exports import documents_for

# Fields that are the site's own bookkeeping, not the person's data.
LEFT_OUT = {"accounts.user": {"password"}, "cases.sharecode": {"code_hash"}}


def rows_of(case):
    """Every row that belongs to a case: the case and everything that cascades from it."""
    collector = NestedObjects(using=router.db_for_write(type(case)))
    collector.collect([case])
    return [instance for instances in collector.data.values() for instance in instances]


def _serialise(objects):
    data = json.loads(serialize("json", objects))
    for row in data:
        for field in LEFT_OUT.get(row["model"], ()):
            row["fields"].pop(field, None)
    return data


def export_zip(user, request=None):
    """The bytes of the zip file."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        account = _serialise([user])[0]["fields"]
        account = {key: account[key] for key in ("username", "email", "date_joined", "last_login")}
        archive.writestr("account.json", json.dumps(account, indent=2, ensure_ascii=False))
        for membership in user.memberships.select_related("case"):
            case = membership.case
            case.membership = membership
            folder = f"cases/{slugify(case.name) or 'case'}-{case.public_id[:6]}"
            archive.writestr(
                f"{folder}/case.json",
                json.dumps(
                    {"your_role": membership.role, "rows": _serialise(rows_of(case))},
                    indent=2,
                    ensure_ascii=False,
                ),
            )
            for name, content in documents_for(case, request):
                archive.writestr(f"{folder}/{name}", content)
        archive.writestr(
            "README.txt",
            "Everything After Refusal keeps about you, made on "
            f"{timezone.localtime():%d %B %Y %H:%M}.\n"
            "account.json: your account. cases/: each case you can see, as JSON (every saved row) "
            "and as PDF.\n",
        )
    return buffer.getvalue()
