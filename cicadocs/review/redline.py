"""Word-level redlines of proposals against the circulated text.

The comparison of memorandum versions already draws word-level redlines
(``memoranda.compare.redline``, diff-match-patch, every piece escaped); the
proposals use the same function.
"""

from memoranda.compare import redline


def redline_html(old, new):
    return redline(old, new, semantic=True)


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
