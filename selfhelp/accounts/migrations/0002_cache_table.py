"""The table of the shared database cache (settings.CACHES), made by `migrate` so that no deployment can
miss it: throttling counts live there. `createcachetable` makes only what is missing, so running it
again (or Django's test set-up running it) changes nothing."""

from django.core.management import call_command
from django.db import migrations


def make_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial")]

    operations = [migrations.RunPython(make_cache_table, migrations.RunPython.noop, elidable=True)]
