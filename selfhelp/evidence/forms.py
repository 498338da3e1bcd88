"""The form for an item of the evidence plan.

The day it is needed by is one choice: no day, one of the case's dates (a deadline, a hearing: stored by
its key, so the day moves when the case's dates change), or a day the person types. The paragraphs it
answers are those of the case's letter that need evidence (disputed, or with evidence noted), and any it
already answers.
"""

from crispy_forms_gds.layout import Fieldset, Layout, Size
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from selfhelp.annotator.models import Paragraph
from selfhelp.deadlines import case as dates_of_case
from selfhelp.evidence.kinds import EvidenceKind, Funding, ItemStatus, Who
from selfhelp.evidence.models import Item
from selfhelp.forms import DateField, OneLineField, form_helper

TYPED = "date"
REAL_DATE = _("Give a real date: the day, the month and the year, for example 2026-12-01.")


class ParagraphChoice(forms.ModelMultipleChoiceField):
    def label_from_instance(self, paragraph):
        return _("Paragraph %(number)s: %(kind)s") % {
            "number": paragraph.number,
            "kind": paragraph.get_kind_display(),
        }


class ItemForm(forms.ModelForm):
    due = forms.ChoiceField(
        label=_("When is it needed by?"),
        required=False,
        help_text=_("Choose one of the dates on this case, such as a hearing, or type a date below."),
    )
    due_date = DateField(
        label=_("Another date (optional)"), required=False, error_messages={"invalid": REAL_DATE}
    )
    received = DateField(
        label=_("The date you got it (optional)"), required=False, error_messages={"invalid": REAL_DATE}
    )

    class Meta:
        model = Item
        fields = [
            "kind",
            "title",
            "shows",
            "paragraphs",
            "who",
            "status",
            "due",
            "due_date",
            "received",
            "cost",
            "funding",
            "pages",
            "order",
            "notes",
        ]
        field_classes = {"paragraphs": ParagraphChoice, "title": OneLineField}
        widgets = {
            "shows": forms.Textarea(attrs={"rows": 3}),
            "notes": forms.Textarea(attrs={"rows": 3}),
            "paragraphs": forms.CheckboxSelectMultiple,
            "status": forms.RadioSelect,
            "cost": forms.NumberInput(attrs={"inputmode": "decimal", "min": "0", "step": "0.01"}),
            "pages": forms.NumberInput(attrs={"inputmode": "numeric", "min": "1"}),
            "order": forms.NumberInput(attrs={"inputmode": "numeric", "min": "1"}),
        }
        help_texts = {
            "cost": _(
                "For an expert report, a refugee charity's guide gives a rough figure of £300 to £400 for "
                "the report alone (see our page on expert reports). Prices vary, so ask first."
            ),
        }
        error_messages = {
            "kind": {"required": _("Choose what kind of evidence it is.")},
            "cost": {"invalid": _("Give the cost as a number of pounds, like 350 or 49.50.")},
            "pages": {"invalid": _("Give the number of pages as a whole number, like 3.")},
        }

    def __init__(self, *args, case, action="", submit=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.case = case
        self.fields["kind"].choices = [("", _("Choose a kind")), *list(EvidenceKind.choices)]
        self.fields["who"].choices = [("", _("Not decided yet")), *list(Who.choices)]
        self.fields["status"].choices = list(ItemStatus.choices)
        self.fields["funding"].choices = [("", _("Not sorted yet")), *list(Funding.choices)]
        self._due_choices()
        self._paragraph_choices()
        self.helper = form_helper(submit or _("Save"), action=action)
        self.helper.layout = Layout(
            Fieldset("kind", "title", "shows", "paragraphs", legend=_("What it is"), legend_size=Size.MEDIUM),
            Fieldset(
                "who",
                "status",
                "due",
                "due_date",
                "received",
                legend=_("Getting it"),
                legend_size=Size.MEDIUM,
            ),
            Fieldset("cost", "funding", legend=_("Cost"), legend_size=Size.MEDIUM),
            Fieldset("pages", "order", "notes", legend=_("For the bundle"), legend_size=Size.MEDIUM),
        )

    def _due_choices(self):
        choices = [("", _("No date yet")), *dates_of_case.choices(self.case)]
        keys = {key for key, _label in choices}
        stored = self.instance.due_key
        if stored and stored not in keys:
            choices.append((stored, _("The date it was tied to (no longer on this case)")))
        choices.append((TYPED, _("Another date: type it below")))
        self.fields["due"].choices = choices
        if self.instance.due_key:
            self.initial["due"] = self.instance.due_key
        elif self.instance.due_date:
            self.initial["due"] = TYPED

    def _paragraph_choices(self):
        field = self.fields["paragraphs"]
        field.to_field_name = "position"  # a paragraph is named by its place in the letter, not its id
        paragraphs = Paragraph.objects.for_case(self.case)
        linked = set(self.instance.paragraphs.values_list("pk", flat=True)) if self.instance.pk else set()
        linked |= {p.pk for p in self.initial.get("paragraphs", [])}
        needing = paragraphs.disputed() | paragraphs.needing_evidence()
        field.queryset = (needing | paragraphs.filter(pk__in=linked)).distinct().order_by("position")
        if not paragraphs.exists():
            field.help_text = _("Bring in your refusal letter to link evidence to its paragraphs.")
        else:
            field.help_text = _(
                "The paragraphs you dispute, or for which you wrote what evidence would answer them."
            )

    def clean(self):
        cleaned = super().clean()
        due, typed = cleaned.get("due", ""), cleaned.get("due_date")
        if due == TYPED and not typed and "due_date" not in self.errors:
            self.add_error("due_date", _("Type the date, or choose one of the dates on this case."))
        cost, funding = cleaned.get("cost"), cleaned.get("funding")
        if cost and funding == Funding.FREE:
            self.add_error(
                "cost", _("You said it is free. Take the cost away, or choose how it will be paid.")
            )
        received = cleaned.get("received")
        if received and received > timezone.localdate():
            self.add_error("received", _("This date is after today. Check the day, the month and the year."))
        return cleaned

    def save(self, commit=True):
        item = super().save(commit=False)
        due, typed = self.cleaned_data.get("due", ""), self.cleaned_data.get("due_date")
        if due and due != TYPED:
            item.due_key, item.due_date = due, None
        else:  # a typed day (chosen, or typed with "no date" left in the list)
            item.due_key, item.due_date = "", typed
        if commit:
            item.save()
            self.save_m2m()
        return item
