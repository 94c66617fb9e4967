"""Template helpers of the PDF link partials."""

from django import template
from django.utils.translation import gettext_lazy as _

register = template.Library()

LANGUAGE_NAMES = {"en": _("English"), "ru": _("Russian"), "kk": _("Kazakh")}


def _choices(codes):
    return [(code, LANGUAGE_NAMES[code]) for code in codes if code in LANGUAGE_NAMES]


@register.simple_tag
def note_pdf_languages(note):
    """[(code, name), ...] of the languages ``note`` is issued in, in order."""
    from cicadocs.pdf.render import note_languages

    return _choices(note_languages(note))


@register.simple_tag
def memorandum_pdf_languages(memorandum, version=None):
    """[(code, name), ...] of a version's languages, or of the working draft's."""
    snapshot = getattr(version, "snapshot", None) if version else None
    source = (snapshot or {}).get("languages") if version else memorandum.languages
    return _choices(source or [])
