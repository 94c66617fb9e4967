"""Memoranda rendered from a snapshot: layout facts checked in the PDF."""

from io import BytesIO

import pytest
from pypdf import PdfReader

from cicadocs.pdf import render

from .conftest import KAZAKH_LETTERS, pdf_text


def pages_text(data):
    return [page.extract_text() for page in PdfReader(BytesIO(data)).pages]


def embedded_fonts(data):
    fonts = {}
    for page in PdfReader(BytesIO(data)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            descriptor = descriptor.get_object()
            fonts[str(font["/BaseFont"])] = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    return fonts


def test_the_unoct_draft_has_nine_pages_each_marked_draft_with_footer(unoct_snapshot):
    data = render.render_memorandum(unoct_snapshot, "en", "draft")

    pages = pages_text(data)
    assert len(pages) == 9
    for number, text in enumerate(pages, start=1):
        assert "DRAFT" in text.replace("DRAFT\nMEMORANDUM", "")  # the mark, not only the title line
        assert "Version 3 of 12 June 2024" in text
        assert f"{number} / 9" in text


def test_a_final_version_carries_no_draft_mark(unoct_snapshot):
    unoct_snapshot["title"]["en"] = unoct_snapshot["title"]["en"][1:]

    data = render.render_memorandum(unoct_snapshot, "en", "final")

    assert "DRAFT" not in pdf_text(data)


def test_the_signature_block_is_kept_whole_on_the_last_page(unoct_snapshot):
    pages = pages_text(render.render_memorandum(unoct_snapshot, "en", "draft"))

    last = " ".join(pages[-1].split()).replace("- ", "-")
    for text in (
        "For the United Nations Office of Counter-Terrorism:",
        "H.E. Mr. Vladimir Voronkov",
        "H.E. Mr. Kairat Sarybay",
    ):
        assert text in last
    assert last.count("Signature") == 2 and last.count("Date") == 2


def test_clause_numbers_come_before_their_text(unoct_snapshot):
    text = " ".join(pdf_text(render.render_memorandum(unoct_snapshot, "en", "draft")).split())

    assert "1.1 The purpose of this MoU" in text
    assert "i. To strengthen, within their respective mandates" in text
    assert "11: Dispute resolution" in text


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_every_language_renders_in_the_embedded_project_font(small_snapshot, language):
    data = render.render_memorandum(small_snapshot, language, "draft")

    fonts = embedded_fonts(data)
    assert fonts and all(fonts.values())
    assert all("CicaSerif" in name for name in fonts)  # the @font-face family: our Liberation Serif files


def test_every_kazakh_letter_comes_back_from_text_extraction(small_snapshot):
    text = pdf_text(render.render_memorandum(small_snapshot, "kk", "draft"))

    assert KAZAKH_LETTERS in text
    assert "2024 жылғы 12 маусым" in text  # the footer date, written the Kazakh way
    assert "ЖОБА" in text


def test_the_footer_is_in_the_document_language(small_snapshot):
    assert "12 июня 2024 года" in pdf_text(render.render_memorandum(small_snapshot, "ru", "draft"))


def test_a_working_draft_names_today(small_snapshot):
    small_snapshot.update(version=None, frozen_at=None)

    assert "Working draft" in pdf_text(render.render_memorandum(small_snapshot, "en", "draft"))


def test_unknown_language_or_variant_is_refused(small_snapshot):
    with pytest.raises(ValueError):
        render.render_memorandum(small_snapshot, "de", "draft")
    with pytest.raises(ValueError):
        render.render_memorandum(small_snapshot, "en", "signed")


def test_templates_are_chosen_most_specific_first():
    assert render.template_candidates("memorandum", "kk", "cooperation") == [
        "pdf/memorandum_cooperation_kk.html",
        "pdf/memorandum_cooperation.html",
        "pdf/memorandum_kk.html",
        "pdf/memorandum.html",
    ]


def test_page_count():
    data = render.merge_pdfs([render.render_note_parts(_parts("en")), render.render_note_parts(_parts("ru"))])
    assert render.page_count(data) == 2


def _parts(language):
    return {
        "language": language,
        "show_letterhead": True,
        "number_line": "№X/1",
        "enclosure_line": "",
        "enclosure_after_paragraph": 0,
        "paragraphs": ["Text."],
        "place_date": "Astana",
        "addressee_lines": ["ALL"],
    }


@pytest.mark.parametrize(
    ("after", "expected"),
    [(0, "Enclosure: on 9 p. One. Two."), (1, "One. Enclosure: on 9 p. Two."), (7, "One. Two. Enclosure: on 9 p.")],
)
def test_the_enclosure_line_stands_where_the_note_puts_it(after, expected):
    parts = {**_parts("en"), "enclosure_line": "Enclosure: on 9 p.", "enclosure_after_paragraph": after}
    parts["paragraphs"] = ["One.", "Two."]

    text = " ".join(pdf_text(render.render_note_parts(parts)).split())

    assert expected in text


def test_a_kind_specific_template_wins_when_it_exists(settings, tmp_path):
    folder = tmp_path / "templates" / "pdf"
    folder.mkdir(parents=True)
    (folder / "note_silence.html").write_text(
        '{% extends "pdf/note.html" %}{% block body %}<p>Silence procedure {{ parts.number_line }}</p>{% endblock %}'
    )
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path / "templates", *settings.TEMPLATES[0]["DIRS"]]}]

    silence = pdf_text(render.render_note_parts(_parts("en"), style="silence"))
    plain = pdf_text(render.render_note_parts(_parts("en")))

    assert "Silence procedure №X/1" in silence
    assert "Silence procedure" not in plain


def test_a_kazakh_preamble_keyword_closes_its_paragraph(small_snapshot):
    small_snapshot["preamble"] = [
        {
            "uid": "p1",
            "keyword": {"en": "CONSIDERING that", "ru": "УЧИТЫВАЯ, что", "kk": "НАЗАРҒА АЛА ОТЫРЫП;"},
            "text": {"en": "peace matters;", "ru": "мир важен;", "kk": "бейбітшіліктің маңызды екенін"},
            "keyword_at_end": {"en": False, "ru": False, "kk": True},
        }
    ]

    kazakh = " ".join(pdf_text(render.render_memorandum(small_snapshot, "kk", "draft")).split())
    english = " ".join(pdf_text(render.render_memorandum(small_snapshot, "en", "draft")).split())

    assert "бейбітшіліктің маңызды екенін НАЗАРҒА АЛА ОТЫРЫП;" in kazakh
    assert "CONSIDERING that peace matters;" in english
