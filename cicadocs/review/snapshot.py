"""Reading a frozen memorandum snapshot element by element.

Every element a delegate can comment on carries a ``uid`` (preamble
paragraphs, sections, clauses and items; see the SNAPSHOT SCHEMA in the team
brief). ``elements(snapshot)`` lists them in reading order as plain dicts:
``{"uid", "kind", "number", "label": T, "text": T, "depth"}`` where T maps a
language code to text.
"""

PREAMBLE = "preamble"
SECTION = "section"
CLAUSE = "clause"
ITEM = "item"


def _t(value):
    return value if isinstance(value, dict) else {}


def _join(*parts):
    return " ".join(p for p in parts if p)


def elements(snapshot):
    languages = snapshot.get("languages") or ["en", "ru", "kk"]
    result = []
    for paragraph in snapshot.get("preamble") or []:
        keyword = _t(paragraph.get("keyword"))
        text = _t(paragraph.get("text"))
        result.append(
            {
                "uid": paragraph["uid"],
                "kind": PREAMBLE,
                "number": "",
                "label": keyword,
                "text": text,
                # Kazakh closes the paragraph with its keyword.
                "label_last": {code: bool((paragraph.get("keyword_at_end") or {}).get(code)) for code in languages},
                "depth": 0,
            }
        )
    for index, section in enumerate(snapshot.get("sections") or []):
        label = _t(section.get("label"))
        heading = _t(section.get("heading"))
        text = _t(section.get("text"))
        result.append(
            {
                "uid": section["uid"],
                "kind": SECTION,
                "number": section.get("number", ""),
                "label": {code: _join(label.get(code, ""), heading.get(code, "")) for code in languages},
                # A section without clauses is a single paragraph; otherwise
                # its own text is its heading.
                "text": text if any(text.values()) else heading,
                "heading_only": not any(text.values()),
                "first_section": index == 0,
                "depth": 0,
            }
        )
        for clause in section.get("clauses") or []:
            result.append(
                {
                    "uid": clause["uid"],
                    "kind": CLAUSE,
                    "number": clause.get("number", ""),
                    "label": {code: clause.get("number", "") for code in languages},
                    "text": _t(clause.get("text")),
                    "depth": 1,
                }
            )
            for item in clause.get("items") or []:
                result.append(
                    {
                        "uid": item["uid"],
                        "kind": ITEM,
                        "number": item.get("number", ""),
                        "label": {code: item.get("number", "") for code in languages},
                        "text": _t(item.get("text")),
                        "depth": 2,
                    }
                )
    return result


def element_map(snapshot):
    return {element["uid"]: element for element in elements(snapshot)}
