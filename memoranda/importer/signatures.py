"""The signature block after the final formula: one column per party ("For ...:", name, title).

Handles plain lines grouped in blocks (blank lines or rules between them), the two-column
rows of an HTML table pasted as text (cells separated by tabs, <p> paragraphs inside), and
markdown tables. Organisation blocks and person blocks given apart (the CSTO layout) are
paired in order.
"""

import re

from . import patterns as p
from .result import IGNORED, RECOGNISED, SIGNATURE_LINE, UNRECOGNISED, Signature

_PARAGRAPH = re.compile(r"<p[^>]*>(.*?)</p>", re.I | re.S)
_CELL_SPLIT = re.compile(r"\t+|</t[dh]>", re.I)


def _cells(raw):
    """The cells of a table row as lists of paragraphs, or None for an ordinary line."""
    text = raw.strip()
    if len(text) > 20_000:  # not a table row of a signature block
        return None
    if text.startswith("|") and text.endswith("|"):
        cells = [[cell] for cell in text.strip("|").split("|")]
    elif "\t" in text or re.search(r"<(?:p|td|th)\b", text, re.I):
        cells = []
        for chunk in _CELL_SPLIT.split(text):
            paragraphs = _PARAGRAPH.findall(chunk) or [chunk]
            cells.append(paragraphs)
    else:
        return None
    cleaned = [[p.clean(paragraph)[0] for paragraph in cell] for cell in cells]
    cleaned = [[text for text in cell if text] for cell in cleaned]
    return [cell for cell in cleaned if cell]


def split_person(texts):
    """(honorific, name, title) from a person's lines: name on the first line, title after it;
    a single line "H.E. Mr. Kairat Sarybay Secretary General of ..." is split at the first title word."""
    first = texts[0]
    honorific = ""
    match = p.HONORIFIC.match(first)
    if match and match["rest"].strip():
        honorific, first = match["honorific"].strip(), match["rest"].strip()
    if len(texts) > 1:
        return honorific, first, " ".join(texts[1:])
    words = first.split(" ")
    for index, word in enumerate(words[1:5], start=1):
        if p.TITLE_WORDS.match(word) or p.starts_lower(word):
            return honorific, " ".join(words[:index]), " ".join(words[index:])
    return honorific, " ".join(words[:2]), " ".join(words[2:])


def _looks_like_name(text):
    """ "Stanislav Zas", "И. Иванов", "Мәртебелі Қайрат Сарыбай": a few capitalised words, no organisation."""
    match = p.HONORIFIC.match(text)
    if match and match["rest"].strip():
        text = match["rest"].strip()
    words = text.split(" ")
    if not 1 < len(words) <= 4 or len(text) > 60 or p.ORGANISATION_WORDS.search(text) or p.TITLE_WORDS.match(text):
        return False
    return all(word[:1].isupper() for word in words)


class SignatureBlock:
    def __init__(self):
        self.signatures = []
        self.block = []  # (line number, text) of the block being read
        self.owners = {}  # line number -> set of signature indexes
        self.placeholders = set()
        self.seen = []
        self.started = False

    def feed(self, line, blank_before=False):
        self.started = True
        self.seen.append(line.number)
        if blank_before or p.RULE.match(line.raw):
            self.flush()
        if p.RULE.match(line.raw):
            self.placeholders.add(line.number)
            return
        cells = _cells(line.raw)
        if cells is not None:
            self.flush()
            for cell in cells:
                self.block = [(line.number, text) for text in cell]
                self.flush()
            return
        self.block.append((line.number, line.text))

    def flush(self):
        block, self.block = self.block, []
        entries = []
        for number, text in block:
            if p.SIGNATURE_PLACEHOLDER.match(text):
                self.placeholders.add(number)
            else:
                entries.append((number, text))
        if not entries:
            return
        texts = [text for _, text in entries]
        numbers = [number for number, _ in entries]
        first = texts[0]
        if p.FOR_LINE.search(first):
            # "For the Secretariat of ... Building" / "Measures in Asia:" wrapped over two lines
            end = next((i for i, text in enumerate(texts[:3]) if text.endswith(":")), 0) + 1
            signature = self._new(for_text=" ".join(texts[:end]), numbers=numbers[:end])
            if len(texts) > end:
                self._person(signature, texts[end:], numbers[end:])
        elif p.ORGANISATION_WORDS.search(first) and not p.HONORIFIC.match(first) and not p.TITLE_WORDS.match(first):
            # the organisation, then maybe its signatory: "Организация ...", "Станислав Зась", "Генеральный секретарь"
            end = next((i for i in range(1, len(texts)) if _looks_like_name(texts[i])), len(texts))
            signature = self._new(for_text=" ".join(texts[:end]), numbers=numbers[:end])
            if len(texts) > end:
                self._person(signature, texts[end:], numbers[end:])
        else:
            signature = next((s for s in self.signatures if not s.name), None) or self._new(for_text="", numbers=[])
            self._person(signature, texts, numbers)

    def _new(self, for_text, numbers):
        signature = Signature(for_text=for_text)
        self.signatures.append(signature)
        self._own(signature, numbers)
        return signature

    def _person(self, signature, texts, numbers):
        signature.honorific, signature.name, signature.title = split_person(texts)
        self._own(signature, numbers)

    def _own(self, signature, numbers):
        for number in numbers:
            if number not in signature.lines:
                signature.lines.append(number)
            self.owners.setdefault(number, set()).add(id(signature))

    def statuses(self):
        """line number -> (status, reason) for every line fed to the block."""
        result = {}
        for number in self.seen:
            if number in self.owners:
                result[number] = (RECOGNISED, "")
            elif number in self.placeholders:
                result[number] = (IGNORED, SIGNATURE_LINE)
            else:
                result[number] = (UNRECOGNISED, "")
        return result
