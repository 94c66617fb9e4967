"""The notes pages: register, note page, drafting form with live preview,
and the workflow buttons. Views translate HTTP into calls of
``notes.services`` and say what happened in a message."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from cicadocs.accounts.permissions import SecretariatRequiredMixin
from cicadocs.core.models import AuditEntry
from cicadocs.directory.models import Organisation

from .forms import EnclosureForm, NoteForm, RegisterFilterForm
from .formulas import Draft, generate
from .models import DOCUMENT_LANGUAGES, GENERATED_PARTS, LANGUAGE_CHOICES, Enclosure, Note, Series, issue_order
from .rendering import build_parts, current_texts, enclosure_facts, note_languages, note_parts
from .services import (
    NoteError,
    enclosure_add,
    enclosure_remove,
    note_approve,
    note_create_correction,
    note_delete,
    note_dispatch,
    note_return_to_draft,
    note_save,
)

LANGUAGE_NAMES = dict(LANGUAGE_CHOICES)


def _notes():
    return Note.objects.select_related("series", "sender", "addressee_organisation")


class IndexView(SecretariatRequiredMixin, TemplateView):
    """The register of notes."""

    template_name = "notes/index.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = RegisterFilterForm(self.request.GET or None)
        listed = _notes().prefetch_related("states")
        notes = form.filter(listed) if form.is_bound else listed
        page = Paginator(notes, 50).get_page(self.request.GET.get("page"))
        query = self.request.GET.copy()
        query.pop("page", None)
        context.update(filter_form=form, page_obj=page, notes=page.object_list, query=query.urlencode())
        return context


class NoteDetailView(SecretariatRequiredMixin, TemplateView):
    template_name = "notes/note_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        note = get_object_or_404(_notes(), pk=self.kwargs["pk"])
        versions = [(code, LANGUAGE_NAMES[code], note_parts(note, code)) for code in note_languages(note)]
        context.update(
            note=note,
            versions=versions,
            references=note.ordered_references(),
            referred_by=_notes().filter(reference_links__target=note).distinct(),
            corrections=_notes().filter(corrects=note),
            enclosures=note.enclosures.select_related("memorandum_version__memorandum"),
            enclosure_form=None if note.is_dispatched else EnclosureForm(),
            audit=AuditEntry.objects.for_object(note).select_related("actor")[:50],
            frozen=note.is_dispatched,
        )
        return context


def _texts_for_form(note):
    draft = Draft.from_note(note)
    return {
        code: {"generated": generate(draft, code), "current": current_texts(note, code, draft)}
        for code in DOCUMENT_LANGUAGES
    }


def _new_note():
    latest = Note.objects.order_by("-date", "-pk").first()
    note = Note(
        date=timezone.localdate(),
        series=(latest.series if latest and latest.series.is_active else Series.objects.filter(is_active=True).first()),
        sender=Organisation.objects.filter(kind=Organisation.Kind.SECRETARIAT).first(),
        languages=list(DOCUMENT_LANGUAGES),
    )
    if note.series:
        note.suffix = note.series.default_suffix
    if latest:
        for code in DOCUMENT_LANGUAGES:
            setattr(note, f"place_{code}", getattr(latest, f"place_{code}"))
    return note


def _language_tabs(chosen):
    """One tab per document language: the chosen ones first, in the order issued."""
    first = issue_order(chosen if isinstance(chosen, (list, tuple)) else [])
    return [(code, LANGUAGE_NAMES[code]) for code in [*first, *(c for c in DOCUMENT_LANGUAGES if c not in first)]]


class NoteFormView(SecretariatRequiredMixin, View):
    """Create (no pk) or edit a note that has not been dispatched."""

    template_name = "notes/note_form.html"

    def get_note(self):
        if "pk" not in self.kwargs:
            return _new_note()
        return get_object_or_404(_notes(), pk=self.kwargs["pk"])

    def refuse_if_frozen(self, note):
        if note.pk and note.is_dispatched:
            messages.error(
                self.request,
                _("Note %(number)s has been dispatched and can no longer be changed. Create a correction instead.")
                % {"number": note.full_number},
            )
            return redirect("notes:detail", pk=note.pk)
        return None

    def render_form(self, form, note):
        return render(
            self.request,
            self.template_name,
            {
                "form": form,
                "note": note,
                "language_tabs": _language_tabs(form["languages"].value()),
                "parts": GENERATED_PARTS,
            },
        )

    def get(self, request, *args, **kwargs):
        note = self.get_note()
        refused = self.refuse_if_frozen(note)
        if refused:
            return refused
        return self.render_form(NoteForm(instance=note, generated=_texts_for_form(note)), note)

    def post(self, request, *args, **kwargs):
        note = self.get_note()
        refused = self.refuse_if_frozen(note)
        if refused:
            return refused
        form = NoteForm(request.POST, instance=note)
        if not form.is_valid():
            messages.error(request, _("The note was not saved: please correct the errors below."))
            return self.render_form(form, note)
        note = form.apply(form.instance)
        try:
            note = note_save(
                note=note,
                actor=request.user,
                states=list(form.cleaned_data.get("states") or []),
                references=form.ordered_references(),
                expected_revision=form.cleaned_data.get("revision") if note.pk else None,
            )
        except NoteError as error:
            messages.error(request, str(error))
            return self.render_form(form, note)
        messages.success(request, _("The note was saved."))
        return redirect("notes:detail", pk=note.pk)


class NotePreviewView(SecretariatRequiredMixin, View):
    """The texts generated from the form as it stands (for the live preview)."""

    def post(self, request, *args, **kwargs):
        instance = get_object_or_404(Note, pk=kwargs["pk"]) if "pk" in kwargs else Note()
        form = NoteForm(request.POST, instance=instance)
        form.is_valid()
        draft = form.draft()
        note = form.apply(Note(has_closing=draft.has_closing))
        note.series = form.cleaned_data.get("series") or Series(prefix="")
        note.suffix = form.cleaned_data.get("suffix", "")
        languages = issue_order(form.cleaned_data.get("languages"))
        for code in DOCUMENT_LANGUAGES:
            for part in GENERATED_PARTS:
                setattr(note, f"{part}_{code}", form.cleaned_data.get(f"{part}_{code}") or "")
        enclosures = enclosure_facts(instance) if instance.pk else []
        return JsonResponse(
            {
                "languages": languages,
                "generated": {code: generate(draft, code) for code in DOCUMENT_LANGUAGES},
                "parts": {code: build_parts(note, code, draft, enclosures) for code in languages},
                "errors": {name: [str(e) for e in errors] for name, errors in form.errors.items()},
            }
        )


class NoteActionView(SecretariatRequiredMixin, View):
    """The workflow buttons: approve, return to draft, dispatch, correct, delete (POST only)."""

    def post(self, request, pk, action):
        note = get_object_or_404(_notes(), pk=pk)
        try:
            if action == "approve":
                note_approve(note=note, actor=request.user)
                messages.success(request, _("The note was approved."))
            elif action == "return":
                note_return_to_draft(note=note, actor=request.user)
                messages.success(request, _("The note is a draft again."))
            elif action == "dispatch":
                note = note_dispatch(note=note, actor=request.user)
                messages.success(request, _("Note %(number)s was dispatched.") % {"number": note.full_number})
            elif action == "correct":
                correction = note_create_correction(note=note, actor=request.user)
                messages.success(request, _("A correction was drafted; edit it and dispatch it."))
                return redirect("notes:edit", pk=correction.pk)
            elif action == "delete":
                note_delete(note=note, actor=request.user)
                messages.success(request, _("The draft was deleted."))
                return redirect("notes:index")
            else:
                messages.error(request, _("Unknown action."))
        except NoteError as error:
            messages.error(request, str(error))
        return redirect("notes:detail", pk=pk)


class EnclosureAddView(SecretariatRequiredMixin, View):
    def post(self, request, pk):
        note = get_object_or_404(Note, pk=pk)
        form = EnclosureForm(request.POST, request.FILES)
        if not form.is_valid():
            for errors in form.errors.values():
                for error in errors:
                    messages.error(request, error)
            return redirect("notes:detail", pk=pk)
        try:
            enclosure_add(note=note, actor=request.user, enclosure=form.save(commit=False))
        except NoteError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The enclosure was added."))
        return redirect(reverse("notes:detail", kwargs={"pk": pk}) + "#enclosures")


class EnclosureRemoveView(SecretariatRequiredMixin, View):
    def post(self, request, pk, enclosure_pk):
        enclosure = get_object_or_404(Enclosure, pk=enclosure_pk, note_id=pk)
        try:
            enclosure_remove(enclosure=enclosure, actor=request.user)
        except NoteError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The enclosure was removed."))
        return redirect("notes:detail", pk=pk)
