from django.db import migrations, models


class Migration(migrations.Migration):
    """Keep what the last load wrote (not just its hash), so that a later change to what is loaded is
    not mistaken for an edit made in the admin. Objects loaded before this start with an empty state: the
    next load_guides treats them as loaded and updates them from the files."""

    dependencies = [("guides", "0003_longer_citations")]

    operations = [
        migrations.RemoveField(model_name="glossaryterm", name="loaded_fingerprint"),
        migrations.RemoveField(model_name="guide", name="loaded_fingerprint"),
        migrations.AddField(
            model_name="glossaryterm",
            name="loaded_state",
            field=models.JSONField(blank=True, default=dict, editable=False),
        ),
        migrations.AddField(
            model_name="guide",
            name="loaded_state",
            field=models.JSONField(blank=True, default=dict, editable=False),
        ),
    ]
