"""Editing the elements of a working draft: save a text, add, delete, move.

Every function validates before it saves, refuses changes to a signed
memorandum, and records the change in the audit trail. Numbers are never
stored: moving or deleting only changes positions.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from cicadocs.core.audit import audit_record

from .. import references
from ..models import LANGUAGE_CODES, Clause, Memorandum
from ..structure import KINDS, Structure, kind_of
from ..translation_status import merged_sources, record_sources
from .errors import EditConflictError, ElementReferencedError, MemorandumSignedError

#: texts that may not be saved empty, per kind
REQUIRED_FIELDS = {
    "memorandum": {"title"},
    "preamble": {"text"},
    "clause": {"text"},
    "item": {"text"},
}
#: attributes other than texts that an editor may change, per kind
EXTRA_FIELDS = {"clause": {"item_style"}}


def _check_editable(memorandum):
    if memorandum.signed:
        raise MemorandumSignedError()


def element_get(*, memorandum, kind, uid, for_update=False):
    """The element ``uid`` of ``kind`` inside ``memorandum`` (404-style ``LookupError`` otherwise)."""
    if kind not in KINDS:
        raise LookupError(kind)
    model, _parent = KINDS[kind]
    queryset = model.objects.all()
    if for_update:
        queryset = queryset.select_for_update()
    scope = {
        "memorandum": {"pk": memorandum.pk},
        "clause": {"section__memorandum": memorandum},
        "item": {"clause__section__memorandum": memorandum},
    }.get(kind, {"memorandum": memorandum})
    try:
        return queryset.get(uid=uid, **scope)
    except model.DoesNotExist as exc:
        raise LookupError(uid) from exc


def _empty_refusal(kind, field):
    if kind == "clause":
        return _("A clause cannot be empty: write its text, or delete the clause. Nothing was saved.")
    if kind == "item":
        return _("A sub-item cannot be empty: write its text, or delete the sub-item. Nothing was saved.")
    if kind == "memorandum" and field == "title":
        return _("The memorandum needs a title. Nothing was saved.")
    return _("This text cannot be empty. Nothing was saved.")


def _clean_values(*, kind, element, language, values, structure, link_references=False):
    """Validate submitted values: known fields, required texts, references."""
    allowed = set(element.translated_fields) | EXTRA_FIELDS.get(kind, set())
    unknown = set(values) - allowed
    if unknown:
        raise ValidationError(_("Unknown fields: %(fields)s.") % {"fields": ", ".join(sorted(unknown))})
    if language not in LANGUAGE_CODES:
        raise ValidationError(_("Unknown language."))
    cleaned = {}
    for field, value in values.items():
        if field in EXTRA_FIELDS.get(kind, set()):
            if field == "item_style" and value not in Clause.ItemStyle.values:
                raise ValidationError(_("Choose i., ii. or a., b. for the sub-items."))
            cleaned[field] = value
            continue
        value = (value or "").replace("\r\n", "\n").strip()
        if not value and field in REQUIRED_FIELDS.get(kind, ()):
            raise ValidationError(_empty_refusal(kind, field), code="empty")
        max_length = getattr(type(element)._meta.get_field(f"{field}_{language}"), "max_length", None)
        if max_length and len(value) > max_length:
            raise ValidationError(
                _("This text is too long: at most %(limit)s characters.") % {"limit": max_length}, code="too_long"
            )
        value = references.from_editor(value, structure)
        if link_references:
            value = references.autolink(value, language, structure)
        cleaned[f"{field}_{language}"] = value
    return cleaned


def element_update(
    *, memorandum, kind, uid, language, values, lock_version, actor, original=None, link_references=False
):
    """Save ``values`` (``{field: text}`` in ``language``) of one element.

    ``lock_version`` is the element's edit counter when the editor loaded it:
    if someone saved the element since, ``EditConflictError`` is raised with
    both texts and nothing is saved, unless ``original`` (``{field: text}`` as
    the editor loaded it) shows that what is being saved was not changed by
    the other save (another language, say). Texts may contain ``[[4.1]]``
    cross-references (stored as links); with ``link_references`` plain ones
    ("paragraph 4", "пункт 4.1", "4-тармақ") are linked too, as on import.
    Returns the saved element.
    """
    _check_editable(memorandum)
    structure = Structure(memorandum)
    element = element_get(memorandum=memorandum, kind=kind, uid=uid)
    cleaned = _clean_values(
        kind=kind, element=element, language=language, values=values, structure=structure,
        link_references=link_references,
    )  # fmt: skip
    expected = int(lock_version)
    if element.lock_version != expected:
        if not _unchanged_since_loaded(element, language, values, original, structure):
            _raise_conflict(element, language, values, structure)
        expected = element.lock_version
    before = {name: getattr(element, name) for name in cleaned}
    for name, value in cleaned.items():
        setattr(element, name, value)
    saved_fields = [field for field in element.translated_fields if f"{field}_{language}" in cleaned]
    sources = merged_sources(element, language, saved_fields) if saved_fields else element.translation_sources
    update = {**cleaned, "translation_sources": sources, "lock_version": F("lock_version") + 1}
    if kind == "memorandum":
        update["updated_at"] = timezone.now()
    with transaction.atomic():
        saved = type(element).objects.filter(pk=element.pk, lock_version=expected).update(**update)
        if not saved:
            element = element_get(memorandum=memorandum, kind=kind, uid=uid)
            _raise_conflict(element, language, values, structure)
        if kind != "memorandum":
            Memorandum.objects.filter(pk=memorandum.pk).update(updated_at=timezone.now())
        changes = {name: (before[name], cleaned[name]) for name in cleaned if before[name] != cleaned[name]}
        audit_record(
            actor=actor,
            action="memoranda.element_update",
            target=memorandum,
            summary=_("%(element)s edited (%(language)s).")
            % {"element": structure.labels.get(uid, kind), "language": language},
            changes={f"{kind}:{uid}:{name}": change for name, change in changes.items()},
        )
    element.lock_version = expected + 1
    element.translation_sources = sources
    return element


def _normal(text):
    return (text or "").replace("\r\n", "\n").strip()


def _unchanged_since_loaded(element, language, values, original, structure):
    """Whether every value being saved is still as the editor loaded it."""
    if original is None or set(values) - set(original):
        return False
    for field in values:
        if field in element.translated_fields:
            stored = references.to_editor(getattr(element, f"{field}_{language}"), structure.refs)
        else:
            stored = getattr(element, field, "")
        if _normal(stored) != _normal(original[field]):
            return False
    return True


def _raise_conflict(element, language, values, structure):
    current = {
        field: references.to_editor(getattr(element, f"{field}_{language}"), structure.refs)
        for field in values
        if field in element.translated_fields
    }
    raise EditConflictError(
        current=current,
        submitted={field: values[field] for field in current},
        lock_version=element.lock_version,
        language=language,
    )


def _siblings(kind, parent):
    model, parent_field = KINDS[kind]
    return model.objects.filter(**{parent_field: parent}).order_by("position", "pk")


def _renumber_positions(kind, parent):
    siblings = list(_siblings(kind, parent))
    changed = []
    for index, sibling in enumerate(siblings):
        if sibling.position != index:
            sibling.position = index
            changed.append(sibling)
    if changed:
        KINDS[kind][0].objects.bulk_update(changed, ["position"])


def element_add(*, memorandum, kind, actor, language=None, values=None, parent_uid=None, after_uid=None, extra=None):
    """Add an element of ``kind`` ("party", "preamble", "section", "clause",
    "item", "signature").

    ``parent_uid`` names the section of a new clause or the clause of a new
    sub-item; ``after_uid`` the sibling it follows (else it goes last).
    ``values`` are texts in ``language`` (default: the master language);
    ``extra`` holds ``organisation`` (party), ``signatory`` (signature) or
    ``item_style`` (clause). Returns the new element.
    """
    _check_editable(memorandum)
    if kind not in KINDS or kind == "memorandum":
        raise ValidationError(_("This kind of element cannot be added."))
    language = language or memorandum.master_language
    model, parent_field = KINDS[kind]
    structure = Structure(memorandum)
    parent = memorandum
    if parent_field != "memorandum":
        if not parent_uid and after_uid in structure.parent:
            parent_uid = structure.parent[after_uid].uid
        parent = _parent_for_new(kind, parent_uid, structure)
    element = model(**{parent_field: parent}, **(extra or {}))
    values = dict(values or {})
    for field in REQUIRED_FIELDS.get(kind, ()):
        values.setdefault(field, "")
    cleaned = _clean_values(kind=kind, element=element, language=language, values=values, structure=structure)
    for name, value in cleaned.items():
        setattr(element, name, value)
    with transaction.atomic():
        siblings = _siblings(kind, parent)
        if after_uid:
            after = siblings.filter(uid=after_uid).first()
            if after is None:
                raise ValidationError(_("The element to insert after is not part of this memorandum."))
            position = after.position + 1
        else:
            position = (siblings.order_by("-position").values_list("position", flat=True).first() or 0) + 1
            position = position if siblings.exists() else 0
        siblings.filter(position__gte=position).update(position=F("position") + 1)
        element.position = position
        record_sources(element, [language] if any(cleaned.values()) else [])
        element.full_clean(exclude=["translation_sources", "uid"])
        element.save()
        _renumber_positions(kind, parent)
        Memorandum.objects.filter(pk=memorandum.pk).update(updated_at=timezone.now())
        audit_record(
            actor=actor,
            action="memoranda.element_add",
            target=memorandum,
            summary=_("Added: %(kind)s.") % {"kind": element._meta.verbose_name},
            changes={f"{kind}:{element.uid}:{name}": ("", value) for name, value in cleaned.items()},
        )
    return element


def _parent_for_new(kind, parent_uid, structure):
    found = structure.by_uid.get(parent_uid or "")
    parent_kind, parent = found if found else (None, None)
    if kind == "clause":
        if parent_kind != "section":
            raise ValidationError(_("Choose the section the new clause belongs to."))
        return parent
    # kind == "item"
    if parent_kind == "section":
        if not structure.by_uid[parent_uid][1].clauses.all():
            raise ValidationError(
                _("Section %(number)s has no clauses, so a sub-item has nothing to belong to: add a clause first.")
                % {"number": structure.numbers[parent_uid]}
            )
        raise ValidationError(_("A sub-item belongs to a clause: add it from the clause."))
    if parent_kind != "clause":
        raise ValidationError(_("Choose the clause the new sub-item belongs to."))
    return parent


def _referring(structure, targets):
    """Labels of the elements (outside ``targets``) whose texts link to one of ``targets``."""
    target_uids = {element.uid for element in targets}
    found = []
    for kind, element in structure.elements():
        if element.uid in target_uids:
            continue
        for field in element.translated_fields:
            linked = {uid for code in LANGUAGE_CODES for uid in references.tokens(getattr(element, f"{field}_{code}"))}
            if linked & target_uids:
                found.append((kind, element))
                break
    return found


def element_delete(*, memorandum, kind, uid, actor):
    """Delete an element (with what it holds). Refused with
    ``ElementReferencedError`` while another text refers to it."""
    _check_editable(memorandum)
    if kind == "memorandum":
        raise ValidationError(_("Delete the memorandum itself from its page, not from the editor."))
    structure = Structure(memorandum)
    found = structure.by_uid.get(uid)
    if not found or found[0] != kind:
        raise LookupError(uid)
    element = found[1]
    targets = structure.descendants(element)
    referring = _referring(structure, targets)
    if referring:
        where = ", ".join(structure.labels.get(e.uid, k) for k, e in referring)
        raise ElementReferencedError(
            _(
                "%(element)s cannot be deleted: cross-references to it stand in %(where)s. "
                "Change those cross-references first. Nothing was deleted."
            )
            % {"element": structure.labels.get(uid, kind), "where": where},
            referring=referring,
        )
    parent_field = KINDS[kind][1]
    parent = getattr(element, parent_field)
    with transaction.atomic():
        removed = {
            f"{kind_of(e)}:{e.uid}:{field}_{code}": (getattr(e, f"{field}_{code}"), "")
            for e in targets
            for field in e.translated_fields
            for code in LANGUAGE_CODES
            if getattr(e, f"{field}_{code}")
        }
        element.delete()
        _renumber_positions(kind, parent)
        Memorandum.objects.filter(pk=memorandum.pk).update(updated_at=timezone.now())
        audit_record(
            actor=actor,
            action="memoranda.element_delete",
            target=memorandum,
            summary=_("%(element)s was deleted.") % {"element": structure.labels.get(uid, kind)},
            changes=removed,
        )


def element_move(*, memorandum, kind, uid, direction, actor):
    """Move an element one place ``"up"`` or ``"down"``. A clause at the edge
    of its section moves into the neighbouring section. Returns True when it
    moved, False when it was already first or last."""
    _check_editable(memorandum)
    if direction not in ("up", "down"):
        raise ValidationError(_("Move up or down."))
    structure = Structure(memorandum)
    found = structure.by_uid.get(uid)
    if not found or found[0] != kind or kind == "memorandum":
        raise LookupError(uid)
    element = found[1]
    parent_field = KINDS[kind][1]
    parent = getattr(element, parent_field)
    siblings = [e for k, e in structure.elements() if k == kind and getattr(e, f"{parent_field}_id") == parent.pk]
    index = siblings.index(element)
    target = index - 1 if direction == "up" else index + 1
    with transaction.atomic():
        if 0 <= target < len(siblings):
            other = siblings[target]
            element.position, other.position = target, index
            type(element).objects.bulk_update([element, other], ["position"])
        elif kind == "clause":
            if not _move_clause_across(structure, element, direction):
                return False
        else:
            return False
        Memorandum.objects.filter(pk=memorandum.pk).update(updated_at=timezone.now())
        audit_record(
            actor=actor,
            action="memoranda.element_move",
            target=memorandum,
            summary=(_("%(element)s was moved up.") if direction == "up" else _("%(element)s was moved down."))
            % {"element": structure.labels.get(uid, kind)},
        )
    return True


def _move_clause_across(structure, clause, direction):
    sections = structure.sections
    index = next(i for i, s in enumerate(sections) if s.pk == clause.section_id)
    target_index = index - 1 if direction == "up" else index + 1
    if not 0 <= target_index < len(sections):
        return False
    old_section, new_section = sections[index], sections[target_index]
    if direction == "up":
        clause.position = len(new_section.clauses.all())
    else:
        Clause.objects.filter(section=new_section).update(position=F("position") + 1)
        clause.position = 0
    clause.section = new_section
    clause.save(update_fields=["section", "position"])
    _renumber_positions("clause", old_section)
    _renumber_positions("clause", new_section)
    return True
