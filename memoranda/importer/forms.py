from django import forms
from django.utils.translation import gettext_lazy as _

from cicadocs.directory.models import Organisation, Signatory
from memoranda.models import LanguageChoices

from .docx import docx_to_text
from .errors import EmptyTextError, ImportTextError
from .parser import MAX_INPUT_BYTES, parse_text
from .services import NEW, match_organisation, match_signatory, suggested_title


class ImportForm(forms.Form):
    """Step 1: the text, pasted or as a .docx file, and its language."""

    text = forms.CharField(
        label=_("Text of the memorandum"),
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 16, "class": "font-monospace"}),
        help_text=_("Paste the whole text; a covering note before the memorandum is skipped."),
    )
    file = forms.FileField(
        label=_("or a Word file (.docx)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".docx"}),
        help_text=_("At most 1 MB."),
    )
    language = forms.ChoiceField(label=_("Language of the text"), choices=LanguageChoices.choices, initial="en")

    def clean(self):
        cleaned = super().clean()
        text, upload = cleaned.get("text") or "", cleaned.get("file")
        try:
            if upload is not None:
                text = docx_to_text(upload)
            elif not text.strip():
                raise EmptyTextError
            cleaned["text"] = text
            self.result = parse_text(text)
        except ImportTextError as error:
            raise forms.ValidationError(error.message) from error
        return cleaned


def _organisation_label(organisation):
    return f"{organisation.short_name} — {organisation.name}"


class ConfirmForm(forms.Form):
    """Step 2: the recognised structure is confirmed; parties and signatories are tied to the directory."""

    text = forms.CharField(widget=forms.HiddenInput, strip=False, max_length=MAX_INPUT_BYTES)
    language = forms.ChoiceField(choices=LanguageChoices.choices, widget=forms.HiddenInput)
    title = forms.CharField(label=_("Title in lists"), max_length=500)
    languages = forms.MultipleChoiceField(
        label=_("Drawn up in"),
        choices=LanguageChoices.choices,
        widget=forms.CheckboxSelectMultiple,
        initial=["en", "ru", "kk"],
    )

    def __init__(self, *args, result, **kwargs):
        super().__init__(*args, **kwargs)
        self.result = result
        if not self.is_bound:
            self.fields["title"].initial = suggested_title(result)
        organisations = list(Organisation.objects.all())
        signatories = list(Signatory.objects.select_related("organisation"))
        org_choices = [(NEW, _("New organisation from the imported text"))] + [
            (str(organisation.pk), _organisation_label(organisation)) for organisation in organisations
        ]
        for index, party in enumerate(result.parties):
            match = match_organisation(party, organisations)
            self.fields[f"party_{index}"] = forms.ChoiceField(
                label=_("Party %(number)s: %(name)s")
                % {
                    "number": index + 1,
                    "name": f"{party.name} ({party.short_name})" if party.short_name else party.name,
                },
                choices=org_choices,
                initial=str(match.pk) if match else NEW,
            )
        sig_choices = [(NEW, _("New signatory from the imported text"))] + [
            (str(signatory.pk), f"{signatory.name} ({signatory.organisation.short_name})") for signatory in signatories
        ]
        for index, signature in enumerate(result.signatures):
            match = match_signatory(signature, signatories)
            self.fields[f"signatory_{index}"] = forms.ChoiceField(
                label=_("Signature column %(number)s: %(name)s") % {"number": index + 1, "name": signature.name},
                choices=sig_choices,
                initial=str(match.pk) if match else NEW,
            )

    def party_fields(self):
        return [self[f"party_{index}"] for index in range(len(self.result.parties))]

    def signatory_fields(self):
        return [self[f"signatory_{index}"] for index in range(len(self.result.signatures))]

    def _chosen(self, prefix, count, model):
        values = [self.cleaned_data[f"{prefix}_{index}"] for index in range(count)]
        pks = [int(value) for value in values if value != NEW]
        found = model.objects.in_bulk(pks)
        return [NEW if value == NEW else found[int(value)] for value in values]

    def organisations(self):
        return self._chosen("party", len(self.result.parties), Organisation)

    def signatories(self):
        return self._chosen("signatory", len(self.result.signatures), Signatory)
