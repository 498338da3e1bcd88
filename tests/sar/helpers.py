"""Answers a person might give, and a request saved on a case, for the file request tests."""

from datetime import date

# The public form's answers, as a browser posts them.
ANSWERS = {
    "full_name": "Amira Haddad",
    "other_names": "Amira Al-Haddad",
    "date_of_birth": "1990-03-20",
    "nationality": "Syrian",
    "home_office_reference": "H1234567",
    "port_reference": "LHR/7654321",
    "other_references": "Asylum support ref ASR-99",
    "address": "Flat 2, 10 Mill Road\nLeeds\nLS2 9AA",
    "email": "amira@example.org",
    "phone": "07700 900123",
    "reply_by": "post",
    "scope": "detailed",
    "wanted": ["screening", "interview", "recordings", "notes"],
    "own_words": "I was interviewed at Croydon in May 2025.",
    "identity": ["arc", "passport"],
    "identity_other": "",
    "sent_by": "someone",
    "representative_name": "Sam Jones",
    "representative_organisation": "Leeds Refugee Help",
    "representative_contact": "Leeds Refugee Help\n1 Park Row, Leeds LS1 5HN",
}

SAVED = {
    "full_name": "Amira Haddad",
    "other_names": "",
    "date_of_birth": date(1990, 3, 20),
    "nationality": "Syrian",
    "home_office_reference": "H1234567",
    "address": "Flat 2, 10 Mill Road\nLeeds\nLS2 9AA",
    "reply_by": "post",
    "scope": "detailed",
    "wanted": ["screening"],
    "identity": ["arc"],
    "sent_by": "self",
}


def save_request(case, **changes):
    """A request saved on `case` (or the one already there, changed)."""
    from selfhelp.sar.models import SubjectAccessRequest

    file_request, _created = SubjectAccessRequest.objects.update_or_create(
        case=case, defaults={**SAVED, **changes}
    )
    return file_request


def saved_document(case):
    """A file name that exists on `case` (the access tests' filler for the `filename` URL parameter)."""
    save_request(case)
    return "subject-access-request.pdf"
