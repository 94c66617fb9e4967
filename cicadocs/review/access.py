"""Who sees what in the review.

Secretariat staff see everything. A delegate sees only the versions, the
circulations and the proposals circulated to their own state; anything else
answers 404 (never 403, so that a crafted URL does not even learn that the
record exists).
"""

from django.http import Http404

from .models import Circulation, Proposal


def circulations_visible_to(user):
    return Circulation.objects.visible_to(user)


def _circulated_to(user, **lookups):
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_secretariat:
        return True
    if user.is_delegate and user.member_state_id:
        return Circulation.objects.filter(states=user.member_state_id, **lookups).exists()
    return False


def version_visible_to(user, version):
    """May ``user`` read this frozen memorandum version (pages and PDFs)?"""
    return version is not None and _circulated_to(user, version=version)


def memorandum_visible_to(user, memorandum):
    """May ``user`` read some version of this memorandum?"""
    return memorandum is not None and _circulated_to(user, version__memorandum=memorandum)


def circulation_for(user, pk, queryset=None):
    """The circulation ``pk`` if ``user`` may see it, else 404."""
    queryset = queryset if queryset is not None else Circulation.objects.all()
    circulation = queryset.visible_to(user).filter(pk=pk).select_related("version", "version__memorandum").first()
    if circulation is None:
        raise Http404
    return circulation


def proposal_for(user, pk):
    """The proposal ``pk`` if ``user`` may see it, else 404."""
    proposal = (
        Proposal.objects.visible_to(user)
        .filter(pk=pk)
        .select_related("circulation", "circulation__version", "state", "author")
        .first()
    )
    if proposal is None:
        raise Http404
    return proposal
