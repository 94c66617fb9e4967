"""Forms of the notes pages: the register filter, the drafting form, enclosures."""

from datetime import date as date_type
from datetime import timedelta

from crispy_forms.helper import FormHelper
from django import forms
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from cicadocs.directory.models import MemberState, Mission, Organisation

from .formulas import Draft
from .models import (
    DOCUMENT_LANGUAGES,
    GENERATED_PARTS,
    LANGUAGE_CHOICES,
    Enclosure,
    Note,
    Series,
    issue_order,
)

LANGUAGE_FIELDS = ("place", "document", "document_short")
MAX_DAYS_AHEAD = 365


class RegisterFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, help_text=_("Number, subject or text."))
    series = forms.ModelChoiceField(label=_("Series"), queryset=Series.objects.all(), required=False)
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1990, max_value=2100)
    status = forms.ChoiceField(label=_("Status"), required=False, choices=[("", "---------"), *Note.Status.choices])
    addressee_kind = forms.ChoiceField(
        label=_("Kind of addressees"), required=False, choices=[("", "---------"), *Note.AddresseeKind.choices]
    )
    addressee = forms.ChoiceField(
        label=_("Addressed to"),
        required=False,
        help_text=_("A member state also finds the notes to all member states."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["addressee"].choices = addressee_choices()
        self.helper = FormHelper()
        self.helper.form_method = "get"
        self.helper.form_tag = False
        self.helper.disable_csrf = True

    def filter(self, queryset):
        if not self.is_valid():
            return queryset
        data = self.cleaned_data
        queryset = queryset.search(data.get("q"))
        if data.get("series"):
            queryset = queryset.filter(series=data["series"])
        if data.get("year"):
            queryset = queryset.filter(date__year=data["year"])
        if data.get("status"):
            queryset = queryset.filter(status=data["status"])
        if data.get("addressee_kind"):
            queryset = queryset.filter(addressee_kind=data["addressee_kind"])
        kind, _sep, key = (data.get("addressee") or "").partition(":")
        if kind == "state":
            queryset = queryset.addressed_to_state(int(key))
        elif kind == "city":
            queryset = queryset.addressed_to_embassies_in(key)
        elif kind == "organisation":
            queryset = queryset.addressed_to_organisation(int(key))
        return queryset


def addressee_choices():
    """The specific addressees the register filters by, grouped: member states
    ("state:<id>"), cities of embassies ("city:<English name>", those of the
    directory and those notes were sent to) and organisations ("organisation:<id>")."""
    language = (get_language() or "en").split("-")[0]
    states = sorted(((f"state:{state.pk}", str(state)) for state in MemberState.objects.all()), key=_by_label)
    used = Note.objects.filter(addressee_kind=Note.AddresseeKind.EMBASSIES).values_list("cities", flat=True)
    cities = city_choices([city for cities in used for city in cities or [] if city.get("en")])
    places = sorted(((f"city:{key}", names.get(language) or key) for key, names in cities.items()), key=_by_label)
    organisations = sorted(
        ((f"organisation:{org.pk}", org.short_name or org.name) for org in Organisation.objects.all()), key=_by_label
    )
    return [
        ("", "---------"),
        (_("Member states"), states),
        (_("Embassies in a city"), places),
        (_("Organisations"), organisations),
    ]


def _by_label(choice):
    return choice[1].casefold()


def city_choices(extra=()):
    """Cities of the directory's embassies, keyed by their English name, with the forms in each language."""
    cities = {}
    for mission in Mission.objects.order_by("city_en"):
        cities.setdefault(
            mission.city_en, {code: getattr(mission, f"city_{code}") or "" for code in DOCUMENT_LANGUAGES}
        )
    for city in extra:
        cities.setdefault(city.get("en", ""), city)
    return cities


class OrderedCheckboxSelectMultiple(forms.CheckboxSelectMultiple):
    """Checkboxes listing the chosen options first, in the order chosen, then
    the others. Browsers submit checked boxes in the order shown, so the order
    survives a round trip; the drafting page's script adds buttons to move a
    box up or down."""

    def optgroups(self, name, value, attrs=None):
        position = {str(code): index for index, code in enumerate(value or [])}
        choices = self.choices
        self.choices = sorted(choices, key=lambda choice: position.get(str(choice[0]), len(position)))
        try:
            return super().optgroups(name, value, attrs)
        finally:
            self.choices = choices


class ReferenceChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.full_number} — {obj.date:%d.%m.%Y} — {obj.subject}"


class NoteForm(forms.ModelForm):
    """The drafting form. Each text of each language is offered as generated;
    a text left as generated (or emptied) stays generated, one the drafter
    changed is remembered as edited by hand."""

    series = forms.ModelChoiceField(
        label=_("Series"),
        queryset=Series.objects.filter(is_active=True),
        error_messages={"invalid_choice": _("Unknown series: choose one of the registers.")},
    )
    sender = forms.ModelChoiceField(label=_("Sender"), queryset=Organisation.objects.all())
    languages = forms.MultipleChoiceField(
        label=_("Languages issued in"),
        choices=LANGUAGE_CHOICES,
        widget=OrderedCheckboxSelectMultiple,
        help_text=_("The pages are printed in the order shown."),
    )
    cities = forms.MultipleChoiceField(
        label=_("Cities of the embassies"), required=False, widget=forms.CheckboxSelectMultiple
    )
    states = forms.ModelMultipleChoiceField(
        label=_("Member states"), required=False, queryset=MemberState.objects.filter(is_active=True)
    )
    references = ReferenceChoiceField(
        label=_("References to earlier notes"),
        required=False,
        queryset=Note.objects.none(),
        help_text=_("Cited in the order of their dates."),
    )
    meetings_text = forms.CharField(
        label=_("Meetings"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "One meeting a line: date | English name | Russian name (genitive) | Kazakh name (genitive), "
            "for example: 2024-06-25 | CICA Special Working Group | Специальной рабочей группы СВМДА | "
            "Азия Кеңесі Арнаулы жұмыс тобының"
        ),
    )
    revision = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Note
        fields = [
            "series",
            "suffix",
            "date",
            "sender",
            "addressee_kind",
            "addressee_organisation",
            "languages",
            "subject",
            "kind",
            "deadline",
            "has_closing",
            *[f"{name}_{code}" for name in LANGUAGE_FIELDS for code in DOCUMENT_LANGUAGES],
            *[f"{part}_{code}" for part in GENERATED_PARTS for code in DOCUMENT_LANGUAGES],
        ]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "deadline": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            **{f"document_{code}": forms.Textarea(attrs={"rows": 3}) for code in DOCUMENT_LANGUAGES},
            **{f"opening_{code}": forms.Textarea(attrs={"rows": 5}) for code in DOCUMENT_LANGUAGES},
            **{f"body_{code}": forms.Textarea(attrs={"rows": 8}) for code in DOCUMENT_LANGUAGES},
            **{f"closing_{code}": forms.Textarea(attrs={"rows": 3}) for code in DOCUMENT_LANGUAGES},
            **{f"addressee_{code}": forms.Textarea(attrs={"rows": 4}) for code in DOCUMENT_LANGUAGES},
        }

    def __init__(self, *args, generated=None, **kwargs):
        super().__init__(*args, **kwargs)
        note = self.instance
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.fields["cities"].choices = [(key, key) for key in city_choices(note.cities or [])]
        references = Note.objects.dispatched().select_related("series").order_by("-date", "-number")
        if note.pk:
            references = references.exclude(pk=note.pk)
        self.fields["references"].queryset = references
        self.fields["addressee_organisation"].queryset = Organisation.objects.all()
        for code in DOCUMENT_LANGUAGES:
            self.fields[f"enclosure_after_{code}"] = forms.IntegerField(
                label=_("Enclosure line after paragraph"),
                min_value=0,
                max_value=50,
                required=False,
                initial=(note.enclosure_after or {}).get(code, 0),
                help_text=_("0 prints it before the text."),
            )
            for part in GENERATED_PARTS:
                self.fields[f"gen_{part}_{code}"] = forms.CharField(required=False, widget=forms.HiddenInput)
                self.fields[f"{part}_{code}"].required = False
        if not self.is_bound:
            self.initial["revision"] = note.revision
            self.initial["languages"] = note.languages or list(DOCUMENT_LANGUAGES)
            self.initial["cities"] = [city.get("en", "") for city in note.cities or []]
            self.initial["meetings_text"] = meetings_to_text(note.meetings or [])
            if note.pk:
                self.initial["states"] = list(note.states.all())
                self.initial["references"] = note.ordered_references()
            for code, texts in (generated or {}).items():
                for part, text in texts.get("generated", {}).items():
                    self.initial[f"gen_{part}_{code}"] = text
                for part, text in texts.get("current", {}).items():
                    self.initial[f"{part}_{code}"] = text

    def clean_date(self):
        value = self.cleaned_data["date"]
        if value and value > timezone.localdate() + timedelta(days=MAX_DAYS_AHEAD):
            raise forms.ValidationError(_("The date is more than a year ahead; check the year."))
        return value

    def clean_meetings_text(self):
        text = self.cleaned_data.get("meetings_text", "")
        try:
            return parse_meetings(text)
        except ValueError as exc:
            raise forms.ValidationError(
                _("Write each meeting as: date | English | Russian | Kazakh (line %(line)s).") % {"line": exc.args[0]}
            ) from exc

    def clean(self):
        data = super().clean()
        kind = data.get("addressee_kind")
        if kind == Note.AddresseeKind.EMBASSIES and not data.get("cities"):
            self.add_error("cities", _("Choose at least one city of the embassies."))
        if kind == Note.AddresseeKind.STATES and not data.get("states"):
            self.add_error("states", _("Choose at least one member state."))
        if kind == Note.AddresseeKind.ORGANISATION and not data.get("addressee_organisation"):
            self.add_error("addressee_organisation", _("Choose the organisation the note is addressed to."))
        if data.get("kind") == Note.Kind.SILENCE and not data.get("deadline"):
            self.add_error("deadline", _("A silence procedure needs its deadline."))
        return data

    # -- what the form means -------------------------------------------------

    def chosen_cities(self):
        cities = city_choices(self.instance.cities or [])
        return [cities[key] for key in self.cleaned_data.get("cities", []) if key in cities]

    def ordered_references(self):
        references = list(self.cleaned_data.get("references") or [])
        return sorted(references, key=lambda note: (note.date, note.number or 0))

    def draft(self):
        """The formulas' facts from whatever fields are valid (for the live preview too)."""
        data = self.cleaned_data
        return Draft(
            sender=data.get("sender"),
            addressee_kind=data.get("addressee_kind") or Note.AddresseeKind.MEMBER_STATES,
            cities=self.chosen_cities(),
            states=list(data.get("states") or []),
            addressee_organisation=data.get("addressee_organisation"),
            references=[(ref.full_number, ref.date) for ref in self.ordered_references()],
            date=data.get("date"),
            place={code: data.get(f"place_{code}", "") or "" for code in DOCUMENT_LANGUAGES},
            kind=data.get("kind") or Note.Kind.FREE,
            document={code: data.get(f"document_{code}", "") or "" for code in DOCUMENT_LANGUAGES},
            document_short={code: data.get(f"document_short_{code}", "") or "" for code in DOCUMENT_LANGUAGES},
            meetings=data.get("meetings_text") or [],
            deadline=data.get("deadline"),
            has_closing=bool(data.get("has_closing")),
        )

    def apply(self, note):
        """Copy what is not a plain model field onto ``note`` (edited flags, cities, meetings)."""
        data = self.cleaned_data
        note.cities = self.chosen_cities()
        note.meetings = data.get("meetings_text") or []
        note.languages = issue_order(data.get("languages"))
        note.enclosure_after = {code: data.get(f"enclosure_after_{code}") or 0 for code in DOCUMENT_LANGUAGES}
        edited = {}
        for code in DOCUMENT_LANGUAGES:
            for part in GENERATED_PARTS:
                value = data.get(f"{part}_{code}") or ""
                baseline = data.get(f"gen_{part}_{code}") or ""
                if value.strip() and _normal(value) != _normal(baseline):
                    edited[f"{part}_{code}"] = True
        note.edited = edited
        return note


def _normal(text):
    return "\n\n".join(" ".join(block.split()) for block in text.replace("\r\n", "\n").split("\n\n")).strip()


def parse_meetings(text):
    meetings = []
    for number, line in enumerate((text or "").splitlines(), start=1):
        if not line.strip():
            continue
        parts = [part.strip() for part in line.split("|")]
        if len(parts) != 4:
            raise ValueError(number)
        try:
            on = date_type.fromisoformat(parts[0])
        except ValueError as exc:
            raise ValueError(number) from exc
        meetings.append({"date": on.isoformat(), "name": dict(zip(DOCUMENT_LANGUAGES, parts[1:], strict=True))})
    return meetings


def meetings_to_text(meetings):
    lines = []
    for meeting in meetings:
        names = meeting.get("name") or {}
        lines.append(" | ".join([meeting.get("date", ""), *(names.get(code, "") for code in DOCUMENT_LANGUAGES)]))
    return "\n".join(lines)


class EnclosureForm(forms.ModelForm):
    class Meta:
        model = Enclosure
        fields = [
            "kind",
            "memorandum_version",
            "file",
            "description_en",
            "description_ru",
            "description_kk",
            "page_count",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.fields["file"].widget.attrs["accept"] = "application/pdf"

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        if kind == Enclosure.Kind.MEMORANDUM and not data.get("memorandum_version"):
            self.add_error("memorandum_version", _("Choose the memorandum version to enclose."))
        if kind == Enclosure.Kind.PDF:
            upload = data.get("file")
            if not upload:
                self.add_error("file", _("Upload the PDF to enclose."))
            else:
                try:
                    data["page_count"] = len(PdfReader(upload).pages)
                except (PdfReadError, ValueError, OSError):
                    self.add_error("file", _("This file is not a readable PDF."))
                upload.seek(0)
        if kind == Enclosure.Kind.TEXT and not any(data.get(f"description_{code}") for code in DOCUMENT_LANGUAGES):
            self.add_error("description_en", _('Write the enclosure, for example "as stated".'))
        return data
