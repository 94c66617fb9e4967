import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from cicadocs.core.models import AuditEntry
from cicadocs.review import services
from cicadocs.review.models import Circulation, Objection, Proposal
from memoranda.models import Clause
from tests.factories import DelegateFactory, MemberStateFactory

from .conftest import first_clause_uid

SECOND = datetime.timedelta(seconds=1)
pytestmark = pytest.mark.django_db


def test_circulation_create_refuses_past_deadline_and_no_states(version, staff_user, delegate, now):
    with pytest.raises(ValidationError) as excinfo:
        services.circulation_create(version=version, states=[], deadline=now - SECOND, actor=staff_user, now=now)
    assert set(excinfo.value.message_dict) == {"states", "deadline"}
    assert Circulation.objects.count() == 0


def test_circulation_create_refuses_deadline_equal_to_now(version, staff_user, delegate, now):
    with pytest.raises(ValidationError):
        services.circulation_create(
            version=version, states=[delegate.member_state], deadline=now, actor=staff_user, now=now
        )


def test_circulation_create_notifies_delegates_and_records(circulation, delegate, other_delegate):
    assert [m.to for m in mail.outbox] == [[delegate.email]]
    assert "Deadline" in mail.outbox[0].body
    assert AuditEntry.objects.for_object(circulation).get().action == "review.circulated"


def test_circulation_create_by_delegate_is_refused(version, delegate, now):
    with pytest.raises(services.NotAllowed):
        services.circulation_create(
            version=version, states=[delegate.member_state], deadline=now + SECOND, actor=delegate, now=now
        )


def test_proposal_submit_takes_the_state_from_the_user(circulation, delegate, version):
    proposal = services.proposal_submit(
        circulation=circulation,
        user=delegate,
        element_uid=first_clause_uid(version),
        kind="amendment",
        wording={"en": "The Participants may cooperate.", "ru": "  "},
    )
    assert proposal.state == delegate.member_state
    assert proposal.wording == {"en": "The Participants may cooperate."}
    assert AuditEntry.objects.for_object(proposal).get().action == "review.proposal_submitted"


def test_proposal_on_version_not_circulated_to_the_state_is_refused(circulation, other_delegate, version):
    with pytest.raises(services.NotCirculatedToState):
        services.proposal_submit(
            circulation=circulation,
            user=other_delegate,
            element_uid=first_clause_uid(version),
            kind="comment",
            comment="Hello",
        )
    assert Proposal.objects.count() == 0


def test_proposal_on_unknown_element_is_refused(circulation, delegate):
    with pytest.raises(services.ReviewError):
        services.proposal_submit(
            circulation=circulation, user=delegate, element_uid="nope", kind="comment", comment="x"
        )


def test_amendment_without_wording_is_a_form_error(circulation, delegate, version):
    with pytest.raises(ValidationError) as excinfo:
        services.proposal_submit(
            circulation=circulation, user=delegate, element_uid=first_clause_uid(version), kind="amendment", wording={}
        )
    assert "wording" in excinfo.value.message_dict


@pytest.mark.parametrize(("offset", "accepted"), [(-SECOND, True), (datetime.timedelta(0), False), (SECOND, False)])
def test_proposal_deadline_boundary(circulation, delegate, version, offset, accepted):
    at = circulation.deadline + offset
    kwargs = {
        "circulation": circulation,
        "user": delegate,
        "element_uid": first_clause_uid(version),
        "kind": "comment",
        "comment": "A comment",
        "now": at,
    }
    if accepted:
        services.proposal_submit(**kwargs)
        assert Proposal.objects.count() == 1
    else:
        with pytest.raises(services.DeadlinePassed):
            services.proposal_submit(**kwargs)
        assert Proposal.objects.count() == 0


def _proposal(circulation, delegate, version, **kwargs):
    data = {"kind": "amendment", "wording": {"en": "New text."}} | kwargs
    return services.proposal_submit(
        circulation=circulation, user=delegate, element_uid=first_clause_uid(version), **data
    )


def test_proposal_edit_with_stale_lock_version_is_refused(circulation, delegate, version):
    proposal = _proposal(circulation, delegate, version)
    services.proposal_edit(proposal=proposal, user=delegate, kind="amendment", wording={"en": "B"}, lock_version=0)
    with pytest.raises(services.ConcurrentEdit):
        services.proposal_edit(proposal=proposal, user=delegate, kind="amendment", wording={"en": "C"}, lock_version=0)
    proposal.refresh_from_db()
    assert proposal.wording == {"en": "B"}
    assert proposal.lock_version == 1


def test_proposal_edit_by_another_state_is_refused(make_circulation, delegate, other_delegate, version):
    circulation = make_circulation([delegate.member_state, other_delegate.member_state])
    proposal = _proposal(circulation, delegate, version)
    with pytest.raises(services.NotAllowed):
        services.proposal_withdraw(proposal=proposal, user=other_delegate)
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.SUBMITTED


def test_proposal_edit_and_withdraw_after_deadline_are_refused(circulation, delegate, version):
    proposal = _proposal(circulation, delegate, version)
    late = circulation.deadline + SECOND
    with pytest.raises(services.DeadlinePassed):
        services.proposal_edit(
            proposal=proposal, user=delegate, kind="amendment", wording={"en": "X"}, lock_version=0, now=late
        )
    with pytest.raises(services.DeadlinePassed):
        services.proposal_withdraw(proposal=proposal, user=delegate, now=late)
    proposal.refresh_from_db()
    assert (proposal.status, proposal.wording) == ("submitted", {"en": "New text."})


def test_proposal_withdraw(circulation, delegate, version):
    proposal = services.proposal_withdraw(proposal=_proposal(circulation, delegate, version), user=delegate)
    assert proposal.status == Proposal.Status.WITHDRAWN
    with pytest.raises(services.InvalidTransition):
        services.proposal_withdraw(proposal=proposal, user=delegate)


def test_accepted_wording_flows_into_the_working_draft(circulation, delegate, version, staff_user):
    proposal = _proposal(circulation, delegate, version, wording={"en": "Accepted text.", "ru": "Принятый текст."})
    services.proposal_decide(proposal=proposal, actor=staff_user, decision="accepted")
    clause = Clause.objects.get(uid=first_clause_uid(version))
    assert (clause.text_en, clause.text_ru) == ("Accepted text.", "Принятый текст.")
    assert clause.lock_version == 2  # one save per language, through the memoranda editor
    # The frozen version did not change.
    version.refresh_from_db()
    assert (
        version.snapshot["sections"][0]["clauses"][0]["text"]["en"] == "The Participants shall cooperate on matter 1.1."
    )


def test_accepted_with_changes_needs_wording_and_reason(circulation, delegate, version, staff_user):
    proposal = _proposal(circulation, delegate, version)
    with pytest.raises(ValidationError):
        services.proposal_decide(proposal=proposal, actor=staff_user, decision="changed", wording={}, reason="")
    services.proposal_decide(
        proposal=proposal, actor=staff_user, decision="changed", wording={"en": "Changed."}, reason="Style"
    )
    assert Clause.objects.get(uid=first_clause_uid(version)).text_en == "Changed."


def test_not_accepted_leaves_the_draft_and_blocks_editing(circulation, delegate, version, staff_user):
    proposal = _proposal(circulation, delegate, version)
    services.proposal_decide(proposal=proposal, actor=staff_user, decision="rejected", reason="Out of scope")
    assert (
        Clause.objects.get(uid=first_clause_uid(version)).text_en == "The Participants shall cooperate on matter 1.1."
    )
    with pytest.raises(services.InvalidTransition):
        services.proposal_edit(proposal=proposal, user=delegate, kind="comment", comment="x", lock_version=0)
    with pytest.raises(services.InvalidTransition):
        services.proposal_decide(proposal=proposal, actor=staff_user, decision="rejected", reason="again")


def test_decide_by_delegate_is_refused(circulation, delegate, version):
    with pytest.raises(services.NotAllowed):
        services.proposal_decide(
            proposal=_proposal(circulation, delegate, version), actor=delegate, decision="accepted"
        )


# --- silence procedure ---


@pytest.fixture
def silence(make_circulation, delegate, other_delegate):
    circulation = make_circulation([delegate.member_state, other_delegate.member_state], purpose="silence")
    mail.outbox.clear()
    return circulation


@pytest.mark.parametrize(("offset", "accepted"), [(-SECOND, True), (datetime.timedelta(0), False), (SECOND, False)])
def test_objection_deadline_boundary(silence, delegate, offset, accepted):
    at = silence.deadline + offset
    if accepted:
        services.objection_submit(circulation=silence, user=delegate, reason="No", now=at)
    else:
        with pytest.raises(services.DeadlinePassed):
            services.objection_submit(circulation=silence, user=delegate, reason="No", now=at)
    silence.refresh_from_db()
    assert Objection.objects.count() == (1 if accepted else 0)
    assert silence.outcome == ("broken" if accepted else "")


def test_one_objection_breaks_the_silence_at_once_and_notifies(silence, delegate, other_delegate, staff_user, now):
    services.objection_submit(circulation=silence, user=delegate, reason="We object", now=now)
    silence.refresh_from_db()
    assert (silence.outcome, silence.outcome_at, silence.status) == ("broken", now, "open")
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == sorted([delegate.email, other_delegate.email, staff_user.email])
    assert all("Silence broken" in m.subject for m in mail.outbox)


def test_two_objections_of_one_state_count_once(silence, delegate, now):
    colleague = DelegateFactory(member_state=delegate.member_state)
    services.objection_submit(circulation=silence, user=delegate, reason="No", now=now)
    with pytest.raises(services.AlreadyObjected):
        services.objection_submit(circulation=silence, user=colleague, reason="No again", now=now + SECOND)
    assert silence.objections.count() == 1
    # The break was notified once to each of the 4 people concerned (two delegates of the state).
    assert len(mail.outbox) == 4


def test_objection_for_another_state_is_refused(silence, now, groups):
    outsider = DelegateFactory(member_state=MemberStateFactory())
    with pytest.raises(services.NotCirculatedToState):
        services.objection_submit(circulation=silence, user=outsider, reason="No", now=now)
    assert Objection.objects.count() == 0


def test_objection_under_review_is_refused(circulation, delegate, now):
    with pytest.raises(services.NotAllowed):
        services.objection_submit(circulation=circulation, user=delegate, reason="No", now=now)


def test_silence_expiring_unbroken_approves_the_version(silence, now):
    assert services.circulation_close(circulation=silence, now=silence.deadline - SECOND) is False
    assert services.circulation_close(circulation=silence, now=silence.deadline) is True
    silence.refresh_from_db()
    assert (silence.status, silence.outcome, silence.outcome_at) == ("closed", "approved", silence.deadline)
    assert Circulation.objects.approving(silence.version).get() == silence
    assert services.circulation_close(circulation=silence, now=silence.deadline + SECOND) is False
    assert len(mail.outbox) == 3  # two delegates and the secretariat


def test_broken_silence_stays_broken_at_the_deadline(silence, delegate, now):
    services.objection_submit(circulation=silence, user=delegate, reason="No", now=now)
    services.circulation_close(circulation=silence, now=silence.deadline)
    silence.refresh_from_db()
    assert (silence.status, silence.outcome, silence.outcome_at) == ("closed", "broken", now)
    assert not Circulation.objects.approving(silence.version).exists()


def test_reminders_are_sent_once_two_days_before(circulation, delegate):
    mail.outbox.clear()
    early = circulation.deadline - datetime.timedelta(days=2) - SECOND
    assert services.circulations_send_reminders(now=early) == []
    in_window = circulation.deadline - datetime.timedelta(days=2)
    assert services.circulations_send_reminders(now=in_window) == [circulation]
    assert services.circulations_send_reminders(now=in_window + SECOND) == []
    assert [m.to for m in mail.outbox] == [[delegate.email]]
    assert "Two days left" in mail.outbox[0].subject


def test_close_due_closes_only_passed_deadlines(make_circulation, delegate, now):
    soon = make_circulation([delegate.member_state], deadline=now + datetime.timedelta(hours=1))
    later = make_circulation([delegate.member_state], deadline=now + datetime.timedelta(days=5))
    assert services.circulations_close_due(now=now + datetime.timedelta(hours=1)) == [soon]
    later.refresh_from_db()
    assert later.is_open


def test_notifications_are_written_in_the_site_language(version, staff_user, delegate, now):
    from django.utils import translation

    with translation.override("ru"):
        services.circulation_create(
            version=version, states=[delegate.member_state], deadline=now + SECOND * 60, actor=staff_user, now=now
        )
    assert mail.outbox[0].subject.startswith("For review:")
