"""Recording actions in the audit trail."""

from django.contrib.contenttypes.models import ContentType

from .models import AuditEntry


def audit_record(*, actor, action, target, summary="", changes=None):
    """Record that ``actor`` did ``action`` to ``target``.

    ``changes`` is a mapping ``{field: (old, new)}``; values are stored as text.
    """
    if actor is not None and not getattr(actor, "is_authenticated", False):
        actor = None
    return AuditEntry.objects.create(
        actor=actor,
        action=action,
        content_type=ContentType.objects.get_for_model(target, for_concrete_model=False),
        object_id=str(target.pk),
        summary=summary,
        changes={k: [_plain(old), _plain(new)] for k, (old, new) in (changes or {}).items()},
    )


def model_changes(before, after, fields):
    """The ``{field: (old, new)}`` mapping of the fields that differ."""
    return {f: (getattr(before, f), getattr(after, f)) for f in fields if getattr(before, f) != getattr(after, f)}


def _plain(value):
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)
