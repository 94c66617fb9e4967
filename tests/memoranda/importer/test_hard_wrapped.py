"""A text wrapped at a fixed width (pasted from an e-mail) imports to the same structure and texts."""

import textwrap
from pathlib import Path

import pytest

from memoranda.importer.parser import parse_text

FIXTURES = Path(__file__).parents[2] / "reference"
DEMO = Path(__file__).resolve().parents[3] / "memoranda" / "demo_data"


def wrap(text, width):
    lines = []
    for line in text.splitlines():
        if len(line) > width and "<p>" not in line:  # the stray HTML table row stays as it is
            lines.extend(textwrap.wrap(line, width, break_on_hyphens=False))
        else:
            lines.append(line)
    return "\n".join(lines)


def shape_and_texts(result):
    return {
        "structure": result.structure(),
        "title": [line.text for line in result.title],
        "parties": [paragraph.text for paragraph in result.parties_intro],
        "preamble": [(paragraph.keyword, paragraph.text) for paragraph in result.preamble],
        "lead_in": result.lead_in.text,
        "sections": [(s.label, s.heading, s.text) for s in result.sections],
        "clauses": [(c.number, c.text, [i.text for i in c.items]) for c in result.clauses],
        "final": result.final_formula.text,
        "signatures": [(s.for_text, s.name, s.title) for s in result.signatures],
    }


SOURCES = [
    FIXTURES / "note-NCT-CT-708-with-draft-MoU-UNOCT.md",
    FIXTURES / "note-18-4-58emb-with-MoU-CSTO.md",
    DEMO / "unoct_ru.md",
    DEMO / "unoct_kk.md",
    DEMO / "csto_ru.md",
]


@pytest.mark.parametrize("width", [60, 72, 100])
@pytest.mark.parametrize("source", SOURCES, ids=lambda path: path.stem)
def test_hard_wrapped_text_gives_the_same_memorandum(source, width):
    if not source.exists():
        pytest.skip(f"{source.name} is not there")
    text = source.read_text(encoding="utf-8")
    wrapped = wrap(text, width)
    assert len(wrapped.splitlines()) > len(text.splitlines())

    result = parse_text(wrapped)

    assert shape_and_texts(result) == shape_and_texts(parse_text(text))
    assert result.unrecognised_lines == []
    assert [record.number for record in result.lines] == list(range(1, len(wrapped.splitlines()) + 1))
