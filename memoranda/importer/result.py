"""What the parser recognised: plain dataclasses, no database.

Every element keeps the numbers (1-based) of the input lines it was built from,
and `ImportResult.lines` accounts for every input line exactly once.
"""

from dataclasses import dataclass, field

# Line statuses.
RECOGNISED = "recognised"
CONTINUATION = "continuation"
IGNORED = "ignored"
UNRECOGNISED = "unrecognised"

# Reasons for ignored lines.
BLANK = "blank"
PAGE_BREAK = "page break"
ARTEFACT = "page artefact"
BEFORE_START = "before the memorandum"
SIGNATURE_LINE = "signature or date line"


@dataclass
class TitleLine:
    text: str
    lines: list[int]


@dataclass
class Paragraph:
    text: str
    lines: list[int]


@dataclass
class Party:
    name: str
    short_name: str
    description: str
    seat: str
    lines: list[int]


@dataclass
class PreambleParagraph:
    keyword: str
    text: str
    lines: list[int]
    keyword_at_end: bool = False

    @property
    def full_text(self):
        if not self.keyword:
            return self.text
        if self.keyword_at_end:
            return f"{self.text} {self.keyword}".strip()
        return f"{self.keyword} {self.text}".strip()


@dataclass
class Item:
    number: str
    text: str
    lines: list[int]


@dataclass
class Clause:
    number: str
    text: str
    lines: list[int]
    items: list[Item] = field(default_factory=list)


@dataclass
class Section:
    number: str
    label: str
    heading: str
    lines: list[int]
    style: str = "colon"  # colon ("1:"), article ("Article 1"), dotted ("1."), roman ("I.")
    text: str = ""
    text_lines: list[int] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)


@dataclass
class Signature:
    for_text: str = ""
    honorific: str = ""
    name: str = ""
    title: str = ""
    lines: list[int] = field(default_factory=list)

    @property
    def full_name(self):
        return f"{self.honorific} {self.name}".strip()


@dataclass
class LineRecord:
    number: int
    text: str
    status: str  # RECOGNISED, CONTINUATION, IGNORED, UNRECOGNISED
    kind: str = ""  # element kind for recognised lines: title, parties, preamble, lead_in, section, clause, ...
    element: str = ""  # which element: "clause 2.1", "preamble 3" ...
    reason: str = ""  # for ignored lines


@dataclass
class ImportResult:
    start_line: int = 1
    title: list[TitleLine] = field(default_factory=list)
    parties_word: str = ""
    parties_intro: list[Paragraph] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    preamble: list[PreambleParagraph] = field(default_factory=list)
    lead_in: Paragraph | None = None
    sections: list[Section] = field(default_factory=list)
    final_formula: Paragraph | None = None
    signatures: list[Signature] = field(default_factory=list)
    lines: list[LineRecord] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def clauses(self):
        return [clause for section in self.sections for clause in section.clauses]

    @property
    def unrecognised_lines(self):
        return [record for record in self.lines if record.status == UNRECOGNISED]

    @property
    def is_draft(self):
        return bool(self.title) and self.title[0].text.strip().upper() in {"DRAFT", "ПРОЕКТ", "ЖОБА"}

    def elements(self):
        """(kind, element) for every recognised element in document order; kind is what it was
        recognised as: title, parties, preamble, lead_in, section, clause, paragraph, item,
        final_formula, signature."""
        yield from (("title", line) for line in self.title)
        yield from (("parties", paragraph) for paragraph in self.parties_intro)
        yield from (("preamble", paragraph) for paragraph in self.preamble)
        if self.lead_in:
            yield "lead_in", self.lead_in
        for section in self.sections:
            yield "section", section
            for clause in section.clauses:
                yield ("clause" if clause.number else "paragraph"), clause
                yield from (("item", item) for item in clause.items)
        if self.final_formula:
            yield "final_formula", self.final_formula
        yield from (("signature", signature) for signature in self.signatures)

    def section(self, number):
        for section in self.sections:
            if section.number == str(number):
                return section
        raise KeyError(number)

    def clause(self, number):
        for clause in self.clauses:
            if clause.number == number:
                return clause
        raise KeyError(number)

    def structure(self):
        """The shape of the memorandum, for comparing two language versions."""
        return {
            "title": len(self.title),
            "parties_intro": len(self.parties_intro),
            "preamble": len(self.preamble),
            "lead_in": self.lead_in is not None,
            "sections": [
                {
                    "number": section.number,
                    "heading": bool(section.heading),
                    "text": bool(section.text),
                    "clauses": [len(clause.items) for clause in section.clauses],
                }
                for section in self.sections
            ],
            "final_formula": self.final_formula is not None,
            "signatures": len(self.signatures),
        }
