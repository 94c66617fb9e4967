"""Hostile input near the 1 MB limit is parsed in linear time (no regular-expression blow-up)."""

import contextlib
import time

import pytest

from memoranda.importer.errors import ImportTextError
from memoranda.importer.parser import parse_text

SIZE = 990_000


def _line(token):
    return (token * (SIZE // len(token.encode()) + 1))[: SIZE // len(token.encode())]


@pytest.mark.parametrize(
    ("context", "token"),
    [
        ("MEMORANDUM\n\nThe A (hereinafter “A”),\n\n{line}\n\n1: X\n", "(hereinafter referred to as "),
        ("1: X\n{line}\n", "\\_"),
        ("1: X\n{line}\n", "түпнұсқа "),
        ("1: X\nText.\nDone in ___.\n\n{line}\n", "<p>"),
        ("1: X\nText.\nDone in ___.\n\n{line}\n", "_"),
    ],
)
def test_a_long_hostile_line_is_parsed_quickly(context, token):
    text = context.format(line=_line(token))
    started = time.monotonic()
    with contextlib.suppress(ImportTextError):
        parse_text(text)
    assert time.monotonic() - started < 20


def test_private_use_characters_in_the_input_do_not_break_cleaning():
    result = parse_text("1: X\n\ue000\\_\ue000 text \\* \ue000\n")

    assert result.section("1").text == "_ text *"
