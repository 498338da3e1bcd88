"""A case's history: who changed what, and when, in the reader's language.

Tools call `record(case, user, gettext_noop("{user} did something to {thing}"), thing=…)`. The message is
stored in English and translated when shown, so each reader sees it in their own language.
"""

from django.utils.translation import gettext, gettext_noop

from selfhelp.cases.models import Event

CREATED = gettext_noop("{user} saved this case")
CHANGED = gettext_noop("{user} changed: {fields}")
TICKED = gettext_noop("{user} ticked “{item}”")
UNTICKED = gettext_noop("{user} unticked “{item}”")
SHARE_CODE = gettext_noop("{user} made a share code")
JOINED = gettext_noop("{user} joined as a supporter")
REMOVED = gettext_noop("{user} removed {member} from the case")
LEFT = gettext_noop("{user} left the case")
NEW_OWNER = gettext_noop("{user} deleted their account; {member} now owns the case")


def record(case, user, message, **values):
    return Event.objects.create(case=case, user=user, message=message, values=values)


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
    if event.user_id is None:
        values["user"] = gettext("Someone who has left")
    elif event.user_id == viewer.pk:
        values["user"] = gettext("You")
    else:
        values["user"] = event.user.username
    if "item_id" in values:
        item = items.get(values.pop("item_id"))
        values["item"] = item.text if item else values.get("item", "")
    if "fields" in values:
        values["fields"] = ", ".join(
            str(case_model._meta.get_field(name).verbose_name) for name in values["fields"]
        )
    for template in (gettext(event.message), event.message):
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            continue  # a translation with a broken placeholder: fall back to English
    return event.message
