"""Whether each element's translations are missing, stale or up to date.

When texts of an element are saved in a language, the element records in
``translation_sources[language][other_language][field]`` a fingerprint of
that field's text in every other language at that moment. A translation is
*stale* when the master text of a field differs from the one recorded when
the translation was last saved, and *missing* when the master text has words
and the translation has none.
"""

import hashlib

from django.utils.translation import gettext_lazy as _

from .models import LANGUAGE_CODES
from .structure import MEMORANDUM_PART_LABELS, MEMORANDUM_PARTS

OK = "ok"
MISSING = "missing"
STALE = "stale"
MASTER = "master"

STATUS_LABELS = {OK: _("up to date"), MISSING: _("missing"), STALE: _("stale"), MASTER: _("master text")}


def _value(element, field, language):
    return (getattr(element, f"{field}_{language}") or "").strip()


def field_fingerprint(element, field, language):
    return hashlib.sha256(_value(element, field, language).encode()).hexdigest()[:16]


def fingerprint(element, language):
    """One fingerprint of all the texts of an element (the format of early records)."""
    values = "\x1f".join(_value(element, field, language) for field in element.translated_fields)
    return hashlib.sha256(values.encode()).hexdigest()[:16]


def sources_now(element, language, fields=None):
    """``{other_language: {field: fingerprint}}`` of the element's texts now."""
    fields = fields or element.translated_fields
    return {
        code: {field: field_fingerprint(element, field, code) for field in fields}
        for code in LANGUAGE_CODES
        if code != language
    }


def merged_sources(element, language, fields=None):
    """``translation_sources`` after saving ``fields`` (default: all) in ``language``."""
    sources = dict(element.translation_sources or {})
    entry = sources.get(language)
    if not isinstance(entry, dict) or not all(isinstance(v, dict) for v in entry.values()):
        entry = {}
    entry = {code: dict(hashes) for code, hashes in entry.items()}
    for code, hashes in sources_now(element, language, fields).items():
        entry.setdefault(code, {}).update(hashes)
    sources[language] = entry
    return sources


def record_sources(element, languages, fields=None):
    """Mark the texts of ``languages`` as saved now (a new element, an import)."""
    for language in languages:
        element.translation_sources = merged_sources(element, language, fields)
    return element.translation_sources


def element_status(element, language, master, fields=None):
    """One of OK, MISSING, STALE, MASTER for ``element`` (or only its
    ``fields``) in ``language``; None when there is no master text at all."""
    if language == master:
        return MASTER
    fields = fields or element.translated_fields
    pairs = [(_value(element, f, master), _value(element, f, language), f) for f in fields]
    if not any(master_value for master_value, _v, _f in pairs):
        return None
    if any(master_value and not value for master_value, value, _f in pairs):
        return MISSING
    recorded = (element.translation_sources or {}).get(language, {}).get(master)
    if isinstance(recorded, str):  # one fingerprint of every field, as first recorded
        return OK if recorded == fingerprint(element, master) else STALE
    recorded = recorded or {}
    for master_value, value, field in pairs:
        if (master_value or value) and recorded.get(field) != field_fingerprint(element, field, master):
            return STALE
    return OK


def memorandum_translation_status(structure):
    """Missing and stale elements per language of the memorandum (other than
    the master language)::

        {"ru": {"missing": [entry, ...], "stale": [...]}, ...}

    where an entry is ``{"kind", "uid", "label", "anchor"}`` (``anchor`` is the
    id of the element's card in the editor).
    """
    memorandum = structure.memorandum
    master = memorandum.master_language
    result = {}
    for language in memorandum.languages:
        if language == master:
            continue
        entry = {MISSING: [], STALE: []}
        for kind, element in structure.elements():
            if kind == "memorandum":
                parts = [
                    (
                        fields,
                        str(MEMORANDUM_PART_LABELS[part]),
                        f"el-{element.uid}" + ("" if part == "head" else f"-{part}"),
                    )
                    for part, fields in MEMORANDUM_PARTS.items()
                ]
            else:
                parts = [(None, structure.labels.get(element.uid, ""), f"el-{element.uid}")]
            for fields, label, anchor in parts:
                status = element_status(element, language, master, fields)
                if status in entry:
                    entry[status].append({"kind": kind, "uid": element.uid, "label": label, "anchor": anchor})
        result[language] = entry
    return result
