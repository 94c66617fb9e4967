"""Finished PDFs are reused while the content is the same, and never when it changed."""

import pytest

from cicadocs.pdf import cache, engine, render


@pytest.fixture
def renders(monkeypatch):
    calls = []
    real = engine.html_to_pdf

    def counting(html, **kwargs):
        calls.append(html)
        return real(html, **kwargs)

    monkeypatch.setattr(render, "html_to_pdf", counting)
    return calls


def test_an_unchanged_memorandum_is_served_from_the_cache(small_snapshot, renders):
    first = render.render_memorandum(small_snapshot, "en", "draft")
    second = render.render_memorandum(small_snapshot, "en", "draft")

    assert first == second
    assert len(renders) == 1


def test_a_changed_memorandum_is_rendered_again(small_snapshot, renders):
    first = render.render_memorandum(small_snapshot, "en", "draft")
    small_snapshot["sections"][1]["text"]["en"] = "Disputes go to arbitration."

    second = render.render_memorandum(small_snapshot, "en", "draft")

    assert len(renders) == 2 and first != second
    assert b"%PDF" in second


def test_language_and_variant_are_part_of_the_key(small_snapshot, renders):
    render.render_memorandum(small_snapshot, "en", "draft")
    render.render_memorandum(small_snapshot, "en", "final")
    render.render_memorandum(small_snapshot, "ru", "draft")

    assert len(renders) == 3


def test_a_changed_stylesheet_changes_the_key(small_snapshot, settings, tmp_path, monkeypatch):
    before = cache.content_key("memorandum", small_snapshot)
    monkeypatch.setattr(cache, "RENDERER_VERSION", "changed")

    assert cache.content_key("memorandum", small_snapshot) != before


def test_the_cache_can_be_turned_off(small_snapshot, renders, settings):
    settings.CICADOCS_PDF_CACHE = False

    render.render_memorandum(small_snapshot, "en", "draft")
    render.render_memorandum(small_snapshot, "en", "draft")

    assert len(renders) == 2


def test_styles_and_fonts_are_parsed_once(small_snapshot):
    engine.reset_styles()
    first = engine.styles()
    render.render_memorandum(small_snapshot, "kk", "draft")

    assert engine.styles() is first


def test_an_uploaded_emblem_replaces_the_default(small_snapshot, settings, renders):
    from cicadocs.pdf.emblem import emblem_path, uploaded_emblem_dir

    render.render_memorandum(small_snapshot, "en", "draft")
    folder = uploaded_emblem_dir()
    folder.mkdir(parents=True)
    (folder / "ours.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9"><rect width="9" height="9"/></svg>'
    )

    assert emblem_path() == folder / "ours.svg"
    render.render_memorandum(small_snapshot, "en", "draft")
    assert len(renders) == 2  # the emblem is part of the key


@pytest.mark.django_db
def test_an_emblem_uploaded_in_the_admin_is_used_until_deleted():
    from django.core.files.uploadedfile import SimpleUploadedFile

    from cicadocs.pdf.emblem import default_emblem, emblem_path
    from cicadocs.pdf.models import LetterheadEmblem

    svg = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9"><circle cx="4" cy="4" r="4"/></svg>'
    emblem = LetterheadEmblem.objects.create(image=SimpleUploadedFile("crest.svg", svg, "image/svg+xml"))

    assert emblem_path().name == "crest.svg"
    emblem.delete()
    assert emblem_path() == default_emblem()


def test_an_oversized_or_foreign_emblem_is_refused():
    from django.core.exceptions import ValidationError
    from django.core.files.uploadedfile import SimpleUploadedFile

    from cicadocs.pdf.models import LetterheadEmblem

    emblem = LetterheadEmblem(image=SimpleUploadedFile("crest.html", b"<script>", "text/html"))
    with pytest.raises(ValidationError) as error:
        emblem.full_clean()
    assert "image" in error.value.message_dict


def test_old_cached_pdfs_are_pruned(small_snapshot):
    import os

    render.render_memorandum(small_snapshot, "en", "draft")
    (old,) = cache.cache_dir().glob("*/*.pdf")
    os.utime(old, (0, 0))
    render.render_memorandum(small_snapshot, "ru", "draft")

    assert cache.prune() == 1
    assert not old.exists() and len(list(cache.cache_dir().glob("*/*.pdf"))) == 1


def test_the_cache_folder_can_be_moved_out_of_media(small_snapshot, settings, tmp_path):
    settings.CICADOCS_PDF_CACHE_DIR = tmp_path / "private-cache"

    render.render_memorandum(small_snapshot, "en", "draft")

    assert len(list((tmp_path / "private-cache").glob("*/*.pdf"))) == 1
