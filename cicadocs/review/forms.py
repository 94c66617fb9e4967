import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from cicadocs.directory.models import MemberState
from notes.models import Series

from . import deadlines
from .models import Circulation, Proposal

LANGUAGE_LABELS = {"en": _("English"), "ru": _("Russian"), "kk": _("Kazakh")}


def apply_errors(form, error):
    """Put a service's ValidationError on the form's fields (or on the form)."""
    if hasattr(error, "error_dict"):
        for field, messages in error.message_dict.items():
            form.add_error(field if field in form.fields else None, messages)
    else:
        form.add_error(None, error.messages)


class CirculationForm(forms.Form):
    all_states = forms.BooleanField(label=_("All member states"), required=False)
    states = forms.ModelMultipleChoiceField(
        label=_("Member states"),
        queryset=MemberState.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    purpose = forms.ChoiceField(label=_("Purpose"), choices=Circulation.Purpose.choices, widget=forms.RadioSelect)
    deadline_date = forms.DateField(
        label=_("Deadline (date)"),
        # <input type=date> speaks ISO whatever the interface language.
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    deadline_time = forms.TimeField(
        label=_("Deadline (time, Astana)"),
        initial=datetime.time(18, 0),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )
    proposals_visibility = forms.ChoiceField(
        label=_("Who sees the proposals"), choices=Circulation.Visibility.choices, widget=forms.RadioSelect
    )
    covering_note_series = forms.ModelChoiceField(
        label=_("Draft the covering note verbale in the series"),
        queryset=Series.objects.none(),
        required=False,
        empty_label=_("No covering note"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["covering_note_series"].queryset = Series.objects.filter(is_active=True).order_by("prefix")
        self.fields["states"].queryset = MemberState.objects.filter(is_active=True).order_by("name")
        self.fields["purpose"].initial = Circulation.Purpose.REVIEW
        self.fields["proposals_visibility"].initial = Circulation.Visibility.SECRETARIAT

    def chosen_states(self):
        if self.cleaned_data.get("all_states"):
            return list(self.fields["states"].queryset)
        return list(self.cleaned_data.get("states") or [])

    def deadline(self):
        return deadlines.deadline_from_local(self.cleaned_data["deadline_date"], self.cleaned_data["deadline_time"])

    def add_error(self, field, error):
        # The service names the combined field "deadline".
        super().add_error("deadline_date" if field == "deadline" else field, error)


class WordingFieldsMixin:
    """Adds one text area per language of the circulated version."""

    def add_wording_fields(self, languages, label, initial=None):
        self.languages = list(languages)
        for code in self.languages:
            self.fields[f"wording_{code}"] = forms.CharField(
                label=_("%(label)s (%(language)s)") % {"label": label, "language": LANGUAGE_LABELS.get(code, code)},
                required=False,
                max_length=20000,
                initial=(initial or {}).get(code, ""),
                widget=forms.Textarea(attrs={"rows": 3, "data-language": code, "class": "wording-input"}),
            )

    def wording(self):
        return {code: self.cleaned_data.get(f"wording_{code}", "") for code in self.languages}


class ProposalForm(WordingFieldsMixin, forms.Form):
    """A delegate's comment or amendment. There is no state field: the state
    always comes from the logged-in user."""

    kind = forms.ChoiceField(label=_("Kind"), choices=Proposal.Kind.choices, widget=forms.RadioSelect)
    comment = forms.CharField(
        label=_("Comment or explanation"), required=False, max_length=20000, widget=forms.Textarea(attrs={"rows": 3})
    )
    lock_version = forms.IntegerField(widget=forms.HiddenInput, required=False, initial=0)

    def __init__(self, *args, languages, current_text, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].initial = Proposal.Kind.AMENDMENT
        self.add_wording_fields(languages, _("New wording"), initial=(kwargs.get("initial") or {}).get("wording"))
        for code in self.languages:
            if not self.fields[f"wording_{code}"].initial:
                self.fields[f"wording_{code}"].initial = current_text.get(code, "")
            self.fields[f"wording_{code}"].widget.attrs["data-current"] = current_text.get(code, "")


class DecisionForm(WordingFieldsMixin, forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("", "—")] + [c for c in Proposal.Decision.choices if c[0]],
    )
    reason = forms.CharField(
        label=_("Reason"), required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, languages, proposal=None, **kwargs):
        super().__init__(*args, **kwargs)
        initial = proposal.wording if proposal is not None else {}
        if proposal is not None and proposal.kind == Proposal.Kind.COMMENT:
            languages = []  # a comment has no wording to accept
        self.add_wording_fields(languages, _("Wording as accepted"), initial=initial)
        for code in self.languages:
            self.fields[f"wording_{code}"].widget.attrs["rows"] = 2


class ObjectionForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for the objection"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3})
    )
