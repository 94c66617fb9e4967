"""Review by member states: circulations of a frozen memorandum version,
the delegates' proposals on its elements, and objections under a silence
procedure.

The rules (deadlines, who may do what, outcomes) live in ``services.py``;
who sees what lives in ``access.py``.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from . import deadlines


class CirculationQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Secretariat staff see every circulation; a delegate sees those
        circulated to their own state; anyone else sees none."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        if user.is_secretariat:
            return self
        if user.is_delegate and user.member_state_id:
            return self.filter(states=user.member_state_id)
        return self.none()

    def open(self):
        return self.filter(status=Circulation.Status.OPEN)

    def due(self, now):
        """Open circulations whose deadline has passed."""
        return self.open().filter(deadline__lte=now)

    def approving(self, version):
        """The silence procedure that approved ``version`` (a frozen version
        itself never changes, so its approval is recorded here)."""
        return self.filter(version=version, outcome=Circulation.Outcome.APPROVED)


class Circulation(models.Model):
    """A frozen version sent to member states for review or for approval by
    silence procedure, until a deadline."""

    class Purpose(models.TextChoices):
        REVIEW = "review", _("Review and proposals")
        SILENCE = "silence", _("Approval by silence procedure")

    class Visibility(models.TextChoices):
        SECRETARIAT = "secretariat", _("Only the Secretariat sees each state's proposals")
        STATES = "states", _("All circulated states see the submitted proposals")

    class Status(models.TextChoices):
        OPEN = "open", pgettext_lazy("circulation status", "Open")
        CLOSED = "closed", pgettext_lazy("circulation status", "Closed")

    class Outcome(models.TextChoices):
        NONE = "", pgettext_lazy("circulation outcome", "Pending")
        REVIEWED = "reviewed", _("Review period ended")
        APPROVED = "approved", _("Approved by silence procedure")
        SILENCE_BROKEN = "broken", _("Silence broken")

    version = models.ForeignKey(
        "memoranda.MemorandumVersion",
        on_delete=models.PROTECT,
        related_name="circulations",
        verbose_name=_("memorandum version"),
    )
    states = models.ManyToManyField(
        "directory.MemberState", related_name="circulations", verbose_name=_("member states")
    )
    purpose = models.CharField(_("purpose"), max_length=10, choices=Purpose.choices, default=Purpose.REVIEW)
    deadline = models.DateTimeField(_("deadline"))
    proposals_visibility = models.CharField(
        _("who sees the proposals"), max_length=12, choices=Visibility.choices, default=Visibility.SECRETARIAT
    )
    covering_note = models.ForeignKey(
        "notes.Note",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="covered_circulations",
        verbose_name=_("covering note verbale"),
    )
    announcing_note = models.ForeignKey(
        "notes.Note",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="announced_circulations",
        verbose_name=_("note announcing the outcome"),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices, default="", blank=True)
    outcome_at = models.DateTimeField(_("outcome recorded at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("circulated by"),
    )
    created_at = models.DateTimeField(_("circulated at"), auto_now_add=True)

    objects = CirculationQuerySet.as_manager()

    class Meta:
        verbose_name = _("circulation")
        verbose_name_plural = _("circulations")
        ordering = ["-deadline", "-pk"]

    def __str__(self):
        return _("%(version)s, circulated until %(deadline)s") % {
            "version": self.version,
            "deadline": deadlines.deadline_local(self.deadline).strftime("%Y-%m-%d %H:%M"),
        }

    @property
    def is_silence(self):
        return self.purpose == self.Purpose.SILENCE

    @property
    def is_open(self):
        return self.status == self.Status.OPEN

    def accepts_input(self, now=None):
        return self.is_open and not deadlines.has_passed(self.deadline, now)

    @property
    def deadline_local(self):
        return deadlines.deadline_local(self.deadline)


class ProposalQuerySet(models.QuerySet):
    def submitted(self):
        return self.filter(status=Proposal.Status.SUBMITTED)

    def visible_to(self, user):
        """Staff see every proposal; a delegate sees their own state's and,
        when the circulation says so, the submitted proposals of the other
        circulated states (only of circulations to their own state)."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        if user.is_secretariat:
            return self
        if not (user.is_delegate and user.member_state_id):
            return self.none()
        state = user.member_state_id
        return self.filter(circulation__states=state).filter(
            Q(state=state)
            | Q(
                circulation__proposals_visibility=Circulation.Visibility.STATES,
                status=Proposal.Status.SUBMITTED,
            )
        )


class Proposal(models.Model):
    """A comment or a proposed amendment of one element of a circulated
    version, made on behalf of a member state."""

    class Kind(models.TextChoices):
        COMMENT = "comment", _("Comment")
        AMENDMENT = "amendment", _("Amendment")

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class Decision(models.TextChoices):
        NONE = "", _("Not decided yet")
        ACCEPTED = "accepted", _("Accepted")
        ACCEPTED_WITH_CHANGES = "changed", _("Accepted with changes")
        NOT_ACCEPTED = "rejected", _("Not accepted")

    circulation = models.ForeignKey(
        Circulation, on_delete=models.CASCADE, related_name="proposals", verbose_name=_("circulation")
    )
    element_uid = models.CharField(_("element"), max_length=36, db_index=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.AMENDMENT)
    comment = models.TextField(_("comment or explanation"), blank=True)
    wording = models.JSONField(_("proposed wording"), default=dict, blank=True)
    state = models.ForeignKey(
        "directory.MemberState", on_delete=models.PROTECT, related_name="proposals", verbose_name=_("member state")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="review_proposals",
        verbose_name=_("author"),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.SUBMITTED)
    lock_version = models.PositiveIntegerField(_("edit counter"), default=0)
    decision = models.CharField(_("decision"), max_length=10, choices=Decision.choices, default="", blank=True)
    decision_reason = models.TextField(_("reason for the decision"), blank=True)
    decided_wording = models.JSONField(_("wording as accepted"), default=dict, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    created_at = models.DateTimeField(_("submitted at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = ProposalQuerySet.as_manager()

    class Meta:
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return _("%(kind)s by %(state)s") % {"kind": self.get_kind_display(), "state": self.state}

    @property
    def is_decided(self):
        return bool(self.decision)

    @property
    def accepted_wording(self):
        if self.decision == self.Decision.ACCEPTED:
            return self.wording
        if self.decision == self.Decision.ACCEPTED_WITH_CHANGES:
            return self.decided_wording
        return {}


class Objection(models.Model):
    """An objection that breaks the silence. One per state and circulation:
    two objections of one state count once."""

    circulation = models.ForeignKey(
        Circulation, on_delete=models.CASCADE, related_name="objections", verbose_name=_("circulation")
    )
    state = models.ForeignKey(
        "directory.MemberState", on_delete=models.PROTECT, related_name="objections", verbose_name=_("member state")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("author")
    )
    reason = models.TextField(_("reason"))
    at = models.DateTimeField(_("objected at"))

    class Meta:
        verbose_name = _("objection")
        verbose_name_plural = _("objections")
        ordering = ["at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["circulation", "state"], name="review_one_objection_per_state"),
        ]

    def __str__(self):
        return _("Objection of %(state)s") % {"state": self.state}
