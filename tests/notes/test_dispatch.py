"""Approval, dispatch from the series register, immutability and corrections."""

from datetime import date

import pytest
from django.db import connection

from cicadocs.core.models import AuditEntry
from notes.models import Note, Series
from notes.services import (
    DispatchRefused,
    NoteFrozen,
    StaleNote,
    TransitionNotAllowed,
    note_approve,
    note_create_correction,
    note_delete,
    note_dispatch,
    note_save,
)
from tests.concurrency import run_together


def make_note(directory, user, series, **fields):
    values = {
        "series": series,
        "sender": directory["organisations"]["CICA Secretariat"],
        "date": date(2024, 6, 12),
        "subject": "Test note",
        "languages": ["en", "ru"],
        "kind": Note.Kind.FREE,
        "body_en": "The Secretariat informs.",
        "body_ru": "Секретариат сообщает.",
        "edited": {"body_en": True, "body_ru": True},
    }
    values.update(fields)
    return note_save(note=Note(**values), actor=user)


@pytest.fixture
def series(db):
    return Series.objects.create(prefix="NCT/CT/", last_number=707)


def test_dispatch_takes_the_next_number_of_the_register(directory, staff_user, series):
    note = note_approve(note=make_note(directory, staff_user, series), actor=staff_user)

    note = note_dispatch(note=note, actor=staff_user)

    series.refresh_from_db()
    assert note.number == 708
    assert note.full_number == "NCT/CT/708"
    assert note.status == Note.Status.DISPATCHED
    assert note.dispatched_by == staff_user
    assert series.last_number == 708
    assert note.frozen["parts"]["en"]["number_line"] == "№NCT/CT/708"
    assert list(AuditEntry.objects.for_object(note).values_list("action", flat=True)) == [
        "note.dispatch",
        "note.approve",
        "note.create",
    ]


def test_demo_dispatches_708_and_58_from_registers_at_707_and_57(demo_notes):
    assert demo_notes["NCT/CT/708"].number == 708
    assert demo_notes["18-4/58emb"].full_number == "18-4/58emb"
    assert Series.objects.get(prefix="NCT/CT/").last_number == 708
    assert Series.objects.get(prefix="18-4/").last_number == 58


def test_demo_loads_twice_to_the_same_data(demo_notes, directory, staff_user):
    from notes import demo

    before = list(Note.objects.order_by("pk").values_list("pk", "number", "status"))

    demo.load({**directory, "users": {"staff": staff_user}})

    assert list(Note.objects.order_by("pk").values_list("pk", "number", "status")) == before
    assert Series.objects.get(prefix="NCT/CT/").last_number == 708


def test_dispatch_of_a_draft_is_refused(directory, staff_user, series):
    note = make_note(directory, staff_user, series)

    with pytest.raises(TransitionNotAllowed):
        note_dispatch(note=note, actor=staff_user)

    series.refresh_from_db()
    assert series.last_number == 707


def test_dispatch_refuses_an_empty_body_naming_the_language(directory, staff_user, series):
    note = make_note(directory, staff_user, series, body_ru="", languages=["en", "ru"])
    note = note_approve(note=note, actor=staff_user)

    with pytest.raises(DispatchRefused) as refused:
        note_dispatch(note=note, actor=staff_user)

    assert refused.value.problems == ["The Russian body is empty."]
    note.refresh_from_db()
    assert note.status == Note.Status.APPROVED
    assert note.number is None


def test_dispatch_refuses_references_to_undispatched_notes(directory, staff_user, series):
    earlier = make_note(directory, staff_user, series, subject="Earlier draft")
    note = make_note(directory, staff_user, series)
    note = note_save(note=note, actor=staff_user, references=[earlier])
    note = note_approve(note=note, actor=staff_user)

    with pytest.raises(DispatchRefused) as refused:
        note_dispatch(note=note, actor=staff_user)

    assert refused.value.problems == ["The referenced note “Earlier draft” has not been dispatched yet."]


def test_dispatched_note_refuses_edit_and_delete(directory, staff_user, series):
    note = note_approve(note=make_note(directory, staff_user, series), actor=staff_user)
    note = note_dispatch(note=note, actor=staff_user)
    frozen = note.frozen

    note.body_en = "Changed"
    with pytest.raises(NoteFrozen):
        note_save(note=note, actor=staff_user)
    with pytest.raises(NoteFrozen):
        note_delete(note=note, actor=staff_user)
    with pytest.raises(TransitionNotAllowed):
        note_approve(note=note, actor=staff_user)

    note.refresh_from_db()
    assert note.body_en == "The Secretariat informs."
    assert note.frozen == frozen


def test_frozen_copy_keeps_names_as_they_were(directory, staff_user, series):
    from notes.models import Phrase
    from notes.rendering import note_parts

    note = note_approve(note=make_note(directory, staff_user, series), actor=staff_user)
    note = note_dispatch(note=note, actor=staff_user)
    Phrase.objects.filter(role=Phrase.Role.MEMBER_STATES).update(to_form_en="the Renamed States")

    assert "the CICA Member States" in note_parts(note, "en")["paragraphs"][0]


def test_stale_save_is_refused(directory, staff_user, series):
    note = make_note(directory, staff_user, series)
    other = Note.objects.get(pk=note.pk)
    note_save(note=other, actor=staff_user, expected_revision=note.revision)

    note.subject = "Mine"
    with pytest.raises(StaleNote):
        note_save(note=note, actor=staff_user, expected_revision=note.revision)


def test_correction_is_a_new_draft_referring_to_the_note(directory, staff_user, series):
    note = note_dispatch(
        note=note_approve(note=make_note(directory, staff_user, series), actor=staff_user), actor=staff_user
    )

    correction = note_create_correction(note=note, actor=staff_user)

    assert correction.pk != note.pk
    assert correction.status == Note.Status.DRAFT
    assert correction.corrects == note
    assert correction.ordered_references() == [note]
    assert list(note.referred_by.all()) == [correction]


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_dispatches_at_once_get_consecutive_numbers(directory, staff_user):
    if connection.vendor != "postgresql":
        pytest.skip("true concurrent transactions need PostgreSQL (SQLite locks the whole database)")
    series = Series.objects.create(prefix="CONC/", last_number=10)
    notes = [
        note_approve(note=make_note(directory, staff_user, series, subject=f"N{i}"), actor=staff_user) for i in range(2)
    ]
    results = run_together(*[lambda note=note: note_dispatch(note=note, actor=staff_user) for note in notes])

    assert not [r for r in results if isinstance(r, Exception)]
    assert sorted(Note.objects.filter(series=series).values_list("number", flat=True)) == [11, 12]
    series.refresh_from_db()
    assert series.last_number == 12


def test_editing_an_approved_note_needs_approval_again(directory, staff_user, series):
    note = note_approve(note=make_note(directory, staff_user, series), actor=staff_user)

    note.subject = "Changed after approval"
    note = note_save(note=note, actor=staff_user, expected_revision=note.revision)

    assert note.status == Note.Status.DRAFT
    assert note.approved_by is None
    assert AuditEntry.objects.for_object(note).first().changes["status"] == ["approved", "draft"]


def test_a_dispatched_note_refuses_a_plain_delete(directory, staff_user, series):
    from django.core.exceptions import ValidationError

    note = note_dispatch(
        note=note_approve(note=make_note(directory, staff_user, series), actor=staff_user), actor=staff_user
    )

    with pytest.raises(ValidationError):
        note.delete()

    assert Note.objects.filter(pk=note.pk).exists()


def test_sender_without_complimentary_closing(directory, staff_user, series):
    from notes.models import Phrase

    Phrase.objects.filter(role=Phrase.Role.SENDER).update(uses_closing=False)

    note = make_note(directory, staff_user, series)

    assert note.closing_en == ""
    assert note.opening_en.startswith("The Secretariat of the Conference")
