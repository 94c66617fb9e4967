"""Where the review writes into other areas: accepted wording into the
working draft of the memorandum, and the note announcing an approval.

Kept apart so that the rules in ``services.py`` do not depend on how the
memoranda and notes apps store their records.
"""

ELEMENT_KINDS = ("preamble", "section", "clause", "item")


def _find_element(memorandum, uid):
    from memoranda.services import element_get

    for kind in ELEMENT_KINDS:
        try:
            return kind, element_get(memorandum=memorandum, kind=kind, uid=uid)
        except LookupError:
            continue
    return None, None


def _text_field(kind, element):
    """The field that holds an element's text (a section with clauses is
    represented by its heading, as in ``snapshot.elements``)."""
    if kind == "section":
        is_single_paragraph = any(getattr(element, f"text_{c}", "") for c in ("en", "ru", "kk"))
        if not is_single_paragraph and element.clauses.exists():
            return "heading"
    return "text"


def apply_wording(*, memorandum, uid, wording, actor):
    """Write ``wording`` ({language: text}) into the element ``uid`` of the
    working draft through the memoranda editor's own service (which keeps the
    translation status, the edit counter and the audit trail). Returns False
    when the element no longer exists there (deleted since the version was
    frozen). Refusals of the memoranda services (a signed memorandum, an
    invalid text) propagate, so the caller's transaction is undone."""
    from memoranda.services import element_update

    kind, element = _find_element(memorandum, uid)
    if element is None:
        return False
    field = _text_field(kind, element)
    for code, text in wording.items():
        element = element_update(
            memorandum=memorandum,
            kind=kind,
            uid=uid,
            language=code,
            values={field: text},
            lock_version=element.lock_version,
            actor=actor,
        )
    return True


def announce_approval(circulation):
    """Draft the note verbale announcing that the version was approved by
    silence procedure. The notes app has no models yet: the outcome is
    recorded on the circulation and no note is drafted."""
    return None
