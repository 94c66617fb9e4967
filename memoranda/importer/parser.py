"""Plain text of a memorandum of understanding -> ImportResult (pure Python, no database).

The parser walks the lines once, in phases: the title block, the parties, the
preamble (keyword paragraphs and the operative lead-in), the body (sections or
articles, clauses, sub-items), the final formula and the signature block.
Each input line ends up attached to one element, or listed as ignored (blank,
page artefact, covering note before the memorandum) or unrecognised.
"""

from django.utils.translation import gettext as _

from . import patterns as p
from .errors import EmptyTextError, NoStructureError, TextTooLargeError
from .parties import extract_parties
from .result import (
    ARTEFACT,
    BEFORE_START,
    BLANK,
    CONTINUATION,
    IGNORED,
    PAGE_BREAK,
    RECOGNISED,
    UNRECOGNISED,
    Clause,
    ImportResult,
    Item,
    LineRecord,
    Paragraph,
    PreambleParagraph,
    Section,
    TitleLine,
)
from .signatures import SignatureBlock

MAX_INPUT_BYTES = 1_000_000

TITLE, PARTIES, PREAMBLE, BODY, FINAL = "title", "parties", "preamble", "body", "final"


def parse_text(text: str) -> ImportResult:
    """Recognise the structure of a memorandum in `text`; raise an ImportTextError if there is none."""
    if text is None or not text.strip():
        raise EmptyTextError
    if len(text.encode("utf-8")) > MAX_INPUT_BYTES:
        raise TextTooLargeError
    return _Parser(p.split_lines(text)).run()


def find_start(lines):
    """Index of the line where the memorandum starts: its title block, after any covering note.

    The title is the first short line opening with MEMORANDUM (or a Kazakh title line ending with
    МЕМОРАНДУМ) before the first article; a DRAFT line just above it belongs to the title.
    Without such a line the memorandum starts at the first non-blank line.
    """
    first_body = next((i for i, line in enumerate(lines) if _section_match(line.text)), len(lines))
    for index, line in enumerate(lines[:first_body]):
        text = line.text
        if len(text) > 200:
            continue
        anchored = p.TITLE_ANCHOR.match(text) or (p.KK_TITLE_ANCHOR.search(text) and text.upper() == text)
        if not anchored:
            continue
        start = index
        while start > 0:  # the rest of the same block (DRAFT, Kazakh party names before the word)
            previous = lines[start - 1]
            title_like = p.mostly_upper(previous.text) or p.TITLE_CONNECTOR.match(previous.text)
            if previous.blank or len(previous.text) > 200 or not title_like:
                break
            start -= 1
        before = start - 1
        while before >= 0 and lines[before].blank:
            before -= 1
        if before >= 0 and p.DRAFT_WORD.match(lines[before].text):
            start = before
        return start
    return next((i for i, line in enumerate(lines) if not line.blank), 0)


def _section_match(text):
    """(style, number, label, heading) when the line opens a section or article unambiguously."""
    match = p.ARTICLE.match(text) or p.KK_ARTICLE.match(text)
    if match:
        return "article", p.arabic(match["num"].upper()), match["label"], (match["heading"] or "").strip()
    match = p.COLON_SECTION.match(text)
    if match and not p.CLAUSE.match(text):
        return "colon", match["num"], match["label"], match["heading"].strip()
    return None


class _Parser:
    def __init__(self, lines):
        self.lines = lines
        self.result = ImportResult()
        self.status = {}  # line number -> (status, reason)
        self.phase = TITLE
        self.current = None  # the element a continuation line would extend
        self.blanks = []  # blank lines since the last non-blank line
        self.last_title_line = None
        self.signatures = SignatureBlock()

    # --- driver ------------------------------------------------------------------------------

    def run(self):
        start = find_start(self.lines)
        self.result.start_line = start + 1
        for line in self.lines[:start]:
            self._mark(line, IGNORED, BLANK if line.blank else BEFORE_START)
        for line in self.lines[start:]:
            if line.blank:
                self._mark(line, IGNORED, BLANK)
                self.blanks.append(line.number)
                continue
            if self.phase == FINAL:
                self._final(line)
            elif p.RULE.match(line.raw) or p.PAGE_NUMBER.match(line.text):
                self._mark(line, IGNORED, ARTEFACT)
                continue
            else:
                getattr(self, "_" + self.phase)(line)
            self.blanks = []
        self._close()
        return self.result

    def _close(self):
        self.signatures.flush()
        for number, status in self.signatures.statuses().items():
            self.status[number] = status
        self.result.signatures = self.signatures.signatures
        for section in self.result.sections:
            self._close_section(section)
        if not self.result.sections:
            raise NoStructureError
        self._check_numbering()
        self.result.parties = extract_parties(self.result.parties_intro)
        self.result.lines = self._records()

    def _close_section(self, section):
        """A section whose only content is one unnumbered paragraph is a single-paragraph section."""
        if len(section.clauses) == 1 and not section.clauses[0].number and not section.clauses[0].items:
            paragraph = section.clauses.pop()
            section.text, section.text_lines = paragraph.text, paragraph.lines

    def _check_numbering(self):
        previous = 0
        for section in self.result.sections:
            if section.number.isdigit():
                if int(section.number) != previous + 1:
                    self.result.warnings.append(
                        _("Section %(number)s follows section %(previous)s: check the numbering.")
                        % {"number": section.number, "previous": previous}
                    )
                previous = int(section.number)

    # --- recording ---------------------------------------------------------------------------

    def _mark(self, line, status, reason=""):
        self.status[line.number] = (status, reason)

    def _attach(self, line, element):
        self._mark(line, RECOGNISED)
        element.lines.append(line.number)
        self.current = element

    def _continue(self, line):
        element = self.current
        element.text = f"{element.text} {line.text}".strip()
        element.lines.append(line.number)
        self._mark(line, CONTINUATION)
        if self.blanks:
            for number in self.blanks:
                self.status[number] = (IGNORED, PAGE_BREAK)
            self.result.warnings.append(
                _("Line %(line)s was joined to the text above it (line %(previous)s) across a page break.")
                % {"line": line.number, "previous": element.lines[-2]}
            )

    def _continues(self, line):
        """Does this line carry on the current element's text (a wrapped line or a page-break split)?"""
        if self.current is None or not hasattr(self.current, "text"):
            return False
        previous = self.current.text
        if not previous and not isinstance(self.current, Section):  # "1.2" alone: its text is on the next line
            return True
        if p.ends_open(previous):
            return True
        return not p.ends_sentence(previous) and p.starts_lower(line.text)

    def _unrecognised(self, line, warning=None):
        self._mark(line, UNRECOGNISED)
        self.current = None
        if warning:
            self.result.warnings.append(warning)

    # --- phases ------------------------------------------------------------------------------

    def _structure(self, line):
        """Lines that move the parser on whatever the phase: a section, the lead-in, the final formula."""
        if _section_match(line.text) or p.CLAUSE.match(line.text):
            self.phase = BODY
            self._body(line)
            return True
        if p.LEAD_IN.search(line.text) and not p.PARTIES_MARKER.search(line.text):
            self._lead_in(line)
            return True
        return False

    def _preamble_keyword(self, line):
        text = line.text
        match = p.KEYWORD_START.match(text) or p.KEYWORD_GENERIC.match(text)
        if match:
            return PreambleParagraph(keyword=match["keyword"], text=match["text"].strip(), lines=[])
        match = p.KEYWORD_END.match(text)
        if match:
            return PreambleParagraph(
                keyword=(match["keyword"] + match["end"]).strip(),
                text=match["text"].strip(),
                lines=[],
                keyword_at_end=True,
            )
        return None

    def _title(self, line):
        if self._structure(line):
            return
        if self._preamble_keyword(line) or p.PARTIES_MARKER.search(line.text) or self._long_paragraph(line.text):
            self.phase = PARTIES
            self._parties(line)
            return
        text = line.text
        separate = p.DRAFT_WORD.match(text) or p.TITLE_CONNECTOR.match(text) or p.TITLE_ANCHOR.match(text)
        previous = self.last_title_line
        joined = previous is not None and not self.blanks and not separate and not previous.separate
        if joined and previous.lines[-1] == line.number - 1:
            previous.element.text = f"{previous.element.text} {text}"
            self._attach(line, previous.element)
        else:
            element = TitleLine(text=text, lines=[])
            self.result.title.append(element)
            self._attach(line, element)
            self.last_title_line = _TitleState(element, bool(separate))
        self.last_title_line.lines.append(line.number)
        self.current = None

    @staticmethod
    def _long_paragraph(text):
        """Not a title line: a long paragraph, or a line ending like a clause of a sentence ("The Parties,")."""
        return (len(text) > 200 and not text.isupper()) or text[-1] in ",;"

    def _parties(self, line):
        if self._structure(line):
            return
        preamble = self._preamble_keyword(line)
        if preamble and not p.PARTIES_MARKER.search(line.text):
            self.phase = PREAMBLE
            self._preamble(line)
            return
        text = line.text
        current = self.current
        if (
            current is not None
            and not p.TITLE_CONNECTOR.match(text)
            and not p.TITLE_CONNECTOR.match(current.text)
            and p.ends_open(current.text)
        ):
            self._continue(line)
            return
        paragraph = Paragraph(text=text, lines=[])
        self.result.parties_intro.append(paragraph)
        self._attach(line, paragraph)
        collective = p.COLLECTIVE.search(text)
        if collective and not self.result.parties_word:
            self.result.parties_word = collective["word"]

    def _preamble(self, line):
        if self._structure(line):
            return
        paragraph = self._preamble_keyword(line)
        if paragraph is None and self._continues(line):
            self._continue(line)
            return
        if paragraph is None and line.text.endswith(":"):
            self._lead_in(line)
            return
        if paragraph is None:
            paragraph = PreambleParagraph(keyword="", text=line.text, lines=[])
            self.result.warnings.append(
                _("Line %(line)s was taken as a preamble paragraph without a keyword.") % {"line": line.number}
            )
        self.result.preamble.append(paragraph)
        self._attach(line, paragraph)

    def _lead_in(self, line):
        self.result.lead_in = Paragraph(text=line.text, lines=[])
        self._attach(line, self.result.lead_in)
        self.phase = BODY

    def _body(self, line):
        text = line.text
        if p.FINAL_FORMULA.match(text) or p.KK_FINAL_FORMULA.search(text):
            self.result.final_formula = Paragraph(text=text, lines=[])
            self._attach(line, self.result.final_formula)
            self.phase = FINAL
            return
        section = self.result.sections[-1] if self.result.sections else None
        clause = section.clauses[-1] if section and section.clauses else None
        found = _section_match(text)
        if found:
            style, number, label, heading = found
            self._new_section(line, style, number, label, heading)
            return
        match = p.CLAUSE.match(text)
        if match:
            self._new_clause(line, section, match["num"], match["rest"] or "")
            return
        match = p.DEEP_ITEM.match(text)
        if match:
            self._new_item(line, clause, match["num"], match["rest"])
            return
        match = p.DOTTED.match(text)
        if match:
            self._dotted(line, section, clause, match)
            return
        match = p.ROMAN_SECTION.match(text)
        if match and p.heading_like(match["rest"]) and not (clause and clause.items):
            self._new_section(line, "roman", p.arabic(match["num"]), match["num"] + ".", match["rest"])
            return
        match = p.ITEM.match(text)
        if match:
            self._new_item(line, clause, match["num"], match["rest"])
            return
        if self._heading_on_next_line(section, text):
            section.heading = text
            self._attach(line, section)
            return
        if self._continues(line) and self.current is not section:
            self._continue(line)
            return
        if line.bullet and clause is not None and (clause.items or clause.text.endswith(":")):
            self._new_item(line, clause, "", text)
            return
        if section is None:
            self._unrecognised(line)
            return
        paragraph = Clause(number="", text=text, lines=[])
        section.clauses.append(paragraph)
        self._attach(line, paragraph)

    def _heading_on_next_line(self, section, text):
        """ "Article 1" alone on its line, its heading on the next one."""
        return (
            section is not None
            and self.current is section
            and section.style == "article"
            and not section.heading
            and not section.clauses
            and p.heading_like(text, limit=100)
            and not text.endswith(":")
        )

    def _dotted(self, line, section, clause, match):
        number, mark, rest = match["num"], match["mark"], match["rest"]
        if section is not None and section.style == "article":
            if mark == ")" and clause is not None and clause.number:
                self._new_item(line, clause, number + mark, rest)
            else:
                self._new_clause(line, section, number, rest)
            return
        if mark == ")" and clause is not None:
            self._new_item(line, clause, number + mark, rest)
            return
        if p.heading_like(rest):
            self._new_section(line, "dotted", number, number + ".", rest)
            return
        self._new_section(line, "dotted", number, number + ".", "")
        paragraph = Clause(number="", text=rest, lines=[])
        self.result.sections[-1].clauses.append(paragraph)
        self._attach(line, paragraph)

    def _new_section(self, line, style, number, label, heading):
        section = Section(number=number, label=label, heading="", lines=[], style=style)
        self.result.sections.append(section)
        self._attach(line, section)
        if heading and (p.heading_like(heading) or style == "colon"):
            section.heading = heading
        elif heading:  # "Статья 1. Стороны сотрудничают ...": the text of the article, not a heading
            paragraph = Clause(number="", text=heading, lines=[line.number])
            section.clauses.append(paragraph)
            self.current = paragraph

    def _new_clause(self, line, section, number, text):
        if section is None:
            self._unrecognised(
                line,
                _("Line %(line)s: clause %(number)s comes before any section.")
                % {"line": line.number, "number": number},
            )
            return
        clause = Clause(number=number, text=text, lines=[])
        section.clauses.append(clause)
        self._attach(line, clause)

    def _new_item(self, line, clause, number, text):
        if clause is None:
            self._unrecognised(
                line,
                _("Line %(line)s: sub-item %(number)s is not inside a clause.")
                % {"line": line.number, "number": number},
            )
            return
        item = Item(number=number, text=text, lines=[])
        clause.items.append(item)
        self._attach(line, item)

    def _final(self, line):
        text = line.text
        formula = self.result.final_formula
        if not self.signatures.started and self.current is formula and p.ends_open(formula.text):
            self._continue(line)
            return
        if not self.signatures.started and (p.FINAL_FORMULA.match(text) or p.KK_FINAL_FORMULA.search(text)):
            formula.text = f"{formula.text}\n{text}"
            self._attach(line, formula)
            return
        self.current = None
        self.signatures.feed(line, blank_before=bool(self.blanks))

    # --- line accounting ---------------------------------------------------------------------

    def _records(self):
        owners = {}
        result = self.result

        def own(lines, kind, number=""):
            for number_ in lines:
                owners.setdefault(number_, (kind, number))

        for element in result.title:
            own(element.lines, "title")
        for index, paragraph in enumerate(result.parties_intro, start=1):
            own(paragraph.lines, "parties", str(index))
        for index, paragraph in enumerate(result.preamble, start=1):
            own(paragraph.lines, "preamble", str(index))
        if result.lead_in:
            own(result.lead_in.lines, "lead_in")
        for section in result.sections:
            own(section.lines, "section", section.number)
            own(section.text_lines, "section_text", section.number)
            for index, clause in enumerate(section.clauses, start=1):
                if clause.number:
                    own(clause.lines, "clause", clause.number)
                else:
                    own(clause.lines, "paragraph", f"{section.number} ¶{index}")
                for item in clause.items:
                    own(item.lines, "item", f"{clause.number or section.number} {item.number}".strip())
        if result.final_formula:
            own(result.final_formula.lines, "final_formula")
        signature_lines = {}
        for index, signature in enumerate(result.signatures, start=1):
            for number in signature.lines:
                signature_lines.setdefault(number, []).append(str(index))
        for number, indexes in signature_lines.items():
            own([number], "signature", ", ".join(indexes))
        records = []
        for line in self.lines:
            status, reason = self.status.get(line.number, (UNRECOGNISED, ""))
            kind, number = owners.get(line.number, ("", ""))
            if status in (RECOGNISED, CONTINUATION) and not kind:
                status, reason = UNRECOGNISED, ""
            records.append(LineRecord(line.number, line.raw, status, kind=kind, element=number, reason=reason))
        return records


class _TitleState:
    def __init__(self, element, separate):
        self.element = element
        self.separate = separate
        self.lines = []
