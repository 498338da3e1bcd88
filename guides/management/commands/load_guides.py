from django.core.management.base import BaseCommand, CommandError

from guides.loading import ContentError, load


class Command(BaseCommand):
    help = "Load the guides and the glossary from guides/content/ into the database. Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace guides and glossary terms that were edited in the admin since the last load.",
        )

    def handle(self, *args, force=False, **options):
        try:
            report = load(force=force)
        except ContentError as error:
            raise CommandError(str(error)) from error
        if options["verbosity"] >= 1:
            self.stdout.write(
                f"Guides and glossary: {len(report.created)} created, {len(report.updated)} updated, "
                f"{len(report.unchanged)} unchanged."
            )
        if options["verbosity"] >= 2:
            for label, names in [("Created", report.created), ("Updated", report.updated)]:
                if names:
                    self.stdout.write(f"{label}: {', '.join(names)}")
        for name in report.kept_edits:
            self.stderr.write(
                self.style.WARNING(
                    f"Not overwritten: {name} was edited in the admin since it was last loaded. "
                    "Copy the edit into its file, or run load_guides --force to replace it."
                )
            )
        for name in report.not_in_files:
            self.stderr.write(
                self.style.WARNING(f"In the database but not in the files (left alone): {name}")
            )
        for warning in report.warnings:
            self.stderr.write(self.style.WARNING(warning))
        if report.stale:
            self.stderr.write(
                self.style.WARNING(
                    f"{len(report.stale)} translated texts were made from an older English and are not shown "
                    "(the English stands in for them until they are updated and stamped again: "
                    "`manage.py translations stamp <language>`)."
                )
            )
            if options["verbosity"] >= 2:
                for name in report.stale:
                    self.stderr.write(f"  {name}")
