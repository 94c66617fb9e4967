"""Saving what the importer recognised: a new draft memorandum, or the texts of one language
of an existing memorandum. Both go through the memoranda models and services."""

import re

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from cicadocs.core.audit import audit_record
from cicadocs.directory.models import Organisation, Signatory
from memoranda import references
from memoranda.models import LANGUAGE_CODES, Clause, Memorandum
from memoranda.services import MemorandumSignedError, memorandum_create
from memoranda.structure import Structure
from memoranda.translation_status import record_sources

from .errors import StructureMismatchError
from .parser import parse_text
from .result import Clause as ParsedClause

DRAFT_LINE = re.compile(r"^(?:DRAFT|ПРОЕКТ|ЖОБА)$", re.I)
LETTER_ITEM = re.compile(r"^\(?[aа]\b")
COOPERATION = re.compile(r"cooperation|co-operation|сотрудничеств|ынтымақтаст", re.I)
PARTICIPANTS = re.compile(r"^(?:participant|участник|қатысушы)", re.I)
NEW = "new"


# --- reading the result --------------------------------------------------------------------------


def title_lines(result):
    """The printed title lines without the DRAFT word (the memorandum prints it while unsigned)."""
    lines = [line.text for line in result.title]
    if lines and DRAFT_LINE.match(lines[0]):
        lines = lines[1:]
    return lines


def suggested_title(result):
    return " ".join(title_lines(result))[:500] or _("Imported memorandum")


def item_style(clause):
    if clause.items and LETTER_ITEM.match(clause.items[0].number):
        return Clause.ItemStyle.LETTERS
    return Clause.ItemStyle.ROMAN


def paragraphs_as_clauses(result, sections=None):
    """Turn the single paragraph of a section into one unnumbered clause of it, the way the editor
    keeps an article of one paragraph. Only the sections in ``sections`` (indexes; default: all)."""
    for index, section in enumerate(result.sections):
        if section.text and not section.clauses and (sections is None or index in sections):
            section.clauses = [ParsedClause(number="", text=section.text, lines=section.text_lines)]
            section.text, section.text_lines = "", []
    return result


def _fit_to(result, structure):
    """Read a section that is one paragraph as the memorandum has it: its text, or one unnumbered clause."""
    single_clause = set()
    for index, section in enumerate(structure.sections):
        clauses = list(section.clauses.all())
        own_text = any(getattr(section, f"text_{code}") for code in LANGUAGE_CODES)
        if len(clauses) == 1 and not clauses[0].items.all() and not own_text:
            single_clause.add(index)
    if not structure.memorandum.numbered_clauses:
        paragraphs_as_clauses(result, single_clause)
    return result


def _titles(title, language, result):
    """The list title by language: ``title`` is a text in ``language`` or ``{language: text}``; English is
    always filled (modeltranslation validates ``title``)."""
    titles = dict(title) if isinstance(title, dict) else {language: title}
    titles = {code: (value or "").strip() for code, value in titles.items() if (value or "").strip()}
    titles[language] = titles.get(language) or suggested_title(result)
    titles.setdefault("en", titles[language])
    return titles


def _sections(result):
    return [
        {
            "heading": section.heading,
            "text": section.text,
            "clauses": [
                {"text": clause.text, "item_style": item_style(clause), "items": [item.text for item in clause.items]}
                for clause in section.clauses
            ],
        }
        for section in result.sections
    ]


def _normal(text):
    text = re.sub(r"[\"“”«»'‘’()]", " ", (text or "").lower())
    text = re.sub(r"^\s*the\s+", "", text)
    return " ".join(text.split())


def match_organisation(party, organisations=None):
    """The directory organisation a recognised party most likely is, or None."""
    short, name = _normal(party.short_name), _normal(party.name)
    best, best_score = None, 0
    for organisation in organisations if organisations is not None else Organisation.objects.all():
        score = 0
        for code in LANGUAGE_CODES:
            org_short = _normal(getattr(organisation, f"short_name_{code}", ""))
            org_name = _normal(getattr(organisation, f"name_{code}", ""))
            if short and short == org_short:
                score = max(score, 4)
            elif name and name == org_name:
                score = max(score, 3)
            elif short and org_short and short in org_short.split():
                score = max(score, 2)
            elif name and org_name and (name in org_name or org_name in name):
                score = max(score, 1)
        if score > best_score:
            best, best_score = organisation, score
    return best


def match_signatory(signature, signatories=None):
    """The directory signatory whose name (in any language) is the recognised name, or None."""
    name = _normal(signature.name)
    if not name:
        return None
    for signatory in signatories if signatories is not None else Signatory.objects.select_related("organisation"):
        if any(name == _normal(getattr(signatory, f"name_{code}", "")) for code in LANGUAGE_CODES):
            return signatory
    return None


# --- creating a memorandum -------------------------------------------------------------------------


def _translated(field, language, value):
    """The value in ``language``; a record made from a Russian or Kazakh text
    also gets it as its English (the directory's required language) until
    an admin writes the English."""
    values = {f"{field}_{language}": value}
    if language != "en":
        values[f"{field}_en"] = value
    return values


def _new_organisation(party, language):
    organisation = Organisation(
        kind=Organisation.Kind.OTHER,
        **_translated("name", language, party.name[:300]),
        **_translated("short_name", language, (party.short_name or party.name)[:60]),
        **_translated("legal_description", language, party.description),
        **_translated("seat_address", language, party.seat),
    )
    organisation.full_clean()
    organisation.save()
    return organisation


def _new_signatory(signature, organisation, language):
    signatory = Signatory(
        organisation=organisation,
        **_translated("honorific", language, signature.honorific[:60]),
        **_translated("name", language, signature.name[:200]),
        **_translated("title", language, signature.title[:300]),
    )
    signatory.full_clean()
    signatory.save()
    return signatory


def memorandum_import(
    *, text, actor, language, title="", languages=None, organisations=(), signatories=(), paragraph_clauses=False
):
    """Create a draft memorandum from an imported text.

    ``title`` is the list title in ``language``, or ``{language: title}`` in several languages (default: the
    printed title). ``languages`` keep their order when they include ``language``. With
    ``paragraph_clauses`` an article that is one unnumbered paragraph becomes one unnumbered clause of
    the article instead of its own text.

    ``organisations[i]`` is the directory organisation of the i-th recognised party, or ``NEW`` to
    create one from the imported text (likewise ``signatories[i]`` for the signature columns; a new
    signatory belongs to the party in the same column). Raises ImportTextError for text without
    structure and ValidationError for what memorandum_create refuses; nothing is saved then.
    """
    result = parse_text(text)
    if language not in LANGUAGE_CODES:
        raise ValidationError(_("Choose English, Russian or Kazakh."))
    if languages and language in languages:
        languages = [code for code in dict.fromkeys(languages) if code in LANGUAGE_CODES]
    else:
        languages = [code for code in LANGUAGE_CODES if code in (languages or LANGUAGE_CODES) or code == language]
    if paragraph_clauses:
        paragraphs_as_clauses(result)
    organisations = list(organisations) + [NEW] * (len(result.parties) - len(organisations))
    signatories = list(signatories) + [NEW] * (len(result.signatures) - len(signatories))
    with transaction.atomic():
        party_organisations = [
            _new_organisation(party, language) if choice == NEW else choice
            for party, choice in zip(result.parties, organisations, strict=False)
        ]
        columns = []
        for index, (signature, choice) in enumerate(zip(result.signatures, signatories, strict=False)):
            if choice == NEW:
                organisation = party_organisations[index] if index < len(party_organisations) else None
                if organisation is None:
                    raise ValidationError(
                        _("Signature column %(number)s has no party to attach a new signatory to.")
                        % {"number": index + 1}
                    )
                choice = _new_signatory(signature, organisation, language)
            columns.append({"signatory": choice, "for_text": signature.for_text})
        word = result.parties_word
        memorandum = memorandum_create(
            title=_titles(title, language, result),
            actor=actor,
            kind=Memorandum.Kind.COOPERATION
            if COOPERATION.search(" ".join(title_lines(result)))
            else Memorandum.Kind.UNDERSTANDING,
            party_word=Memorandum.PartyWord.PARTICIPANTS
            if not word or PARTICIPANTS.match(word)
            else Memorandum.PartyWord.PARTIES,
            numbering_style=Memorandum.NumberingStyle.ARTICLES
            if any(section.style == "article" for section in result.sections)
            else Memorandum.NumberingStyle.SECTIONS,
            numbered_clauses=any(clause.number for clause in result.clauses) or not result.clauses,
            languages=languages,
            master_language=language,
            mark_draft=result.is_draft,
            title_block="\n".join(title_lines(result)),
            parties_intro="\n\n".join(paragraph.text for paragraph in result.parties_intro),
            parties=[
                {"organisation": organisation, "hereinafter": party.short_name}
                for party, organisation in zip(result.parties, party_organisations, strict=False)
            ],
            preamble=[{"keyword": paragraph.keyword, "text": paragraph.text} for paragraph in result.preamble],
            lead_in=result.lead_in.text if result.lead_in else "",
            sections=_sections(result),
            final_formula=result.final_formula.text if result.final_formula else "",
            signatures=columns,
        )
        audit_record(
            actor=actor,
            action="memoranda.memorandum_import",
            target=memorandum,
            summary=_("Imported from a text of %(lines)s lines (%(unrecognised)s unrecognised).")
            % {"lines": len(result.lines), "unrecognised": len(result.unrecognised_lines)},
        )
    return memorandum


# --- filling in a translation ------------------------------------------------------------------------


def structure_differences(memorandum, result, structure=None):
    """Where the parsed text and the memorandum differ in shape: a list of messages (empty if none)."""
    structure = structure or Structure(memorandum)
    differences = []

    def compare(what, expected, found):
        if expected != found:
            differences.append(
                _("%(what)s: the memorandum has %(expected)s, the text has %(found)s.")
                % {"what": what, "expected": expected, "found": found}
            )

    compare(_("Preamble paragraphs"), len(structure.preamble), len(result.preamble))
    compare(_("Sections"), len(structure.sections), len(result.sections))
    for number, (section, parsed) in enumerate(zip(structure.sections, result.sections, strict=False), start=1):
        clauses = list(section.clauses.all())
        compare(_("Clauses of section %(number)s") % {"number": number}, len(clauses), len(parsed.clauses))
        if not clauses and bool(section.text_en or section.text_ru or section.text_kk) != bool(parsed.text):
            differences.append(
                _("Section %(number)s: one text is a single paragraph, the other is not.") % {"number": number}
            )
        for c_number, (clause, parsed_clause) in enumerate(zip(clauses, parsed.clauses, strict=False), start=1):
            compare(
                _("Sub-items of clause %(number)s") % {"number": f"{number}.{c_number}"},
                len(clause.items.all()),
                len(parsed_clause.items),
            )
    compare(_("Signature columns"), len(structure.signatures), len(result.signatures))
    if structure.parties and result.parties:
        compare(pgettext("import structure", "Parties"), len(structure.parties), len(result.parties))
    return differences


def import_translation(memorandum, language, text, actor=None):
    """Fill the ``language`` texts of an existing memorandum from a text of the same structure.

    Raises StructureMismatchError (with ``differences``) when the shapes differ, and
    ImportTextError when the text has no structure; nothing is changed then.
    """
    if language not in LANGUAGE_CODES:
        raise ValidationError(_("Choose English, Russian or Kazakh."))
    if memorandum.signed:
        raise MemorandumSignedError()
    structure = Structure(memorandum)
    result = _fit_to(parse_text(text), structure)
    differences = structure_differences(memorandum, result, structure)
    if differences:
        raise StructureMismatchError(differences)
    changes = []  # (element, {field: value})
    changes.append(
        (
            structure.memorandum,
            {
                "title_block": "\n".join(title_lines(result)),
                "parties_intro": "\n\n".join(paragraph.text for paragraph in result.parties_intro),
                "lead_in": result.lead_in.text if result.lead_in else "",
                "final_formula": result.final_formula.text if result.final_formula else "",
            },
        )
    )
    if not getattr(structure.memorandum, f"title_{language}"):
        changes[0][1]["title"] = suggested_title(result)
    if len(structure.parties) == len(result.parties):
        for party, parsed in zip(structure.parties, result.parties, strict=True):
            changes.append((party, {"hereinafter": parsed.short_name}))
    for paragraph, parsed in zip(structure.preamble, result.preamble, strict=True):
        changes.append((paragraph, {"keyword": parsed.keyword, "text": parsed.text}))
    for section, parsed in zip(structure.sections, result.sections, strict=True):
        changes.append((section, {"heading": parsed.heading, "text": parsed.text}))
        for clause, parsed_clause in zip(section.clauses.all(), parsed.clauses, strict=True):
            changes.append((clause, {"text": parsed_clause.text}))
            for item, parsed_item in zip(clause.items.all(), parsed_clause.items, strict=True):
                changes.append((item, {"text": parsed_item.text}))
    for column, parsed in zip(structure.signatures, result.signatures, strict=True):
        changes.append((column, {"for_text": parsed.for_text}))
    with transaction.atomic():
        for element, values in changes:
            fields = []
            for field, value in values.items():
                setattr(element, f"{field}_{language}", references.autolink(value, language, structure))
                fields.append(f"{field}_{language}")
            record_sources(element, [language])
            element.lock_version += 1
            element.save(update_fields=[*fields, "translation_sources", "lock_version"])
        audit_record(
            actor=actor,
            action="memoranda.import_translation",
            target=structure.memorandum,
            summary=_("%(language)s text imported for %(elements)s elements.")
            % {"language": language.upper(), "elements": len(changes)},
        )
    return structure.memorandum
