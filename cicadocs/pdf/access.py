"""Who may download which PDF.

Secretariat staff (and admins) may download any. A delegate may download only
what was circulated to their state, as decided by the review area's
``cicadocs.review.access.version_visible_to``; anything else is a 404.
"""

from django.http import Http404


def _version_visible_to(user, version):
    try:
        from cicadocs.review.access import version_visible_to
    except ImportError:  # the review area is not there: delegates see nothing
        return False
    return version_visible_to(user, version)


def can_see_version(user, version):
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_secretariat:
        return True
    return bool(user.is_delegate and _version_visible_to(user, version))


def can_see_note(user, note):
    """Staff see every note; a delegate sees a dispatched note enclosing a version circulated to their state."""
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_secretariat:
        return True
    if not (user.is_delegate and note.is_dispatched):
        return False
    for enclosure in note.enclosures.all():
        version = getattr(enclosure, "memorandum_version", None)
        if version is not None and _version_visible_to(user, version):
            return True
    return False


def require(allowed):
    if not allowed:
        raise Http404
