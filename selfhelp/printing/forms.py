from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from guides.models import Guide
from selfhelp.forms import form_helper

WORKSHEETS = [
    ("letter", _("Going through my refusal letter, paragraph by paragraph")),
    ("deadlines", _("My dates and deadlines")),
    ("evidence", _("My evidence plan")),
    ("hearing", _("My hearing day")),
    ("witness-statement", _("An outline for my witness statement")),
]


class PackForm(forms.Form):
    """What goes into a workshop pack. A GET form: a pack's address can be kept and shared."""

    guides = forms.MultipleChoiceField(label=_("Guides"), required=False, widget=forms.CheckboxSelectMultiple)
    evidence = forms.MultipleChoiceField(
        label=_("Kinds of evidence"), required=False, widget=forms.CheckboxSelectMultiple
    )
    glossary = forms.BooleanField(label=_("Words and abbreviations (the glossary)"), required=False)
    worksheets = forms.MultipleChoiceField(
        label=_("Blank worksheets to fill in by hand"),
        choices=WORKSHEETS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages"),
        help_text=_("Each guide comes in every language you choose, with its full text in English."),
        choices=settings.LANGUAGES,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one language.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["guides"].choices = [(g.slug, g.title) for g in Guide.objects.guides()]
        self.fields["evidence"].choices = [(g.slug, g.title) for g in Guide.objects.evidence()]
        self.helper = form_helper(_("Make the PDF"), method="get")

    def clean(self):
        cleaned = super().clean()
        chosen = (
            len(cleaned.get("guides", []))
            + len(cleaned.get("evidence", []))
            + len(cleaned.get("worksheets", []))
        )
        chosen += 1 if cleaned.get("glossary") else 0
        if not chosen:
            raise forms.ValidationError(_("Choose at least one guide, page or worksheet."))
        return cleaned
