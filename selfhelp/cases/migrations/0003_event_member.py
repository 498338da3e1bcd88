"""History lines hold the person they are about by reference (`Event.member`), no longer by name.

Lines written before stored that person's username in `values["member"]`. Each is linked to the account
that had the name at the time, when it still exists (an account made after the line cannot be it: a
deleted account's name may have been taken since), and the name is taken out of `values` in every case,
so that a deleted account leaves no name behind ("a former supporter" is shown instead).
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def names_to_references(apps, schema_editor):
    Event = apps.get_model("cases", "Event")
    User = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    for event in Event.objects.filter(values__has_key="member").iterator():
        name = event.values.pop("member")
        if isinstance(name, str):
            event.member = User.objects.filter(username=name, date_joined__lte=event.at).first()
        event.save(update_fields=["member", "values"])


def references_to_names(apps, schema_editor):
    Event = apps.get_model("cases", "Event")
    for event in Event.objects.filter(member__isnull=False).select_related("member").iterator():
        event.values["member"] = event.member.username
        event.save(update_fields=["values"])


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0002_event_message_you"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="event",
            name="member",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.RunPython(names_to_references, references_to_names),
    ]
