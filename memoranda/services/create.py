"""Creating a whole memorandum from a structured tree (the importer, the demo)."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from cicadocs.core.audit import audit_record

from .. import references
from ..models import (
    LANGUAGE_CODES,
    Clause,
    Memorandum,
    MemorandumParty,
    PreambleParagraph,
    Section,
    SignatureColumn,
    SubItem,
)
from ..structure import Structure
from ..translation_status import record_sources


def as_texts(value, master_language):
    """A text given as ``str`` (in the master language) or as ``{"en": ..., ...}``
    -> ``{"en": ..., "ru": ..., "kk": ...}`` with missing languages empty."""
    if value is None:
        value = ""
    if isinstance(value, str):
        value = {master_language: value}
    unknown = set(value) - set(LANGUAGE_CODES)
    if unknown:
        raise ValueError(f"unknown languages: {sorted(unknown)}")
    return {code: (value.get(code) or "").strip() for code in LANGUAGE_CODES}


def memorandum_create(
    *,
    title,
    actor,
    kind=Memorandum.Kind.UNDERSTANDING,
    party_word=Memorandum.PartyWord.PARTICIPANTS,
    numbering_style=Memorandum.NumberingStyle.SECTIONS,
    numbered_clauses=True,
    languages=("en", "ru", "kk"),
    master_language="en",
    mark_draft=True,
    title_block="",
    parties_intro="",
    parties=(),
    preamble=(),
    lead_in="",
    sections=(),
    final_formula="",
    signatures=(),
    link_references=True,
):
    """Create a working draft with all its parts, in one transaction.

    Every text argument is either a ``str`` in ``master_language`` or a dict
    ``{"en": str, "ru": str, "kk": str}`` (languages may be left out).

    - ``title``: the name in lists (required); ``title_block``: the printed
      title lines, one per line, without "DRAFT" (added while unsigned when
      ``mark_draft``); ``parties_intro``: paragraphs separated by an empty line
      (left empty, it is written from the parties' directory records).
    - ``parties``: ``[{"organisation": directory.Organisation, "hereinafter": text}]``
    - ``preamble``: ``[{"keyword": text, "text": text}]`` (text without the keyword)
    - ``lead_in``: "NOW, THEREFORE, ..." ; ``final_formula``: "SIGNED in ___ on ..."
    - ``sections``: ``[{"heading": text, "text": text (a section that is one
      paragraph), "clauses": [{"text": text, "item_style": "roman"|"letters",
      "items": [text or {"text": text}, ...]}]}]``. Numbers are not given: they follow the order.
    - ``signatures``: ``[{"signatory": directory.Signatory, "for_text": text}]``
    - ``link_references``: turn "paragraph 4", "sub-paragraph 4.1" (and the
      Russian and Kazakh forms) into links that follow renumbering.

    Raises ``ValidationError`` listing every problem (an empty clause or
    sub-item, sub-items under a section without clauses, a missing title);
    nothing is saved then. Returns the ``Memorandum``.
    """
    languages = list(languages)
    master = master_language
    errors = _validate_tree(title, master, languages, preamble, sections, parties, signatures)
    if errors:
        raise ValidationError(errors)

    def tx(value):
        return as_texts(value, master)

    def translated(field, value):
        return {f"{field}_{code}": text for code, text in tx(value).items()}

    with transaction.atomic():
        memorandum = Memorandum(
            kind=kind,
            party_word=party_word,
            numbering_style=numbering_style,
            numbered_clauses=numbered_clauses,
            languages=languages,
            master_language=master,
            mark_draft=mark_draft,
            created_by=actor if getattr(actor, "is_authenticated", False) else None,
            **translated("title", title),
            **translated("title_block", title_block),
            **translated("parties_intro", parties_intro),
            **translated("lead_in", lead_in),
            **translated("final_formula", final_formula),
        )
        # the title is required in the master language (checked above), not necessarily in English
        memorandum.full_clean(exclude=["translation_sources", "title", "title_en"])
        memorandum.save()
        created = [memorandum]
        for position, party in enumerate(parties):
            created.append(
                MemorandumParty.objects.create(
                    memorandum=memorandum,
                    organisation=party["organisation"],
                    position=position,
                    **translated("hereinafter", party.get("hereinafter")),
                )
            )
        for position, paragraph in enumerate(preamble):
            created.append(
                PreambleParagraph.objects.create(
                    memorandum=memorandum,
                    position=position,
                    **translated("keyword", paragraph.get("keyword")),
                    **translated("text", paragraph.get("text")),
                )
            )
        for s_position, data in enumerate(sections):
            section = Section.objects.create(
                memorandum=memorandum,
                position=s_position,
                **translated("heading", data.get("heading")),
                **translated("text", data.get("text")),
            )
            created.append(section)
            for c_position, clause_data in enumerate(data.get("clauses") or ()):
                clause = Clause.objects.create(
                    section=section,
                    position=c_position,
                    item_style=clause_data.get("item_style") or Clause.ItemStyle.ROMAN,
                    **translated("text", clause_data.get("text")),
                )
                created.append(clause)
                for i_position, item in enumerate(clause_data.get("items") or ()):
                    text = _item_text(item)
                    created.append(
                        SubItem.objects.create(clause=clause, position=i_position, **translated("text", text))
                    )
        for position, column in enumerate(signatures):
            created.append(
                SignatureColumn.objects.create(
                    memorandum=memorandum,
                    signatory=column["signatory"],
                    position=position,
                    **translated("for_text", column.get("for_text")),
                )
            )
        if link_references:
            _link_all(memorandum, created)
        _record_all_sources(created)
        audit_record(
            actor=actor,
            action="memoranda.memorandum_create",
            target=memorandum,
            summary=_("Memorandum created with %(sections)s sections.") % {"sections": len(sections)},
        )
    return memorandum


def _item_text(item):
    """A sub-item is its text, or ``{"text": text}``."""
    return item["text"] if isinstance(item, dict) and "text" in item else item


def _validate_tree(title, master, languages, preamble, sections, parties, signatures):
    errors = []
    if not as_texts(title, master)[master]:
        errors.append(_("Give the memorandum a title."))
    if not languages or any(code not in LANGUAGE_CODES for code in languages) or master not in languages:
        errors.append(_("Choose the languages of the memorandum and a master language among them."))
    for index, paragraph in enumerate(preamble, start=1):
        if not as_texts(paragraph.get("text"), master)[master]:
            errors.append(_("Preamble paragraph %(number)s is empty.") % {"number": index})
    for s_index, section in enumerate(sections, start=1):
        clauses = section.get("clauses") or ()
        if section.get("items") and not clauses:
            errors.append(
                _("Section %(number)s has sub-items but no clause to hold them: add a clause first.")
                % {"number": s_index}
            )
        for c_index, clause in enumerate(clauses, start=1):
            number = f"{s_index}.{c_index}"
            if not as_texts(clause.get("text"), master)[master]:
                errors.append(_("Clause %(number)s is empty.") % {"number": number})
            if clause.get("item_style") not in (None, "", *Clause.ItemStyle.values):
                errors.append(_("Clause %(number)s has an unknown numbering of sub-items.") % {"number": number})
            for i_index, item in enumerate(clause.get("items") or (), start=1):
                text = _item_text(item)
                if not as_texts(text, master)[master]:
                    errors.append(
                        _("Sub-item %(item)s of clause %(number)s is empty.") % {"item": i_index, "number": number}
                    )
    for index, party in enumerate(parties, start=1):
        if not party.get("organisation"):
            errors.append(_("Party %(number)s has no organisation from the directory.") % {"number": index})
    for index, column in enumerate(signatures, start=1):
        if not column.get("signatory"):
            errors.append(_("Signature column %(number)s has no signatory.") % {"number": index})
    return errors


def _link_all(memorandum, created):
    structure = Structure(memorandum)
    for element in created:
        changed = []
        for field in element.translated_fields:
            for code in LANGUAGE_CODES:
                name = f"{field}_{code}"
                value = getattr(element, name)
                linked = references.autolink(value, code, structure)
                if linked != value:
                    setattr(element, name, linked)
                    changed.append(name)
        if changed:
            element.save(update_fields=changed)


def _record_all_sources(created):
    for element in created:
        filled = [
            code
            for code in LANGUAGE_CODES
            if any((getattr(element, f"{field}_{code}") or "").strip() for field in element.translated_fields)
        ]
        record_sources(element, filled)
        type(element).objects.filter(pk=element.pk).update(translation_sources=element.translation_sources)
