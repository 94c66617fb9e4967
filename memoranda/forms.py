from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.utils.translation import gettext_lazy as _

from .models import LanguageChoices, Memorandum

REASON_EXAMPLE = _("Updated to reflect the proposals of Member States.")


class _CrispyForm(forms.Form):
    submit_label = _("Save")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", self.submit_label))


class MemorandumSettingsForm(_CrispyForm):
    kind = forms.ChoiceField(label=_("kind"), choices=Memorandum.Kind.choices)
    party_word = forms.ChoiceField(label=_("the parties are called"), choices=Memorandum.PartyWord.choices)
    numbering_style = forms.ChoiceField(label=_("numbering of sections"), choices=Memorandum.NumberingStyle.choices)
    numbered_clauses = forms.BooleanField(label=_("numbered clauses (1.1, 1.2 ...)"), required=False)
    languages = forms.MultipleChoiceField(
        label=_("languages"), choices=LanguageChoices.choices, widget=forms.CheckboxSelectMultiple
    )
    master_language = forms.ChoiceField(label=_("master language"), choices=LanguageChoices.choices)
    mark_draft = forms.BooleanField(label=_('print "DRAFT" until signed'), required=False)

    def clean(self):
        cleaned = super().clean()
        languages = cleaned.get("languages") or []
        if cleaned.get("master_language") and cleaned["master_language"] not in languages:
            self.add_error("master_language", _("The master language must be one of the languages."))
        return cleaned


class MemorandumCreateForm(MemorandumSettingsForm):
    submit_label = _("Create")
    title = forms.CharField(label=_("title"), max_length=500)

    field_order = ["title"]


class FreezeForm(_CrispyForm):
    submit_label = _("Freeze as a new version")
    reason = forms.CharField(
        label=_("why"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        initial=REASON_EXAMPLE,
        help_text=_("Frozen versions never change; they can be circulated and compared."),
    )
