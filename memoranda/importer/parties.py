"""The parties named in the paragraphs that introduce them.

Two layouts: one paragraph per party with its "(hereinafter referred to as “UNOCT”)" and legal
description (the UNOCT draft), or all parties in one sentence with abbreviations in brackets
before a collective "hereinafter referred to as the Parties" (the CSTO memorandum).
"""

import re

from . import patterns as p
from .result import Party

_COLLECTIVE_TAIL = re.compile(r",?\s*" + p.HEREINAFTER + r".*$", re.I | re.S)


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
        match = p.PARTY.match(text)
        if match and not p.COLLECTIVE.match(text):
            description = match["description"].strip().rstrip(",;").strip()
            parties.append(
                Party(
                    name=match["name"].strip().strip(",").strip(),
                    short_name=match["short"].strip(),
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
