"""Where the review writes into other areas: accepted wording into the
working draft of the memorandum, and the note announcing an approval.

Kept apart so that the rules in ``services.py`` do not depend on how the
memoranda and notes apps store their records.
"""

from django.db.models import F

from cicadocs.core.audit import audit_record


def _element_models():
    from memoranda.models import Clause, PreambleParagraph, Section, SubItem

    return [
        (PreambleParagraph, "memorandum"),
        (Section, "memorandum"),
        (Clause, "section__memorandum"),
        (SubItem, "clause__section__memorandum"),
    ]


def _find_element(memorandum, uid):
    for model, path in _element_models():
        element = model.objects.filter(uid=uid, **{path: memorandum}).first()
        if element is not None:
            return element
    return None


def _text_field(element):
    """The field that holds an element's text (a section with clauses is
    represented by its heading)."""
    from memoranda.models import Section

    is_single_paragraph = any(getattr(element, f"text_{c}", "") for c in ("en", "ru", "kk"))
    if isinstance(element, Section) and not is_single_paragraph and element.clauses.exists():
        return "heading"
    return "text"


def apply_wording(*, memorandum, uid, wording, actor):
    """Write ``wording`` ({language: text}) into the element ``uid`` of the
    working draft. Returns False when the element no longer exists there
    (deleted since the version was frozen)."""
    element = _find_element(memorandum, uid)
    if element is None:
        return False
    field = _text_field(element)
    updates = {f"{field}_{code}": text for code, text in wording.items()}
    old = {name: getattr(element, name) for name in updates}
    type(element).objects.filter(pk=element.pk).update(lock_version=F("lock_version") + 1, **updates)
    audit_record(
        actor=actor,
        action="review.wording_applied",
        target=element,
        changes={name: (old[name], value) for name, value in updates.items()},
    )
    return True


def announce_approval(circulation):
    """Draft the note verbale announcing that the version was approved by
    silence procedure. The notes app has no models yet: the outcome is
    recorded on the circulation and no note is drafted."""
    return None
