"""Comparing two snapshots of a memorandum in one language.

Elements are matched by their stable ``uid``, so an element that moved or
was renumbered shows as moved or renumbered with a word-level redline of its
text, never as a deletion plus an insertion. Moves are the elements outside
the longest run of common elements that kept their relative order.
The redline is computed with diff-match-patch on words.
"""

import bisect
import re
from dataclasses import dataclass, field

from diff_match_patch import diff_match_patch
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

WORDS = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)

INSERTED = "inserted"
DELETED = "deleted"
CHANGED = "changed"
MOVED = "moved"
RENUMBERED = "renumbered"

FLAG_LABELS = {
    INSERTED: _("inserted"),
    DELETED: _("deleted"),
    CHANGED: _("text changed"),
    MOVED: _("moved"),
    RENUMBERED: _("renumbered"),
}


@dataclass
class Entry:
    uid: str
    kind: str
    number: str
    parent: str
    text: str


@dataclass
class Row:
    uid: str
    kind: str
    old_number: str = ""
    new_number: str = ""
    flags: list = field(default_factory=list)
    html: str = ""

    @property
    def changed(self):
        return bool(self.flags)

    @property
    def flag_labels(self):
        return [FLAG_LABELS[flag] for flag in self.flags]


def _t(value, language):
    if isinstance(value, dict):
        return value.get(language) or ""
    return value or ""


def flatten(snapshot, language):
    """The elements of a snapshot in document order, as ``Entry`` objects."""
    out = [Entry("title", "title", "", "", "\n".join(_t(snapshot.get("title"), language) or []))]
    intro = snapshot.get("parties_intro", {}).get(language) or []
    out.append(Entry("parties_intro", "parties_intro", "", "", "\n\n".join(intro)))
    for index, paragraph in enumerate(snapshot.get("preamble") or []):
        full = _t(paragraph.get("full"), language) or " ".join(
            part for part in (_t(paragraph.get("keyword"), language), _t(paragraph.get("text"), language)) if part
        )
        out.append(Entry(paragraph["uid"], "preamble", f"P{index + 1}", "preamble", full))
    out.append(Entry("lead_in", "lead_in", "", "", _t(snapshot.get("lead_in"), language)))
    for section in snapshot.get("sections") or []:
        heading = " ".join(
            part for part in (_t(section.get("heading"), language), _t(section.get("text"), language)) if part
        )
        out.append(Entry(section["uid"], "section", _t(section.get("label"), language), "sections", heading))
        for clause in section.get("clauses") or []:
            out.append(
                Entry(clause["uid"], "clause", clause.get("number", ""), section["uid"], _t(clause["text"], language))
            )
            for item in clause.get("items") or []:
                number = f"{clause.get('number', '')} {item.get('number', '')}".strip()
                out.append(Entry(item["uid"], "item", number, clause["uid"], _t(item["text"], language)))
    out.append(Entry("final_formula", "final_formula", "", "", _t(snapshot.get("final_formula"), language)))
    for index, column in enumerate(snapshot.get("signatures") or []):
        text = "\n".join(_t(column.get(key), language) for key in ("for", "name", "title"))
        out.append(Entry(f"signature-{index}", "signature", str(index + 1), "signatures", text))
    return out


def redline(old, new, *, semantic=False):
    """HTML of a word-level redline from ``old`` to ``new`` (escaped).

    ``semantic=True`` merges edits separated by short unchanged runs."""
    dmp = diff_match_patch()
    vocabulary = {}  # word -> one character standing for it
    words = {}  # that character -> the word

    def encode(text):
        chars = []
        for word in WORDS.findall(text or ""):
            if word not in vocabulary:
                code = 0x100 + len(words)
                char = chr(code + 0x800 if code >= 0xD800 else code)  # never a surrogate
                vocabulary[word] = char
                words[char] = word
            chars.append(vocabulary[word])
        return "".join(chars)

    diffs = dmp.diff_main(encode(old), encode(new), False)
    if semantic:
        # Group a rewritten passage into one deletion and one insertion
        # instead of alternating word by word (readable for proposals).
        dmp.diff_cleanupSemantic(diffs)
    out = []
    for op, chars in diffs:
        text = escape("".join(words[char] for char in chars))
        if op == dmp.DIFF_INSERT:
            out.append(f"<ins>{text}</ins>")
        elif op == dmp.DIFF_DELETE:
            out.append(f"<del>{text}</del>")
        else:
            out.append(text)
    return mark_safe("".join(out))  # noqa: S308 - every piece is escaped above


def _longest_ordered(sequence):
    """Indices (into ``sequence``) of a longest strictly increasing subsequence."""
    if not sequence:
        return set()
    tails, tails_at, previous = [], [], [-1] * len(sequence)
    for index, value in enumerate(sequence):
        position = bisect.bisect_left(tails, value)
        if position == len(tails):
            tails.append(value)
            tails_at.append(index)
        else:
            tails[position] = value
            tails_at[position] = index
        previous[index] = tails_at[position - 1] if position else -1
    keep, index = set(), tails_at[-1]
    while index != -1:
        keep.add(index)
        index = previous[index]
    return keep


def compare(old_snapshot, new_snapshot, language):
    """Rows for every element of either snapshot, in the new document order
    (deleted elements where they stood), each with its flags and redline."""
    old = flatten(old_snapshot, language)
    new = flatten(new_snapshot, language)
    old_by_uid = {entry.uid: (index, entry) for index, entry in enumerate(old)}
    new_uids = {entry.uid for entry in new}
    moved = set()
    for kind in ("preamble", "section", "clause", "item", "signature"):
        common = [e for e in new if e.kind == kind and e.uid in old_by_uid]
        order = [old_by_uid[e.uid][0] for e in common]
        keep = _longest_ordered(order)
        moved |= {e.uid for i, e in enumerate(common) if i not in keep}
        moved |= {e.uid for e in common if old_by_uid[e.uid][1].parent != e.parent}
    rows = []
    pending_deleted = [entry for entry in old if entry.uid not in new_uids]
    for entry in new:
        found = old_by_uid.get(entry.uid)
        if found is None:
            rows.append(Row(entry.uid, entry.kind, "", entry.number, [INSERTED], redline("", entry.text)))
            continue
        old_index, before = found
        while pending_deleted and old_by_uid[pending_deleted[0].uid][0] < old_index:
            gone = pending_deleted.pop(0)
            rows.append(Row(gone.uid, gone.kind, gone.number, "", [DELETED], redline(gone.text, "")))
        flags = []
        if before.text != entry.text:
            flags.append(CHANGED)
        if entry.uid in moved:
            flags.append(MOVED)
        elif before.number != entry.number:
            flags.append(RENUMBERED)
        rows.append(Row(entry.uid, entry.kind, before.number, entry.number, flags, redline(before.text, entry.text)))
    for gone in pending_deleted:
        rows.append(Row(gone.uid, gone.kind, gone.number, "", [DELETED], redline(gone.text, "")))
    return rows
