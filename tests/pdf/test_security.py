"""Hostile text never makes the renderer read a file, fetch a URL or embed an attachment."""

from io import BytesIO

import pytest
from pypdf import PdfReader

from cicadocs.pdf import render
from cicadocs.pdf.engine import html_to_pdf, make_fetcher
from cicadocs.pdf.errors import DocumentTooLarge, RenderTimeout

from .conftest import pdf_text, with_text


def hostile_texts(port):
    canary = f"http://127.0.0.1:{port}/"
    return [
        "<img src=file:///etc/passwd>",
        f'<link rel=attachment href="{canary}leak">',
        '<link rel="attachment" href="file:///etc/passwd" title="passwd">',
        f"<style>@import url({canary}import.css); p {{ background: url({canary}bg.png) }}</style>",
        f'<div style="background-image: url({canary}inline)">x</div>',
        f'<svg><image href="{canary}svg"/></svg><object data="{canary}obj"></object>',
        f'<iframe src="{canary}frame"></iframe><embed src="file:///etc/shadow">',
    ]


def assert_no_attachment(data):
    reader = PdfReader(BytesIO(data))
    assert reader.attachments == {}
    assert "/EmbeddedFiles" not in str(reader.trailer["/Root"].get("/Names", {}))
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            assert annotation.get_object().get("/Subtype") != "/FileAttachment"


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_hostile_text_in_a_memorandum_is_printed_as_text(small_snapshot, canary, language):
    text = " ".join(hostile_texts(canary.port))
    data = render.render_memorandum(with_text(small_snapshot, text), language, "draft")

    assert canary.connections == []
    assert_no_attachment(data)
    extracted = pdf_text(data)
    assert "root:" not in extracted  # nothing of /etc/passwd
    assert "<img src=file:///etc/passwd>" in extracted.replace("\n", "")


def test_hostile_html_reaching_the_engine_is_refused(canary):
    """Even raw HTML (never produced from user text) cannot leak: the fetcher refuses it all."""
    html = "<!DOCTYPE html><html><head>{}</head><body><p>body</p>{}</body></html>".format(
        f'<link rel="attachment" href="http://127.0.0.1:{canary.port}/a" title="a">'
        '<link rel="attachment" href="file:///etc/passwd">'
        f'<link rel="stylesheet" href="http://127.0.0.1:{canary.port}/s.css">',
        " ".join(hostile_texts(canary.port))
        + '<img src="data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22/>">'
        + f'<a rel="attachment" href="http://127.0.0.1:{canary.port}/link">link</a>'
        + '<img src="../../cicadocs/settings.py"><img src="../fonts/../../manage.py">',
    )
    fetcher = make_fetcher()

    data = html_to_pdf(html, fetcher=fetcher)

    assert canary.connections == []
    assert_no_attachment(data)
    refused = " ".join(fetcher.refused)
    assert "/etc/passwd" in refused
    assert f"127.0.0.1:{canary.port}" in refused
    assert "data:" in refused
    assert "settings.py" in refused
    assert "manage.py" in refused


def test_a_5000_character_word_is_wrapped_not_lost(small_snapshot):
    word = "Ә" + "x" * 4998 + "Һ"

    data = render.render_memorandum(with_text(small_snapshot, word), "kk", "final")

    text = pdf_text(data)
    assert text.count("x") == 4998 * 4  # clause, item, heading and name: nothing lost
    assert "Ә" in text and "Һ" in text


def test_a_thousand_nested_tags_are_plain_text(small_snapshot, canary):
    nested = "<b>" * 1000 + "deep" + "</b>" * 1000

    data = render.render_memorandum(with_text(small_snapshot, nested), "en", "draft")

    assert canary.connections == []
    assert "<b><b><b>" in pdf_text(data).replace("\n", "")


def test_too_large_a_document_raises_a_named_error(small_snapshot, settings):
    settings.CICADOCS_PDF_MAX_CHARS = 5_000

    with pytest.raises(DocumentTooLarge) as error:
        render.render_memorandum(with_text(small_snapshot, "word " * 2_000), "en", "draft")

    assert "too large" in error.value.message


def test_too_many_pages_raise_a_named_error(small_snapshot, settings):
    settings.CICADOCS_PDF_MAX_PAGES = 2

    with pytest.raises(DocumentTooLarge):
        render.render_memorandum(with_text(small_snapshot, "many words " * 3_000), "en", "draft")


def test_a_slow_render_stops_at_the_time_limit(small_snapshot, settings):
    settings.CICADOCS_PDF_TIMEOUT = 0.000_001

    with pytest.raises(RenderTimeout) as error:
        render.render_memorandum(small_snapshot, "en", "draft")

    assert "1e-06" in error.value.message or "seconds" in error.value.message


def test_the_error_message_is_translated(small_snapshot, settings):
    from django.utils import translation

    settings.CICADOCS_PDF_MAX_CHARS = 10
    with pytest.raises(DocumentTooLarge) as error:
        render.render_memorandum(small_snapshot, "en", "draft")

    with translation.override("ru"):
        assert error.value.message != "" and isinstance(error.value.message, str)


def hostile_pdf():
    """A one-page PDF carrying an attachment, a page link and document JavaScript."""
    from pypdf import PdfWriter
    from pypdf.actions import JavaScript
    from pypdf.annotations import Link

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_attachment("passwd.txt", b"root:x:0:0")
    writer.add_open_action(JavaScript("app.alert('hello');"))
    writer.add_annotation(0, Link(rect=(10, 10, 100, 100), url="http://127.0.0.1:9/"))
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def test_an_uploaded_enclosure_brings_no_attachment_or_script_into_a_bundle(small_snapshot):
    from types import SimpleNamespace

    from django.core.files.base import ContentFile

    from cicadocs.pdf.enclosures import enclosure_page_count, enclosure_pdf

    upload = SimpleNamespace(kind="pdf", file=ContentFile(hostile_pdf(), name="upload.pdf"))
    original = PdfReader(BytesIO(hostile_pdf()))
    assert original.attachments and "/Annots" in original.pages[0]  # the upload does carry them
    assert "/OpenAction" in original.trailer["/Root"] or "/JavaScript" in str(original.trailer["/Root"]["/Names"])

    bundle = render.merge_pdfs([render.render_memorandum(small_snapshot, "en", "draft"), enclosure_pdf(upload)])

    assert render.page_count(bundle) == 2 and enclosure_page_count(upload) == 1
    assert_no_attachment(bundle)
    reader = PdfReader(BytesIO(bundle))
    assert "/Names" not in reader.trailer["/Root"] and "/OpenAction" not in reader.trailer["/Root"]
    assert all("/Annots" not in page for page in reader.pages)
    assert b"app.alert" not in bundle


def test_hostile_text_in_a_note_is_printed_as_text(canary):
    text = " ".join(hostile_texts(canary.port))
    parts = {
        "language": "kk",
        "show_letterhead": True,
        "number_line": text,
        "enclosure_line": "Қосымша: " + text,
        "enclosure_after_paragraph": 1,
        "paragraphs": [text, "<script>alert(1)</script>"],
        "place_date": text,
        "addressee_lines": [text],
    }

    data = render.render_note_parts(parts, "draft")

    assert canary.connections == []
    assert_no_attachment(data)
    assert "<script>alert(1)</script>" in pdf_text(data).replace("\n", "")


def test_an_uploaded_emblem_cannot_fetch_anything(small_snapshot, canary):
    from cicadocs.pdf.emblem import uploaded_emblem_dir

    folder = uploaded_emblem_dir()
    folder.mkdir(parents=True)
    (folder / "emblem.svg").write_text(
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">'
        f'<image href="http://127.0.0.1:{canary.port}/img" width="10" height="10"/>'
        '<image xlink:href="file:///etc/passwd" width="10" height="10"/>'
        f'<use href="http://127.0.0.1:{canary.port}/use#x"/><text>&xxe;</text></svg>'
    )
    parts = {
        "language": "en",
        "show_letterhead": True,
        "number_line": "№X/1",
        "enclosure_line": "",
        "enclosure_after_paragraph": 0,
        "paragraphs": ["Text."],
        "place_date": "Astana",
        "addressee_lines": ["ALL"],
    }

    data = render.render_note_parts(parts, "final")

    assert canary.connections == []
    assert "root:" not in pdf_text(data)
