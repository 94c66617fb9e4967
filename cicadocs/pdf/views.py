"""PDF downloads: check access, call the renderer, answer with the bytes.

The renderer caches finished PDFs by content, so a repeated download of an
unchanged document does not render again. A refusal (a document too large or
too slow to render) is a message in the user's language, never a 500.
"""

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET

from memoranda.models import Memorandum, MemorandumVersion
from notes.models import Note

from . import render
from .access import can_see_note, can_see_version, require
from .errors import PdfRenderError


def _variant(request, default):
    variant = request.GET.get("variant", default)
    if variant not in render.VARIANTS:
        raise Http404
    if variant != default and not request.user.is_secretariat:
        raise Http404
    return variant


def _filename(*parts):
    name = "-".join(str(part) for part in parts if part)
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-") or "document"


def _pdf_response(data, filename):
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}.pdf"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, max-age=0"
    return response


def _refusal(request, error):
    messages.error(request, error.message)
    target = request.META.get("HTTP_REFERER", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "home"
    return redirect(target)


def _render(request, function, filename):
    try:
        data = function()
    except PdfRenderError as error:
        return _refusal(request, error)
    return _pdf_response(data, filename)


def _note(request, pk):
    note = get_object_or_404(Note.objects.select_related("series"), pk=pk)
    require(can_see_note(request.user, note))
    return note


@require_GET
@login_required
def note_pdf(request, pk, language):
    note = _note(request, pk)
    if language not in render.note_languages(note):
        raise Http404
    variant = _variant(request, "final" if note.is_dispatched else "draft")
    filename = _filename(note.full_number or f"note-{note.pk}", language, variant == "draft" and "draft")
    return _render(request, lambda: render.render_note(note, language, variant), filename)


@require_GET
@login_required
def note_bundle_pdf(request, pk):
    note = _note(request, pk)
    variant = _variant(request, "final" if note.is_dispatched else "draft")
    filename = _filename(note.full_number or f"note-{note.pk}", "bundle", variant == "draft" and "draft")
    return _render(request, lambda: render.render_note_bundle(note, variant), filename)


def _snapshot_languages(snapshot):
    return [code for code in snapshot.get("languages") or [] if code in render.LANGUAGES]


@require_GET
@login_required
def memorandum_pdf(request, pk, language):
    """The working draft: staff only (delegates see frozen versions circulated to them)."""
    if not request.user.is_secretariat:
        raise Http404
    memorandum = get_object_or_404(Memorandum, pk=pk)
    from memoranda.snapshot import build_snapshot

    snapshot = build_snapshot(memorandum)
    if language not in _snapshot_languages(snapshot):
        raise Http404
    variant = _variant(request, "draft" if snapshot.get("draft", True) else "final")
    filename = _filename("memorandum", memorandum.pk, "working-draft", language)
    return _render(request, lambda: render.render_memorandum(snapshot, language, variant), filename)


@require_GET
@login_required
def memorandum_version_pdf(request, pk, language):
    version = get_object_or_404(MemorandumVersion.objects.select_related("memorandum"), pk=pk)
    require(can_see_version(request.user, version))
    snapshot = version.snapshot
    if language not in _snapshot_languages(snapshot):
        raise Http404
    variant = _variant(request, "draft" if snapshot.get("draft", True) else "final")
    filename = _filename("memorandum", version.memorandum_id, f"v{version.number}", language)
    return _render(request, lambda: render.render_memorandum(snapshot, language, variant), filename)
