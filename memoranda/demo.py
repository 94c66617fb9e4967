"""Demo data: the two reference memoranda.

- The draft MoU between UNOCT and the CICA Secretariat (enclosed with note
  NCT/CT/708), read from ``demo_data/unoct_<lang>.md`` (English always;
  Russian and Kazakh when their files are present and have the same
  structure), with two frozen versions: version 1 as first circulated and
  version 2 "updated to reflect the proposals of Member States" (a sub-item
  and a clause added, two clauses swapped back, two durations changed).
- The MoU between the CSTO and CICA Secretariats (note 18-4/58emb),
  Articles 1-7, originals in Russian and English.

``load(context)`` is idempotent: a memorandum that exists (by its English
title) is left as it is.
"""

import copy
import logging
import re
from pathlib import Path

from . import references
from .demo_data import csto
from .models import Clause, Memorandum, MemorandumVersion
from .services import element_add, element_move, element_update, memorandum_create, memorandum_freeze_version
from .structure import DRAFT_WORDS, KEYWORD_AT_END, Structure

logger = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parent / "demo_data"

UNOCT_TITLE = {
    "en": "Memorandum of Understanding between UNOCT and the CICA Secretariat",
    "ru": "Меморандум о взаимопонимании между КТУ ООН и Секретариатом СВМДА",
    "kk": "БҰҰ Терроризмге қарсы басқармасы мен Азия Кеңесінің Хатшылығы арасындағы өзара түсіністік туралы меморандум",
}
UNOCT_SIGNATORIES = ["Vladimir Voronkov", "Kairat Sarybay"]
UNOCT_PARTIES = ["UNOCT", "CICA Secretariat"]
UNOCT_HEREINAFTER = [
    {"en": "UNOCT", "ru": "КТУ ООН", "kk": "БҰҰ ТҚБ"},
    {"en": "CICA SECRETARIAT", "ru": "СЕКРЕТАРИАТ СВМДА", "kk": "АЗИЯ КЕҢЕСІНІҢ ХАТШЫЛЫҒЫ"},
]
REASON_V1 = {"en": "Draft submitted to Member States for consideration."}
REASON_V2 = "Updated to reflect the proposals of Member States."

ENGLISH_KEYWORDS = re.compile(
    r"^(WHEREAS|CONSIDERING|REAFFIRMING|RECOGNIZING|RECOGNISING|NOTING|RECALLING|ACKNOWLEDGING|DESIRING|"
    r"BEARING IN MIND)\s+(.*)$",
    re.S,
)
SECTION_RE = re.compile(r"^(\d+):\s*(.+)$")
CLAUSE_RE = re.compile(r"^-\s+(\d+\.\d+)\s+(.*)$")
ITEM_RE = re.compile(r"^\s+-\s+([ivxlcdm]+|[a-z])\.\s+(.*)$")
UPPER_WORD = re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ\-]+,?$")

# Version 1 differed from the text of note NCT/CT/708 in these words
# (language: (text of version 2, text of version 1)).
V1_WORDING = {
    "10.2": {"en": ("five (5) years", "three (3) years"), "ru": ("пяти (5) лет", "трех (3) лет")},
    "10.4": {"en": ("sixty (60) days", "thirty (30) days"), "ru": ("шестьдесят (60) дней", "тридцать (30) дней")},
}
V1_WORDING["10.2"]["kk"] = ("бес (5) жыл", "үш (3) жыл")
V1_WORDING["10.4"]["kk"] = ("алпыс (60) күн", "отыз (30) күн")


def split_keyword(paragraph, language):
    """(keyword, text) of a preamble paragraph. The keyword keeps its own
    punctuation ("ПРИНИМАЯ ВО ВНИМАНИЕ,"); in Kazakh it closes the paragraph
    ("... НАЗАРҒА АЛА ОТЫРЫП;")."""
    if language == "en":
        match = ENGLISH_KEYWORDS.match(paragraph)
        return (match.group(1), match.group(2)) if match else ("", paragraph)
    words = paragraph.split(" ")
    if language in KEYWORD_AT_END:
        run = 0
        while run < len(words) and UPPER_WORD.match(words[-1 - run].rstrip(";.")):
            run += 1
        if not run:
            return "", paragraph
        return " ".join(words[-run:]), " ".join(words[:-run])
    run = 0
    while run < len(words) and UPPER_WORD.match(words[run]):
        run += 1
    cut = max((i + 1 for i in range(run) if words[i].endswith(",")), default=run)
    if not cut:
        return "", paragraph
    return " ".join(words[:cut]), " ".join(words[cut:])


def parse_layout(text, language):
    """The parts of a memorandum written in the layout of ``demo_data/unoct_en.md``."""
    blocks = [block.strip("\n") for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]
    title = [line.strip() for line in blocks[0].splitlines() if line.strip()]
    if title and title[0] in DRAFT_WORDS.values():
        title = title[1:]
    first_section = next(i for i, block in enumerate(blocks) if "\n" not in block and SECTION_RE.match(block))
    end = len(blocks)
    signatures = []
    while end - 1 > first_section and len(blocks[end - 1].splitlines()) >= 2:
        if not blocks[end - 1].splitlines()[0].rstrip().endswith(":"):
            break
        signatures.insert(0, blocks[end - 1].splitlines()[0].strip())
        end -= 1
    final_formula = blocks[end - 1]
    sections = []
    for block in blocks[first_section : end - 1]:
        heading = SECTION_RE.match(block) if "\n" not in block else None
        if heading:
            sections.append({"heading": heading.group(2).strip(), "text": "", "clauses": []})
            continue
        if block.lstrip().startswith("- "):
            _parse_clauses(block, sections[-1]["clauses"])
        else:
            section = sections[-1]
            section["text"] = f"{section['text']}\n\n{block}".strip()
    return {
        "title_block": title,
        "intro_and_preamble": blocks[1 : first_section - 1],
        "lead_in": blocks[first_section - 1],
        "sections": sections,
        "final_formula": final_formula,
        "signatures": signatures,
        "language": language,
    }


def _parse_clauses(block, clauses):
    for line in block.splitlines():
        clause = CLAUSE_RE.match(line)
        item = ITEM_RE.match(line)
        if clause:
            clauses.append({"text": clause.group(2).strip(), "items": [], "item_style": Clause.ItemStyle.ROMAN})
        elif item:
            if not clauses[-1]["items"] and item.group(1) == "a":
                clauses[-1]["item_style"] = Clause.ItemStyle.LETTERS
            clauses[-1]["items"].append(item.group(2).strip())
        elif line.strip():
            target = clauses[-1]["items"] if clauses[-1]["items"] else None
            if target is not None:
                target[-1] = f"{target[-1]} {line.strip()}"
            else:
                clauses[-1]["text"] = f"{clauses[-1]['text']} {line.strip()}"


def _shape(parsed):
    return (
        len(parsed["intro_and_preamble"]),
        [(len(s["clauses"]), [len(c["items"]) for c in s["clauses"]], bool(s["text"])) for s in parsed["sections"]],
        len(parsed["signatures"]),
    )


def unoct_texts():
    """The parsed UNOCT draft per language: English, plus Russian and Kazakh
    when their files exist and have the English structure."""
    parsed = {"en": parse_layout((DATA / "unoct_en.md").read_text(encoding="utf-8"), "en")}
    for language in ("ru", "kk"):
        path = DATA / f"unoct_{language}.md"
        if not path.exists():
            continue
        try:
            candidate = parse_layout(path.read_text(encoding="utf-8"), language)
        except (StopIteration, IndexError):
            logger.warning("demo: %s could not be read; the memorandum stays without it", path.name)
            continue
        if _shape(candidate) != _shape(parsed["en"]):
            logger.warning("demo: %s does not have the structure of the English text; left out", path.name)
            continue
        parsed[language] = candidate
    return parsed


def unoct_tree(parsed):
    """Arguments for ``memorandum_create`` from the parsed languages."""
    en = parsed["en"]
    languages = list(parsed)
    blocks = en["intro_and_preamble"]
    intro_count = next(i for i, block in enumerate(blocks) if ENGLISH_KEYWORDS.match(block))

    def each(getter):
        return {code: getter(parsed[code]) for code in languages}

    preamble = []
    for index in range(intro_count, len(blocks)):
        split = {code: split_keyword(parsed[code]["intro_and_preamble"][index], code) for code in languages}
        preamble.append({"keyword": {c: s[0] for c, s in split.items()}, "text": {c: s[1] for c, s in split.items()}})
    sections = []
    for s_index, section in enumerate(en["sections"]):
        clauses = []
        for c_index, clause in enumerate(section["clauses"]):
            clauses.append(
                {
                    "text": each(lambda p, s=s_index, c=c_index: p["sections"][s]["clauses"][c]["text"]),
                    "item_style": clause["item_style"],
                    "items": [
                        each(lambda p, s=s_index, c=c_index, i=i_index: p["sections"][s]["clauses"][c]["items"][i])
                        for i_index in range(len(clause["items"]))
                    ],
                }
            )
        sections.append(
            {
                "heading": each(lambda p, s=s_index: p["sections"][s]["heading"]),
                "text": each(lambda p, s=s_index: p["sections"][s]["text"]),
                "clauses": clauses,
            }
        )
    return {
        "languages": ["en", "ru", "kk"],
        "title": {code: UNOCT_TITLE[code] for code in languages},
        "title_block": each(lambda p: "\n".join(p["title_block"])),
        "parties_intro": each(lambda p: "\n\n".join(p["intro_and_preamble"][:intro_count])),
        "preamble": preamble,
        "lead_in": each(lambda p: p["lead_in"]),
        "sections": sections,
        "final_formula": each(lambda p: p["final_formula"]),
        "signature_lines": [each(lambda p, i=i: p["signatures"][i]) for i in range(len(en["signatures"]))],
    }


def _version_one(tree):
    """The tree as version 1 had it: no sub-item 2.1 vi., no clause 7.3,
    clauses 2.2 and 2.3 the other way round, shorter terms in 10.2 and 10.4."""
    tree = copy.deepcopy(tree)
    sections = tree["sections"]
    removed_item = sections[1]["clauses"][0]["items"].pop(5)
    removed_clause = sections[6]["clauses"].pop(2)
    clauses = sections[1]["clauses"]
    clauses[1], clauses[2] = clauses[2], clauses[1]
    for number, wording in V1_WORDING.items():
        s, c = (int(part) - 1 for part in number.split("."))
        texts = sections[s]["clauses"][c]["text"]
        for code, (now, then) in wording.items():
            if code in texts:
                texts[code] = texts[code].replace(now, then)
    return tree, removed_item, removed_clause


def _load_unoct(context):
    actor = context.get("users", {}).get("staff")
    organisations = context["organisations"]
    signatories = context["signatories"]
    tree = unoct_tree(unoct_texts())
    v1_tree, removed_item, removed_clause = _version_one(tree)
    signature_lines = v1_tree.pop("signature_lines")
    tree.pop("signature_lines")
    memorandum = memorandum_create(
        actor=actor,
        kind=Memorandum.Kind.UNDERSTANDING,
        party_word=Memorandum.PartyWord.PARTICIPANTS,
        numbering_style=Memorandum.NumberingStyle.SECTIONS,
        master_language="en",
        parties=[
            {"organisation": organisations[key], "hereinafter": UNOCT_HEREINAFTER[i]}
            for i, key in enumerate(UNOCT_PARTIES)
        ],
        signatures=[
            {"signatory": signatories[name], "for_text": signature_lines[i]} for i, name in enumerate(UNOCT_SIGNATORIES)
        ],
        **v1_tree,
    )
    first = memorandum_freeze_version(memorandum=memorandum, actor=actor, reason=REASON_V1["en"])
    _apply_proposals(memorandum, tree, removed_item, removed_clause, actor)
    second = memorandum_freeze_version(memorandum=memorandum, actor=actor, reason=REASON_V2)
    return memorandum, [first, second]


def _apply_proposals(memorandum, tree, removed_item, removed_clause, actor):
    """Turn version 1 into the text of note NCT/CT/708 through the services."""
    structure = Structure(memorandum)
    section_2, section_7, section_10 = (structure.sections[i] for i in (1, 6, 9))
    clause_21 = section_2.clauses.all()[0]
    swapped = section_2.clauses.all()[1]  # 2.3 of version 2, second in version 1
    item_v = clause_21.items.all()[4]
    _add_translated(memorandum, "item", removed_item, actor, parent_uid=clause_21.uid, after_uid=item_v.uid)
    last_of_7 = section_7.clauses.all()[1]
    _add_translated(
        memorandum, "clause", removed_clause["text"], actor, parent_uid=section_7.uid, after_uid=last_of_7.uid
    )
    element_move(memorandum=memorandum, kind="clause", uid=swapped.uid, direction="down", actor=actor)
    for number in V1_WORDING:
        clause = section_10.clauses.all()[int(number.split(".")[1]) - 1]
        target = tree["sections"][9]["clauses"][int(number.split(".")[1]) - 1]["text"]
        lock = clause.lock_version
        for code in memorandum.languages:
            if not target.get(code) or target[code] == getattr(clause, f"text_{code}"):
                continue
            saved = element_update(
                memorandum=memorandum, kind="clause", uid=clause.uid, language=code,
                values={"text": _editor_text(memorandum, target[code], code)}, lock_version=lock, actor=actor,
            )  # fmt: skip
            lock = saved.lock_version


def _editor_text(memorandum, text, language):
    """A plain text with its references written as the editor writes them."""
    structure = Structure(memorandum)
    return references.to_editor(references.autolink(text, language, structure), structure.refs)


def _add_translated(memorandum, kind, texts, actor, *, parent_uid, after_uid):
    element = None
    for code in memorandum.languages:
        if not texts.get(code):
            continue
        if element is None:
            element = element_add(
                memorandum=memorandum, kind=kind, actor=actor, language=code, parent_uid=parent_uid,
                after_uid=after_uid, values={"text": _editor_text(memorandum, texts[code], code)},
            )  # fmt: skip
        else:
            element = element_update(
                memorandum=memorandum, kind=kind, uid=element.uid, language=code,
                values={"text": _editor_text(memorandum, texts[code], code)}, lock_version=element.lock_version,
                actor=actor,
            )  # fmt: skip
    return element


def _load_csto(context):
    actor = context.get("users", {}).get("staff")
    organisations = context["organisations"]
    signatories = context["signatories"]
    return memorandum_create(
        actor=actor,
        title=csto.TITLE,
        kind=Memorandum.Kind.COOPERATION,
        party_word=Memorandum.PartyWord.PARTIES,
        numbering_style=Memorandum.NumberingStyle.ARTICLES,
        numbered_clauses=False,
        languages=["ru", "en"],
        master_language="ru",
        mark_draft=False,
        title_block=csto.TITLE_BLOCK,
        parties_intro=csto.PARTIES_INTRO,
        parties=[
            {"organisation": organisations["CSTO Secretariat"], "hereinafter": csto.HEREINAFTER[0]},
            {"organisation": organisations["CICA Secretariat"], "hereinafter": csto.HEREINAFTER[1]},
        ],
        preamble=csto.PREAMBLE,
        lead_in=csto.LEAD_IN,
        sections=[{"heading": "", "clauses": [{"text": text} for text in article]} for article in csto.ARTICLES],
        final_formula=csto.FINAL_FORMULA,
        signatures=[{"signatory": signatories[name], "for_text": text} for name, text in csto.SIGNATURES],
    )


def load(context):
    """Load both reference memoranda (once) and return them with the UNOCT versions."""
    unoct = Memorandum.objects.filter(title_en=UNOCT_TITLE["en"]).order_by("pk").first()
    if unoct is None:
        unoct, _versions = _load_unoct(context)
    csto_memorandum = Memorandum.objects.filter(title_en=csto.TITLE["en"]).order_by("pk").first()
    if csto_memorandum is None:
        csto_memorandum = _load_csto(context)
    return {
        "memoranda": {"unoct": unoct, "csto": csto_memorandum},
        "unoct_versions": list(MemorandumVersion.objects.filter(memorandum=unoct).order_by("number")),
    }
