"""The snapshot of a memorandum: plain text in three languages, as printed.

``build_snapshot(memorandum)`` follows the SNAPSHOT SCHEMA shared with the
review, notes and PDF areas (T = ``{"en": str, "ru": str, "kk": str}``)::

    {"memorandum": id, "version": N or None, "frozen_at": iso str or None, "draft": bool,
     "languages": [...], "title": {lang: [line, ...]}, "parties_intro": {lang: [paragraph, ...]},
     "preamble": [{"uid", "keyword": T, "text": T, "keyword_at_end": {lang: bool},
                   "full": T (the paragraph as printed: keyword first, or last in Kazakh)}],
     "lead_in": T,
     "sections": [{"uid", "number", "label": T, "heading": T,
                   "text": T (the single paragraph of a section without clauses, else empty),
                   "clauses": [{"uid", "number", "text": T, "items": [{"uid", "number", "text": T}]}]}],
     "final_formula": T, "signatures": [{"for": T, "name": T, "title": T}]}

Cross-references are resolved to the current numbers. A frozen version
stores this dict (with "version" and "frozen_at" set) and never changes.
"""

import re

from . import references
from .models import LANGUAGE_CODES
from .structure import DRAFT_WORDS, KEYWORD_AT_END, Structure, texts

#: the word joining the parties in a generated introduction (document text)
AND_WORDS = {"en": "and", "ru": "и", "kk": "және"}
HEREINAFTER = {
    "en": "hereinafter referred to as “{name}”",
    "ru": "далее именуемый «{name}»",
    "kk": "бұдан әрі «{name}» деп аталатын",
}
COLLECTIVELY = {
    "participants": {
        "en": "hereinafter collectively referred to as the “Participants” and individually as a “Participant”,",
        "ru": "далее совместно именуемые «Участники», а по отдельности — «Участник»,",
        "kk": "бұдан әрі бірлесіп «Қатысушылар», ал жеке-жеке «Қатысушы» деп аталатын,",
    },
    "parties": {
        "en": "hereinafter collectively referred to as the “Parties” and individually as a “Party”,",
        "ru": "далее совместно именуемые «Стороны», а по отдельности — «Сторона»,",
        "kk": "бұдан әрі бірлесіп «Тараптар», ал жеке-жеке «Тарап» деп аталатын,",
    },
}


def paragraphs(text):
    """Paragraphs of a text separated by empty lines."""
    return [p.strip() for p in re.split(r"\n\s*\n", text or "") if p.strip()]


def lines(text):
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def build_snapshot(memorandum, structure=None):
    """The snapshot of the working draft of ``memorandum`` (see the module docstring)."""
    structure = structure or Structure(memorandum)
    memorandum = structure.memorandum
    refs = structure.refs

    def t(element, field):
        return {code: references.resolve(value, refs) for code, value in texts(element, field).items()}

    return {
        "memorandum": memorandum.pk,
        "version": None,
        "frozen_at": None,
        "draft": not memorandum.signed,
        "languages": list(memorandum.languages),
        "title": _title_lines(structure),
        "parties_intro": _parties_intro(structure),
        "preamble": [_preamble_paragraph(p, t(p, "keyword"), t(p, "text")) for p in structure.preamble],
        "lead_in": t(memorandum, "lead_in"),
        "sections": [
            {
                "uid": section.uid,
                "number": structure.numbers[section.uid],
                "label": {code: structure.section_label(section, code) for code in LANGUAGE_CODES},
                "heading": t(section, "heading"),
                "text": _section_text(section, t),
                "clauses": [
                    {
                        "uid": clause.uid,
                        "number": structure.numbers[clause.uid],
                        "text": t(clause, "text"),
                        "items": [
                            {"uid": item.uid, "number": structure.numbers[item.uid], "text": t(item, "text")}
                            for item in clause.items.all()
                        ],
                    }
                    for clause in section.clauses.all()
                ],
            }
            for section in structure.sections
        ],
        "final_formula": t(memorandum, "final_formula"),
        "signatures": [
            {
                "for": t(column, "for_text"),
                "name": {
                    code: " ".join(
                        part
                        for part in (
                            getattr(column.signatory, f"honorific_{code}") or "",
                            getattr(column.signatory, f"name_{code}") or "",
                        )
                        if part
                    )
                    for code in LANGUAGE_CODES
                },
                "title": texts(column.signatory, "title"),
            }
            for column in structure.signatures
        ],
    }


def _section_text(section, t):
    """The section's own paragraph: only a section without clauses has one. Text kept on a section
    that has clauses (written before its clauses were added or moved in) is not printed."""
    if section.clauses.all():
        return dict.fromkeys(LANGUAGE_CODES, "")
    return t(section, "text")


def _preamble_paragraph(paragraph, keyword, text):
    return {
        "uid": paragraph.uid,
        "keyword": keyword,
        "text": text,
        "keyword_at_end": {code: code in KEYWORD_AT_END for code in LANGUAGE_CODES},
        "full": {code: printed_paragraph(keyword[code], text[code], code) for code in LANGUAGE_CODES},
    }


def printed_paragraph(keyword, text, language):
    """A preamble paragraph as printed: the keyword first, or last in Kazakh."""
    if not keyword:
        return text
    if not text:
        return keyword
    return f"{text} {keyword}" if language in KEYWORD_AT_END else f"{keyword} {text}"


def _title_lines(structure):
    memorandum = structure.memorandum
    result = {}
    for code in LANGUAGE_CODES:
        block = lines(getattr(memorandum, f"title_block_{code}"))
        if not block:
            block = lines(getattr(memorandum, f"title_{code}"))
        if memorandum.mark_draft and not memorandum.signed:
            block = [DRAFT_WORDS[code], *block]
        result[code] = block
    return result


def _parties_intro(structure):
    memorandum = structure.memorandum
    result = {}
    for code in LANGUAGE_CODES:
        written = paragraphs(references.resolve(getattr(memorandum, f"parties_intro_{code}"), structure.refs))
        result[code] = written or _generated_intro(structure, code)
    return result


def _generated_intro(structure, code):
    """The introduction written from the parties' directory records."""
    out = []
    for index, party in enumerate(structure.parties):
        organisation = party.organisation
        name = (getattr(organisation, f"name_{code}") or organisation.name_en or "").upper()
        parts = [name]
        hereinafter = getattr(party, f"hereinafter_{code}") or party.hereinafter_en
        if hereinafter:
            parts[0] += f" ({HEREINAFTER[code].format(name=hereinafter)})"
        for field in ("legal_description", "seat_address"):
            value = getattr(organisation, f"{field}_{code}") or ""
            if value:
                parts.append(value)
        if index:
            out.append(AND_WORDS[code])
        out.append(", ".join(parts) + ",")
    if out:
        out.append(COLLECTIVELY[structure.memorandum.party_word][code])
    return out
