"""How far each language is translated and reviewed, what the checks find, and stamps for translators.

manage.py translations                      a table: per language, the share of the interface
                                            messages, content texts and guide bodies translated,
                                            and how much is reviewed; then what the checks found
manage.py translations --check              the same, failing (exit 1) when a language is below 100%
                                            of its interface or content, or a message's placeholders,
                                            numbers or plural forms differ from the English
manage.py translations --check --bodies     also fails when a guide's full text is not translated
manage.py translations --check --strict     also fails on the term list, language identification
                                            and English left in
manage.py translations stamp CODE           after translating: record the English each text was made
                                            from (see guides/content/README.md)
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from guides.loading import CONTENT_DIR
from selfhelp import languages
from selfhelp.i18n import audit, content


def percent(pair):
    done, total = pair
    return f"{100 * done // total if total else 100:3d}%"


class Command(BaseCommand):
    help = "Per language: the share of interface, content and guide bodies translated and reviewed."

    def add_arguments(self, parser):
        parser.add_argument(
            "words", nargs="*", metavar="[stamp] CODE", help="stamp, then languages (default: every one)"
        )
        parser.add_argument("--check", action="store_true", help="exit 1 when a language is incomplete")
        parser.add_argument("--bodies", action="store_true", help="with --check: the guides' full texts too")
        parser.add_argument("--strict", action="store_true", help="with --check: the word checks fail too")
        parser.add_argument(
            "--confirm",
            action="append",
            default=[],
            metavar="FILE:PATH",
            help="stamp: the English of this text changed but its translation is still right",
        )

    def handle(self, words, check, bodies, strict, confirm, **options):
        action, codes = ("stamp", words[1:]) if words[:1] == ["stamp"] else ("report", words)
        if action == "stamp" and not codes:
            raise CommandError("Say which language to stamp: translations stamp CODE")
        known = [language.code for language in languages.LANGUAGES if language.code != languages.DEFAULT]
        for code in codes:
            if code not in known:
                raise CommandError(f"No language {code!r}: one of {', '.join(known)}")
        codes = codes or known
        if action == "stamp":
            return self.stamp(codes, confirm)
        return self.report(codes, check, bodies, strict, options["verbosity"])

    def stamp(self, codes, confirm):
        english = content.english_files(CONTENT_DIR)
        for code in codes:
            stamped, stale, confirmed = [], [], []
            for file in content.translation_files(CONTENT_DIR, code, english):
                if not file.path.exists():
                    continue
                try:
                    report = content.stamp(file, confirm)
                except ValueError as error:
                    raise CommandError(str(error)) from error
                stamped += report.stamped
                stale += report.still_stale
                confirmed += report.confirmed
            self.stdout.write(
                f"{code}: {len(stamped)} texts stamped, {len(confirmed)} confirmed, "
                f"{len(stale)} still made from an older English."
            )
            for name, path in stale:
                self.stdout.write(
                    f"  {name}: {path} — update the translation and stamp again, or, if the change to the "
                    f"English does not touch it: translations stamp {code} --confirm {name}:{path}"
                )

    def report(self, codes, check, bodies, strict, verbosity):
        english = content.english_files(CONTENT_DIR)
        reviewed_pages, interface_reviewed = self.reviewed_in_database()
        self.stdout.write(
            f"{'language':<22} {'interface':>16} {'content fields':>16} {'guide bodies':>16} {'reviewed':>9}"
            "  problems"
        )
        failing = []
        results = []
        for code in codes:
            found = audit.audit(code, CONTENT_DIR, settings.LOCALE_PATHS, english)
            results.append(found)
            interface_done = found.interface[0] if code in interface_reviewed else 0
            reviewed = interface_done + max(found.content_reviewed, reviewed_pages.get(code, 0))
            everything = found.interface[1] + found.content[1] + found.bodies[1]
            name = f"{code} {languages.get(code).english}"
            problems = sum(map(len, found.problems.values()))
            self.stdout.write(
                f"{name:<22} {found.interface[0]:>5}/{found.interface[1]:<5} {percent(found.interface)}"
                f" {found.content[0]:>5}/{found.content[1]:<5} {percent(found.content)}"
                f" {found.bodies[0]:>5}/{found.bodies[1]:<5} {percent(found.bodies)}"
                f" {percent((reviewed, everything)):>9}  {problems}"
            )
            kinds = tuple(found.problems) if strict else audit.HARD + (("bodies",) if bodies else ())
            if check and any(kind in found.problems for kind in kinds):
                failing.append(code)
        for found in results:
            if found.stale or found.unstamped:
                self.stdout.write(
                    f"{found.code}: {found.stale} texts made from an older English (not shown), "
                    f"{found.unstamped} not yet stamped (run: translations stamp {found.code})"
                )
            for kind, problems in found.problems.items():
                self.stdout.write(f"{found.code} {kind}: {len(problems)}")
                for problem in problems[: None if verbosity >= 2 else 5]:
                    self.stdout.write(f"  {problem}")
                if verbosity < 2 and len(problems) > 5:
                    self.stdout.write(f"  … and {len(problems) - 5} more (-v 2 lists them all)")
        if failing:
            raise CommandError(f"Not complete or not consistent with the English: {', '.join(failing)}")

    def reviewed_in_database(self):
        """({code: content texts on pages ticked as reviewed}, {codes whose interface is reviewed}), or
        nothing when there is no database yet (the files' own `reviewed = true` still count)."""
        from django.db import DatabaseError

        from guides.models import InterfaceReview
        from selfhelp.i18n.status import content_counts

        try:
            interface = set(InterfaceReview.objects.values_list("language", flat=True))
            pages = {}
            for language in languages.LANGUAGES[1:]:
                pages[language.code] = content_counts(language.code)[2].done
        except DatabaseError:
            return {}, set()
        return pages, interface
