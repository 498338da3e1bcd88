from django.core.management.base import BaseCommand

from selfhelp.jobs import work


class Command(BaseCommand):
    help = (
        "Delete background jobs (uploaded files and results) finished more than an hour ago, or asked for "
        "more than an hour ago and never finished. New jobs do this too; run it from cron on a quiet site."
    )

    def handle(self, *args, **options):
        deleted = work.expire()
        if options["verbosity"]:
            self.stdout.write(f"{deleted} old jobs deleted.")
