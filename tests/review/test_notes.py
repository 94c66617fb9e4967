"""The notes verbales the review drafts: the covering note of a circulation
and the note announcing an approval by silence procedure."""

import datetime

import pytest

from cicadocs.review import services
from notes.models import Enclosure, Note
from tests.factories import MemberStateFactory

from .conftest import first_clause_uid, freeze

pytestmark = pytest.mark.django_db


def _circulate(version, states, staff_user, now, series, purpose="review"):
    return services.circulation_create(
        version=version,
        states=states,
        deadline=now + datetime.timedelta(days=10),
        actor=staff_user,
        purpose=purpose,
        covering_note_series=series,
        now=now,
    )


def test_covering_note_is_drafted_from_the_matching_kind(version, staff_user, delegate, now, series):
    MemberStateFactory()  # not every member state is addressed
    silence = _circulate(version, [delegate.member_state], staff_user, now, series, purpose="silence")

    note = silence.covering_note
    assert (note.kind, note.status, note.series) == (Note.Kind.SILENCE, Note.Status.DRAFT, series)
    assert list(note.states.all()) == [delegate.member_state]
    assert note.deadline == silence.deadline_local.date()
    assert note.addressee_kind == Note.AddresseeKind.STATES
    assert "silence procedure" in note.body_en
    enclosure = note.enclosures.get()
    assert (enclosure.kind, enclosure.memorandum_version) == (Enclosure.Kind.MEMORANDUM, version)


def test_covering_note_to_all_states_uses_the_member_states_form(version, staff_user, delegate, now, series):
    review = _circulate(version, [delegate.member_state], staff_user, now, series)
    assert (review.covering_note.kind, review.covering_note.addressee_kind) == ("submission", "member_states")


def test_no_covering_note_without_a_series(circulation):
    assert circulation.covering_note is None


def test_approval_drafts_the_announcing_note(version, staff_user, delegate, now, series):
    silence = _circulate(version, [delegate.member_state], staff_user, now, series, purpose="silence")

    services.circulation_close(circulation=silence, now=silence.deadline)

    silence.refresh_from_db()
    note = silence.announcing_note
    assert note is not None
    assert note.kind == Note.Kind.FREE
    assert "no objection" in note.body_en
    assert "считается одобренным" in note.body_ru


def test_broken_silence_drafts_no_announcing_note(version, staff_user, delegate, now, series):
    silence = _circulate(version, [delegate.member_state], staff_user, now, series, purpose="silence")
    services.objection_submit(circulation=silence, user=delegate, reason="No", now=now)

    services.circulation_close(circulation=silence, now=silence.deadline)

    silence.refresh_from_db()
    assert silence.announcing_note is None


def test_next_version_encloses_the_compilation_of_proposals(version, staff_user, delegate, now, series):
    first = _circulate(version, [delegate.member_state], staff_user, now, series)
    services.proposal_submit(
        circulation=first, user=delegate, element_uid=first_clause_uid(version), kind="comment", comment="Please"
    )
    next_version = freeze(version.memorandum, staff_user)

    second = _circulate(next_version, [delegate.member_state], staff_user, now, series)

    kinds = list(second.covering_note.enclosures.order_by("order").values_list("kind", "description_en"))
    assert kinds == [
        (Enclosure.Kind.MEMORANDUM, None),
        (Enclosure.Kind.TEXT, "compilation of proposals of Member States"),
    ]
