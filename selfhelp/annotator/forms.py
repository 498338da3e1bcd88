"""The annotator's forms: bringing a letter in (paste or upload), and one paragraph's answer.

A file that cannot be read is explained beside the file field, in the reader's language, by the
``ExtractError`` code (the English messages of selfhelp.annotator.extract are for the command line).
Whatever was pasted stays in the box; when a file was read but the letter cannot be saved yet (the
person has to confirm replacing their notes), the text read from it is put in the box, so that
nothing has to be read twice.

A file over one of the budgets of ``selfhelp.annotator.limits`` is refused with the budget it overruns
(``REASONS``: pages, page size, pixels, characters, unpacked size …) and the numbers, never with a
general "too big".

With ``background=True`` (the letter pages), a file that needs OCR (photos, a scanned PDF) is not read
in the request: the form checks what it can at once (the count, kinds and size of the files, whether
this server reads photos) and leaves the files in ``pending``, for the view to read in the background
(selfhelp.annotator.tasks). When that fails, ``show_failure`` gives the form back with the reason beside
the file field.
"""

from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Submit
from django import forms
from django.conf import settings
from django.core.validators import MaxLengthValidator, ProhibitNullCharactersValidator, RegexValidator
from django.forms.utils import ErrorDict
from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from selfhelp.annotator import extract, importing, limits
from selfhelp.annotator.models import LetterSource, Paragraph, PointKind, Response
from selfhelp.forms import OneLineField

MAX_PHOTOS = limits.DEFAULT.max_photos
MAX_TEXT = limits.DEFAULT.max_text_characters  # pasted, or read from a file: the same limit
ACCEPT = ".pdf,.docx,.txt,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"

ERRORS = {
    "encrypted": _(
        "This PDF is locked with a password, so we cannot read it. If you can open it, save or print it as a "
        "new PDF without a password, or upload photos of the pages."
    ),
    "damaged": _(
        "This file seems to be damaged, so we cannot read it. Try saving it again, or upload photos of the "
        "pages instead."
    ),
    "too-large": _(
        "This is too big to read here: the limit is %(limit)s. Try a smaller file, or fewer pages."
    ),
    "wrong-type": _(
        "What is inside this file does not match the end of its name (like .pdf or .docx). Check that it "
        "is the right file, or save it again in the right format."
    ),
    "empty": _(
        "We could not find any words in this. If it is a scan or photos, make sure each page is flat, well "
        "lit and in focus, and try again."
    ),
    "unsupported": _(
        "We cannot read this kind of file. Upload a PDF, a Word file (.docx), a text file (.txt) or photos "
        "of the pages (.jpg or .png)."
    ),
    "timeout": _("Reading a page took too long. Try clearer photos, or fewer pages at a time."),
    "internal": _(
        "Something went wrong on our side while we read your letter, and nothing of it was kept. Choose "
        "the files again and send them. If it happens again, paste the letter's text instead."
    ),
}
# Over a budget (selfhelp.annotator.limits): the reason, and the numbers the message needs.
REASONS = {
    "pages": _(
        "This PDF has %(count)s pages. We can read a letter of up to %(limit)s pages: upload the refusal "
        "letter on its own, without other documents, or paste its text."
    ),
    "page-size": _(
        "Page %(page)s of this PDF is %(width)s × %(height)s cm, bigger than A3 paper, so we cannot read "
        "it. Save the letter again on A4 pages, or upload photos of its pages."
    ),
    "scanned": _(
        "This has %(count)s scanned pages (pages that are pictures, with no text in them). We can read "
        "about %(limit)s scanned pages at a time: upload the refusal letter on its own, or paste its text."
    ),
    "pixels": _(
        "This photo has %(megapixels)s million pixels. We can read photos of up to %(limit)s million "
        "pixels: send a smaller copy (when you share a photo, most phones offer a smaller size)."
    ),
    "text": _(
        "This holds more text than we can read at once: up to %(limit)s characters, the same as for "
        "pasted text. Upload the refusal letter on its own, without other documents."
    ),
    "unpacked": _(
        "This Word file holds %(size)s once unpacked, more than we can open here (%(limit)s). Save it as "
        "a PDF and upload that, or paste the letter's text."
    ),
    "packing": _(
        "This Word file is packed in an unusual way, so we cannot open it safely. Save it again as a PDF "
        "and upload that, or paste the letter's text."
    ),
    "paragraphs": _(
        "This Word file has %(count)s paragraphs. We can read up to %(limit)s: upload the refusal letter "
        "on its own, or paste its text."
    ),
    "ocr-time": _(
        "Reading the scanned pages takes longer than we can wait for one upload (%(seconds)s seconds): we "
        "read %(done)s of %(total)s pages. Upload fewer pages at a time, or clearer photos, or paste the "
        "letter's text."
    ),
    "queued": _(
        "You already have %(count)s letters waiting to be read. Wait until they are ready, then try again."
    ),
}
SIZES = {"size", "limit"}  # numbers that are bytes, for the reasons that give bytes
UNSUPPORTED_HINTS = {
    ".doc": _("Old Word files (.doc) cannot be read: open it in Word and save it as .docx or as a PDF."),
    ".heic": _(
        "Photos in HEIC format cannot be read: set the phone's camera to take JPEG photos (“Most "
        "Compatible”), or share the photos as JPEG."
    ),
    ".heif": _("Photos in HEIF format cannot be read: share the photos as JPEG instead."),
}
NO_OCR = _(
    "Reading photos and scans is not available at the moment. Upload a PDF with text or a Word file, or "
    "paste the letter's text."
)
ONLY_PHOTOS = _(
    "Several files at once can only be photos of the pages (.jpg or .png). Upload a PDF, Word or text "
    "file on its own."
)


def _numbers(error) -> dict:
    """The error's numbers as the reader writes them: bytes as "40.0 MB", counts grouped "400,000"."""
    if error.reason == "unpacked":
        return {key: filesizeformat(value) for key, value in error.numbers.items()}
    return {key: number_format(value, force_grouping=True) for key, value in error.numbers.items()}


def error_message(error: extract.ExtractError | limits.OverBudget, names: list[str], budget=None) -> str:
    """The reader's-language message for a file that cannot be read, with the real reason."""
    budget = budget or limits.Limits.from_settings(settings)
    if error.reason in REASONS:
        try:
            return str(REASONS[error.reason]) % _numbers(error)
        except (KeyError, TypeError, ValueError):
            pass  # a reason without its numbers: the general message below
    if error.code == "too-large":
        return str(ERRORS["too-large"]) % {"limit": filesizeformat(budget.max_bytes)}
    message = str(ERRORS.get(error.code, ERRORS["damaged"]))
    if error.code == "unsupported":
        for name in names:
            for suffix, hint in UNSUPPORTED_HINTS.items():
                if name.lower().endswith(suffix):
                    return f"{message} {hint}"
    return message


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files from one file input, in the order the browser sent them (the order chosen)."""

    widget = MultipleFileInput

    def clean(self, data, initial=None):
        if not data:
            return []
        files = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(item, initial) for item in files if item]


class LetterForm(forms.Form):
    text = forms.CharField(
        label=_("Paste the text of the letter"),
        required=False,
        max_length=MAX_TEXT,
        error_messages={
            "max_length": _(
                "This is %(show_value)d characters long. We can read up to %(limit_value)d characters at "
                "once: paste the refusal letter on its own, without other documents."
            )
        },
        widget=forms.Textarea(attrs={"rows": 8, "lang": "en", "dir": "ltr", "spellcheck": "false"}),
        help_text=_("Copy all of it, from the top of the first page to the end."),
    )
    files = MultipleFileField(
        label=_("Or upload the letter"),
        required=False,
        widget=MultipleFileInput(attrs={"accept": ACCEPT}),
        help_text=_(
            "A PDF, a Word file (.docx), or photos of the pages (.jpg or .png): choose all the photos at "
            "once, in page order, up to 20. Reading photos takes a few seconds for each page."
        ),
    )
    source = forms.ChoiceField(choices=LetterSource.choices, required=False, widget=forms.HiddenInput)
    replace = forms.BooleanField(
        label=_("Yes, replace the letter and delete my notes"),
        required=False,
    )

    def __init__(self, *args, action="", submit=None, notes=0, background=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.background = background
        self.pending = None  # files to read in the background: (name, bytes) pairs
        self.limits = limits.Limits.from_settings(settings)
        self.fields["text"].max_length = self.limits.max_text_characters
        self.fields["text"].validators = [
            validator
            for validator in self.fields["text"].validators
            if not isinstance(validator, MaxLengthValidator)
        ] + [MaxLengthValidator(self.limits.max_text_characters)]
        self.fields["text"].widget.attrs["maxlength"] = str(self.limits.max_text_characters)
        # A letter's text copied from a PDF can hold NUL characters: they are left out, not refused.
        text = self.fields["text"]
        text.validators = [v for v in text.validators if not isinstance(v, ProhibitNullCharactersValidator)]
        self.reading = None
        self.notes = notes  # paragraphs with notes that saving would delete
        if notes:
            self.fields["replace"].help_text = ngettext(
                "The letter on this case has notes on %(count)d paragraph. They are deleted with it.",
                "The letter on this case has notes on %(count)d paragraphs. They are deleted with it.",
                notes,
            ) % {"count": notes}
        else:
            del self.fields["replace"]
        self.helper = FormHelper()
        self.helper.form_method = "post"
        self.helper.form_action = action
        self.helper.add_input(Submit("read", submit or _("Read my letter")))

    def clean_source(self):
        return self.cleaned_data.get("source") or LetterSource.PASTED

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        given = self.text_or_files(
            cleaned, _("Paste the text of your letter, or choose the file or photos of it.")
        )
        if given is None:
            return cleaned
        _text, files = given  # the text is read below, as the form cleaned it
        if files:
            self.reading = self._read(files)
            if self.reading is None and self.pending is None:
                return cleaned
            if self.reading is not None:
                # Kept in the box, so a form shown again (to confirm replacing) does not read them again.
                self.data = self.data.copy()
                self.data["text"], self.data["source"] = self.reading.text, self.reading.source
        else:
            self.reading = importing.from_text(cleaned["text"], cleaned["source"])
        if self.reading is not None and not self.reading.letter.paragraphs:
            self.add_error("text" if not files else "files", _("We could not find any paragraphs in it."))
            self.reading = None
            return cleaned
        if self.notes and not cleaned.get("replace"):
            self.add_error("replace", _("Tick the box to replace the letter, or go back to keep it."))
        return cleaned

    def text_or_files(self, cleaned, nothing):
        """(text, files) when the person gave exactly one of them; otherwise None, with the reason beside
        the field (``nothing``: what to say when they gave neither)."""
        text, files = cleaned.get("text", "").strip(), cleaned.get("files") or []
        if text and files:
            self.add_error(
                "files",
                _(
                    "You pasted text and chose files. Use one: delete the text from the box, or choose no "
                    "file."
                ),
            )
            return None
        if not text and not files:
            self.add_error("text", nothing)
            return None
        return text, files

    def _read(self, files):
        names = [file.name for file in files]
        if len(files) > self.limits.max_photos:
            self.add_error(
                "files",
                ngettext(
                    "You chose %(count)d files. You can send up to %(max)d photo at once: for a longer "
                    "letter, upload a PDF, or paste the text.",
                    "You chose %(count)d files. You can send up to %(max)d photos at once: for a longer "
                    "letter, upload a PDF, or paste the text.",
                    self.limits.max_photos,
                )
                % {"count": len(files), "max": self.limits.max_photos},
            )
            return None
        if len(files) > 1 and not all(importing.is_image(name) for name in names):
            self.add_error("files", ONLY_PHOTOS)
            return None
        if any(importing.is_image(name) for name in names) and not extract.ocr_available():
            self.add_error("files", NO_OCR)
            return None
        try:
            limits.check_bytes(sum(file.size for file in files), self.limits)  # before reading any
            contents = [(file.name, file.read()) for file in files]
            return importing.from_files(contents, self.limits, ocr=not self.background)
        except extract.NeedsOcr:
            self.pending = contents
            return None
        except (extract.ExtractError, limits.OverBudget) as error:
            self.add_error("files", error_message(error, names, self.limits))
            return None

    def show_failure(self, message: str) -> None:
        """This (unbound) form, showing ``message`` beside the file field: reading in the background
        failed. What the person chose otherwise is in the form's ``initial``."""
        self._errors = ErrorDict()
        self.cleaned_data = {}
        self.add_error("files", message)


class ParagraphForm(forms.ModelForm):
    class Meta:
        model = Paragraph
        fields = ["kind", "response", "comment", "truth", "evidence_needed"]
        widgets = {
            "response": forms.RadioSelect,
            "comment": forms.Textarea(attrs={"rows": 5}),
            "truth": forms.Textarea(attrs={"rows": 2}),
            "evidence_needed": forms.Textarea(attrs={"rows": 2}),
        }
        help_texts = {
            "comment": _(
                "Say what is wrong, what is true, or what is missing. The statement for your lawyer or the "
                "tribunal uses your words as you write them: write in English if you can, or ask someone "
                "to help."
            ),
            "truth": _("For example: “AIR Q48 says March 2023” or “my witness statement, paragraph 9”."),
            "evidence_needed": _(
                "For example: a letter from my church, a medical report, a news report about my town."
            ),
        }

    def __init__(self, *args, action="", is_last=False, **kwargs):
        super().__init__(*args, **kwargs)
        response = self.fields["response"]
        response.choices = Response.choices
        response.required = False
        response.help_text = _("Choose an answer to mark this paragraph as reviewed.")
        kind = self.fields["kind"]
        kind.choices = PointKind.choices
        suggested = PointKind(self.instance.suggested_kind).label
        kind.help_text = _("We suggested: %(kind)s. Change it if it is something else.") % {"kind": suggested}
        self.helper = FormHelper()
        self.helper.form_method = "post"
        self.helper.form_action = action
        self.helper.form_class = "paragraph-form"
        label = _("Save and see all the paragraphs") if is_last else _("Save and go to the next paragraph")
        self.helper.add_input(Submit("next", label))
        self.helper.add_input(Submit("stay", _("Save"), css_class="govuk-button--secondary"))


class SplitForm(forms.Form):
    """Where to split a paragraph (one of ``corrections.split_points``, as radio buttons showing each
    point's first words), and the number the second part takes (the letter's own, digits only)."""

    at = forms.TypedChoiceField(
        label=_("Where does the next paragraph start?"),
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose where the next paragraph starts.")},
    )
    number = OneLineField(
        label=_("Its paragraph number in your letter"),
        max_length=4,
        validators=[
            RegexValidator(
                r"^[0-9]{1,4}\Z", message=_("Give the paragraph number in figures, for example 8.")
            )
        ],
        error_messages={"required": _("Give the number of the new paragraph, as in your letter.")},
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "off", "class": "govuk-input--width-4"}
        ),
    )

    def __init__(self, *args, points, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["at"].choices = [(point.at, f"… {point.words} …") for point in points]
        self.helper = FormHelper()
        self.helper.form_tag = False  # the page's own form carries the letter (public) or not (a case)
