"""Reads shared by several pages (and by the accounts app's delegate home)."""

from django.utils import timezone

from . import deadlines, services
from .models import Circulation


def settle(circulation):
    """Record the outcome of a circulation whose deadline has passed, exactly
    as ``manage.py close_circulations`` would."""
    if circulation.is_open and deadlines.has_passed(circulation.deadline):
        services.circulation_close(circulation=circulation)
        circulation.refresh_from_db()
    return circulation


def home_circulations(user):
    """What was circulated to the user's state (everything for staff), open
    ones first, nearest deadline first. Circulations whose deadline has
    passed are closed first, as the command would."""
    for circulation in Circulation.objects.visible_to(user).due(timezone.now()):
        services.circulation_close(circulation=circulation)
    return list(
        Circulation.objects.visible_to(user)
        .select_related("version", "version__memorandum")
        .prefetch_related("states")
        .order_by("-status", "deadline", "pk")  # "open" sorts after "closed"
    )
