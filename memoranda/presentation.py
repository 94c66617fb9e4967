"""What the memorandum pages show, built from a ``Structure`` without further
queries: the editor's cards and the document read from a snapshot."""

from django.utils.translation import gettext_lazy as _

from . import references
from .models import LANGUAGE_CODES
from .snapshot import printed_paragraph
from .structure import KIND_LABELS, MEMORANDUM_PART_LABELS, MEMORANDUM_PARTS
from .translation_status import STATUS_LABELS, element_status

LANGUAGE_NAMES = {"en": _("English"), "ru": _("Russian"), "kk": _("Kazakh")}

FIELD_LABELS = {
    "title": _("title"),
    "title_block": _("title block (one line per line)"),
    "parties_intro": _("introduction of the parties (empty line between paragraphs)"),
    "lead_in": _("operative lead-in"),
    "final_formula": _("final formula"),
    "hereinafter": _("hereinafter referred to as"),
    "keyword": _("keyword"),
    "text": _("text"),
    "heading": _("heading"),
    "for_text": _('"For ...:" line'),
}
SINGLE_LINE = {"title", "hereinafter", "keyword", "heading", "for_text"}


def language_name(code):
    return LANGUAGE_NAMES.get(code, code)


def element_card(structure, kind, element, languages, part=None):
    """The context of one editor card (``memoranda/editor/_element.html``)."""
    memorandum = structure.memorandum
    fields = MEMORANDUM_PARTS[part] if kind == "memorandum" else element.translated_fields
    columns = []
    for code in languages:
        status = element_status(element, code, memorandum.master_language, fields)
        columns.append(
            {
                "language": code,
                "language_name": language_name(code),
                "status": status,
                "status_label": STATUS_LABELS.get(status, ""),
                "fields": [
                    {
                        "name": name,
                        "label": FIELD_LABELS[name],
                        "display": references.resolve(getattr(element, f"{name}_{code}"), structure.refs),
                        "raw": references.to_editor(getattr(element, f"{name}_{code}"), structure.refs),
                        "single_line": name in SINGLE_LINE,
                    }
                    for name in fields
                ],
            }
        )
    card = {
        "kind": kind,
        "kind_label": MEMORANDUM_PART_LABELS[part] if kind == "memorandum" else KIND_LABELS[kind],
        "uid": element.uid,
        "lock_version": element.lock_version,
        "part": part or "",
        "number": structure.numbers.get(element.uid, ""),
        "label": structure.labels.get(element.uid, ""),
        "columns": columns,
        "movable": kind not in ("memorandum",),
        "deletable": kind != "memorandum",
        "extra": "",
        "item_style": getattr(element, "item_style", ""),
    }
    if kind == "section":
        card["label"] = structure.section_label(element, languages[0])
        card["has_clauses"] = bool(element.clauses.all())
    elif kind == "party":
        card["extra"] = getattr(element.organisation, f"name_{languages[0]}") or element.organisation.name_en
    elif kind == "signature":
        card["extra"] = element.signatory.full_name
    return card


def editor_cards(structure, languages):
    """Cards of the whole memorandum in document order."""
    cards = [element_card(structure, "memorandum", structure.memorandum, languages, "head")]
    cards += [element_card(structure, "party", party, languages) for party in structure.parties]
    cards += [element_card(structure, "preamble", p, languages) for p in structure.preamble]
    cards.append(element_card(structure, "memorandum", structure.memorandum, languages, "lead_in"))
    for section in structure.sections:
        cards.append(element_card(structure, "section", section, languages))
        for clause in section.clauses.all():
            cards.append(element_card(structure, "clause", clause, languages))
            cards += [element_card(structure, "item", item, languages) for item in clause.items.all()]
    cards.append(element_card(structure, "memorandum", structure.memorandum, languages, "final"))
    cards += [element_card(structure, "signature", column, languages) for column in structure.signatures]
    return cards


def localise(snapshot, language):
    """A snapshot reduced to one language, for the document partial."""

    def t(value):
        return (value or {}).get(language, "") if isinstance(value, dict) else (value or "")

    return {
        "language": language,
        "title": (snapshot.get("title") or {}).get(language, []),
        "parties_intro": (snapshot.get("parties_intro") or {}).get(language, []),
        "preamble": [
            {
                "uid": p["uid"],
                "text": t(p.get("full")) or printed_paragraph(t(p.get("keyword")), t(p.get("text")), language),
            }
            for p in snapshot.get("preamble") or []
        ],
        "lead_in": t(snapshot.get("lead_in")),
        "sections": [
            {
                "uid": s["uid"],
                "label": t(s.get("label")),
                "heading": t(s.get("heading")),
                "text": t(s.get("text")),
                "clauses": [
                    {
                        "uid": c["uid"],
                        "number": c.get("number", ""),
                        "text": t(c.get("text")),
                        "items": [
                            {"uid": i["uid"], "number": i.get("number", ""), "text": t(i.get("text"))}
                            for i in c.get("items") or []
                        ],
                    }
                    for c in s.get("clauses") or []
                ],
            }
            for s in snapshot.get("sections") or []
        ],
        "final_formula": t(snapshot.get("final_formula")),
        "signatures": [
            {key: t(column.get(key)) for key in ("for", "name", "title")} for column in snapshot.get("signatures") or []
        ],
    }


def display_language(request_language, languages, master, wanted=None):
    """The language to show among ``languages``: ``wanted`` if one of them,
    else the user's, else the master language."""
    for code in (wanted, (request_language or "")[:2]):
        if code in languages:
            return code
    return master if master in languages else (list(languages) or ["en"])[0]


def language_choices(languages):
    return [(code, language_name(code)) for code in LANGUAGE_CODES if code in languages]
