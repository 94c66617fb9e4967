"""The structure of a working draft as the pages, the snapshot and the
services see it: every element in document order with its computed number.

Numbers are never stored: they follow the elements' positions. Build a
``Structure`` from a memorandum loaded with ``Memorandum.objects.with_structure()``
(or let it load one) and it costs no further query.
"""

from functools import cached_property

from django.utils.translation import gettext_lazy as _

from .models import (
    LANGUAGE_CODES,
    Clause,
    Memorandum,
    MemorandumParty,
    PreambleParagraph,
    Section,
    SignatureColumn,
    SubItem,
)

#: element kinds, their models and the field that names their parent
KINDS = {
    "memorandum": (Memorandum, None),
    "party": (MemorandumParty, "memorandum"),
    "preamble": (PreambleParagraph, "memorandum"),
    "section": (Section, "memorandum"),
    "clause": (Clause, "section"),
    "item": (SubItem, "clause"),
    "signature": (SignatureColumn, "memorandum"),
}

KIND_LABELS = {
    "memorandum": _("title, lead-in and final formula"),
    "party": _("party"),
    "preamble": _("preamble paragraph"),
    "section": _("section"),
    "clause": _("clause"),
    "item": _("sub-item"),
    "signature": _("signature column"),
}

#: the memorandum's own texts are shown (and their translations tracked) in
#: three places of the document: (part, fields, label)
MEMORANDUM_PARTS = {
    "head": ("title", "title_block", "parties_intro"),
    "lead_in": ("lead_in",),
    "final": ("final_formula",),
}
MEMORANDUM_PART_LABELS = {
    "head": _("title and parties"),
    "lead_in": _("operative lead-in"),
    "final": _("final formula"),
}

#: how an article is labelled in each language (document text, not UI)
ARTICLE_LABELS = {"en": "Article {n}", "ru": "Статья {n}", "kk": "{n}-бап"}
#: languages in which a preamble keyword closes its paragraph ("... НАЗАРҒА АЛА ОТЫРЫП;")
KEYWORD_AT_END = {"kk"}
#: the word that opens the title block until the memorandum is signed
DRAFT_WORDS = {"en": "DRAFT", "ru": "ПРОЕКТ", "kk": "ЖОБА"}


def kind_of(element):
    for kind, (model, _parent) in KINDS.items():
        if isinstance(element, model):
            return kind
    raise ValueError(f"not an element of a memorandum: {element!r}")


def roman(number):
    numerals = [
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ]  # fmt: skip
    out = []
    for value, letters in numerals:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def letters(number):
    out = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


def item_marker(style, index):
    """ "i." / "a." for the sub-item at 0-based ``index``."""
    return (letters(index + 1) if style == Clause.ItemStyle.LETTERS else roman(index + 1)) + "."


def texts(element, field):
    """``{"en": ..., "ru": ..., "kk": ...}`` of a translated field (stored text, no fallback)."""
    return {code: getattr(element, f"{field}_{code}") or "" for code in LANGUAGE_CODES}


class Structure:
    """The elements of one memorandum in document order, with their numbers."""

    def __init__(self, memorandum):
        cache = getattr(memorandum, "_prefetched_objects_cache", {})
        if "sections" not in cache:
            memorandum = Memorandum.objects.with_structure().get(pk=memorandum.pk)
        self.memorandum = memorandum
        self.parties = list(memorandum.parties.all())
        self.preamble = list(memorandum.preamble.all())
        self.sections = list(memorandum.sections.all())
        self.signatures = list(memorandum.signatures.all())
        self.numbers = {}  # uid -> the number printed ("1", "1.1", "i.")
        self.refs = {}  # uid -> how a cross-reference prints it ("1", "1.1", "1.1(i)")
        self.labels = {}  # uid -> a short human label for lists of elements
        self.parent = {}  # uid -> parent element
        for s_index, section in enumerate(self.sections):
            number = str(s_index + 1)
            self.numbers[section.uid] = self.refs[section.uid] = number
            self.labels[section.uid] = self.section_label(section, "en")
            for c_index, clause in enumerate(section.clauses.all()):
                self.parent[clause.uid] = section
                clause_number = f"{number}.{c_index + 1}" if memorandum.numbered_clauses else ""
                self.numbers[clause.uid] = clause_number
                self.refs[clause.uid] = clause_number or number
                self.labels[clause.uid] = clause_number or f"{self.labels[section.uid]}, ¶{c_index + 1}"
                for i_index, item in enumerate(clause.items.all()):
                    self.parent[item.uid] = clause
                    marker = item_marker(clause.item_style, i_index)
                    self.numbers[item.uid] = marker
                    self.refs[item.uid] = f"{self.refs[clause.uid]}({marker[:-1]})"
                    self.labels[item.uid] = f"{self.labels[clause.uid]} {marker}"
        for index, paragraph in enumerate(self.preamble):
            self.labels[paragraph.uid] = f"P{index + 1}"
        for index, party in enumerate(self.parties):
            self.labels[party.uid] = party.hereinafter_en or str(index + 1)
        for index, column in enumerate(self.signatures):
            self.labels[column.uid] = str(index + 1)
        self.labels[memorandum.uid] = str(KIND_LABELS["memorandum"])

    def section_label(self, section, language):
        number = self.numbers[section.uid]
        if self.memorandum.numbering_style == Memorandum.NumberingStyle.ARTICLES:
            return ARTICLE_LABELS[language].format(n=number)
        return f"{number}:"

    @cached_property
    def clauses(self):
        return [clause for section in self.sections for clause in section.clauses.all()]

    @cached_property
    def items(self):
        return [item for clause in self.clauses for item in clause.items.all()]

    def elements(self):
        """``(kind, element)`` for every element, in document order."""
        yield "memorandum", self.memorandum
        for party in self.parties:
            yield "party", party
        for paragraph in self.preamble:
            yield "preamble", paragraph
        for section in self.sections:
            yield "section", section
            for clause in section.clauses.all():
                yield "clause", clause
                for item in clause.items.all():
                    yield "item", item
        for column in self.signatures:
            yield "signature", column

    @cached_property
    def by_uid(self):
        return {element.uid: (kind, element) for kind, element in self.elements()}

    def descendants(self, element):
        """The element and everything inside it."""
        found = [element]
        if isinstance(element, Section):
            for clause in element.clauses.all():
                found.append(clause)
                found.extend(clause.items.all())
        elif isinstance(element, Clause):
            found.extend(element.items.all())
        return found

    def uid_for_ref(self, ref):
        """The uid of the element a cross-reference number names, or None."""
        ref = ref.strip()
        for uid, value in self.refs.items():
            if value == ref:
                return uid
        return None
