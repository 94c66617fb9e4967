"""Writes on notes: saving drafts, approval, dispatch, corrections.

Each function validates before it saves, checks the transition table and
records the change in the audit trail.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cicadocs.core.audit import audit_record

from .formulas import Draft, generate, translations
from .models import DOCUMENT_LANGUAGES, GENERATED_PARTS, Note, NoteAddresseeState, NoteReference, Series, issue_order
from .rendering import build_parts, enclosure_facts, number_line, paragraphs_of

# status -> statuses it may move to
TRANSITIONS = {
    Note.Status.DRAFT: {Note.Status.APPROVED},
    Note.Status.APPROVED: {Note.Status.DRAFT, Note.Status.DISPATCHED},
    Note.Status.DISPATCHED: set(),
}

TRACKED_FIELDS = [
    "series_id",
    "suffix",
    "date",
    "sender_id",
    "addressee_kind",
    "cities",
    "addressee_organisation_id",
    "languages",
    "subject",
    "kind",
    "meetings",
    "deadline",
    "has_closing",
    "enclosure_after",
    "edited",
] + [
    f"{name}_{code}"
    for name in ("place", "document", "document_short", *GENERATED_PARTS)
    for code in DOCUMENT_LANGUAGES
]


class NoteError(Exception):
    """A refused action on a note; ``str()`` is a message for the user."""

    def __init__(self, message, problems=None):
        super().__init__(message)
        self.message = message
        self.problems = list(problems or [])

    def __str__(self):
        return " ".join([self.message, *self.problems])


class TransitionNotAllowed(NoteError):
    pass


class NoteFrozen(NoteError):
    pass


class DispatchRefused(NoteError):
    pass


class StaleNote(NoteError):
    pass


def _language_name(code):
    names = {"en": _("English"), "ru": _("Russian"), "kk": _("Kazakh")}
    return names.get(code, code)


def _check_transition(note, new_status):
    if new_status not in TRANSITIONS[note.status]:
        raise TransitionNotAllowed(
            _("A note that is “%(old)s” cannot become “%(new)s”.")
            % {"old": note.get_status_display(), "new": Note.Status(new_status).label}
        )


def _check_editable(note):
    if note.status == Note.Status.DISPATCHED:
        raise NoteFrozen(_("Note %(number)s has been dispatched and can no longer be changed.") % {"number": note})


def _snapshot(note):
    return {name: getattr(note, name) for name in TRACKED_FIELDS}


def _refresh_texts(note, draft):
    """Store the generated text of every part that was not edited by hand."""
    for code in DOCUMENT_LANGUAGES:
        generated = generate(draft, code)
        for part in GENERATED_PARTS:
            if not note.is_edited(part, code):
                setattr(note, f"{part}_{code}", generated[part])


def note_save(*, note, actor, states=None, references=None, expected_revision=None):
    """Create or update a draft (or an approved note, which returns to draft).

    ``states`` and ``references`` are lists (references in citation order);
    ``None`` leaves them as they are. ``expected_revision`` guards against
    overwriting someone else's save.
    """
    creating = note.pk is None
    before = {}
    with transaction.atomic():
        if not creating:
            current = Note.objects.select_for_update().get(pk=note.pk)
            _check_editable(current)
            if expected_revision is not None and current.revision != expected_revision:
                raise StaleNote(
                    _("Someone else saved this note while you were editing it. Reload it and make your changes again.")
                )
            before = {**_snapshot(current), "status": current.status}
            note.revision = current.revision + 1
            # Changing an approved note makes it a draft that needs approval again.
            note.status = Note.Status.DRAFT
            note.approved_by = None
            note.approved_at = None
            note.number = current.number
        else:
            note.created_by = actor if getattr(actor, "is_authenticated", False) else None
        references = list(references) if references is not None else None
        if references is not None:
            for target in references:
                if note.pk and target.pk == note.pk:
                    raise NoteError(_("A note cannot refer to itself."))
        note.languages = issue_order(note.languages)
        note.save()
        if states is not None:
            NoteAddresseeState.objects.filter(note=note).delete()
            NoteAddresseeState.objects.bulk_create([NoteAddresseeState(note=note, member_state=s) for s in states])
        if references is not None:
            NoteReference.objects.filter(note=note).delete()
            NoteReference.objects.bulk_create(
                [NoteReference(note=note, target=target, order=index) for index, target in enumerate(references)]
            )
        _refresh_texts(note, Draft.from_note(note))
        note.save()
        after = {**_snapshot(note), "status": note.status}
        changes = {k: (before.get(k), v) for k, v in after.items() if before.get(k) != v} if not creating else {}
        audit_record(
            actor=actor,
            action="note.create" if creating else "note.update",
            target=note,
            summary=note.subject,
            changes=changes,
        )
    return note


def note_delete(*, note, actor):
    with transaction.atomic():
        current = Note.objects.select_for_update().get(pk=note.pk)
        _check_editable(current)
        if current.referring_links.exists():
            raise NoteError(_("Other notes refer to this note; it cannot be deleted."))
        audit_record(actor=actor, action="note.delete", target=current, summary=current.subject)
        current.delete()


def _set_status(*, note, actor, new_status, action, extra=None):
    with transaction.atomic():
        current = Note.objects.select_for_update().get(pk=note.pk)
        _check_transition(current, new_status)
        old = current.status
        current.status = new_status
        for key, value in (extra or {}).items():
            setattr(current, key, value)
        current.revision += 1
        current.save()
        audit_record(actor=actor, action=action, target=current, changes={"status": (old, new_status)})
    return current


def note_approve(*, note, actor):
    return _set_status(
        note=note,
        actor=actor,
        new_status=Note.Status.APPROVED,
        action="note.approve",
        extra={"approved_by": actor, "approved_at": timezone.now()},
    )


def note_return_to_draft(*, note, actor):
    return _set_status(
        note=note,
        actor=actor,
        new_status=Note.Status.DRAFT,
        action="note.return_to_draft",
        extra={"approved_by": None, "approved_at": None},
    )


def dispatch_problems(note):
    """What stops ``note`` from being dispatched, as messages (empty if nothing)."""
    problems = []
    if not note.languages:
        problems.append(_("Choose at least one language."))
    draft = Draft.from_note(note)
    for code in note.languages:
        texts = {part: getattr(note, f"{part}_{code}", "") for part in GENERATED_PARTS}
        if not note.is_edited("body", code):
            texts["body"] = generate(draft, code)["body"]
        if not paragraphs_of(texts["body"]):
            problems.append(_("The %(language)s body is empty.") % {"language": _language_name(code)})
    for target in note.ordered_references():
        if not target.is_dispatched:
            problems.append(
                _("The referenced note “%(subject)s” has not been dispatched yet.") % {"subject": target.subject}
            )
    kind = note.addressee_kind
    if kind == Note.AddresseeKind.EMBASSIES and not note.cities:
        problems.append(_("Choose the cities of the embassies."))
    if kind == Note.AddresseeKind.STATES and not note.states.exists():
        problems.append(_("Choose the member states the note is addressed to."))
    if kind == Note.AddresseeKind.ORGANISATION and not note.addressee_organisation_id:
        problems.append(_("Choose the organisation the note is addressed to."))
    return problems


def _freeze(note):
    """The copy of everything the note shows, kept as dispatched."""
    draft = Draft.from_note(note)
    enclosures = enclosure_facts(note)
    parts = {code: build_parts(note, code, draft, enclosures) for code in note.languages}
    return {
        "number": note.full_number,
        "number_line": number_line(note),
        "series": note.series.prefix,
        "date": note.date.isoformat(),
        "place": translations(note, "place"),
        "sender": {
            "id": note.sender_id,
            "name": translations(note.sender, "name"),
            "short_name": translations(note.sender, "short_name"),
        },
        "addressee_kind": note.addressee_kind,
        "cities": note.cities,
        "states": [{"id": s.pk, "name": translations(s, "name")} for s in draft.states],
        "addressee_organisation": (
            translations(note.addressee_organisation, "name") if note.addressee_organisation_id else None
        ),
        "languages": list(note.languages),
        "subject": note.subject,
        "kind": note.kind,
        "references": [
            {"id": ref.pk, "number": ref.full_number, "date": ref.date.isoformat()} for ref in note.ordered_references()
        ],
        "enclosures": enclosures,
        "parts": parts,
    }


def _frozen_text(frozen):
    lines = [frozen["number"], frozen["subject"]]
    for parts in frozen["parts"].values():
        lines += parts["paragraphs"] + [parts["place_date"], *parts["addressee_lines"]]
    return "\n".join(lines)


def _freeze_as_dispatched(note, number, actor):
    note.number = number
    note.status = Note.Status.DISPATCHED
    note.dispatched_by = actor if getattr(actor, "is_authenticated", False) else None
    note.dispatched_at = timezone.now()
    # Keep the texts as shown, so the live fields match the frozen copy.
    _refresh_texts(note, Draft.from_note(note))
    note.frozen = _freeze(note)
    note.frozen_text = _frozen_text(note.frozen)
    note.revision += 1
    note.save()


def note_record_dispatched(*, note, number, actor):
    """Enter in the register a note dispatched before the portal, with its own
    number (one the series has already used)."""
    with transaction.atomic():
        current = Note.objects.select_for_update().get(pk=note.pk)
        _check_editable(current)
        series = Series.objects.select_for_update().get(pk=current.series_id)
        if number > series.last_number:
            raise NoteError(
                _("Number %(number)s has not been used yet in series %(series)s; dispatch the note instead.")
                % {"number": number, "series": series.prefix}
            )
        if Note.objects.filter(series=series, number=number).exists():
            raise NoteError(
                _("Series %(series)s already has a note number %(number)s.") % {"number": number, "series": series}
            )
        _freeze_as_dispatched(current, number, actor)
        audit_record(actor=actor, action="note.record", target=current, summary=current.full_number)
    return current


def note_dispatch(*, note, actor):
    """Give ``note`` the next number of its series and freeze it."""
    with transaction.atomic():
        current = Note.objects.select_for_update().get(pk=note.pk)
        _check_transition(current, Note.Status.DISPATCHED)
        problems = dispatch_problems(current)
        if problems:
            raise DispatchRefused(_("The note cannot be dispatched:"), problems)
        series = Series.objects.select_for_update().get(pk=current.series_id)
        series.last_number += 1
        series.save(update_fields=["last_number"])
        current.series = series
        _freeze_as_dispatched(current, series.last_number, actor)
        audit_record(
            actor=actor,
            action="note.dispatch",
            target=current,
            summary=current.full_number,
            changes={"status": (Note.Status.APPROVED, Note.Status.DISPATCHED), "number": (None, current.number)},
        )
    return current


def note_create_correction(*, note, actor):
    """A new draft that corrects the dispatched ``note`` and refers to it."""
    if not note.is_dispatched:
        raise TransitionNotAllowed(_("Only a dispatched note can be corrected by a new note."))
    copy_fields = [
        "series",
        "suffix",
        "sender",
        "addressee_kind",
        "cities",
        "addressee_organisation",
        "languages",
        "kind",
        "meetings",
        "deadline",
        "has_closing",
        "enclosure_after",
    ] + [f"{name}_{code}" for name in ("place", "document", "document_short") for code in DOCUMENT_LANGUAGES]
    correction = Note(
        date=timezone.localdate(),
        subject=_("Correction of %(number)s") % {"number": note.full_number},
        corrects=note,
        **{name: getattr(note, name) for name in copy_fields},
    )
    with transaction.atomic():
        correction = note_save(
            note=correction, actor=actor, states=list(note.states.all()), references=[note], expected_revision=None
        )
        audit_record(actor=actor, action="note.correct", target=note, summary=str(correction.pk))
    return correction


def _enclosure_pages(enclosure, note):
    """The page count of an enclosure: an uploaded PDF's was counted with pypdf
    when uploaded; a memorandum version's comes from the PDF renderer."""
    if enclosure.kind != enclosure.Kind.MEMORANDUM or enclosure.memorandum_version_id is None:
        return enclosure.page_count
    try:
        from cicadocs.pdf.enclosures import enclosure_page_count

        return enclosure_page_count(enclosure, note.languages) or enclosure.page_count
    except Exception:  # noqa: BLE001 - rendering trouble must not stop the drafting; keep the stated count
        return enclosure.page_count


def enclosure_add(*, note, actor, enclosure):
    with transaction.atomic():
        current = Note.objects.select_for_update().get(pk=note.pk)
        _check_editable(current)
        enclosure.note = current
        enclosure.order = current.enclosures.count()
        enclosure.page_count = _enclosure_pages(enclosure, current)
        enclosure.full_clean()
        enclosure.save()
        current.revision += 1
        current.save(update_fields=["revision"])
        audit_record(
            actor=actor,
            action="note.enclosure_add",
            target=current,
            summary=f"{enclosure.get_kind_display()} ({enclosure.page_count or '-'})",
        )
    return enclosure


def enclosure_remove(*, enclosure, actor):
    with transaction.atomic():
        current = Note.objects.select_for_update().get(pk=enclosure.note_id)
        _check_editable(current)
        audit_record(actor=actor, action="note.enclosure_remove", target=current, summary=enclosure.get_kind_display())
        enclosure.delete()
        current.revision += 1
        current.save(update_fields=["revision"])
