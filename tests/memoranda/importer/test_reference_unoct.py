"""The UNOCT draft (enclosure of note NCT/CT/708) imports to exactly its structure."""

import pytest

from memoranda.importer.parser import parse_text
from memoranda.importer.result import CONTINUATION, IGNORED, PAGE_BREAK, RECOGNISED, UNRECOGNISED

TITLE_LINE = 73  # "**DRAFT" in the reference file

CLAUSES = {
    "1": ["1.1", "1.2"],
    "2": ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7"],
    "3": ["3.1", "3.2"],
    "4": ["4.1", "4.2"],
    "5": ["5.1", "5.2"],
    "6": ["6.1", "6.2", "6.3"],
    "7": ["7.1", "7.2", "7.3"],
    "8": ["8.1", "8.2", "8.3"],
    "9": ["9.1", "9.2", "9.3", "9.4"],
    "10": ["10.1", "10.2", "10.3", "10.4"],
    "11": [],
    "12": [],
}
ITEMS = {
    "1.2": ["i.", "ii.", "iii.", "iv."],
    "2.1": ["i.", "ii.", "iii.", "iv.", "v.", "vi."],
    "3.1": ["a.", "b."],
    "9.2": ["a.", "b.", "c."],
}
HEADINGS = [
    "Purpose and Objectives of the MoU",
    "Areas of Cooperation",
    "General principles of cooperation",
    "Subsequent or related arrangements and agreements",
    "Financial aspects",
    "Relationship between the Participants",
    "Use of the Participants' Names, Emblems or Logos, and Publicity",
    "Intellectual Property",
    "Contact and Liaison",
    "Term, Amendment and Termination",
    "Dispute resolution",
    "Privileges and Immunities",
]


@pytest.fixture
def whole(unoct_text):
    return parse_text(unoct_text)


@pytest.fixture
def sliced(unoct_text):
    return parse_text("\n".join(unoct_text.splitlines()[TITLE_LINE - 1 :]))


def test_the_memorandum_starts_at_its_title_after_the_covering_note(whole):
    assert whole.start_line == TITLE_LINE
    before = [record for record in whole.lines if record.number < TITLE_LINE]
    assert {record.status for record in before} == {IGNORED}
    assert {record.reason for record in before} == {"blank", "before the memorandum"}


@pytest.mark.parametrize("fixture", ["whole", "sliced"])
def test_structure_is_exact(fixture, request):
    result = request.getfixturevalue(fixture)

    assert len(result.preamble) == 15
    keywords = [paragraph.keyword for paragraph in result.preamble]
    assert keywords == ["WHEREAS"] * 8 + ["CONSIDERING", "REAFFIRMING"] + ["CONSIDERING"] * 5
    assert result.lead_in is not None
    assert [section.number for section in result.sections] == [str(n) for n in range(1, 13)]
    assert [section.label for section in result.sections] == [f"{n}:" for n in range(1, 13)]
    assert [section.heading for section in result.sections] == HEADINGS
    assert {section.number: [c.number for c in section.clauses] for section in result.sections} == CLAUSES
    assert len(result.clauses) == 32
    assert {c.number: [i.number for i in c.items] for c in result.clauses if c.items} == ITEMS
    assert result.unrecognised_lines == []
    shift = TITLE_LINE - 1 if fixture == "sliced" else 0
    assert result.warnings == [
        f"Line {138 - shift} was joined to the text above it (line {136 - shift}) across a page break.",
        f"Line {149 - shift} was joined to the text above it (line {147 - shift}) across a page break.",
    ]


def test_title_block_and_participants(whole):
    assert [line.text for line in whole.title] == [
        "DRAFT",
        "MEMORANDUM OF UNDERSTANDING",
        "between",
        "THE UNITED NATIONS OFFICE OF COUNTER-TERRORISM (UNOCT)",
        "And",
        "THE SECRETARIAT OF THE CONFERENCE ON INTERACTION AND CONFIDENCE BUILDING MEASURES IN ASIA (CICA SECRETARIAT)",
    ]
    assert whole.is_draft
    assert [line.lines for line in whole.title] == [[73], [74], [75], [76, 77], [79], [81, 82]]
    assert whole.parties_word == "Participants"
    assert [paragraph.lines for paragraph in whole.parties_intro] == [[84], [86], [88], [90]]
    assert whole.parties_intro[1].text == "and"
    assert whole.parties_intro[3].text == (
        "hereinafter collectively referred to as the “Participants” and individually as a “Participant”,"
    )
    unoct, cica = whole.parties
    assert (unoct.name, unoct.short_name) == ("THE UNITED NATIONS OFFICE OF COUNTER-TERRORISM", "UNOCT")
    assert unoct.description.startswith("part of the United Nations Secretariat, which is an international")
    assert unoct.seat == "United Nations Headquarters, New York, NY 10017, the United States of America"
    assert cica.name == "THE SECRETARIAT OF THE CONFERENCE ON INTERACTION AND CONFIDENCE BUILDING MEASURES IN ASIA"
    assert cica.short_name == "CICA SECRETARIAT"
    assert cica.seat == "55/20, Mangilik Yel Ave., Astana, the Republic of Kazakhstan"


def test_preamble_texts_and_lead_in(whole):
    first = whole.preamble[0]
    assert first.keyword == "WHEREAS"
    assert first.text.startswith("the United Nations General Assembly adopted, by consensus, resolution 60/288")
    assert first.lines == [92]
    reaffirming = whole.preamble[9]
    assert reaffirming.keyword == "REAFFIRMING"
    assert reaffirming.text.startswith("the Participants' strong desire and commitment")
    assert whole.preamble[14].text == (
        "that the establishment of relations between the Participants through the conclusion of this MoU will "
        "support the Participants' efforts to enhance peace and security in Asia and contribute to their common "
        "endeavors and objectives in the area of combating terrorism;"
    )
    assert whole.lead_in.text == (
        "NOW, THEREFORE, the Participants, while reaffirming respect for the sovereignty, territorial integrity, "
        "independence and unity of all States in accordance with the principles of UN Charter, express their "
        "intention to cooperate as follows:"
    )
    assert whole.lead_in.lines == [122]


def test_clause_and_item_texts(whole):
    assert whole.clause("1.1").text == (
        "The purpose of this MoU is to provide a non-legally binding framework, which sets out the scope and "
        "modalities of the cooperation between UNOCT and the CICA Secretariat."
    )
    assert whole.clause("1.2").items[3].text == (
        "To complement each other's efforts to ensure that due priority is given to counter-terrorism across the "
        "United Nations system and the CICA region."
    )
    assert whole.clause("3.1").items[0].text.startswith("inform each other of any difficulties")


def test_clauses_split_by_a_page_break_are_joined(whole):
    item = whole.clause("2.1").items[0]
    assert item.lines == [136, 138]
    assert item.text == (
        "Addressing challenges and threats in preventing and countering terrorism, including addressing conditions "
        "conducive to terrorism in line with the GCTS; in preventing and countering violent extremism conducive to "
        "terrorism, suppressing the financing of terrorism, countering travel of foreign terrorist fighters, "
        "eliminating the supply of weapons and ammunitions to terrorists, bringing terrorists to justice, preventing "
        "terrorist attacks, strengthening capacity building, countering terrorist propaganda, incitement and "
        "recruitment, including through Internet and other ICT, respecting human rights and the rule of law while "
        "countering terrorism, and protecting the rights of victims of terrorism;"
    )
    clause = whole.clause("2.5")
    assert clause.lines == [147, 149]
    assert clause.text.endswith(
        "bringing together relevant stakeholders at the global, regional or national levels, in accordance with "
        "procedures to be agreed upon in each specific case."
    )
    records = {record.number: record for record in whole.lines}
    assert (records[137].status, records[137].reason) == (IGNORED, PAGE_BREAK)
    assert (records[138].status, records[138].kind, records[138].element) == (CONTINUATION, "item", "2.1 i.")
    assert (records[149].status, records[149].kind, records[149].element) == (CONTINUATION, "clause", "2.5")


def test_single_paragraph_sections(whole):
    eleven, twelve = whole.section("11"), whole.section("12")
    assert eleven.clauses == [] and twelve.clauses == []
    assert eleven.text == (
        "Any dispute or disagreement between the Participants concerning the interpretation, implementation or "
        "application of this MoU will be amicably settled between the Participants without resort to legal "
        "proceedings."
    )
    assert eleven.text_lines == [208]
    assert twelve.text.startswith("Nothing in or relating to this MoU will be deemed a waiver")


def test_final_formula_and_signatures_from_the_html_table(whole):
    assert whole.final_formula.text == (
        "SIGNED in _____ on “__” _____ 2024 in two originals copies in the English language."
    )
    unoct, cica = whole.signatures
    assert unoct.for_text == "For the United Nations Office of Counter-Terrorism:"
    assert (unoct.honorific, unoct.name) == ("H.E. Mr.", "Vladimir Voronkov")
    assert unoct.title == "Under-Secretary-General for Counter-Terrorism, Office of Counter-Terrorism, United Nations"
    assert cica.for_text == (
        "For the Secretariat of the Conference on Interaction and Confidence Building Measures in Asia:"
    )
    assert (cica.honorific, cica.name) == ("H.E. Mr.", "Kairat Sarybay")
    assert cica.title == "Secretary General of the Conference on Interaction and Confidence Building Measures in Asia"
    records = {record.number: record for record in whole.lines}
    assert (records[216].status, records[216].kind, records[216].element) == (RECOGNISED, "signature", "1, 2")
    assert records[217].reason == records[219].reason == "signature or date line"


def test_every_line_is_accounted_for_exactly_once(unoct_text, whole):
    numbers = [record.number for record in whole.lines]
    assert numbers == list(range(1, len(unoct_text.splitlines()) + 1))
    assert all(record.status != UNRECOGNISED for record in whole.lines)
    for record in whole.lines:
        if record.status in (RECOGNISED, CONTINUATION):
            assert record.kind, record
        elif record.status == IGNORED:
            assert record.reason, record
