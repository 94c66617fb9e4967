"""The parties named in the paragraphs that introduce them.

Two layouts: one paragraph per party with its "(hereinafter referred to as “UNOCT”)" and legal
description (the UNOCT draft), or all parties in one sentence with abbreviations in brackets
before a collective "hereinafter referred to as the Parties" (the CSTO memorandum).
"""

import re

from . import patterns as p
from .result import Party

_COLLECTIVE_TAIL = re.compile(r",?\s*" + p.HEREINAFTER + r".*$", re.I | re.S)
_UPPER_WORD = re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9\-]*,?$")
_KK_OPENING = re.compile(r"^ОСЫ\s+.*?МЕМОРАНДУМ\w*\s*(?:\([^)]*\))?\s*")
_HEREINAFTER_OPEN = re.compile(r"\(\s*" + p.HEREINAFTER + r"\s*", re.I)
_QUOTED = re.compile(r"^(?:the\s+)?[\"“«'‘](?P<short>[^\"”»’']*)[\"”»’']$", re.I)
_QUOTES = "\"“”«»'‘’ "


def _hereinafter_spans(text):
    """(start, end, short form) of each "(hereinafter referred to as “UNOCT”)" in the text.

    A plain scan for the closing bracket, not one regular expression: a long line with many
    opening brackets and no closing one must not take quadratic time."""
    spans = []
    for match in _HEREINAFTER_OPEN.finditer(text):
        close = text.find(")", match.end(), match.end() + 120)
        if close == -1:
            continue
        inner = text[match.end() : close].strip()
        quoted = _QUOTED.match(inner)
        short = quoted["short"] if quoted else inner.strip(_QUOTES)
        spans.append((match.start(), close + 1, short.strip()))
    return spans


def _name_last(name):
    """Kazakh puts the description first and the capitalised name last:
    "... мекенжайында орналасқан БІРІККЕН ҰЛТТАР ҰЙЫМЫНЫҢ ... БАСҚАРМАСЫ" -> (name, description)."""
    words = name.split(" ")
    run = 0
    while run < len(words) and _UPPER_WORD.match(words[-1 - run]):
        run += 1
    if run < 2 or run == len(words):
        return name, ""
    description = _KK_OPENING.sub("", " ".join(words[:-run])).strip()
    return " ".join(words[-run:]), description


def _seat(description):
    match = p.SEAT.search(description)
    if not match:
        return ""
    seat = match["seat"] or match["seat_ru"] or match["seat_kk"] or ""
    return seat.strip().rstrip(",;.").strip()


def extract_parties(paragraphs):
    parties = []
    for paragraph in paragraphs:
        text = paragraph.text.strip()
        spans = [] if p.COLLECTIVE.match(text) else _hereinafter_spans(text)
        if len(spans) > 1:  # several parties in one sentence, each with its own "(hereinafter ...)"
            start = 0
            for span_start, span_end, short in spans:
                name = p.PARTY_OPENING.sub("", text[start:span_start].strip(" ,"))
                name = re.sub(r"^(?:and|и|және|мен)\s+", "", name, flags=re.I).strip()
                parties.append(Party(name, short, "", "", list(paragraph.lines)))
                start = span_end
            continue
        if spans:
            span_start, span_end, short = spans[0]
            name = p.PARTY_OPENING.sub("", text[:span_start]).strip().strip(",").strip()
            description = text[span_end:].strip().strip(",;").strip()
            if not description and name.upper() != name:
                name, description = _name_last(name)
            parties.append(
                Party(
                    name=name,
                    short_name=short,
                    description=description,
                    seat=_seat(description),
                    lines=list(paragraph.lines),
                )
            )
    if parties:
        return parties
    for paragraph in paragraphs:
        if not p.COLLECTIVE.search(paragraph.text):
            continue
        names = _COLLECTIVE_TAIL.sub("", paragraph.text).strip()
        chunks = p.ABBREVIATED_PARTIES.split(names)
        # split() with one group gives [name, short, name, short, ..., last name (short)]
        pieces = [chunks[i] + f" ({chunks[i + 1]})" for i in range(0, len(chunks) - 1, 2)] + [chunks[-1]]
        for piece in pieces:
            found = p.ABBREVIATED_NAME.match(piece.strip())
            if found:
                name, short = found["name"].strip(), found["short"].strip()
            else:
                name, short = piece.strip(), ""
            parties.append(Party(name=name, short_name=short, description="", seat="", lines=list(paragraph.lines)))
        if parties:
            break
    return parties
