"""Word files: text in document order with automatic numbers; anything else is refused."""

import io
import zipfile

import docx
import pytest

from memoranda.importer.docx import docx_to_text
from memoranda.importer.errors import NotAWordFileError, TextTooLargeError
from memoranda.importer.parser import parse_text


def _word(build):
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _memorandum(document):
    document.add_paragraph("MEMORANDUM OF UNDERSTANDING")
    document.add_paragraph("WHEREAS the Parties wish to cooperate;")
    document.add_paragraph("have agreed as follows:")
    document.add_paragraph("Article 1")
    document.add_paragraph("The Parties shall cooperate in:")
    document.add_paragraph("exchange of information;", style="List Number")
    document.add_paragraph("joint training.", style="List Number")
    document.add_paragraph("Done in _____ on _____ 2025.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "For the Secretariat:"
    table.cell(0, 0).add_paragraph("Kairat Sarybay")
    table.cell(0, 0).add_paragraph("Secretary General")
    table.cell(0, 1).text = "For the Organisation:"
    table.cell(0, 1).add_paragraph("John Smith")
    table.cell(0, 1).add_paragraph("Director")


def test_word_file_gives_its_paragraphs_list_numbers_and_table_cells():
    text = docx_to_text(_word(_memorandum))

    assert text.splitlines() == [
        "MEMORANDUM OF UNDERSTANDING",
        "WHEREAS the Parties wish to cooperate;",
        "have agreed as follows:",
        "Article 1",
        "The Parties shall cooperate in:",
        "1. exchange of information;",
        "2. joint training.",
        "Done in _____ on _____ 2025.",
        "",
        "For the Secretariat:",
        "Kairat Sarybay",
        "Secretary General",
        "",
        "For the Organisation:",
        "John Smith",
        "Director",
    ]
    result = parse_text(text)
    assert [c.number for c in result.section("1").clauses] == ["", "1", "2"]
    assert [(s.for_text, s.name, s.title) for s in result.signatures] == [
        ("For the Secretariat:", "Kairat Sarybay", "Secretary General"),
        ("For the Organisation:", "John Smith", "Director"),
    ]


def test_uploaded_file_object_is_read():
    upload = io.BytesIO(_word(_memorandum))
    assert docx_to_text(upload).startswith("MEMORANDUM OF UNDERSTANDING\n")


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7 not a word file",
        b"",
        b"Article 1\nplain text saved as .docx",
        b"PK\x03\x04 broken zip",
    ],
)
def test_what_is_not_a_word_file_is_refused(data):
    with pytest.raises(NotAWordFileError) as error:
        docx_to_text(data)
    assert str(error.value.message) == "The file is not a Word (.docx) document."


def test_zip_without_a_document_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hello")
    with pytest.raises(NotAWordFileError):
        docx_to_text(buffer.getvalue())


def test_input_over_one_megabyte_is_refused_before_reading_it_as_word():
    with pytest.raises(TextTooLargeError):
        docx_to_text(b"PK" + b"\0" * (1024 * 1024))


def test_paragraphs_inside_content_controls_are_kept():
    from docx.oxml.ns import qn
    from lxml import etree

    def build(document):
        document.add_paragraph("Article 1")
        inner = document.add_paragraph("Text inside a content control.")
        sdt = etree.SubElement(document.element.body, qn("w:sdt"))
        content = etree.SubElement(sdt, qn("w:sdtContent"))
        inner._p.addprevious(sdt)
        content.append(inner._p)
        document.add_paragraph("Article 2")

    text = docx_to_text(_word(build))

    assert text.splitlines() == ["Article 1", "Text inside a content control.", "Article 2"]
