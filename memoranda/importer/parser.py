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
        if not anchored or not text[0].isupper():
            continue
        previous = lines[index - 1] if index else None
        if previous is not None and not previous.blank and not _title_like(previous.text):
            continue  # "... the draft" / "Memorandum of Understanding ..." inside a wrapped sentence
        start = index
        while start > 0:  # the rest of the same block (DRAFT, Kazakh party names before the word)
            previous = lines[start - 1]
            if previous.blank or not _title_like(previous.text):
                break
            start -= 1
        before = start - 1
        while before >= 0 and lines[before].blank:
            before -= 1
        if before >= 0 and p.DRAFT_WORD.match(lines[before].text):
            start = before
        return start
    return next((i for i, line in enumerate(lines) if not line.blank), 0)


def looks_hard_wrapped(lines):
    """A text wrapped at a fixed width (an e-mail): most lines end near the same column.

    Its paragraphs are then told apart by blank lines, and a line that directly follows a
    line of text carries on that text."""
    lengths = sorted(len(line.text) for line in lines if not line.blank)
    if len(lengths) < 20:
        return False
    width = lengths[int(len(lengths) * 0.95) - 1]
    near = sum(1 for length in lengths if width - 15 <= length <= width)
    longer = sum(1 for length in lengths if length > width + 10)  # a pasted table row or two
    return width <= 120 and longer <= max(2, 0.02 * len(lengths)) and near >= 0.3 * len(lengths)


def _title_like(text):
    return len(text) <= 200 and bool(p.mostly_upper(text) or p.TITLE_CONNECTOR.match(text) or p.DRAFT_WORD.match(text))


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
        self.hard_wrapped = False

    # --- driver ------------------------------------------------------------------------------

    def run(self):
        start = find_start(self.lines)
        self.result.start_line = start + 1
        self.hard_wrapped = looks_hard_wrapped(self.lines[start:])
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
        for paragraph in self.result.preamble:
            found = None if paragraph.keyword else p.KEYWORD_END.match(paragraph.text)
            if found:  # a Kazakh keyword closing a paragraph that ran over several lines
                paragraph.keyword = (found["keyword"] + found["end"]).strip()
                paragraph.text, paragraph.keyword_at_end = found["text"].strip(), True
            if not paragraph.keyword:
                self.result.warnings.append(
                    _("Line %(line)s was taken as a preamble paragraph without a keyword.")
                    % {"line": paragraph.lines[0]}
                )
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
            numbered = [clause.number for clause in section.clauses if "." in clause.number]
            for index, number in enumerate(numbered, start=1):
                if number != f"{section.number}.{index}":
                    self.result.warnings.append(
                        _("Clause %(number)s is clause %(index)s of section %(section)s: check the numbering.")
                        % {"number": number, "index": index, "section": section.number}
                    )

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
        if not isinstance(self.current, Section) and (not previous or (self.hard_wrapped and not self.blanks)):
            return True  # "1.2" alone with its text on the next line, or a hard-wrapped paragraph
        if p.ends_open(previous):
            return True
        return not p.ends_sentence(previous) and p.starts_lower(line.text)

    def _open_text(self):
        current = self.current
        return current is not None and not isinstance(current, Section) and p.ends_open(getattr(current, "text", ""))

    def _wrapped_sentence(self, line):
        """In the body, a clause or sub-item that stops at a comma goes on in the next plain line."""
        current = self.current
        if not isinstance(current, Clause | Item) or not current.text or line.bullet:
            return False
        return not p.ends_sentence(current.text)

    def _next_section_number(self):
        sections = self.result.sections
        if sections and sections[-1].number.isdigit():
            return str(int(sections[-1].number) + 1)
        return "1" if not sections else None

    @staticmethod
    def _next_clause_number(section):
        if section is None:
            return None
        return f"{section.number}.{sum(1 for clause in section.clauses if clause.number) + 1}"

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
        if self.hard_wrapped and not self.blanks and p.starts_lower(text) and self.current is not None:
            return None  # "noting" at the start of a wrapped line is inside the sentence
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
        starts_block = bool(self.blanks) or self.last_title_line is None
        paragraph = self._paragraph_text(line) if self.hard_wrapped and starts_block else line.text
        if self._preamble_keyword(line) or p.PARTIES_MARKER.search(paragraph) or self._long_paragraph(line.text):
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
        if self.hard_wrapped and self.blanks and not preamble:
            preamble = p.KEYWORD_END.match(self._paragraph_text(line))
        if preamble and not p.PARTIES_MARKER.search(line.text):
            self.phase = PREAMBLE
            self._preamble(line)
            return
        text = line.text
        current = self.current
        joins = current is not None and (
            p.ends_open(current.text)
            or (self.hard_wrapped and not self.blanks)
            or (current.text.endswith(",") and p.starts_lower(text) and not p.COLLECTIVE_START.match(text))
        )
        if joins and not p.TITLE_CONNECTOR.match(text) and not p.TITLE_CONNECTOR.match(current.text):
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
        wrapped = self.hard_wrapped and not self.blanks and isinstance(self.current, PreambleParagraph)
        paragraph = None if wrapped else self._preamble_keyword(line)
        if paragraph is None and (wrapped or self._continues(line) or not p.ends_sentence(self.current.text)):
            self._continue(line)
            return
        if paragraph is None and line.text.endswith(":"):
            self._lead_in(line)
            return
        if paragraph is None:
            paragraph = PreambleParagraph(keyword="", text=line.text, lines=[])
        self.result.preamble.append(paragraph)
        self._attach(line, paragraph)

    def _lead_in(self, line):
        self.result.lead_in = Paragraph(text=line.text, lines=[])
        self._attach(line, self.result.lead_in)
        self.phase = BODY

    def _body(self, line):
        text = line.text
        paragraph = self._paragraph_text(line) if self.hard_wrapped and self.blanks else text
        if p.FINAL_FORMULA.match(text) or p.KK_FINAL_FORMULA.search(paragraph):
            self.result.final_formula = Paragraph(text=text, lines=[])
            self._attach(line, self.result.final_formula)
            self.phase = FINAL
            return
        section = self.result.sections[-1] if self.result.sections else None
        clause = section.clauses[-1] if section and section.clauses else None
        # After a text that stops mid-sentence, a number out of sequence at the start of a line is a
        # wrapped line ("... referred to in sub-" / "paragraph 4.1 may ..."), not a new element.
        wrapped = self._open_text()
        found = _section_match(text)
        if found and not (wrapped and found[1] != self._next_section_number()):
            style, number, label, heading = found
            self._new_section(line, style, number, label, heading)
            return
        match = p.CLAUSE.match(text)
        if match and not (wrapped and match["num"] != self._next_clause_number(section)):
            self._new_clause(line, section, match["num"], match["rest"] or "")
            return
        match = p.DEEP_ITEM.match(text)
        if match and not wrapped:
            self._new_item(line, clause, match["num"], match["rest"])
            return
        match = p.DOTTED.match(text)
        if match and not (wrapped and not _follows(clause, match["num"] + match["mark"])):
            self._dotted(line, section, clause, match)
            return
        match = p.ROMAN_SECTION.match(text)
        if match and p.heading_like(match["rest"]) and not (clause and clause.items) and not wrapped:
            self._new_section(line, "roman", p.arabic(match["num"]), match["num"] + ".", match["rest"])
            return
        match = p.ITEM.match(text)
        if match and not (wrapped and not _follows(clause, match["num"])):
            self._new_item(line, clause, match["num"], match["rest"])
            return
        if self.hard_wrapped and not self.blanks and self.current is section and section.heading:
            section.heading = f"{section.heading} {text}"  # a heading wrapped onto the next line
            section.lines.append(line.number)
            self._mark(line, CONTINUATION)
            return
        if self._heading_on_next_line(section, line):
            section.heading = text
            self._attach(line, section)
            return
        if self.current is not section and (self._continues(line) or self._wrapped_sentence(line)):
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

    def _next_line(self, line):
        return self.lines[line.number] if line.number < len(self.lines) else None

    def _paragraph_text(self, line):
        """The line and the lines directly under it (a hard-wrapped paragraph)."""
        parts = [line.text]
        following = self._next_line(line)
        while following is not None and not following.blank and len(parts) < 60:
            parts.append(following.text)
            following = self._next_line(following)
        return " ".join(parts)

    def _heading_on_next_line(self, section, line):
        """ "Article 1" alone on its line, its heading on the next one."""
        text = line.text
        following = self._next_line(line)
        if self.hard_wrapped and following is not None and not following.blank:
            found = _section_match(following.text) or p.CLAUSE.match(following.text) or p.DOTTED.match(following.text)
            if not found:
                return False  # the first line of a wrapped paragraph, not a heading
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
        wrapped = self.hard_wrapped and not self.blanks
        if not self.signatures.started and self.current is formula and (p.ends_open(formula.text) or wrapped):
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


def _follows(clause, number):
    """Is `number` ("c.", "(ii)", "2)") the first marker of a list or the one after the clause's last item?"""
    previous = clause.items[-1].number if clause is not None and clause.items else ""
    return p.next_marker(previous, number)


class _TitleState:
    def __init__(self, element, separate):
        self.element = element
        self.separate = separate
        self.lines = []
