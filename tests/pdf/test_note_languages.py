"""The bundle of a note prints its language pages in the order the note is issued."""

from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from cicadocs.directory import demo as directory_demo
from cicadocs.pdf import render
from notes import demo as notes_demo
from notes.models import Note, Series
from notes.services import note_save


@pytest.mark.django_db
def test_bundle_of_a_note_issued_in_russian_then_english_starts_with_the_russian_page(staff_user):
    context = directory_demo.load()
    notes_demo.load_phrases(context["organisations"])
    note = note_save(
        note=Note(
            series=Series.objects.create(prefix="NCT/CT/", last_number=707),
            sender=context["organisations"]["CICA Secretariat"],
            date=date(2024, 6, 12),
            subject="Issued in Russian, then English",
            languages=["ru", "en"],
            body_en="The Secretariat informs.",
            body_ru="Секретариат сообщает.",
            edited={"body_en": True, "body_ru": True},
            place_en="Astana",
            place_ru="город Астана",
        ),
        actor=staff_user,
    )

    pages = [page.extract_text() or "" for page in PdfReader(BytesIO(render.render_note_bundle(note, "draft"))).pages]

    assert render.note_languages(note) == ["ru", "en"]
    assert len(pages) == 2
    assert "Секретариат сообщает." in pages[0]
    assert "The Secretariat informs." not in pages[0]
    assert "The Secretariat informs." in pages[1]
