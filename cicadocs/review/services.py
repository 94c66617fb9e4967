"""The rules of the review: circulating, proposing, deciding, objecting and
closing. Every function validates before it saves, records what it did in
the audit trail, and raises a ``ReviewError`` (with a translated message) when
it refuses.

Deadlines are judged on the server clock: pass ``now`` only in tests. When
``now`` is not given it is read *after* the circulation row is locked, so the
order in which concurrent requests are served is also the order of their
clock readings.
"""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cicadocs.core.audit import audit_record

from . import deadlines, drafting, notifications
from .models import Circulation, Objection, Proposal
from .snapshot import element_map


class ReviewError(Exception):
    """A refused action; ``message`` is shown to the user."""

    default_message = _("This action is not possible.")

    def __init__(self, message=None):
        self.message = message or self.default_message
        super().__init__(str(self.message))


class DeadlinePassed(ReviewError):
    default_message = _("The deadline of this circulation has passed.")


class NotCirculatedToState(ReviewError):
    default_message = _("This document was not circulated to your state.")


class NotAllowed(ReviewError):
    default_message = _("You are not allowed to do this.")


class InvalidTransition(ReviewError):
    default_message = _("This change of status is not allowed.")


class ConcurrentEdit(ReviewError):
    default_message = _("Someone changed this proposal in the meantime. Reload the page and try again.")


class AlreadyObjected(ReviewError):
    default_message = _("Your state has already objected.")


# Allowed status changes (from -> to).
CIRCULATION_STATUS_TRANSITIONS = {
    Circulation.Status.OPEN: {Circulation.Status.CLOSED},
    Circulation.Status.CLOSED: set(),
}
# Allowed outcomes per purpose, from "no outcome yet".
CIRCULATION_OUTCOMES = {
    Circulation.Purpose.REVIEW: {Circulation.Outcome.REVIEWED},
    Circulation.Purpose.SILENCE: {Circulation.Outcome.APPROVED, Circulation.Outcome.SILENCE_BROKEN},
}
PROPOSAL_STATUS_TRANSITIONS = {
    Proposal.Status.SUBMITTED: {Proposal.Status.WITHDRAWN},
    Proposal.Status.WITHDRAWN: set(),
}
PROPOSAL_DECISION_TRANSITIONS = {
    Proposal.Decision.NONE: {
        Proposal.Decision.ACCEPTED,
        Proposal.Decision.ACCEPTED_WITH_CHANGES,
        Proposal.Decision.NOT_ACCEPTED,
    },
    # A proposal not accepted may be reconsidered; accepted wording is
    # already in the working draft and stays decided.
    Proposal.Decision.NOT_ACCEPTED: {Proposal.Decision.ACCEPTED, Proposal.Decision.ACCEPTED_WITH_CHANGES},
    Proposal.Decision.ACCEPTED: set(),
    Proposal.Decision.ACCEPTED_WITH_CHANGES: set(),
}


def _set_circulation_status(circulation, status):
    if status not in CIRCULATION_STATUS_TRANSITIONS[circulation.status]:
        raise InvalidTransition
    circulation.status = status


def _set_circulation_outcome(circulation, outcome, at):
    if circulation.outcome or outcome not in CIRCULATION_OUTCOMES[circulation.purpose]:
        raise InvalidTransition
    circulation.outcome = outcome
    circulation.outcome_at = at


def _now(now):
    return now or timezone.now()


def _languages(version):
    return list(version.snapshot.get("languages") or ["en", "ru", "kk"])


def _clean_wording(wording, languages):
    return {code: text.strip() for code, text in (wording or {}).items() if code in languages and (text or "").strip()}


# --- circulation -----------------------------------------------------------


def circulation_create(
    *,
    version,
    states,
    deadline,
    actor,
    purpose=Circulation.Purpose.REVIEW,
    proposals_visibility=Circulation.Visibility.SECRETARIAT,
    covering_note_series=None,
    now=None,
):
    """Circulate ``version`` to ``states`` until ``deadline`` and notify
    their delegates. With ``covering_note_series``, the covering note verbale
    is drafted in that series from the matching note kind. Raises
    ValidationError for a past deadline or no states."""
    if not getattr(actor, "is_secretariat", False):
        raise NotAllowed
    now = _now(now)
    states = list(states)
    errors = {}
    if not states:
        errors["states"] = _("Choose at least one member state.")
    if deadline is None or deadlines.has_passed(deadline, now):
        errors["deadline"] = _("The deadline must be in the future.")
    if purpose not in Circulation.Purpose.values:
        errors["purpose"] = _("Choose a purpose.")
    if proposals_visibility not in Circulation.Visibility.values:
        errors["proposals_visibility"] = _("Choose who sees the proposals.")
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        circulation = Circulation.objects.create(
            version=version,
            purpose=purpose,
            deadline=deadline,
            proposals_visibility=proposals_visibility,
            created_by=actor,
            # Inside the reminder window the circulation e-mail is the reminder.
            reminder_sent_at=now if deadlines.reminder_due(deadline, now) else None,
        )
        circulation.states.set(states)
        if covering_note_series is not None:
            circulation.covering_note = drafting.draft_covering_note(
                circulation=circulation, series=covering_note_series, states=states, actor=actor
            )
            circulation.save(update_fields=["covering_note"])
        audit_record(
            actor=actor,
            action="review.circulated",
            target=circulation,
            summary=", ".join(sorted(s.iso_code for s in states)),
            changes={"deadline": (None, deadline.isoformat()), "purpose": (None, purpose)},
        )
    notifications.notify_circulated(circulation)
    return circulation


def circulation_close(*, circulation, now=None):
    """Close ``circulation`` if its deadline has passed and record the
    outcome: a silence procedure with no objection approves the version (and
    drafts the note announcing it); a review simply ends. Returns True if this
    call closed it. Pages and the ``close_circulations`` command both call it.
    """
    with transaction.atomic():
        circulation = Circulation.objects.select_for_update().get(pk=circulation.pk)
        now = _now(now)
        if not circulation.is_open or not deadlines.has_passed(circulation.deadline, now):
            return False
        if circulation.is_silence:
            if not circulation.outcome:
                broken = circulation.objections.exists()
                outcome = Circulation.Outcome.SILENCE_BROKEN if broken else Circulation.Outcome.APPROVED
                _set_circulation_outcome(circulation, outcome, circulation.deadline)
        else:
            _set_circulation_outcome(circulation, Circulation.Outcome.REVIEWED, circulation.deadline)
        _set_circulation_status(circulation, Circulation.Status.CLOSED)
        circulation.closed_at = now
        circulation.save(update_fields=["status", "outcome", "outcome_at", "closed_at"])
        audit_record(
            actor=None,
            action="review.closed",
            target=circulation,
            summary=str(circulation.get_outcome_display()),
            changes={"status": ("open", "closed"), "outcome": ("", circulation.outcome)},
        )
        if circulation.outcome == Circulation.Outcome.APPROVED:
            drafting.announce_approval(circulation)
    notifications.notify_closed(circulation)
    return True


def circulations_close_due(*, now=None):
    """Close every open circulation whose deadline has passed."""
    now = _now(now)
    closed = []
    for circulation in Circulation.objects.due(now):
        if circulation_close(circulation=circulation, now=now):
            circulation.refresh_from_db()
            closed.append(circulation)
    return closed


def circulations_send_reminders(*, now=None):
    """Remind the delegates two days before each deadline, once."""
    now = _now(now)
    sent = []
    candidates = Circulation.objects.open().filter(
        reminder_sent_at__isnull=True, outcome="", deadline__gt=now, deadline__lte=now + deadlines.REMINDER_BEFORE
    )
    for circulation in candidates:
        # Claim the reminder first: a second run (or a concurrent one) finds
        # it taken and sends nothing.
        claimed = Circulation.objects.filter(pk=circulation.pk, reminder_sent_at__isnull=True).update(
            reminder_sent_at=now
        )
        if claimed:
            audit_record(actor=None, action="review.reminded", target=circulation)
            notifications.notify_reminder(circulation)
            sent.append(circulation)
    return sent


# --- proposals -------------------------------------------------------------


def _delegate_state(user, circulation):
    """The state the user acts for: always the logged-in delegate's own."""
    if not (getattr(user, "is_delegate", False) and user.member_state_id):
        raise NotAllowed
    if not circulation.states.filter(pk=user.member_state_id).exists():
        raise NotCirculatedToState
    return user.member_state


def _check_open(circulation, now):
    if not circulation.is_open or deadlines.has_passed(circulation.deadline, now):
        raise DeadlinePassed


def _validate_proposal(circulation, element_uid, kind, comment, wording):
    version = circulation.version
    element = element_map(version.snapshot).get(element_uid)
    if element is None:
        raise ReviewError(_("This element is not part of the circulated version."))
    if kind not in Proposal.Kind.values:
        raise ValidationError({"kind": _("Choose a comment or an amendment.")})
    # A language whose wording is the current text unchanged is not amended.
    current = element["text"]
    wording = {
        code: text
        for code, text in _clean_wording(wording, _languages(version)).items()
        if text != (current.get(code) or "").strip()
    }
    if kind == Proposal.Kind.AMENDMENT and not wording:
        raise ValidationError({"wording": _("Change the wording in at least one language.")})
    if kind == Proposal.Kind.COMMENT and not (comment or "").strip():
        raise ValidationError({"comment": _("Write the comment.")})
    if kind == Proposal.Kind.COMMENT:
        wording = {}
    return wording


def proposal_submit(*, circulation, user, element_uid, kind, comment="", wording=None, now=None):
    """Submit a comment or an amendment for the user's own state."""
    state = _delegate_state(user, circulation)
    _check_open(circulation, _now(now))
    wording = _validate_proposal(circulation, element_uid, kind, comment, wording)
    with transaction.atomic():
        proposal = Proposal.objects.create(
            circulation=circulation,
            element_uid=element_uid,
            kind=kind,
            comment=(comment or "").strip(),
            wording=wording,
            state=state,
            author=user,
        )
        audit_record(
            actor=user,
            action="review.proposal_submitted",
            target=proposal,
            summary=f"{state.iso_code}: {proposal.get_kind_display()}",
        )
    return proposal


def _own_proposal(proposal, user, now):
    circulation = proposal.circulation
    state = _delegate_state(user, circulation)
    if proposal.state_id != state.pk:
        raise NotAllowed
    _check_open(circulation, now)
    if proposal.status != Proposal.Status.SUBMITTED:
        raise InvalidTransition(_("This proposal has been withdrawn."))
    if proposal.is_decided:
        raise InvalidTransition(_("The Secretariat has already decided on this proposal."))


def proposal_edit(*, proposal, user, kind, comment="", wording=None, lock_version, now=None):
    """Change a proposal of the user's own state until the deadline.
    ``lock_version`` is the edit counter the user's form was built from."""
    _own_proposal(proposal, user, _now(now))
    wording = _validate_proposal(proposal.circulation, proposal.element_uid, kind, comment, wording)
    with transaction.atomic():
        changed = Proposal.objects.filter(
            pk=proposal.pk, lock_version=lock_version, status=Proposal.Status.SUBMITTED, decision=""
        ).update(
            kind=kind,
            comment=(comment or "").strip(),
            wording=wording,
            lock_version=F("lock_version") + 1,
            updated_at=timezone.now(),
        )
        if not changed:
            raise ConcurrentEdit
        before = {"kind": proposal.kind, "comment": proposal.comment, "wording": proposal.wording}
        proposal.refresh_from_db()
        audit_record(
            actor=user,
            action="review.proposal_edited",
            target=proposal,
            changes={k: (v, getattr(proposal, k)) for k, v in before.items() if v != getattr(proposal, k)},
        )
    return proposal


def proposal_withdraw(*, proposal, user, now=None):
    _own_proposal(proposal, user, _now(now))
    with transaction.atomic():
        changed = Proposal.objects.filter(pk=proposal.pk, status=Proposal.Status.SUBMITTED, decision="").update(
            status=Proposal.Status.WITHDRAWN, lock_version=F("lock_version") + 1, updated_at=timezone.now()
        )
        if not changed:
            raise ConcurrentEdit
        proposal.refresh_from_db()
        audit_record(
            actor=user,
            action="review.proposal_withdrawn",
            target=proposal,
            changes={"status": ("submitted", "withdrawn")},
        )
    return proposal


def proposal_decide(*, proposal, actor, decision, reason="", wording=None, now=None):
    """The Secretariat's decision. Accepted wording (as proposed, or as
    changed by the Secretariat) goes into the working draft of the memorandum."""
    if not getattr(actor, "is_secretariat", False):
        raise NotAllowed
    now = _now(now)
    with transaction.atomic():
        given, proposal = (
            proposal,
            Proposal.objects.select_for_update().select_related("circulation__version").get(pk=proposal.pk),
        )
        if proposal.status != Proposal.Status.SUBMITTED:
            raise InvalidTransition(_("This proposal has been withdrawn."))
        if decision not in PROPOSAL_DECISION_TRANSITIONS[proposal.decision]:
            raise InvalidTransition
        reason = (reason or "").strip()
        languages = _languages(proposal.circulation.version)
        decided_wording = {}
        if decision == Proposal.Decision.ACCEPTED_WITH_CHANGES:
            decided_wording = _clean_wording(wording, languages)
            if proposal.kind == Proposal.Kind.AMENDMENT and not decided_wording:
                raise ValidationError({"wording": _("Write the wording as accepted.")})
        if decision in (Proposal.Decision.NOT_ACCEPTED, Proposal.Decision.ACCEPTED_WITH_CHANGES) and not reason:
            raise ValidationError({"reason": _("Give the reason for the decision.")})
        old = proposal.decision
        proposal.decision = decision
        proposal.decision_reason = reason
        proposal.decided_wording = decided_wording
        proposal.decided_by = actor
        proposal.decided_at = now
        proposal.save(update_fields=["decision", "decision_reason", "decided_wording", "decided_by", "decided_at"])
        if proposal.kind == Proposal.Kind.AMENDMENT and proposal.accepted_wording:
            drafting.apply_wording(
                memorandum=proposal.circulation.version.memorandum,
                uid=proposal.element_uid,
                wording=proposal.accepted_wording,
                actor=actor,
            )
        audit_record(
            actor=actor,
            action="review.proposal_decided",
            target=proposal,
            summary=reason,
            changes={"decision": (old, decision)},
        )
    given.refresh_from_db()
    return given


# --- silence procedure -----------------------------------------------------


def objection_submit(*, circulation, user, reason, now=None):
    """Object for the user's own state ("break the silence"). The first
    objection breaks the silence at once and notifies everyone concerned;
    a second objection of the same state is refused (it counts once)."""
    if not (reason or "").strip():
        raise ValidationError({"reason": _("Give the reason for the objection.")})
    state = _delegate_state(user, circulation)
    if not circulation.is_silence:
        raise NotAllowed(_("This circulation is not a silence procedure."))
    with transaction.atomic():
        locked = Circulation.objects.select_for_update().get(pk=circulation.pk)
        now = _now(now)
        _check_open(locked, now)
        if locked.objections.filter(state=state).exists():
            raise AlreadyObjected
        try:
            with transaction.atomic():
                objection = Objection.objects.create(
                    circulation=locked, state=state, author=user, reason=reason.strip(), at=now
                )
        except IntegrityError as exc:
            raise AlreadyObjected from exc
        breaks = not locked.outcome
        if breaks:
            _set_circulation_outcome(locked, Circulation.Outcome.SILENCE_BROKEN, now)
            locked.save(update_fields=["outcome", "outcome_at"])
        audit_record(actor=user, action="review.objected", target=objection, summary=state.iso_code)
        if breaks:
            audit_record(actor=user, action="review.silence_broken", target=locked, summary=state.iso_code)
    circulation.refresh_from_db()
    if breaks:
        notifications.notify_silence_broken(circulation, objection)
    return objection
