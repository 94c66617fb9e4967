"""Demo data: the two reference memoranda, imported from ``demo_data/`` by the
importer's services (``memorandum_import`` and ``import_translation``).

- The draft MoU between UNOCT and the CICA Secretariat (enclosed with note
  NCT/CT/708), from ``demo_data/unoct_<lang>.md`` (English always; Russian and
  Kazakh when their files are present and have the same structure), with two
  frozen versions: version 1 as first circulated and version 2 "updated to
  reflect the proposals of Member States" (a sub-item and a clause added, two
  clauses swapped back, two durations changed) - the text of the files.
- The MoU between the CSTO and CICA Secretariats (note 18-4/58emb),
  Articles 1-7, originals in Russian (the master) and English.

``load(context)`` is idempotent: a memorandum that exists (by its English
title) is left as it is.
"""

import logging
import re
from pathlib import Path

from . import references
from .importer.errors import ImportTextError
from .importer.parser import parse_text
from .importer.services import import_translation, memorandum_import
from .models import Memorandum, MemorandumVersion
from .services import element_add, element_move, element_update, memorandum_freeze_version
from .structure import Structure

logger = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parent / "demo_data"

UNOCT_TITLE = {
    "en": "Memorandum of Understanding between UNOCT and the CICA Secretariat",
    "ru": "Меморандум о взаимопонимании между КТУ ООН и Секретариатом СВМДА",
    "kk": "БҰҰ Терроризмге қарсы басқармасы мен Азия Кеңесінің Хатшылығы арасындағы өзара түсіністік туралы меморандум",
}
UNOCT_LANGUAGES = ["en", "ru", "kk"]
UNOCT_PARTIES = ["UNOCT", "CICA Secretariat"]
UNOCT_SIGNATORIES = ["Vladimir Voronkov", "Kairat Sarybay"]
CSTO_TITLE = {
    "en": "Memorandum of understanding and cooperation between the Secretariats of the CSTO and CICA",
    "ru": "Меморандум о взаимопонимании и сотрудничестве между Секретариатами ОДКБ и СВМДА",
}
CSTO_PARTIES = ["CSTO Secretariat", "CICA Secretariat"]
CSTO_SIGNATORIES = ["Stanislav Zas", "Habibullo Mirzozoda"]
REASON_V1 = {"en": "Draft submitted to Member States for consideration."}
REASON_V2 = "Updated to reflect the proposals of Member States."

# Version 1 differed from the text of note NCT/CT/708 (the files) in these words
# (language: (text of version 2, text of version 1)) ...
V1_WORDING = {
    "10.2": {"en": ("five (5) years", "three (3) years"), "ru": ("пяти (5) лет", "трех (3) лет")},
    "10.4": {"en": ("sixty (60) days", "thirty (30) days"), "ru": ("шестьдесят (60) дней", "тридцать (30) дней")},
}
V1_WORDING["10.2"]["kk"] = ("бес (5) жыл", "үш (3) жыл")
V1_WORDING["10.4"]["kk"] = ("алпыс (60) күн", "отыз (30) күн")
# ... had clauses 2.2 and 2.3 the other way round, and had neither sub-item vi. of 2.1 nor clause 7.3.
V1_SWAPPED = ("2.2", "2.3")
V1_WITHOUT_ITEM = ("2.1", "vi.")
V1_WITHOUT_CLAUSE = "7.3"

# Lines of the layout of demo_data/README.md: "- 2.1 text" and, under it, " - vi. text".
CLAUSE_LINE = re.compile(r"^- (\d+\.\d+) (.*)$")
ITEM_LINE = re.compile(r"^ - ([ivx]+|[a-z])\. ")


def unoct_texts():
    """The files of the UNOCT draft by language: English, and Russian and Kazakh when they exist."""
    paths = {code: DATA / f"unoct_{code}.md" for code in UNOCT_LANGUAGES}
    return {code: path.read_text(encoding="utf-8") for code, path in paths.items() if path.exists()}


def version_one_text(text, language):
    """The UNOCT text as version 1 had it (see V1_*). Raises ValueError if the text does not
    have the layout of the demo files."""
    lines = text.split("\n")
    at = {match[1]: index for index, line in enumerate(lines) if (match := CLAUSE_LINE.match(line))}
    clause, marker = V1_WITHOUT_ITEM
    needed = [*V1_SWAPPED, *V1_WORDING, clause, V1_WITHOUT_CLAUSE]
    if any(number not in at for number in needed):
        raise ValueError(f"clauses {needed} are not all in the text")
    item = next((i for i in range(at[clause] + 1, len(lines)) if lines[i].startswith(f" - {marker} ")), None)
    if item is None or any(not ITEM_LINE.match(line) for line in lines[at[clause] + 1 : item]):
        raise ValueError(f"sub-item {marker} of clause {clause} is not in the text")
    first, second = (at[number] for number in V1_SWAPPED)
    lines[first], lines[second] = (
        f"- {V1_SWAPPED[0]} {CLAUSE_LINE.match(lines[second])[2]}",
        f"- {V1_SWAPPED[1]} {CLAUSE_LINE.match(lines[first])[2]}",
    )
    for number, wording in V1_WORDING.items():
        now, then = wording[language]
        lines[at[number]] = lines[at[number]].replace(now, then)
    for index in sorted((item, at[V1_WITHOUT_CLAUSE]), reverse=True):
        del lines[index]
    return "\n".join(lines)


def _load_unoct(context):
    actor = context.get("users", {}).get("staff")
    organisations = context["organisations"]
    signatories = context["signatories"]
    texts = unoct_texts()
    memorandum = memorandum_import(
        text=version_one_text(texts["en"], "en"),
        actor=actor,
        language="en",
        title=UNOCT_TITLE,
        languages=UNOCT_LANGUAGES,
        organisations=[organisations[key] for key in UNOCT_PARTIES],
        signatories=[signatories[name] for name in UNOCT_SIGNATORIES],
    )
    reference = {"en": parse_text(texts["en"])}
    for code in UNOCT_LANGUAGES[1:]:
        if code not in texts:
            continue
        try:
            import_translation(memorandum, code, version_one_text(texts[code], code), actor=actor)
        except (ImportTextError, ValueError) as error:
            logger.warning("demo: unoct_%s.md left out: %s", code, getattr(error, "differences", error))
            continue
        reference[code] = parse_text(texts[code])
    first = memorandum_freeze_version(memorandum=memorandum, actor=actor, reason=REASON_V1["en"])
    _apply_proposals(memorandum, reference, actor)
    second = memorandum_freeze_version(memorandum=memorandum, actor=actor, reason=REASON_V2)
    return memorandum, [first, second]


def _apply_proposals(memorandum, reference, actor):
    """Turn version 1 into the text of note NCT/CT/708 (``reference``: the parsed files by
    language) through the services."""

    def each(getter):
        return {code: getter(result) for code, result in reference.items()}

    structure = Structure(memorandum)
    section_2, section_7, section_10 = (structure.sections[i] for i in (1, 6, 9))
    clause_21 = section_2.clauses.all()[0]
    swapped = section_2.clauses.all()[1]  # 2.3 of version 2, second in version 1
    item_v = clause_21.items.all()[4]
    clause, marker = V1_WITHOUT_ITEM
    added_item = each(lambda result: next(i.text for i in result.clause(clause).items if i.number == marker))
    _add_translated(memorandum, "item", added_item, actor, parent_uid=clause_21.uid, after_uid=item_v.uid)
    last_of_7 = section_7.clauses.all()[1]
    added_clause = each(lambda result: result.clause(V1_WITHOUT_CLAUSE).text)
    _add_translated(memorandum, "clause", added_clause, actor, parent_uid=section_7.uid, after_uid=last_of_7.uid)
    element_move(memorandum=memorandum, kind="clause", uid=swapped.uid, direction="down", actor=actor)
    for number in V1_WORDING:
        clause = section_10.clauses.all()[int(number.split(".")[1]) - 1]
        target = each(lambda result, number=number: result.clause(number).text)
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
    """Russian is the master; an article of one paragraph keeps it as an unnumbered clause."""
    actor = context.get("users", {}).get("staff")
    organisations = context["organisations"]
    signatories = context["signatories"]
    memorandum = memorandum_import(
        text=(DATA / "csto_ru.md").read_text(encoding="utf-8"),
        actor=actor,
        language="ru",
        title=CSTO_TITLE,
        languages=["ru", "en"],
        organisations=[organisations[key] for key in CSTO_PARTIES],
        signatories=[signatories[name] for name in CSTO_SIGNATORIES],
        paragraph_clauses=True,
    )
    return import_translation(memorandum, "en", (DATA / "csto_en.md").read_text(encoding="utf-8"), actor=actor)


def load(context):
    """Load both reference memoranda (once) and return them with the UNOCT versions."""
    unoct = Memorandum.objects.filter(title_en=UNOCT_TITLE["en"]).order_by("pk").first()
    if unoct is None:
        unoct, _versions = _load_unoct(context)
    csto_memorandum = Memorandum.objects.filter(title_en=CSTO_TITLE["en"]).order_by("pk").first()
    if csto_memorandum is None:
        csto_memorandum = _load_csto(context)
    return {
        "memoranda": {"unoct": unoct, "csto": csto_memorandum},
        "unoct_versions": list(MemorandumVersion.objects.filter(memorandum=unoct).order_by("number")),
    }
