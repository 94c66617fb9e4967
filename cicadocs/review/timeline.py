"""The history of a memorandum's circulations, read from the audit trail."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cicadocs.core.models import AuditEntry

from .models import Circulation, Objection, Proposal

ACTION_LABELS = {
    "review.circulated": _("Circulated"),
    "review.reminded": _("Reminder sent"),
    "review.proposal_submitted": _("Proposal submitted"),
    "review.proposal_edited": _("Proposal changed"),
    "review.proposal_withdrawn": _("Proposal withdrawn"),
    "review.proposal_decided": _("Decision on a proposal"),
    "review.objected": _("Objection"),
    "review.silence_broken": _("Silence broken"),
    "review.closed": _("Circulation closed"),
}


def _ids(queryset):
    return [str(pk) for pk in queryset.values_list("pk", flat=True)]


def timeline_entries(memorandum, limit=200):
    """The audit entries of every circulation, proposal and objection of the
    memorandum's versions, newest first."""
    types = ContentType.objects.get_for_models(Circulation, Proposal, Objection, for_concrete_models=False)
    query = (
        Q(
            content_type=types[Circulation],
            object_id__in=_ids(Circulation.objects.filter(version__memorandum=memorandum)),
        )
        | Q(
            content_type=types[Proposal],
            object_id__in=_ids(Proposal.objects.filter(circulation__version__memorandum=memorandum)),
        )
        | Q(
            content_type=types[Objection],
            object_id__in=_ids(Objection.objects.filter(circulation__version__memorandum=memorandum)),
        )
    )
    entries = list(AuditEntry.objects.filter(query).select_related("actor").order_by("-at", "-pk")[:limit])
    for entry in entries:
        entry.label = ACTION_LABELS.get(entry.action, entry.action)
    return entries
