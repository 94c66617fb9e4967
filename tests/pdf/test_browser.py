"""In headless Chromium: the PDF links of a note's page and a memorandum version's page download PDFs."""

import pytest
from django.core.management import call_command

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def pdf_links(page):
    return page.eval_on_selector_all(".pdf-links a", "links => links.map(link => link.getAttribute('href'))")


def test_staff_download_the_pdfs_linked_from_a_note_and_a_version(page, login, live_server, staff_user):
    call_command("load_demo", quiet_users=True, verbosity=0)
    from notes.models import Note

    note = next(note for note in Note.objects.select_related("series") if note.full_number == "NCT/CT/708")
    version = note.enclosures.get().memorandum_version
    login(page, staff_user)

    page.goto(f"{live_server.url}/notes/{note.pk}/")
    note_links = pdf_links(page)
    page.goto(f"{live_server.url}/memoranda/versions/{version.pk}/")
    version_links = pdf_links(page)

    assert len(note_links) == 4  # English, Russian, Kazakh and the bundle
    assert len(version_links) == len(version.snapshot["languages"])
    for href in note_links + version_links:
        response = page.request.get(f"{live_server.url}{href}")
        assert response.status == 200, href
        assert response.headers["content-type"] == "application/pdf"
        assert response.body()[:5] == b"%PDF-"
