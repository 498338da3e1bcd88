from django import forms
from django.conf import settings
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline, TranslationTabularInline

from guides.models import Change, ChecklistItem, GlossaryTerm, Guide, InterfaceReview, Section, Source

# The plain TranslationAdmin: its "tabbed" variants load jQuery UI from a third-party host.

REVIEWED_HELP = _(
    "Tick a language once a fluent speaker has checked its translation. Until then readers see a "
    "“not yet reviewed” mark. Changing a translation in the files clears its tick."
)


class ReviewedLanguagesForm(forms.ModelForm):
    reviewed_languages = forms.MultipleChoiceField(
        label=_("Translations reviewed by a fluent speaker"),
        choices=settings.LANGUAGES[1:],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=REVIEWED_HELP,
    )


class SourceInline(admin.TabularInline):
    model = Source
    extra = 0


class SectionInline(TranslationStackedInline):
    model = Section
    extra = 0
    fields = ["order", "key", "heading", "body"]
    show_change_link = True


@admin.register(Guide)
class GuideAdmin(TranslationAdmin):
    form = ReviewedLanguagesForm
    list_display = ["title", "slug", "order", "last_checked"]
    inlines = [SourceInline, SectionInline]


class ChecklistItemInline(TranslationTabularInline):
    model = ChecklistItem
    extra = 0


@admin.register(Section)
class SectionAdmin(TranslationAdmin):
    list_display = ["heading", "guide", "order"]
    list_filter = ["guide"]
    inlines = [ChecklistItemInline]


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(TranslationAdmin):
    form = ReviewedLanguagesForm
    list_display = ["term", "expansion", "guide"]
    search_fields = ["term", "expansion", "definition"]


@admin.register(InterfaceReview)
class InterfaceReviewAdmin(admin.ModelAdmin):
    list_display = ["language", "reviewed_on", "note"]


@admin.register(Change)
class ChangeAdmin(TranslationAdmin):
    form = ReviewedLanguagesForm
    list_display = ["title", "kind", "date", "published"]
    list_filter = ["kind"]
    filter_horizontal = ["guides"]
