"""Whether each element's translations are missing, stale or up to date.

When the text of an element is saved in a language, the element records in
``translation_sources[language]`` a fingerprint of its text in every other
language at that moment. A translation is *stale* when the master text's
current fingerprint differs from the one recorded when the translation was
last saved, and *missing* when the master text has words and the
translation has none.
"""

import hashlib

from django.utils.translation import gettext_lazy as _

from .models import LANGUAGE_CODES

OK = "ok"
MISSING = "missing"
STALE = "stale"
MASTER = "master"

STATUS_LABELS = {OK: _("up to date"), MISSING: _("missing"), STALE: _("stale"), MASTER: _("master text")}


def fingerprint(element, language):
    values = "\x1f".join((getattr(element, f"{field}_{language}") or "").strip() for field in element.translated_fields)
    return hashlib.sha256(values.encode()).hexdigest()[:16]


def sources_now(element, language):
    """What ``translation_sources[language]`` should hold when ``language`` is saved now."""
    return {code: fingerprint(element, code) for code in LANGUAGE_CODES if code != language}


def record_sources(element, languages):
    """Mark the texts of ``languages`` as saved now (a new element, an import)."""
    sources = dict(element.translation_sources or {})
    for language in languages:
        sources[language] = sources_now(element, language)
    element.translation_sources = sources
    return sources


def element_status(element, language, master):
    """One of OK, MISSING, STALE, MASTER for ``element`` in ``language``;
    None when the element has no master text at all (nothing to translate)."""
    if language == master:
        return MASTER
    master_values = [(getattr(element, f"{f}_{master}") or "").strip() for f in element.translated_fields]
    if not any(master_values):
        return None
    values = [(getattr(element, f"{f}_{language}") or "").strip() for f in element.translated_fields]
    if any(m and not v for m, v in zip(master_values, values, strict=True)):
        return MISSING
    recorded = (element.translation_sources or {}).get(language, {}).get(master)
    if recorded != fingerprint(element, master):
        return STALE
    return OK


def memorandum_translation_status(structure):
    """Counts and lists of missing and stale elements per language of the
    memorandum (other than the master language)::

        {"ru": {"missing": [(kind, element, label), ...], "stale": [...]}, ...}
    """
    memorandum = structure.memorandum
    master = memorandum.master_language
    result = {}
    for language in memorandum.languages:
        if language == master:
            continue
        entry = {MISSING: [], STALE: []}
        for kind, element in structure.elements():
            status = element_status(element, language, master)
            if status in entry:
                entry[status].append((kind, element, structure.labels.get(element.uid, "")))
        result[language] = entry
    return result
