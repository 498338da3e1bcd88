"""A case's history: who changed what, and when, in the reader's language.

Each line is written twice, because many languages conjugate the verb by person: once about someone
else ("{user} saved this case") and once to the person who did it ("You saved this case"). Tools define
their lines as `Message(gettext_noop("{user} …"), gettext_noop("You …"))` and call
`record(case, user, MESSAGE, **values)`. Both are stored in English and translated when shown.

People are stored by reference, never by name: `user` (who did it) and, for a line about someone else
(`{member}`: removed from the case, now its owner), `member=` that person's account. Their username is
looked up when the line is shown, so it goes with their account: once the account is deleted the line
says "Someone who has left" (`{user}`) or "a former supporter" (`{member}`).
"""

from typing import NamedTuple

from django.utils.translation import gettext, gettext_noop

from selfhelp.cases.models import Event


class Message(NamedTuple):
    others: str  # about someone else: has a {user} placeholder
    you: str  # to the person who did it


CREATED = Message(gettext_noop("{user} saved this case"), gettext_noop("You saved this case"))
CHANGED = Message(gettext_noop("{user} changed: {fields}"), gettext_noop("You changed: {fields}"))
TICKED = Message(gettext_noop("{user} ticked “{item}”"), gettext_noop("You ticked “{item}”"))
UNTICKED = Message(gettext_noop("{user} unticked “{item}”"), gettext_noop("You unticked “{item}”"))
SHARE_CODE = Message(gettext_noop("{user} made a share code"), gettext_noop("You made a share code"))
JOINED = Message(gettext_noop("{user} joined as a supporter"), gettext_noop("You joined as a supporter"))
REMOVED = Message(
    gettext_noop("{user} removed {member} from the case"), gettext_noop("You removed {member} from the case")
)
LEFT = Message(gettext_noop("{user} left the case"), gettext_noop("You left the case"))
NEW_OWNER = Message(
    gettext_noop("{user} deleted their account; {member} now owns the case"),
    gettext_noop("Someone deleted their account; {member} now owns the case"),
)


def record(case, user, message, *, member=None, **values):
    """Add a line to the case's history: `message` is a Message, or a string when there is no "you" form;
    `member` is the account a `{member}` placeholder names (a user, never a name)."""
    if isinstance(message, str):
        message = Message(message, "")
    if isinstance(member, str):
        raise TypeError("history.record takes the member's account, not their name")
    return Event.objects.create(
        case=case, user=user, member=member, message=message.others, message_you=message.you, values=values
    )


def describe(events, viewer):
    """Each event as a sentence in the active language, in the order given."""
    from guides.models import ChecklistItem
    from selfhelp.cases.models import Case

    events = list(events)
    item_ids = {event.values["item_id"] for event in events if "item_id" in event.values}
    items = {item.pk: item for item in ChecklistItem.objects.filter(pk__in=item_ids)}
    return [_sentence(event, viewer, items, Case) for event in events]


def _sentence(event, viewer, items, case_model):
    values = dict(event.values)
    templates = [event.message]
    if event.user_id is None:
        values["user"] = gettext("Someone who has left")
    elif event.user_id == viewer.pk:
        values["user"] = gettext("You")
        if event.message_you:
            templates.insert(0, event.message_you)
    else:
        values["user"] = event.user.username
    if "{member}" in event.message:
        values["member"] = event.member.username if event.member_id else gettext("a former supporter")
    if "item_id" in values:
        item = items.get(values.pop("item_id"))
        values["item"] = item.text if item else values.get("item", "")
    if "fields" in values:
        values["fields"] = ", ".join(
            str(case_model._meta.get_field(name).verbose_name) for name in values["fields"]
        )
    for template in [gettext(template) for template in templates] + templates:
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            continue  # a translation with a broken placeholder: fall back to English
    return event.message
