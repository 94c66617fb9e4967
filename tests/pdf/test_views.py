"""PDF downloads: who gets which file, and refusals as messages."""

import pytest
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.template.loader import render_to_string
from django.urls import reverse

from cicadocs.accounts.models import User
from cicadocs.pdf import render


@pytest.fixture
def demo(db):
    call_command("load_demo", quiet_users=True, verbosity=0)
    from memoranda.models import MemorandumVersion
    from notes.models import Note

    notes = {note.full_number: note for note in Note.objects.select_related("series")}
    note = notes["NCT/CT/708"]
    version = note.enclosures.get().memorandum_version
    return {
        "note": note,
        "version": version,
        "other_versions": list(MemorandumVersion.objects.exclude(pk=version.pk)),
        "users": {user.username: user for user in User.objects.all()},
    }


def is_pdf(response):
    return response.status_code == 200 and response["Content-Type"] == "application/pdf" and b"%PDF" in response.content


def test_staff_download_every_pdf(client, demo):
    client.force_login(demo["users"]["staff"])
    note, version = demo["note"], demo["version"]

    for code in ("en", "ru", "kk"):
        assert is_pdf(client.get(reverse("pdf:note", args=[note.pk, code])))
    bundle = client.get(reverse("pdf:note_bundle", args=[note.pk]))
    assert is_pdf(bundle)
    assert render.page_count(bundle.content) == 3 + note.enclosures.get().page_count
    assert is_pdf(client.get(reverse("pdf:memorandum_version", args=[version.pk, "en"])))
    assert is_pdf(client.get(reverse("pdf:memorandum", args=[version.memorandum_id, "en"])))
    assert is_pdf(client.get(reverse("pdf:note", args=[note.pk, "en"]) + "?variant=draft"))
    response = client.get(reverse("pdf:note", args=[note.pk, "en"]))
    assert 'filename="NCT-CT-708-en.pdf"' in response["Content-Disposition"]


def test_unknown_language_or_variant_is_404(client, demo):
    client.force_login(demo["users"]["staff"])
    note = demo["note"]

    assert client.get(reverse("pdf:note", args=[note.pk, "de"])).status_code == 404
    assert client.get(reverse("pdf:note", args=[note.pk, "en"]) + "?variant=signed").status_code == 404
    assert client.get(reverse("pdf:note", args=[999999, "en"])).status_code == 404


def test_anonymous_users_are_sent_to_log_in(client, demo):
    response = client.get(reverse("pdf:note_bundle", args=[demo["note"].pk]))

    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_delegates_get_only_what_was_circulated_to_their_state(client, demo):
    from cicadocs.review.access import version_visible_to

    version = demo["version"]
    delegates = [user for user in demo["users"].values() if user.is_delegate]
    seeing = [user for user in delegates if version_visible_to(user, version)]
    blind = [user for user in delegates if not version_visible_to(user, version)]
    assert seeing, "the demo circulates the UNOCT draft to some states"

    client.force_login(seeing[0])
    assert is_pdf(client.get(reverse("pdf:memorandum_version", args=[version.pk, "en"])))
    # The dispatched note that enclosed the version circulated to their state.
    assert is_pdf(client.get(reverse("pdf:note_bundle", args=[demo["note"].pk])))
    assert client.get(reverse("pdf:memorandum", args=[version.memorandum_id, "en"])).status_code == 404
    assert client.get(reverse("pdf:memorandum_version", args=[version.pk, "en"]) + "?variant=final").status_code == 404
    for other in demo["other_versions"]:
        if not version_visible_to(seeing[0], other):
            assert client.get(reverse("pdf:memorandum_version", args=[other.pk, "en"])).status_code == 404

    if blind:
        client.force_login(blind[0])
        assert client.get(reverse("pdf:memorandum_version", args=[version.pk, "en"])).status_code == 404
        assert client.get(reverse("pdf:note_bundle", args=[demo["note"].pk])).status_code == 404


def test_a_refused_render_is_a_message_not_a_500(client, demo, settings):
    settings.CICADOCS_PDF_MAX_CHARS = 100
    client.force_login(demo["users"]["staff"])

    response = client.get(reverse("pdf:note", args=[demo["note"].pk, "en"]), HTTP_REFERER="/notes/")

    assert response.status_code == 302 and response["Location"] == "/notes/"
    shown = [str(message) for message in get_messages(response.wsgi_request)]
    assert shown == ["The document is too large to be printed as a PDF."]


def test_the_link_partials_link_each_language_and_the_bundle(demo):
    note, version = demo["note"], demo["version"]

    note_links = render_to_string("pdf/_links_note.html", {"note": note})
    memo_links = render_to_string("pdf/_links_memorandum.html", {"memorandum": version.memorandum, "version": version})
    draft_links = render_to_string("pdf/_links_memorandum.html", {"memorandum": version.memorandum})

    for code in ("en", "ru", "kk"):
        assert reverse("pdf:note", args=[note.pk, code]) in note_links
    assert reverse("pdf:note_bundle", args=[note.pk]) in note_links
    for code in version.snapshot["languages"]:
        assert reverse("pdf:memorandum_version", args=[version.pk, code]) in memo_links
        assert reverse("pdf:memorandum", args=[version.memorandum_id, code]) in draft_links


def test_the_command_writes_the_same_pdfs(demo, tmp_path):
    note, version = demo["note"], demo["version"]
    tmp_path = tmp_path / "out"

    call_command("render_pdf", "note", str(note.pk), "--language", "all", "--output", str(tmp_path / "note.pdf"))
    call_command("render_pdf", "note", str(note.pk), "--language", "bundle", "--output", str(tmp_path / "bundle.pdf"))
    call_command("render_pdf", "version", str(version.pk), "--language", "en", "--output", str(tmp_path / "v.pdf"))

    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "bundle.pdf",
        "note-en.pdf",
        "note-kk.pdf",
        "note-ru.pdf",
        "v.pdf",
    ]
    assert (tmp_path / "note-kk.pdf").read_bytes() == render.render_note(note, "kk", "final")
    assert (tmp_path / "bundle.pdf").read_bytes() == render.render_note_bundle(note, "final")
    assert render.page_count((tmp_path / "v.pdf").read_bytes()) == note.enclosures.get().page_count


def test_an_uploaded_pdf_enclosure_is_merged_into_the_bundle(demo):
    from io import BytesIO

    from django.core.files.uploadedfile import SimpleUploadedFile
    from pypdf import PdfWriter

    from notes.models import Enclosure

    writer = PdfWriter()
    for _ in range(3):
        writer.add_blank_page(width=595, height=842)
    out = BytesIO()
    writer.write(out)
    note = demo["note"]
    before = render.page_count(render.render_note_bundle(note, "final"))
    Enclosure.objects.create(
        note=note, order=9, kind=Enclosure.Kind.PDF, file=SimpleUploadedFile("annex.pdf", out.getvalue()), page_count=3
    )

    assert render.page_count(render.render_note_bundle(note, "final")) == before + 3


def test_the_command_refuses_unknown_documents_and_languages(demo, tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("render_pdf", "note", "999999", "--output", str(tmp_path / "x.pdf"))
    with pytest.raises(CommandError):
        call_command(
            "render_pdf", "version", str(demo["version"].pk), "--language", "de", "--output", str(tmp_path / "x.pdf")
        )
