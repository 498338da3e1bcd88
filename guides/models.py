"""The guides: their text, checklists, legal sources and the glossary.

The text lives in the repository (guides/content/) and is loaded by `manage.py load_guides`. Titles,
summaries, section headings and bodies, checklist items and glossary entries are translated with
django-modeltranslation (see translation.py). The English is the authoritative text: every page in
another language links to it, and shows it wherever a translation is missing or was made from an older
English (see selfhelp/i18n/content.py).
"""

from datetime import date

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from selfhelp import languages


def column(name, code):
    return f"{name}_{code.replace('-', '_')}"


class ReviewedLanguages(models.Model):
    """Which translations a fluent speaker has checked, marked in the admin."""

    reviewed_languages = models.JSONField(
        _("translations reviewed by a fluent speaker"), default=list, blank=True
    )
    # What load_guides last wrote (every field, translation, section and item), so that the loader can
    # tell an edit made in the admin from an old load, and never overwrite the edit without saying so.
    loaded_state = models.JSONField(default=dict, blank=True, editable=False)

    class Meta:
        abstract = True

    def translation_status(self, code=None):
        """ "english", "missing", "unreviewed" or "reviewed" for the reader's language."""
        code = code or get_language()
        if code == languages.DEFAULT:
            return "english"
        if not self.has_translation(code):
            return "missing"
        return "reviewed" if code in self.reviewed_languages else "unreviewed"

    def translatable(self):
        """Every (object, field name) of this page that has an English text to translate."""
        raise NotImplementedError

    def translated_count(self, code=None):
        """(texts translated into the language, texts in all): where English stands in for the rest."""
        code = code or get_language()
        texts = [(obj, name) for obj, name in self.translatable() if getattr(obj, column(name, "en"))]
        return sum(bool(getattr(obj, column(name, code))) for obj, name in texts), len(texts)

    def has_translation(self, code):
        return self.translated_count(code)[0] > 0

    def english_parts(self, code=None):
        """How many of its texts show in English in the reader's language (not translated, or stale)."""
        code = code or get_language()
        if code == languages.DEFAULT:
            return 0
        translated, total = self.translated_count(code)
        return total - translated


class GuideQuerySet(models.QuerySet):
    def guides(self):
        return self.filter(collection=Guide.Collection.GUIDES)

    def evidence(self):
        return self.filter(collection=Guide.Collection.EVIDENCE)


class Guide(ReviewedLanguages):
    """A guide, or a page of the evidence catalogue: both are written, translated and printed the same way."""

    class Collection(models.TextChoices):
        GUIDES = "guides", _("Guides")
        EVIDENCE = "evidence", _("Kinds of evidence")

    slug = models.SlugField(unique=True)
    collection = models.CharField(max_length=16, choices=Collection, default=Collection.GUIDES)
    order = models.PositiveSmallIntegerField(default=0)
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"))
    last_checked = models.DateField(_("last checked"))

    objects = GuideQuerySet.as_manager()

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("guide")
        verbose_name_plural = _("guides")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        if self.collection == self.Collection.EVIDENCE:
            return reverse("evidence:kind", args=[self.slug])
        return reverse("guides:detail", args=[self.slug])

    def get_sources_url(self):
        if self.collection == self.Collection.EVIDENCE:
            return reverse("evidence:kind_sources", args=[self.slug])
        return reverse("guides:sources", args=[self.slug])

    def get_pdf_url(self):
        if self.collection == self.Collection.EVIDENCE:
            return reverse("evidence:kind_pdf", args=[self.slug])
        return reverse("guides:pdf", args=[self.slug])

    @property
    def has_translated_bodies(self):
        """Whether any section's text is translated into the reader's language (else the notice says the
        full guide is in English)."""
        code = get_language()
        sections = self.sections.all()
        return code != languages.DEFAULT and any(getattr(s, column("body", code)) for s in sections)

    def translatable(self):
        yield self, "title"
        yield self, "summary"
        for section in self.sections.all():
            yield section, "heading"
            yield section, "body"
            for item in section.items.all():
                yield item, "text"


class Source(models.Model):
    """A law, rule or guidance document that a guide relies on, and when it was last checked."""

    guide = models.ForeignKey(Guide, on_delete=models.CASCADE, related_name="sources")
    order = models.PositiveSmallIntegerField(default=0)
    citation = models.TextField(_("citation"))
    url = models.URLField(_("address"), max_length=500, blank=True)
    checked = models.DateField(_("last checked"))

    class Meta:
        ordering = ["order"]

    def __str__(self):
        return self.citation


class Section(models.Model):
    """A part of a guide. A section with checklist items is an action section."""

    guide = models.ForeignKey(Guide, on_delete=models.CASCADE, related_name="sections")
    key = models.SlugField()
    order = models.PositiveSmallIntegerField(default=0)
    heading = models.CharField(_("heading"), max_length=200)
    body = models.TextField(_("text (Markdown)"), blank=True)

    class Meta:
        ordering = ["order"]
        constraints = [models.UniqueConstraint(fields=["guide", "key"], name="unique_section_key")]

    def __str__(self):
        return self.heading


class ChecklistItem(models.Model):
    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="items")
    key = models.SlugField()
    order = models.PositiveSmallIntegerField(default=0)
    text = models.TextField(_("text"))

    class Meta:
        ordering = ["order"]
        constraints = [models.UniqueConstraint(fields=["section", "key"], name="unique_item_key")]

    def __str__(self):
        return self.text

    @property
    def path(self):
        """A stable name for the item across loads: guide/section/item."""
        return f"{self.section.guide.slug}/{self.section.key}/{self.key}"


class GlossaryTerm(ReviewedLanguages):
    key = models.SlugField(unique=True)
    term = models.CharField(_("term"), max_length=120)
    expansion = models.CharField(_("in full"), max_length=250, blank=True)
    definition = models.TextField(_("meaning"))
    guide = models.ForeignKey(
        Guide, on_delete=models.SET_NULL, null=True, blank=True, related_name="glossary_terms"
    )

    class Meta:
        ordering = ["term"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary")

    def __str__(self):
        return self.term

    def get_absolute_url(self):
        return reverse("guides:glossary_term", args=[self.key])

    def translatable(self):
        yield self, "term"
        yield self, "expansion"
        yield self, "definition"


class InterfaceReview(models.Model):
    """A fluent speaker has checked the site's own wording (the gettext catalogue) in one language."""

    language = models.CharField(_("language"), max_length=8, unique=True, choices=settings.LANGUAGES[1:])
    reviewed_on = models.DateField(_("reviewed on"))
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("review of the site's wording")
        verbose_name_plural = _("reviews of the site's wording")

    def __str__(self):
        return self.get_language_display()


class Change(ReviewedLanguages):
    """A change in the law, or in this site's advice, that readers should know about ("What changed").

    Loaded from guides/content/changes.toml like the guides. The title and summary are translated;
    the sources are English citations, each with the date it was checked. ``decisions`` are the kinds
    of decision (a case's ``decision``) the change touches: a saved case of that kind shows a notice.
    """

    class Kind(models.TextChoices):
        LAW = "law", _("A change in the law")
        ADVICE = "advice", _("A change in our advice")

    key = models.SlugField(unique=True)
    kind = models.CharField(_("kind of change"), max_length=8, choices=Kind)
    date = models.DateField(_("date of the change"))  # the law's date, or the day our advice changed
    published = models.DateField(_("added to this site"))
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"))
    sources = models.JSONField(_("sources"), default=list)  # [{"citation", "url", "checked"}]
    decisions = models.JSONField(_("kinds of decision it touches"), default=list, blank=True)
    guides = models.ManyToManyField(Guide, blank=True, related_name="changes")

    class Meta:
        ordering = ["-published", "-date", "key"]
        verbose_name = _("change")
        verbose_name_plural = _("what changed")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return f"{reverse('guides:changes')}#{self.key}"

    def has_translation(self, code):
        return bool(getattr(self, f"summary_{code.replace('-', '_')}", ""))

    def touches(self, decision: str) -> bool:
        return decision in self.decisions

    @property
    def shown_sources(self):
        """The sources with their dates as dates (they are stored as ISO strings)."""
        return [{**source, "checked": date.fromisoformat(source["checked"])} for source in self.sources]
