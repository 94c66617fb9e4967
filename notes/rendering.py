"""What a note prints, per language, independent of the request.

``note_parts(note, language)`` is the contract the PDF renderer builds on. A
dispatched note answers from its frozen copy; a draft answers from its texts,
regenerating every part that was not edited by hand.
"""

from .formulas import Draft, generate, translations
from .models import DOCUMENT_LANGUAGES, GENERATED_PARTS, issue_order

ENCLOSURE_LABEL = {"en": "Enclosure: ", "ru": "Приложение: ", "kk": "Қосымша: "}
PAGES = {"en": "on {n} p.", "ru": "на {n} л.", "kk": "{n} п."}


def current_texts(note, language, draft=None):
    """The five texts of ``note`` in ``language``: hand-edited ones as stored,
    the others freshly generated."""
    generated = generate(draft or Draft.from_note(note), language)
    texts = {}
    for part in GENERATED_PARTS:
        stored = getattr(note, f"{part}_{language}", "") or ""
        texts[part] = stored if note.is_edited(part, language) else generated[part]
    if not note.has_closing:
        texts["closing"] = ""
    return texts


def paragraphs_of(text):
    """Paragraphs of a text: blocks separated by blank lines, inner line breaks kept as spaces."""
    blocks = [" ".join(line.strip() for line in block.splitlines() if line.strip()) for block in _blocks(text)]
    return [block for block in blocks if block]


def _blocks(text):
    return (text or "").replace("\r\n", "\n").split("\n\n")


def number_line(note):
    sign = "№ " if note.series.spaced_sign else "№"
    if note.number is None:
        return f"{sign}{note.series.prefix}…{note.suffix}"
    return f"{sign}{note.full_number}"


def enclosure_line(enclosures, language):
    """ "Enclosure: on 9 p." from a list of {"description": {...}, "page_count": n}."""
    items = []
    for enclosure in enclosures:
        description = (enclosure.get("description") or {}).get(language, "")
        pages = enclosure.get("page_count")
        parts = [description] if description else []
        if pages:
            parts.append(PAGES[language].format(n=pages))
        if parts:
            items.append(", ".join(parts))
    if not items:
        return ""
    return ENCLOSURE_LABEL[language] + "; ".join(items)


def enclosure_facts(note):
    """The enclosures as plain data (also what the frozen copy keeps)."""
    facts = []
    for enclosure in note.enclosures.all() if note.pk else []:
        facts.append(
            {
                "kind": enclosure.kind,
                "description": translations(enclosure, "description"),
                "page_count": enclosure.page_count,
                "file": enclosure.file.name if enclosure.file else "",
                "memorandum_version": getattr(enclosure, "memorandum_version_id", None),
            }
        )
    return facts


def build_parts(note, language, draft=None, enclosures=None):
    texts = current_texts(note, language, draft)
    paragraphs = [texts["opening"], *paragraphs_of(texts["body"])]
    if texts["closing"]:
        paragraphs.append(texts["closing"])
    after = (note.enclosure_after or {}).get(language, 0)
    return {
        "language": language,
        "show_letterhead": language != "kk",
        "number_line": number_line(note),
        "enclosure_line": enclosure_line(enclosure_facts(note) if enclosures is None else enclosures, language),
        "enclosure_after_paragraph": int(after or 0),
        "paragraphs": [p for p in paragraphs if p],
        "place_date": texts["place_date"],
        "addressee_lines": [line.strip() for line in texts["addressee"].splitlines() if line.strip()],
    }


def note_parts(note, language):
    """What a page of ``note`` prints in ``language`` (see the team contract)."""
    if language not in DOCUMENT_LANGUAGES:
        raise ValueError(f"unknown document language {language!r}")
    if note.is_dispatched and note.frozen.get("parts", {}).get(language):
        return dict(note.frozen["parts"][language])
    return build_parts(note, language)


def note_languages(note):
    """The languages a note is issued in, in the order its pages are printed
    (as sent, for a dispatched note)."""
    if note.is_dispatched and note.frozen.get("languages"):
        return issue_order(note.frozen["languages"])
    return issue_order(note.languages)
