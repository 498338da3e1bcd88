"""Bringing in an interview record: paste it or upload it (PDF, Word, text or photos of the pages).

The record is read with the letter reader's budgets and messages (``LetterForm``: the same limits, the
same reasons for a file that cannot be read, the text kept in the box), then split into its questions.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from selfhelp.annotator.forms import LetterForm
from selfhelp.annotator.interview import split_interview
from selfhelp.interviews.models import RecordKind


class RecordForm(LetterForm):
    kind = forms.ChoiceField(
        label=_("Which record is it?"),
        choices=RecordKind.choices,
        widget=forms.RadioSelect,
        help_text=_("The screening interview is the short first one. The asylum interview is the long one."),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("submit", _("Read the record"))
        super().__init__(*args, **kwargs)
        del self.fields["source"]
        self.fields["text"].label = _("Paste the text of the interview record")
        self.fields["text"].help_text = _("Copy all of it, from the first question to the last.")
        self.fields["files"].label = _("Or upload the record")
        self.fields["files"].help_text = _(
            "A PDF, a Word file (.docx), or photos of the pages (.jpg or .png): choose all the photos at "
            "once, in page order. Reading photos takes a few seconds for each page."
        )
        self.fields = {"kind": self.fields.pop("kind"), **self.fields}
        self.record = None
        self.pages = 1

    def clean(self):
        cleaned = forms.Form.clean(self)
        if self.errors:
            return cleaned
        given = self.text_or_files(
            cleaned, _("Paste the text of the record, or choose the file or photos of it.")
        )
        if given is None:
            return cleaned
        text, files = given
        if files:
            reading = self._read(files)
            if reading is None:
                return cleaned
            text, self.pages = reading.text, reading.pages
            self.data = self.data.copy()  # the text read is kept in the box: nothing is read twice
            self.data[self.add_prefix("text")] = text
        record = split_interview(text.replace("\x00", ""))
        if not record.looks_like_interview:
            self.add_error(
                "files" if files else "text",
                _(
                    "We could not find numbered questions in it. Is it an interview record? The refusal "
                    "letter goes in the letter reader instead."
                ),
            )
            return cleaned
        self.record = record
        return cleaned
