"""The history of a memorandum's circulations, read from the audit trail."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from cicadocs.core.models import AuditEntry

from .models import Circulation, Objection, Proposal


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
    return list(AuditEntry.objects.filter(query).select_related("actor").order_by("-at", "-pk")[:limit])
