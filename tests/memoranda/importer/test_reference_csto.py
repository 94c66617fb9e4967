"""The CSTO memorandum (enclosure of note 18-4/58emb) imports to Articles 1-7."""

import pytest

from memoranda.importer.parser import parse_text
from memoranda.importer.result import IGNORED, RECOGNISED

TITLE_LINE = 31  # "## MEMORANDUM"


@pytest.fixture
def result(csto_text):
    return parse_text(csto_text)


def test_starts_at_the_title_after_the_covering_note(result):
    assert result.start_line == TITLE_LINE
    assert [line.text for line in result.title] == [
        "MEMORANDUM",
        "of understanding and cooperation between the Secretariat of the Collective Security Treaty Organisation "
        "and Secretariat of the Conference on Interaction and Confidence Building Measures in Asia",
    ]
    assert not result.is_draft


def test_parties_preamble_and_lead_in(result):
    assert result.parties_word == "Parties"
    assert [paragraph.lines for paragraph in result.parties_intro] == [[35]]
    assert [(party.name, party.short_name) for party in result.parties] == [
        ("The Secretariat of the Collective Security Treaty Organisation", "CSTO"),
        ("the Secretariat of the Conference on Interaction and Confidence Building Measures in Asia", "CICA"),
    ]
    assert [(paragraph.keyword, paragraph.lines) for paragraph in result.preamble] == [
        ("based on", [37]),
        ("noting", [39]),
    ]
    assert result.preamble[0].text == (
        "stated intentions to develop interaction and cooperation within the framework of their objectives "
        "and mandates,"
    )
    assert result.lead_in.text == "have agreed on the following:"
    assert result.lead_in.lines == [41]


def test_articles_one_to_seven_without_titles(result):
    assert [section.label for section in result.sections] == [f"Article {n}" for n in range(1, 8)]
    assert [section.number for section in result.sections] == [str(n) for n in range(1, 8)]
    assert [section.heading for section in result.sections] == [""] * 7
    assert [section.style for section in result.sections] == ["article"] * 7
    shape = {section.number: (bool(section.text), [c.number for c in section.clauses]) for section in result.sections}
    assert shape == {
        "1": (True, []),
        "2": (True, []),
        "3": (False, ["", ""]),
        "4": (True, []),
        "5": (False, ["", ""]),
        "6": (True, []),
        "7": (True, []),
    }
    assert result.section("2").text == (
        "Parties exchange open-access information including reviews, analytical materials and legal documents of "
        "mutual interest."
    )
    assert result.section("5").clauses[1].text == (
        "This Memorandum does not limit the Parties in reaching and implementing similar agreements with other "
        "partners."
    )
    assert [clause.lines for clause in result.section("3").clauses] == [[53], [55]]
    assert result.warnings == []


def test_final_formula_keeps_the_blanks_and_signatories(result):
    assert result.final_formula.text == (
        "Done in _____ on «__»_____ 2020 in two original copies in Russian and English languages; one of the copies "
        "is kept by the CSTO Secretariat and the other copy is kept by the CICA Secretariat."
    )
    zas, mirzozoda = result.signatures
    assert (zas.for_text, zas.name, zas.title) == (
        "Collective Security Treaty Organisation",
        "Stanislav Zas",
        "Secretary General",
    )
    assert (mirzozoda.for_text, mirzozoda.name, mirzozoda.title) == (
        "Secretariat of Conference on Interaction and Confidence Building Measures in Asia",
        "Habibullo Mirzozoda",
        "Executive Director",
    )


def test_every_line_is_accounted_for_exactly_once(csto_text, result):
    assert [record.number for record in result.lines] == list(range(1, len(csto_text.splitlines()) + 1))
    statuses = {record.number: (record.status, record.kind or record.reason) for record in result.lines}
    assert statuses[31] == (RECOGNISED, "title")
    assert statuses[43] == (RECOGNISED, "section")
    assert statuses[45] == (RECOGNISED, "section_text")
    assert statuses[53] == (RECOGNISED, "paragraph")
    assert statuses[84] == (IGNORED, "signature or date line")
    assert statuses[86] == (RECOGNISED, "signature")
    assert result.unrecognised_lines == []


def test_elements_in_document_order_with_what_they_were_recognised_as(result):
    kinds = [kind for kind, _element in result.elements()]

    assert kinds[:7] == ["title", "title", "parties", "preamble", "preamble", "lead_in", "section"]
    assert kinds.count("section") == 7
    assert kinds.count("paragraph") == 4
    assert kinds[-3:] == ["final_formula", "signature", "signature"]
    lines = sorted(number for _kind, element in result.elements() for number in element.lines)
    assert lines == sorted(set(lines))  # no line belongs to two elements
