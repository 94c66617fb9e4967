"""The compilation of proposals: every proposal of a circulation, element
by element and state by state, with redlines against the circulated text."""

from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import Proposal
from .redline import attach_redlines
from .snapshot import elements


def build(circulation, include_withdrawn=True):
    version = circulation.version
    languages = list(version.snapshot.get("languages") or ["en"])
    proposals = Proposal.objects.filter(circulation=circulation).select_related("state", "author", "decided_by")
    if not include_withdrawn:
        proposals = proposals.filter(status=Proposal.Status.SUBMITTED)
    by_element = {}
    for proposal in sorted(proposals, key=lambda p: (str(p.state.name), p.created_at, p.pk)):
        by_element.setdefault(proposal.element_uid, []).append(proposal)
    rows = []
    for element in elements(version.snapshot):
        found = by_element.get(element["uid"])
        if not found:
            continue
        for proposal in found:
            attach_redlines(proposal, element["text"], languages)
        rows.append({"element": element, "proposals": found})
    states = sorted({p.state for found in by_element.values() for p in found}, key=lambda s: str(s.name))
    return {"languages": languages, "rows": rows, "states": states, "count": sum(len(r["proposals"]) for r in rows)}


def render_html(circulation, language):
    table = build(circulation, include_withdrawn=False)
    with translation.override(language):
        return render_to_string(
            "review/pdf/compilation.html",
            {
                "circulation": circulation,
                "version": circulation.version,
                "table": table,
                "language": language,
                "title": circulation.version.snapshot.get("title", {}).get(language, []),
                "generated": timezone.localtime(),
            },
        )


def render_pdf(circulation, language):
    """The compilation in ``language`` as PDF bytes, through the PDF app's
    renderer (its fonts, its safe URL fetcher)."""
    from cicadocs.pdf.engine import html_to_pdf

    return html_to_pdf(render_html(circulation, language))
