"""The letters, always in English (the Home Office and the ICO read English), as plain structured text.

Each function returns a :class:`RequestLetter`: lines and paragraphs of plain text, the person's own words
among them exactly as typed. The page preview and the PDF render it with one template
(``sar/includes/letter.html``, which escapes everything) and the Word file writes it with python-docx
(plain text runs), so nothing typed is ever read as markup.

- :func:`request_letter`: the subject access request to the Home Office.
- :func:`authority_form`: the person's signed permission, when a supporter or lawyer sends it.
- :func:`follow_up_letter`: the reminder when the answer is late, or the request to look again when
  the Home Office refused or held data back.
- :func:`complaint_letter`: the complaint to the Information Commissioner's Office.

Which follow-up letters are due is decided in selfhelp.sar.tracking.
"""

from dataclasses import dataclass
from datetime import date

from django.utils import translation
from django.utils.formats import date_format

from selfhelp.sar import tracking
from selfhelp.sar.models import IDENTITY, WANTED, Outcome, Recipient, ReplyBy, Scope

_WANTED_WORDS = {key: words for key, _label, words in WANTED}
_IDENTITY_WORDS = {key: words for key, _label, words in IDENTITY}
_METHOD_WORDS = {
    tracking.ONLINE: "using your online form",
    tracking.EMAIL: "by email",
    tracking.POST: "by post",
}


@dataclass(frozen=True)
class Block:
    """A paragraph, or a paragraph that introduces a list."""

    text: str
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class RequestLetter:
    """One letter or form of the file request (subject access request), as the person will send it."""

    kind: str
    title: str  # the document's title (and the Word file's heading for a form)
    filename: str  # without extension
    sender: tuple[str, ...]
    date: str
    recipient: tuple[str, ...]
    subject: str
    references: tuple[str, ...]
    salutation: str
    body: tuple[Block, ...]
    closing: str
    signer: str
    sign_lines: tuple[str, ...] = ()  # lines to sign by hand (the authority form)
    enclosures: tuple[str, ...] = ()


KINDS = ("request", "authority", "reminder", "complaint")
FILENAMES = {
    "request": "subject-access-request",
    "authority": "authority-form",
    "reminder": "follow-up-to-home-office",
    "complaint": "complaint-to-ico",
}


def english_date(day: date) -> str:
    with translation.override("en"):
        return date_format(day, "j F Y")


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def paragraphs(text: str) -> list[str]:
    """Typed text split into paragraphs at blank lines, each paragraph's lines joined by spaces."""
    found, current = [], []
    for line in text.splitlines():
        if line.strip():
            current.append(line.strip())
        elif current:
            found.append(" ".join(current))
            current = []
    if current:
        found.append(" ".join(current))
    return found


def _join(words: list[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def _sender(request) -> tuple[str, ...]:
    found = [request.full_name, *lines(request.address)]
    if request.email:
        found.append(f"Email: {request.email}")
    if request.phone:
        found.append(f"Phone: {request.phone}")
    return tuple(found)


def _recipient(key) -> tuple[str, ...]:
    recipient = Recipient.get(key)
    return (recipient.name, *recipient.address_lines)


def _references(request, *, nationality=True) -> tuple[str, ...]:
    found = [f"Full name: {request.full_name}"]
    if request.other_names:
        found.append(f"Other names used: {request.other_names}")
    found.append(f"Date of birth: {english_date(request.date_of_birth)}")
    if nationality and request.nationality:
        found.append(f"Nationality: {request.nationality}")
    if request.home_office_reference:
        found.append(f"Home Office reference: {request.home_office_reference}")
    if request.port_reference:
        found.append(f"Port reference: {request.port_reference}")
    if request.other_references:
        found.append(f"Other references: {request.other_references}")
    return tuple(found)


def _representative(request) -> str:
    if request.representative_organisation:
        return f"{request.representative_name} of {request.representative_organisation}"
    return request.representative_name


def _identity(request) -> list[str]:
    found = [_IDENTITY_WORDS[key] for key, _label, _words in IDENTITY if key in request.identity]
    if request.identity_other:
        found.append(request.identity_other)
    return found


def _reply(request, *, ico=False) -> str:
    what = "your reply" if ico else "your reply and my data"
    if request.reply_by == ReplyBy.EMAIL:
        return f"Please send {what} to me by email at {request.email}."
    if request.reply_by == ReplyBy.REPRESENTATIVE:
        contact = ", ".join(lines(request.representative_contact))
        return f"Please send {what} to {request.representative_name} at: {contact}."
    return f"Please send {what} to me by post at the address above."


def request_letter(request, today: date) -> RequestLetter:
    """The subject access request (UK GDPR Article 15), with everything the person entered."""
    body = [
        Block(
            "I am making a subject access request under Article 15 of the UK General Data Protection "
            "Regulation (UK GDPR). Please send me a copy of the personal data that the Home Office holds "
            "about me."
        )
    ]
    if request.scope == Scope.DETAILED:
        body.append(
            Block(
                "This is a detailed request. Please send me a copy of my whole Home Office file, paper and "
                "electronic, including the records of UK Visas and Immigration, Immigration Enforcement "
                "and Border Force."
            )
        )
    elif request.scope == Scope.SPECIFIC:
        body.append(Block("This is a specific request for the documents I name below."))
    else:
        body.append(Block("This is a basic request for a summary of my immigration history."))
    wanted = [_WANTED_WORDS[key] for key, _label, _words in WANTED if key in request.wanted]
    if wanted:
        body.append(Block("In particular, please include:", tuple(wanted)))
    own = paragraphs(request.own_words)
    if own:
        body.append(Block("In my own words:"))
        body += [Block(text) for text in own]
    identity = _identity(request)
    if identity:
        body.append(Block(f"As proof of my identity, I enclose a copy of {_join(identity)}."))
    else:
        body.append(
            Block(
                "I do not have a photo identity document to enclose. Please tell me what other proof of "
                "identity you will accept."
            )
        )
    if request.by_someone_else:
        body.append(
            Block(
                f"{_representative(request)} is sending this request for me. I authorise them to make this "
                "request on my behalf and to receive my personal data. My signed authority is enclosed."
            )
        )
    body.append(Block(_reply(request)))
    contact = "me or " + request.representative_name if request.by_someone_else else "me"
    body.append(
        Block(
            "Article 12(3) of the UK GDPR requires you to respond without undue delay and at the latest "
            "within one month of receiving this request. If you need more information to find my records, "
            f"please contact {contact} as soon as possible."
        )
    )
    enclosures = [f"A copy of {words}" for words in identity]
    if request.by_someone_else:
        enclosures.append(f"My signed authority for {_representative(request)}")
    return RequestLetter(
        kind="request",
        title="Subject access request",
        filename=FILENAMES["request"],
        sender=_sender(request),
        date=english_date(today),
        recipient=_recipient(Recipient.HOME_OFFICE),
        subject=f"Subject access request: {request.full_name}",
        references=_references(request),
        salutation="Dear Sir or Madam,",
        body=tuple(body),
        closing="Yours faithfully,",
        signer=request.full_name,
        enclosures=tuple(enclosures),
    )


def authority_form(request, today: date) -> RequestLetter:
    """The person's permission for a supporter or lawyer to make the request and receive the data."""
    born = f"born on {english_date(request.date_of_birth)}"
    if request.home_office_reference:
        born += f", Home Office reference {request.home_office_reference}"
    body = (
        Block(
            f"I, {request.full_name}, {born}, authorise {_representative(request)} to make a subject access "
            "request to the Home Office on my behalf and to receive my personal data."
        ),
        Block("This includes any letters and emails about this request."),
    )
    return RequestLetter(
        kind="authority",
        title="Authority to make a subject access request",
        filename=FILENAMES["authority"],
        sender=(),
        date="",
        recipient=_recipient(Recipient.HOME_OFFICE),
        subject="Authority to make a subject access request on my behalf",
        references=_references(request, nationality=False),
        salutation="",
        body=body,
        closing="",
        signer=request.full_name,
        sign_lines=("Signature", "Date"),
    )


def _request_history(request, progress, *, to_ico=False) -> Block:
    """What happened so far, in dated sentences: to the Home Office ("you") or to the ICO ("it")."""
    them = "it" if to_ico else "you"
    methods = {**_METHOD_WORDS, tracking.ONLINE: f"using {'its' if to_ico else 'your'} online form"}
    how = methods.get(request.method, "")
    to = " to the Home Office" if to_ico else ""
    sentences = [
        f"On {english_date(request.sent)} I made a subject access request{to} for my personal data under "
        f"Article 15 of the UK GDPR{' ' + how if how else ''}."
    ]
    if progress.received:
        if progress.received_estimated:
            sentences.append(f"It should have reached {them} by {english_date(progress.received)}.")
        else:
            sentences.append(f"{them.capitalize()} received it on {english_date(progress.received)}.")
    if request.id_provided:
        sentences.append(
            f"{them.capitalize()} received the proof of identity {them} asked for on "
            f"{english_date(request.id_provided)}."
        )
    return Block(" ".join(sentences))


def follow_up_letter(request, progress, today: date) -> RequestLetter:
    """The reminder (no answer by the date) or the request to look again (refused or held back)."""
    asks_by = english_date(progress.reminder_asks_by)
    body = [_request_history(request, progress)]
    due = english_date(progress.response_due.last_day)
    if progress.stage is tracking.Stage.HELD_BACK:
        subject = f"Subject access request of {english_date(request.sent)}: please review your response"
        what = (
            "refused my request"
            if request.outcome == Outcome.REFUSED
            else "sent only part of my data, or removed parts of it"
        )
        body.append(Block(f"On {english_date(request.response)} you replied and {what}."))
        if request.exemption:
            body.append(
                Block(
                    "Your reply relies on the immigration exemption in paragraph 4 of Schedule 2 to the Data "
                    "Protection Act 2018. That exemption applies only to the extent that giving me the data "
                    "would be likely to prejudice the maintenance of effective immigration control, and it "
                    "must be considered for each piece of information. Please review your decision, send me "
                    "all the personal data that the exemption does not cover, and tell me what you have "
                    "withheld and why."
                )
            )
        else:
            body.append(
                Block(
                    "Please review your response and send me all the personal data I asked for. If you hold "
                    "back any information, please tell me what you have withheld and the legal reason."
                )
            )
        body.append(
            Block(
                f"Please reply by {asks_by}, 14 days from the date of this letter. If I do not hear from you "
                "by then, I will complain to the Information Commissioner's Office."
            )
        )
    else:
        subject = f"Subject access request of {english_date(request.sent)}: no response"
        if request.extended:
            deadline = (
                f"Under Article 12(3) of the UK GDPR you had to respond by {due}. You told me you needed "
                f"more time, until {english_date(progress.extended_due.last_day)}."
            )
        else:
            deadline = f"Under Article 12(3) of the UK GDPR you had to respond by {due}."
        body.append(Block(f"{deadline} I have not received my data."))
        body.append(
            Block(
                f"Please send my data without further delay, and by {asks_by} at the latest, 14 days from "
                "the date of this letter. If I do not receive it by then, I will complain to the Information "
                "Commissioner's Office."
            )
        )
    body.append(Block(_reply(request)))
    return RequestLetter(
        kind="reminder",
        title="Follow-up to a subject access request",
        filename=FILENAMES["reminder"],
        sender=_sender(request),
        date=english_date(today),
        recipient=_recipient(Recipient.HOME_OFFICE),
        subject=subject,
        references=_references(request, nationality=False),
        salutation="Dear Sir or Madam,",
        body=tuple(body),
        closing="Yours faithfully,",
        signer=request.full_name,
        enclosures=("A copy of my request",),
    )


def complaint_letter(request, progress, today: date) -> RequestLetter:
    """The complaint to the Information Commissioner's Office, with the dates filled in."""
    body = [Block("I am complaining about the way the Home Office has handled my subject access request.")]
    body.append(_request_history(request, progress, to_ico=True))
    due = english_date(progress.response_due.last_day)
    if progress.stage is tracking.Stage.HELD_BACK:
        what = (
            "refused my request"
            if request.outcome == Outcome.REFUSED
            else "sent only part of my data, or removed parts of it"
        )
        sentence = f"On {english_date(request.response)} the Home Office {what}."
        if request.exemption:
            sentence += (
                " It relied on the immigration exemption in paragraph 4 of Schedule 2 to the Data Protection "
                "Act 2018."
            )
        body.append(Block(sentence))
    else:
        sentence = f"Under Article 12(3) of the UK GDPR, the Home Office had to respond by {due}."
        if request.extended:
            sentence += (
                f" It told me it needed more time, until {english_date(progress.extended_due.last_day)}."
            )
        body.append(Block(sentence + " It has not sent me my data."))
    if request.reminder_sent:
        why = "to ask it to review its response" if progress.held_back else "to remind it"
        body.append(
            Block(
                f"On {english_date(request.reminder_sent)} I wrote to the Home Office {why}. "
                "This has not resolved my complaint."
            )
        )
    ask = (
        "I ask the Information Commissioner's Office to consider whether the Home Office has complied with "
        "Articles 12 and 15 of the UK GDPR"
    )
    if request.exemption:
        ask += ", and whether it applied the immigration exemption lawfully"
    body.append(Block(ask + ", and to ask it to send me my personal data."))
    body.append(Block(_reply(request, ico=True)))
    enclosures = ["A copy of my subject access request", "Proof of the date I sent it"]
    if request.response:
        enclosures.append("The Home Office's reply")
    if request.reminder_sent:
        enclosures.append(f"My letter to the Home Office of {english_date(request.reminder_sent)}")
    return RequestLetter(
        kind="complaint",
        title="Complaint about a subject access request",
        filename=FILENAMES["complaint"],
        sender=_sender(request),
        date=english_date(today),
        recipient=_recipient(Recipient.ICO),
        subject="Complaint about the Home Office: subject access request",
        references=_references(request, nationality=False),
        salutation="Dear Sir or Madam,",
        body=tuple(body),
        closing="Yours faithfully,",
        signer=request.full_name,
        enclosures=tuple(enclosures),
    )


def available(request, progress) -> tuple[str, ...]:
    """The letters this request can produce now, in the order they are sent."""
    found = ["request"]
    if request.by_someone_else:
        found.append("authority")
    if progress is not None and progress.reminder_due:
        found.append("reminder")
    if progress is not None and progress.complaint_due:
        found.append("complaint")
    return tuple(found)


def build(kind, request, progress, today: date) -> RequestLetter:
    """One letter, in English whatever the reader's language."""
    with translation.override("en"):
        if kind == "request":
            return request_letter(request, today)
        if kind == "authority":
            return authority_form(request, today)
        if kind == "reminder":
            return follow_up_letter(request, progress, today)
        return complaint_letter(request, progress, today)
