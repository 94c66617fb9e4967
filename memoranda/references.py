"""Cross-references inside the texts of a memorandum.

A reference is stored in the text as a link to its target, ``{{ref:<uid>}}``,
and always prints the target's current number. Drafters write ``[[4.1]]``
in the editor (and see it so when they edit again); saving turns it into
the link. ``autolink`` recognises plain references ("paragraph 4",
"sub-paragraph 4.1", "пункт 4", "4-тармақ") in imported texts.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

TOKEN_RE = re.compile(r"\{\{ref:([0-9a-f-]{36})\}\}")
EDITOR_RE = re.compile(r"\[\[\s*([0-9]+(?:\.[0-9]+)*(?:\([a-z]+\))?)\s*\]\]")
_NUMBER = r"[0-9]++(?:\.[0-9]+)?+"  # possessive: "4.1 of the Charter" never backs off to "4"

# A number followed by "of the Charter", "of resolution ...", "Устава" names
# another instrument, not this memorandum.
_NOT_ELSEWHERE_EN = r"(?!\s+of\s+(?:the\s+)?(?:[A-Z]|resolution))"
_NOT_ELSEWHERE_RU = r"(?!\s+[А-ЯЁ])"

# Words after which a number is a reference to a section or clause.
AUTOLINK_PATTERNS = {
    "en": [
        re.compile(rf"\b(?i:(?:sub-?)?paragraphs?)\s+({_NUMBER})(?:\s+and\s+({_NUMBER}))?+{_NOT_ELSEWHERE_EN}"),
        re.compile(rf"\bArticles?\s+({_NUMBER})(?:\s+and\s+({_NUMBER}))?+{_NOT_ELSEWHERE_EN}"),
    ],
    "ru": [
        re.compile(rf"(?<!\w)(?i:(?:под)?пункт\w*)\s+({_NUMBER})(?:\s+и\s+({_NUMBER}))?+{_NOT_ELSEWHERE_RU}"),
        re.compile(rf"(?<!\w)(?i:стать\w*)\s+({_NUMBER})(?:\s+и\s+({_NUMBER}))?+{_NOT_ELSEWHERE_RU}"),
    ],
    "kk": [
        # the stem changes before a vowel: тармақ -> тармағына, бап -> бабы
        re.compile(rf"(?<![0-9.])({_NUMBER})(?:\s+(?:және|мен)\s+({_NUMBER}))?-(?=(?:тармақ|тармағ|бап|баб))"),
    ],
}


def token(uid):
    """The link to the element ``uid`` as it is stored in a text."""
    return "{{ref:" + uid + "}}"


def tokens(text):
    """The uids a text refers to."""
    return TOKEN_RE.findall(text or "")


def resolve(text, refs):
    """The text with each link replaced by its target's current number
    (``refs`` maps uid -> number); a link to nothing prints as "[?]"."""
    return TOKEN_RE.sub(lambda m: refs.get(m.group(1), "[?]"), text or "")


def to_editor(text, refs):
    """The text as the editor shows it: links as ``[[4.1]]``."""
    return TOKEN_RE.sub(lambda m: f"[[{refs.get(m.group(1), '?')}]]", text or "")


def from_editor(text, structure):
    """Turn ``[[4.1]]`` into links; refuse numbers that name no element."""
    unknown = []

    def link(match):
        uid = structure.uid_for_ref(match.group(1))
        if uid is None:
            unknown.append(match.group(1))
            return match.group(0)
        return token(uid)

    converted = EDITOR_RE.sub(link, text or "")
    if unknown:
        raise ValidationError(
            _("There is no section, clause or sub-item numbered %(numbers)s to refer to."),
            code="unknown_reference",
            params={"numbers": ", ".join(unknown)},
        )
    if "[[" in converted.replace("[[?]]", ""):
        raise ValidationError(
            _("Write a cross-reference as the number in double brackets, for example [[4.1]]."),
            code="bad_reference",
        )
    if "[[?]]" in converted:
        raise ValidationError(
            _("A cross-reference points to an element that no longer exists: replace [[?]] with a number."),
            code="dangling_reference",
        )
    return converted


def autolink(text, language, structure):
    """Link the plain references of ``text`` to the elements they number."""
    if not text:
        return text
    for pattern in AUTOLINK_PATTERNS.get(language, []):
        text = pattern.sub(lambda m: _link_groups(m, structure), text)
    return text


def _link_groups(match, structure):
    out = match.group(0)
    base = match.start(0)
    # replace groups from the right so earlier offsets stay valid
    for index in range(len(match.groups()), 0, -1):
        number = match.group(index)
        if not number:
            continue
        uid = structure.uid_for_ref(number)
        if uid is None:
            continue
        start, end = match.start(index) - base, match.end(index) - base
        out = out[:start] + token(uid) + out[end:]
    return out
