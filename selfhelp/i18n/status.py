"""How much of each language is translated and reviewed: for the language page, the notices on every
page, and the `translations` command.

- Interface: the messages of the language's catalogues (locale/<locale>/LC_MESSAGES/django.po and
  djangojs.po): translated means written and not fuzzy; reviewed means a fluent speaker checked the
  language's wording (an InterfaceReview in the admin).
- Content: every translatable text of the guides, evidence pages and glossary as loaded in the database
  (a translation made from an older English is not loaded, so it counts as not translated); reviewed
  means its page or term is ticked for the language.
"""

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.utils.translation import to_locale

from selfhelp import languages
from selfhelp.i18n import checks

DOMAINS = ("django", "djangojs")


def catalogue_paths(code):
    """The language's catalogues in the project's locale folders."""
    return [
        Path(folder) / to_locale(code) / "LC_MESSAGES" / f"{domain}.po"
        for folder in settings.LOCALE_PATHS
        for domain in DOMAINS
        if (Path(folder) / to_locale(code) / "LC_MESSAGES" / f"{domain}.po").exists()
    ]


@lru_cache
def interface_counts(code):
    """(messages translated, messages in all) in the language's catalogues. Read once per process."""
    if code == languages.DEFAULT:
        return (1, 1)
    done = total = 0
    for path in catalogue_paths(code):
        messages = checks.read_po(path).messages
        done += sum(message.translated for message in messages)
        total += len(messages)
    return done, total


@lru_cache
def msgids(code):
    """Every message of the language's catalogues, translated or not (what the English can be)."""
    return frozenset(m.msgid for path in catalogue_paths(code) for m in checks.read_po(path).messages)


def interface_state(code):
    """ "english", "missing" (nothing translated), "partial", "unreviewed" or "reviewed"."""
    if code == languages.DEFAULT:
        return "english"
    done, total = interface_counts(code)
    if done == 0:
        return "missing"
    if done < total:
        return "partial"
    return "reviewed" if interface_reviewed(code) else "unreviewed"


def english_beside(code):
    """Whether legal sentences show their English beside them: in every language but English until a
    fluent speaker has reviewed the language's wording (marked in the admin), so that a supporter can
    check what the person reads."""
    return interface_state(code) not in {"english", "reviewed"}


def interface_reviewed(code):
    """Whether a fluent speaker has checked the site's wording in this language (marked in the admin)."""
    from guides.models import InterfaceReview

    # Kept in each process's own memory for five minutes: asking the shared (database) cache would
    # cost the same query as asking the table.
    cache = caches["local"]
    key = f"interface-reviewed:{code}"
    reviewed = cache.get(key)
    if reviewed is None:
        reviewed = InterfaceReview.objects.filter(language=code).exists()
        cache.set(key, reviewed, 300)
    return reviewed


@dataclass(frozen=True)
class Share:
    done: int
    total: int

    @property
    def percent(self):
        """Whole percent, rounded down: 100 only when everything is done."""
        return 100 * self.done // self.total if self.total else 100

    @property
    def complete(self):
        return self.done >= self.total

    def __str__(self):
        return f"{self.percent}%"


@dataclass(frozen=True)
class LanguageStatus:
    code: str
    interface: Share
    interface_reviewed: bool
    content: Share  # texts of guides, evidence pages and glossary, bodies included
    bodies: Share  # the guides' and evidence pages' full texts
    content_reviewed: Share  # translated texts on pages or terms ticked as reviewed

    @property
    def complete(self):
        return self.interface.complete and self.content.complete

    @property
    def reviewed(self):
        """The share of all the language's texts (interface and content) a fluent speaker has checked."""
        done = (self.interface.done if self.interface_reviewed else 0) + self.content_reviewed.done
        return Share(done, self.interface.total + self.content.total)


def content_counts(code):
    """(content, bodies, reviewed) Shares of one language, from the database."""
    from guides.models import GlossaryTerm, Guide, column

    content = [0, 0]
    bodies = [0, 0]
    reviewed = 0
    pages = list(Guide.objects.prefetch_related("sections__items")) + list(GlossaryTerm.objects.all())
    for page in pages:
        page_reviewed = code in page.reviewed_languages
        for obj, name in page.translatable():
            if not getattr(obj, column(name, languages.DEFAULT)):
                continue
            translated = bool(getattr(obj, column(name, code)))
            content[0] += translated
            content[1] += 1
            reviewed += translated and page_reviewed
            if name == "body":
                bodies[0] += translated
                bodies[1] += 1
    return Share(*content), Share(*bodies), Share(reviewed, content[0])


def language_status(code):
    """A language's shares, cached for a few minutes (the language page shows every language's)."""
    cache = caches["local"]
    key = f"language-status:{code}"
    status = cache.get(key)
    if status is None:
        content, bodies, reviewed = content_counts(code)
        status = LanguageStatus(
            code=code,
            interface=Share(*interface_counts(code)),
            interface_reviewed=interface_reviewed(code),
            content=content,
            bodies=bodies,
            content_reviewed=reviewed,
        )
        cache.set(key, status, 300)
    return status
