"""Word-level redlines with diff-match-patch, escaped for HTML."""

import re

from diff_match_patch import diff_match_patch
from django.utils.html import escape
from django.utils.safestring import mark_safe

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


def _words_to_chars(old, new):
    """Map each word (and each run of spaces) to one character, as
    diff-match-patch's linesToChars does for lines."""
    table = {}
    words = [""]

    def encode(text):
        chars = []
        for token in _TOKEN.findall(text):
            if token not in table:
                words.append(token)
                table[token] = len(words) - 1
            chars.append(chr(table[token]))
        return "".join(chars)

    return encode(old), encode(new), words


def word_diff(old, new):
    """[(op, text)] with op -1 (deleted), 0 (kept), 1 (inserted), word by word."""
    dmp = diff_match_patch()
    a, b, words = _words_to_chars(old or "", new or "")
    diffs = dmp.diff_main(a, b, False)
    dmp.diff_cleanupSemantic(diffs)
    return [(op, "".join(words[ord(c)] for c in chars)) for op, chars in diffs]


def redline_html(old, new):
    """HTML showing ``new`` against ``old``: <del> for removed words, <ins> for
    added ones. Every piece of text is escaped."""
    parts = []
    for op, text in word_diff(old, new):
        if op == 0:
            parts.append(escape(text))
        elif op < 0:
            parts.append(f'<del class="redline-del">{escape(text)}</del>')
        else:
            parts.append(f'<ins class="redline-ins">{escape(text)}</ins>')
    return mark_safe("".join(parts))  # noqa: S308 - every piece escaped above


def attach_redlines(proposal, current, languages):
    """Set ``proposal.redlines`` and ``proposal.decided_redlines``: {language:
    HTML} of the proposed and of the accepted wording against ``current``
    ({language: text}, the element's text in the circulated version)."""
    proposal.redlines = {
        code: redline_html(current.get(code, ""), text) for code in languages if (text := proposal.wording.get(code))
    }
    proposal.decided_redlines = {
        code: redline_html(current.get(code, ""), text)
        for code in languages
        if (text := (proposal.decided_wording or {}).get(code))
    }
    return proposal
