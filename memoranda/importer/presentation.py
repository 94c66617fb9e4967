"""What the preview page lists: each recognised element with what it was recognised as, and
every input line with what became of it. Labels are translated when the page is drawn."""

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from .result import ARTEFACT, BEFORE_START, BLANK, CONTINUATION, IGNORED, PAGE_BREAK, SIGNATURE_LINE, UNRECOGNISED


def kind_labels():
    return {
        "title": _("title line"),
        "parties": _("parties paragraph"),
        "preamble": _("preamble paragraph"),
        "lead_in": _("operative lead-in"),
        "section": pgettext("memorandum part", "section heading"),
        "section_text": _("section text (single paragraph)"),
        "clause": _("clause"),
        "paragraph": _("unnumbered paragraph"),
        "item": _("sub-item"),
        "final_formula": _("final formula"),
        "signature": _("signature column"),
    }


def reason_labels():
    return {
        BLANK: _("blank line"),
        PAGE_BREAK: _("blank line at a page break"),
        ARTEFACT: _("page artefact (rule or page number)"),
        BEFORE_START: _("before the memorandum (covering note)"),
        SIGNATURE_LINE: _("signature or date line"),
    }


def _row(kind, number, text, lines, depth=0):
    return {"kind": kind, "label": kind_labels()[kind], "number": number, "text": text, "lines": lines, "depth": depth}


def _lines(lines):
    """ "73" / "76-77" / "136, 138" for the line numbers of an element."""
    if not lines:
        return ""
    if lines == list(range(lines[0], lines[-1] + 1)) and len(lines) > 1:
        return f"{lines[0]}–{lines[-1]}"
    return ", ".join(str(number) for number in lines)


def element_rows(result):
    rows = [_row("title", "", line.text, _lines(line.lines)) for line in result.title]
    rows += [_row("parties", "", paragraph.text, _lines(paragraph.lines)) for paragraph in result.parties_intro]
    for paragraph in result.preamble:
        row = _row("preamble", paragraph.keyword, paragraph.text, _lines(paragraph.lines))
        row["missing_keyword"] = not paragraph.keyword
        rows.append(row)
    if result.lead_in:
        rows.append(_row("lead_in", "", result.lead_in.text, _lines(result.lead_in.lines)))
    for section in result.sections:
        rows.append(_row("section", section.label, section.heading, _lines(section.lines)))
        if section.text:
            rows.append(_row("section_text", "", section.text, _lines(section.text_lines), depth=1))
        for clause in section.clauses:
            kind = "clause" if clause.number else "paragraph"
            rows.append(_row(kind, clause.number, clause.text, _lines(clause.lines), depth=1))
            rows += [_row("item", item.number, item.text, _lines(item.lines), depth=2) for item in clause.items]
    if result.final_formula:
        rows.append(_row("final_formula", "", result.final_formula.text, _lines(result.final_formula.lines)))
    for index, signature in enumerate(result.signatures, start=1):
        text = " / ".join(part for part in (signature.for_text, signature.full_name, signature.title) if part)
        rows.append(_row("signature", str(index), text, _lines(signature.lines)))
    return rows


def line_rows(result):
    kinds, reasons = kind_labels(), reason_labels()
    rows = []
    for record in result.lines:
        if record.status == UNRECOGNISED:
            what = _("unrecognised")
        elif record.status == IGNORED:
            what = _("ignored: %(reason)s") % {"reason": reasons.get(record.reason, record.reason)}
        else:
            what = kinds.get(record.kind, record.kind)
            if record.element:
                what = f"{what} {record.element}"
            if record.status == CONTINUATION:
                what = _("%(element)s (continued)") % {"element": what}
        rows.append({"number": record.number, "text": record.text, "status": record.status, "what": what})
    return rows


def counts(result):
    return {
        "preamble": len(result.preamble),
        "sections": len(result.sections),
        "clauses": len(result.clauses),
        "items": sum(len(clause.items) for clause in result.clauses),
        "signatures": len(result.signatures),
        "unrecognised": len(result.unrecognised_lines),
    }
