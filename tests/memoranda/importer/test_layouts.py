"""Other common layouts of memoranda, written for these tests."""

import pytest

from memoranda.importer.errors import EmptyTextError, NoStructureError, TextTooLargeError
from memoranda.importer.parser import parse_text
from memoranda.importer.result import IGNORED, UNRECOGNISED

ARTICLES_WITH_HEADINGS = """\
MEMORANDUM OF UNDERSTANDING
BETWEEN THE MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF ARCADIA
AND THE SECRETARIAT OF THE CONFERENCE ON INTERACTION AND CONFIDENCE BUILDING MEASURES IN ASIA

The Ministry of Foreign Affairs of the Republic of Arcadia (hereinafter referred to as "the Ministry") and \
the Secretariat of the Conference on Interaction and Confidence Building Measures in Asia \
(hereinafter referred to as "the Secretariat"), hereinafter jointly referred to as the Sides,

RECOGNIZING the importance of dialogue in Asia;
DESIRING to strengthen their cooperation;

Have agreed as follows:

Article 1. Purpose
1. The purpose of this Memorandum is to establish a framework for cooperation.
2. The Sides shall cooperate in the following fields:
(a) security and confidence building;
(b) economic cooperation;
(c) cultural exchange.

Article 2 - Consultations
The Sides shall hold regular consultations.

Article 3: Final provisions
1. This Memorandum shall enter into force on the date of its signature.
2. This Memorandum may be amended by mutual written consent of the Sides.

Done at Astana on ___ 2025 in two originals in the English language.

For the Ministry:
John Smith
Minister of Foreign Affairs

For the Secretariat:
Kairat Sarybay
Secretary General
"""

ARTICLE_ALONE_AND_ROMAN = """\
MEMORANDUM OF UNDERSTANDING ON COOPERATION

The Parties,
NOTING the decisions of the Ministerial Council;

have agreed on the following:

ARTICLE I
SCOPE
1.1 This Memorandum covers cooperation in counter-terrorism.
1.2 The cooperation may include:
(i) exchange of information;
(ii) joint training;
(iii) expert meetings.

ARTICLE II
FINANCIAL MATTERS
2.1 Each Party shall bear its own costs.

ARTICLE III
2.2 Each Party may waive this rule.
The Parties may agree otherwise in writing.
"""

LETTERED_SECTIONS = """\
DRAFT

MEMORANDUM OF UNDERSTANDING

between A and B

WHEREAS the Participants wish to cooperate;

NOW, THEREFORE, the Participants express their intention to cooperate as follows:

1. Objectives

1.1 The Participants will pursue these objectives:
a) to exchange experience;
b) to hold joint events.

2. Contacts

2.1 The Participants will designate focal points.

3. Final provisions

This MoU will come into effect on the date of signature.

SIGNED in _____ on _____ 2025.
"""

RUSSIAN = """\
ПРОЕКТ
МЕМОРАНДУМ
о сотрудничестве между Секретариатом Организации А и Секретариатом СВМДА

Секретариат Организации А и Секретариат Совещания по взаимодействию и мерам доверия в Азии (СВМДА), \
именуемые в дальнейшем Стороны,

УЧИТЫВАЯ заинтересованность в развитии сотрудничества,
ПРИНИМАЯ ВО ВНИМАНИЕ, что международное сотрудничество способствует укреплению мира,

договорились о нижеследующем:

Статья 1
Стороны сотрудничают в рамках своих мандатов.

Статья 2. Формы сотрудничества
1. Стороны обмениваются информацией.
2. Стороны проводят консультации:
а) на уровне руководителей;
б) на уровне экспертов.

Статья 3
Настоящий Меморандум вступает в силу с даты подписания.

Совершено в городе _____ «__» _____ 2025 года в двух подлинных экземплярах на русском языке.

За Секретариат Организации А:
И. Иванов
Генеральный секретарь

За Секретариат СВМДА:
К. Сарыбай
Генеральный секретарь
"""

KAZAKH = """\
А ҰЙЫМЫНЫҢ ХАТШЫЛЫҒЫ мен АЗИЯ КЕҢЕСІНІҢ ХАТШЫЛЫҒЫ
арасындағы
ӨЗАРА ТҮСІНІСТІК ТУРАЛЫ МЕМОРАНДУМ

А Ұйымының Хатшылығы және Азия Кеңесінің Хатшылығы, бұдан әрі Тараптар деп аталатын,

Азиядағы ынтымақтастықтың маңыздылығын НАЗАРҒА АЛА ОТЫРЫП;

төмендегілер туралы уағдаласты:

1-бап. Мақсаты
Тараптар өз мандаттары шегінде ынтымақтасады.

2-бап
1. Тараптар ақпарат алмасады.
2. Тараптар консультациялар өткізеді.

_____ қаласында 2025 жылғы «__» _____ екі түпнұсқа данада жасалды.
"""


def numbers_of(result):
    return [record.number for record in result.lines]


@pytest.mark.parametrize("text", [ARTICLES_WITH_HEADINGS, ARTICLE_ALONE_AND_ROMAN, LETTERED_SECTIONS, RUSSIAN, KAZAKH])
def test_every_line_appears_exactly_once(text):
    result = parse_text(text)
    assert numbers_of(result) == list(range(1, len(text.splitlines()) + 1))


def test_articles_with_headings_and_numbered_paragraphs():
    result = parse_text(ARTICLES_WITH_HEADINGS)

    assert [(s.label, s.number, s.heading) for s in result.sections] == [
        ("Article 1", "1", "Purpose"),
        ("Article 2", "2", "Consultations"),
        ("Article 3", "3", "Final provisions"),
    ]
    first = result.section("1")
    assert [clause.number for clause in first.clauses] == ["1", "2"]
    assert [item.number for item in first.clauses[1].items] == ["(a)", "(b)", "(c)"]
    assert first.clauses[1].items[2].text == "cultural exchange."
    assert result.section("2").text == "The Sides shall hold regular consultations."
    assert [clause.number for clause in result.section("3").clauses] == ["1", "2"]
    assert result.parties_word == "Sides"
    assert [(party.name, party.short_name) for party in result.parties] == [
        ("The Ministry of Foreign Affairs of the Republic of Arcadia", "the Ministry"),
        (
            "the Secretariat of the Conference on Interaction and Confidence Building Measures in Asia",
            "the Secretariat",
        ),
    ]
    assert [(p.keyword, p.text) for p in result.preamble] == [
        ("RECOGNIZING", "the importance of dialogue in Asia;"),
        ("DESIRING", "to strengthen their cooperation;"),
    ]
    assert result.lead_in.text == "Have agreed as follows:"
    assert result.final_formula.text == "Done at Astana on ___ 2025 in two originals in the English language."
    assert [(s.for_text, s.name, s.title) for s in result.signatures] == [
        ("For the Ministry:", "John Smith", "Minister of Foreign Affairs"),
        ("For the Secretariat:", "Kairat Sarybay", "Secretary General"),
    ]
    assert result.unrecognised_lines == []


def test_article_alone_on_its_line_with_heading_below_and_roman_items():
    result = parse_text(ARTICLE_ALONE_AND_ROMAN)

    assert [(s.label, s.number, s.heading) for s in result.sections] == [
        ("ARTICLE I", "1", "SCOPE"),
        ("ARTICLE II", "2", "FINANCIAL MATTERS"),
        ("ARTICLE III", "3", ""),
    ]
    assert [item.number for item in result.clause("1.2").items] == ["(i)", "(ii)", "(iii)"]
    assert result.clause("1.2").items[1].text == "joint training;"
    assert [paragraph.text for paragraph in result.parties_intro] == ["The Parties,"]
    assert [p.keyword for p in result.preamble] == ["NOTING"]
    third = result.section("3")
    assert [(c.number, c.text) for c in third.clauses] == [
        ("2.2", "Each Party may waive this rule."),
        ("", "The Parties may agree otherwise in writing."),
    ]
    assert result.warnings == ["Clause 2.2 is clause 1 of section 3: check the numbering."]


def test_lettered_sub_items_and_dotted_section_headings():
    result = parse_text(LETTERED_SECTIONS)

    assert result.is_draft
    assert [line.text for line in result.title] == ["DRAFT", "MEMORANDUM OF UNDERSTANDING", "between A and B"]
    assert [(s.label, s.heading) for s in result.sections] == [
        ("1.", "Objectives"),
        ("2.", "Contacts"),
        ("3.", "Final provisions"),
    ]
    assert [item.number for item in result.clause("1.1").items] == ["a)", "b)"]
    assert result.section("3").text == "This MoU will come into effect on the date of signature."
    assert result.final_formula.text == "SIGNED in _____ on _____ 2025."
    assert result.signatures == []


def test_russian_text_with_statya():
    result = parse_text(RUSSIAN)

    assert [line.text for line in result.title] == [
        "ПРОЕКТ",
        "МЕМОРАНДУМ",
        "о сотрудничестве между Секретариатом Организации А и Секретариатом СВМДА",
    ]
    assert result.parties_word == "Стороны"
    assert [(p.keyword, p.text) for p in result.preamble] == [
        ("УЧИТЫВАЯ", "заинтересованность в развитии сотрудничества,"),
        ("ПРИНИМАЯ ВО ВНИМАНИЕ,", "что международное сотрудничество способствует укреплению мира,"),
    ]
    assert result.lead_in.text == "договорились о нижеследующем:"
    assert [(s.label, s.heading) for s in result.sections] == [
        ("Статья 1", ""),
        ("Статья 2", "Формы сотрудничества"),
        ("Статья 3", ""),
    ]
    assert result.section("1").text == "Стороны сотрудничают в рамках своих мандатов."
    second = result.section("2")
    assert [c.number for c in second.clauses] == ["1", "2"]
    assert [(i.number, i.text) for i in second.clauses[1].items] == [
        ("а)", "на уровне руководителей;"),
        ("б)", "на уровне экспертов."),
    ]
    assert result.final_formula.text.startswith("Совершено в городе _____")
    assert [(s.for_text, s.name, s.title) for s in result.signatures] == [
        ("За Секретариат Организации А:", "И. Иванов", "Генеральный секретарь"),
        ("За Секретариат СВМДА:", "К. Сарыбай", "Генеральный секретарь"),
    ]
    assert result.unrecognised_lines == []


def test_kazakh_text_with_bap():
    result = parse_text(KAZAKH)

    assert [line.text for line in result.title] == [
        "А ҰЙЫМЫНЫҢ ХАТШЫЛЫҒЫ мен АЗИЯ КЕҢЕСІНІҢ ХАТШЫЛЫҒЫ",
        "арасындағы",
        "ӨЗАРА ТҮСІНІСТІК ТУРАЛЫ МЕМОРАНДУМ",
    ]
    assert result.parties_word == "Тараптар"
    assert [(p.keyword, p.text, p.keyword_at_end) for p in result.preamble] == [
        ("НАЗАРҒА АЛА ОТЫРЫП;", "Азиядағы ынтымақтастықтың маңыздылығын", True),
    ]
    assert result.lead_in.text == "төмендегілер туралы уағдаласты:"
    assert [(s.label, s.number, s.heading) for s in result.sections] == [("1-бап", "1", "Мақсаты"), ("2-бап", "2", "")]
    assert result.section("1").text == "Тараптар өз мандаттары шегінде ынтымақтасады."
    assert [c.number for c in result.section("2").clauses] == ["1", "2"]
    assert result.final_formula.lines == [18]


def test_unrecognised_lines_are_listed_not_dropped():
    text = "Some covering remark\n1.1 A clause before any section\n\n1: Scope\n1.1 Text.\n"
    result = parse_text(text)

    records = {record.number: record for record in result.lines}
    assert (records[1].status, records[1].kind) == ("recognised", "title")
    assert records[2].status == UNRECOGNISED
    assert "Line 2: clause 1.1 comes before any section." in result.warnings
    assert (records[3].status, records[3].reason) == (IGNORED, "blank")
    assert result.section("1").clauses[0].text == "Text."


def test_preamble_paragraph_without_keyword_is_kept_with_a_warning():
    text = (
        "WHEREAS the Parties wish to cooperate;\n"
        "The Parties also share common goals;\n"
        "have agreed as follows:\n"
        "Article 1\n"
        "Text."
    )
    result = parse_text(text)

    assert [(p.keyword, p.text) for p in result.preamble] == [
        ("WHEREAS", "the Parties wish to cooperate;"),
        ("", "The Parties also share common goals;"),
    ]
    assert result.warnings == ["Line 2 was taken as a preamble paragraph without a keyword."]


def test_sub_item_outside_a_clause_is_unrecognised():
    result = parse_text("Article 1\na) first\nb) second\n")

    assert [record.status for record in result.lines] == ["recognised", UNRECOGNISED, UNRECOGNISED]
    assert "Line 2: sub-item a) is not inside a clause." in result.warnings


@pytest.mark.parametrize(
    "text",
    [
        "Dear colleagues,\nplease find attached the draft.\nBest regards",
        "WHEREAS the Parties wish to cooperate;\nNOW, THEREFORE, they agree as follows:",
        "MEMORANDUM OF UNDERSTANDING\n\nThe text will follow.",
    ],
)
def test_text_without_sections_is_refused_with_a_clear_error(text):
    with pytest.raises(NoStructureError) as error:
        parse_text(text)
    assert "No recognisable structure" in str(error.value.message)


@pytest.mark.parametrize("text", ["", "   \n\n\t  \n"])
def test_empty_text_is_refused(text):
    with pytest.raises(EmptyTextError):
        parse_text(text)


def test_text_over_one_megabyte_is_refused():
    text = "1: Scope\n" + "x" * (1024 * 1024)
    with pytest.raises(TextTooLargeError) as error:
        parse_text(text)
    assert str(error.value.message) == "The input is larger than 1 MB and was refused."


def test_markdown_escapes_and_html_are_cleaned():
    text = "## **Article 1**\n\n*Parties* shall \\_ cooperate <b>closely</b> &amp; openly.\n"
    result = parse_text(text)

    assert result.section("1").text == "Parties shall _ cooperate closely & openly."


def test_clause_number_alone_takes_the_next_line_as_its_text():
    result = parse_text("1: Scope\n1.1\nThe Parties cooperate.\n1.2\nThey meet yearly.\n")

    assert [(clause.number, clause.text, clause.lines) for clause in result.section("1").clauses] == [
        ("1.1", "The Parties cooperate.", [2, 3]),
        ("1.2", "They meet yearly.", [4, 5]),
    ]


def test_sections_named_section_and_a_two_paragraph_final_formula():
    text = (
        "MEMORANDUM OF UNDERSTANDING\n\n"
        "Section 1\nThe Parties cooperate.\n\n"
        "Section 2: Contacts\n2.1 Focal points are designated.\n\n"
        "IN WITNESS WHEREOF, the undersigned have signed this Memorandum.\n"
        "Done at Astana on ___ 2025.\n\n"
        "On behalf of the Secretariat:\n"
        "H.E. Mr. Kairat Sarybay\n"
        "Secretary General\n"
    )
    result = parse_text(text)

    assert [(s.label, s.heading, s.text) for s in result.sections] == [
        ("Section 1", "", "The Parties cooperate."),
        ("Section 2", "Contacts", ""),
    ]
    assert result.final_formula.text == (
        "IN WITNESS WHEREOF, the undersigned have signed this Memorandum.\nDone at Astana on ___ 2025."
    )
    assert [(s.for_text, s.honorific, s.name, s.title) for s in result.signatures] == [
        ("On behalf of the Secretariat:", "H.E. Mr.", "Kairat Sarybay", "Secretary General")
    ]
    assert result.unrecognised_lines == []
