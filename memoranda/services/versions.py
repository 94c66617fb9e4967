"""Freezing versions, settings of a memorandum and signing."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from cicadocs.core.audit import audit_record, model_changes

from ..models import Memorandum, MemorandumVersion
from ..snapshot import build_snapshot
from .errors import InvalidTransitionError, MemorandumSignedError

SETTINGS_FIELDS = [
    "kind",
    "party_word",
    "numbering_style",
    "numbered_clauses",
    "languages",
    "master_language",
    "mark_draft",
]

#: signed flag: allowed changes (from, to)
ALLOWED_TRANSITIONS = {(False, True)}


def memorandum_freeze_version(*, memorandum, actor, reason):
    """Freeze the current working draft as the next version (1, 2, ...).

    ``reason`` says why ("updated to reflect the proposals of Member
    States"). The version's ``snapshot`` is ``build_snapshot()`` of the draft
    with "version" and "frozen_at" filled in; it never changes afterwards.
    """
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            _("Say why this version is frozen, for example: updated to reflect the proposals of Member States.")
        )
    for _attempt in range(3):
        try:
            with transaction.atomic():
                locked = Memorandum.objects.select_for_update().get(pk=memorandum.pk)
                number = (locked.versions.aggregate(last=Max("number"))["last"] or 0) + 1
                frozen_at = timezone.now()
                snapshot = build_snapshot(locked)
                snapshot["version"] = number
                snapshot["frozen_at"] = frozen_at.isoformat()
                version = MemorandumVersion.objects.create(
                    memorandum=locked,
                    number=number,
                    frozen_at=frozen_at,
                    frozen_by=actor if getattr(actor, "is_authenticated", False) else None,
                    reason=reason,
                    snapshot=snapshot,
                )
                audit_record(
                    actor=actor,
                    action="memoranda.freeze_version",
                    target=locked,
                    summary=_("Version %(number)s frozen: %(reason)s") % {"number": number, "reason": reason},
                )
            return version
        except IntegrityError:
            continue
    raise IntegrityError("could not take a version number")


def memorandum_update_settings(*, memorandum, actor, **values):
    """Change the kind, party word, numbering, languages, master language or
    the DRAFT mark of a working draft."""
    if memorandum.signed:
        raise MemorandumSignedError()
    unknown = set(values) - set(SETTINGS_FIELDS)
    if unknown:
        raise ValueError(f"not settings: {sorted(unknown)}")
    before = Memorandum.objects.get(pk=memorandum.pk)
    for field, value in values.items():
        setattr(memorandum, field, value)
    memorandum.full_clean(exclude=["translation_sources", "title", "title_en"])
    with transaction.atomic():
        memorandum.save(update_fields=[*values, "updated_at"])
        audit_record(
            actor=actor,
            action="memoranda.settings",
            target=memorandum,
            summary=_("Settings of the memorandum changed."),
            changes=model_changes(before, memorandum, list(values)),
        )
    return memorandum


def memorandum_mark_signed(*, memorandum, actor, signed_on=None):
    """Record that the memorandum was signed: DRAFT disappears from the title
    and the text no longer changes."""
    if (memorandum.signed, True) not in ALLOWED_TRANSITIONS:
        raise InvalidTransitionError(_("This memorandum is already signed."))
    with transaction.atomic():
        memorandum.signed = True
        memorandum.signed_on = signed_on or timezone.localdate()
        memorandum.save(update_fields=["signed", "signed_on", "updated_at"])
        audit_record(actor=actor, action="memoranda.signed", target=memorandum, summary=_("Marked as signed."))
    return memorandum
