"""The PDF renderer: documents in, PDF bytes out, independent of any request.

    render_note(note, language, variant="final") -> bytes
    render_memorandum(snapshot, language, variant="draft") -> bytes
    render_note_bundle(note, variant="final") -> bytes
    page_count(pdf_bytes) -> int

Each language is rendered inside ``translation.override(language)`` from
templates under ``templates/pdf/`` chosen most-specific first (kind,
language). Every result is cached by a hash of what it was made from
(:mod:`cicadocs.pdf.cache`).
"""

import datetime
import hashlib
from io import BytesIO

from django.template.loader import render_to_string, select_template
from django.utils import timezone, translation
from django.utils.translation import gettext
from pypdf import PdfReader, PdfWriter

from cicadocs.core.dates import format_date

from .cache import cached_pdf, content_key
from .emblem import emblem_url
from .engine import html_to_pdf

LANGUAGES = ("en", "ru", "kk")
VARIANTS = ("draft", "final")


def _check(language, variant):
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}")


def _style(value):
    """A template name part: letters, digits and underscores only."""
    return value if isinstance(value, str) and value.replace("_", "").isalnum() else ""


def template_candidates(kind, language, style=""):
    """Template names for ``kind`` in ``language``, most specific first."""
    names = []
    if style:
        names += [f"pdf/{kind}_{style}_{language}.html", f"pdf/{kind}_{style}.html"]
    names += [f"pdf/{kind}_{language}.html", f"pdf/{kind}.html"]
    return names


def _render_html(kind, language, context, style=""):
    template = select_template(template_candidates(kind, language, style))
    with translation.override(language):
        html = render_to_string(template.template.name, {"language": language, "emblem_url": emblem_url(), **context})
    return html


def page_count(pdf_bytes):
    """The number of pages of a PDF."""
    return len(PdfReader(BytesIO(pdf_bytes)).pages)


def merge_pdfs(parts):
    """One PDF of ``parts`` (PDF bytes) in order.

    Only the pages' content is taken: no annotations, page actions or outline
    from any part, and no document-level attachments, scripts or forms, so an
    uploaded enclosure cannot bring an attachment or JavaScript into a bundle.
    """
    writer = PdfWriter()
    for data in parts:
        writer.append(PdfReader(BytesIO(data)), import_outline=False, excluded_fields=["/Annots", "/B", "/AA"])
    root = writer._root_object
    for key in ("/Names", "/OpenAction", "/AA", "/AcroForm", "/Outlines"):
        if key in root:
            del root[key]
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


# -- memoranda ---------------------------------------------------------------


def _t(value, language):
    if isinstance(value, dict):
        return value.get(language) or ""
    return value or ""


def _lines(value, language):
    if isinstance(value, dict):
        return [line for line in value.get(language) or [] if line]
    return list(value or [])


def localise_snapshot(snapshot, language):
    """The snapshot with every translated text reduced to ``language``."""
    signatures = [
        {key: _t(signature.get(key), language) for key in ("for", "name", "title")}
        for signature in snapshot.get("signatures") or []
    ]
    for signature in signatures:
        signature["introduces"] = signature["for"].rstrip().endswith(":")
    return {
        "title": _lines(snapshot.get("title"), language),
        "parties_intro": _lines(snapshot.get("parties_intro"), language),
        "preamble": [
            {
                "keyword": _t(p.get("keyword"), language),
                "text": _t(p.get("text"), language),
                # Kazakh closes the paragraph with its keyword ("... НАЗАРҒА АЛА ОТЫРЫП;").
                "keyword_at_end": bool((p.get("keyword_at_end") or {}).get(language)),
            }
            for p in snapshot.get("preamble") or []
        ],
        "lead_in": _t(snapshot.get("lead_in"), language),
        "sections": [
            {
                "number": section.get("number", ""),
                "label": _t(section.get("label"), language),
                "heading": _t(section.get("heading"), language),
                "text": _t(section.get("text"), language),
                "clauses": [
                    {
                        "number": clause.get("number", ""),
                        "text": _t(clause.get("text"), language),
                        "items": [
                            {"number": item.get("number", ""), "text": _t(item.get("text"), language)}
                            for item in clause.get("items") or []
                        ],
                    }
                    for clause in section.get("clauses") or []
                ],
            }
            for section in snapshot.get("sections") or []
        ],
        "final_formula": _t(snapshot.get("final_formula"), language),
        "signatures": signatures,
        "signature_rows": [signatures[i : i + 2] for i in range(0, len(signatures), 2)],
    }


def _snapshot_date(snapshot):
    frozen_at = snapshot.get("frozen_at")
    if frozen_at:
        try:
            moment = datetime.datetime.fromisoformat(frozen_at)
        except ValueError:
            return None
        if timezone.is_aware(moment):
            moment = timezone.localtime(moment)
        return moment.date()
    return None


def memorandum_footer(snapshot, language):
    """The footer line: version and date (or working draft and today's date)."""
    version = snapshot.get("version")
    day = _snapshot_date(snapshot)
    with translation.override(language):
        if version:
            # Kazakh puts the date first, inflected: "2024 жылғы 12 маусымдағы 2-нұсқа".
            return gettext("Version %(number)s of %(date)s") % {
                "number": version,
                "date": format_date(day, language, form="attributive" if language == "kk" else "nominative"),
            }
        return gettext("Working draft, printed on %(date)s") % {
            "date": format_date(timezone.localdate(), language, form="locative" if language == "kk" else "nominative")
        }


def render_memorandum(snapshot, language, variant="draft"):
    """The PDF of a memorandum snapshot (see the SNAPSHOT SCHEMA) in ``language``."""
    _check(language, variant)
    footer = memorandum_footer(snapshot, language)
    style = _style(snapshot.get("style") or snapshot.get("kind") or "")
    key = content_key("memorandum", {"snapshot": snapshot, "language": language, "variant": variant, "footer": footer})

    def build():
        memo = localise_snapshot(snapshot, language)
        context = {
            "memo": memo,
            "footer": footer,
            "draft_mark": variant == "draft",
            "title": " ".join(memo["title"])[:300],
        }
        return html_to_pdf(_render_html("memorandum", language, context, style=style))

    return cached_pdf(key, build)


# -- notes -------------------------------------------------------------------


def _note_parts(note, language):
    from notes.rendering import note_parts

    return note_parts(note, language)


def note_context(parts, variant):
    """Template context of one language page of a note, from its ``note_parts``."""
    enclosure = parts.get("enclosure_line") or ""
    texts = parts.get("paragraphs") or []
    # 0 = before the body; past the last paragraph = after the last one.
    after = max(0, min(int(parts.get("enclosure_after_paragraph") or 0), len(texts)))
    paragraphs = [
        {"text": text, "enclosure_after": bool(enclosure) and after == index}
        for index, text in enumerate(texts, start=1)
    ]
    label, separator, rest = enclosure.partition(": ")
    if not separator:
        label, rest = "", enclosure
    return {
        "parts": parts,
        "enclosure_label": f"{label}:" if label else "",
        "enclosure_rest": rest,
        "body_paragraphs": paragraphs,
        "enclosure_before": bool(enclosure) and after == 0,
        "draft_mark": variant == "draft",
        "title": parts.get("number_line") or "",
    }


def render_note_parts(parts, variant="final", style=""):
    """The PDF page(s) of one language of a note from its parts dict.

    ``style`` (the note's kind, e.g. "silence") picks ``pdf/note_<style>_<language>.html``
    or ``pdf/note_<style>.html`` when such a template exists.
    """
    language = parts.get("language", "en")
    _check(language, variant)
    key = content_key("note", {"parts": parts, "variant": variant, "style": style})
    return cached_pdf(
        key, lambda: html_to_pdf(_render_html("note", language, note_context(parts, variant), style=style))
    )


def render_note(note, language, variant="final"):
    """The PDF of ``note`` in ``language`` (one A4 page or more)."""
    _check(language, variant)
    parts = dict(_note_parts(note, language))
    parts.setdefault("language", language)
    return render_note_parts(parts, variant, style=_style(getattr(note, "kind", "")))


def note_languages(note):
    """The languages of ``note`` in the order it is issued."""
    from notes.rendering import note_languages as languages_of

    return languages_of(note) or ["en"]


def render_note_bundle(note, variant="final"):
    """One PDF: the note's language pages in the order issued, then its enclosures."""
    from . import enclosures

    parts = [render_note(note, language, variant) for language in note_languages(note)]
    parts += enclosures.enclosure_pdfs(note)
    if len(parts) == 1:
        return parts[0]
    key = content_key("bundle", [hashlib.sha256(part).hexdigest() for part in parts])
    return cached_pdf(key, lambda: merge_pdfs(parts))
