"""What django-modeltranslation translates: one column per language for each field listed here.

The English of each field is the authoritative text; pages in other languages link to it.
"""

from modeltranslation.translator import TranslationOptions, register

from guides.models import Change, ChecklistItem, GlossaryTerm, Guide, Section


@register(Guide)
class GuideTranslation(TranslationOptions):
    fields = ("title", "summary")
    required_languages = ("en",)


@register(Section)
class SectionTranslation(TranslationOptions):
    fields = ("heading", "body")
    required_languages = ("en",)


@register(ChecklistItem)
class ChecklistItemTranslation(TranslationOptions):
    fields = ("text",)
    required_languages = ("en",)


@register(GlossaryTerm)
class GlossaryTermTranslation(TranslationOptions):
    fields = ("term", "expansion", "definition")
    required_languages = ("en",)


@register(Change)
class ChangeTranslation(TranslationOptions):
    fields = ("title", "summary")
    required_languages = ("en",)
