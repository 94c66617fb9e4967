"""The notes pages: register, note page, drafting form, preview, workflow buttons."""

import json
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from notes.models import Note, Series

pytestmark = pytest.mark.django_db


def form_data(directory, **overrides):
    series = Series.objects.get(prefix="NCT/CT/")
    data = {
        "series": series.pk,
        "suffix": "",
        "date": timezone.localdate().isoformat(),
        "sender": directory["organisations"]["CICA Secretariat"].pk,
        "addressee_kind": "member_states",
        "languages": ["en", "ru"],
        "subject": "Invitation to the SWG",
        "kind": "invitation",
        "meetings_text": "2024-06-25 | CICA Special Working Group | Специальной рабочей группы СВМДА | "
        "Азия Кеңесі Арнаулы жұмыс тобының",
        "has_closing": "on",
        "place_en": "Astana",
        "place_ru": "город Астана",
        "place_kk": "Астана қаласы",
    }
    data.update(overrides)
    return data


@pytest.fixture
def staff_client(client, staff_user, demo_notes):
    client.force_login(staff_user)
    return client


def test_register_lists_and_searches_the_notes(staff_client):
    page = staff_client.get(reverse("notes:index"))
    found = staff_client.get(reverse("notes:index"), {"q": "NCT/CT/708"})
    by_text = staff_client.get(reverse("notes:index"), {"q": "silence procedure expiring"})
    by_year = staff_client.get(reverse("notes:index"), {"year": 2020, "status": "dispatched"})

    assert page.status_code == 200
    assert [n.full_number for n in page.context["notes"]] == ["NCT/CT/708", "NCT/CT/569", "NCT/CT/513", "18-4/58emb"]
    assert [n.full_number for n in found.context["notes"]] == ["NCT/CT/708"]
    assert [n.full_number for n in by_text.context["notes"]] == ["18-4/58emb"]
    assert [n.full_number for n in by_year.context["notes"]] == ["18-4/58emb"]


def test_register_filters_by_addressee_and_series(staff_client):
    series = Series.objects.get(prefix="18-4/")

    response = staff_client.get(reverse("notes:index"), {"addressee_kind": "embassies", "series": series.pk})

    assert [n.full_number for n in response.context["notes"]] == ["18-4/58emb"]


def test_delegate_cannot_open_the_register(client, delegate):
    client.force_login(delegate)

    assert client.get(reverse("notes:index")).status_code == 403


def test_note_page_shows_languages_side_by_side_and_references(staff_client, demo_notes):
    note = demo_notes["NCT/CT/708"]

    response = staff_client.get(reverse("notes:detail", args=[note.pk]))
    earlier = staff_client.get(reverse("notes:detail", args=[demo_notes["NCT/CT/513"].pk]))

    assert [code for code, _name, _parts in response.context["versions"]] == ["en", "ru", "kk"]
    assert response.context["references"] == [demo_notes["NCT/CT/513"], demo_notes["NCT/CT/569"]]
    assert list(earlier.context["referred_by"]) == [note]
    assert "Азия Кеңесінің Хатшылығы осы мүмкіндікті пайдалана отырып" in response.content.decode()


def test_drafting_form_creates_a_note_with_generated_texts(staff_client, directory):
    response = staff_client.post(reverse("notes:create"), form_data(directory))

    note = Note.objects.get(subject="Invitation to the SWG")
    assert response.status_code == 302
    assert note.status == Note.Status.DRAFT
    assert note.edited == {}
    assert note.body_en == (
        "The Secretariat would be grateful to receive the composition of the delegations at the earliest convenience."
    )
    assert note.opening_en.endswith(
        "has the honour to invite their representatives to take part in the meetings of the CICA Special Working "
        "Group on 25 June 2024."
    )


def test_hand_edited_text_is_kept_and_remembered(staff_client, directory):
    data = form_data(directory, body_en="Our own wording.", gen_body_en="Generated wording.")

    staff_client.post(reverse("notes:create"), data)

    note = Note.objects.get(subject="Invitation to the SWG")
    assert note.edited == {"body_en": True}
    assert note.body_en == "Our own wording."


def test_pasted_html_is_kept_as_text(staff_client, directory):
    staff_client.post(reverse("notes:create"), form_data(directory, body_en="<script>alert(1)</script> <b>x</b>"))
    note = Note.objects.get(subject="Invitation to the SWG")

    page = staff_client.get(reverse("notes:detail", args=[note.pk])).content.decode()

    assert note.body_en == "<script>alert(1)</script> <b>x</b>"
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;x&lt;/b&gt;" in page
    assert "<script>alert(1)" not in page


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"date": (timezone.localdate() + timedelta(days=400)).isoformat()}, "date"),
        ({"series": 999999}, "series"),
        ({"addressee_kind": "embassies"}, "cities"),
        ({"addressee_kind": "states"}, "states"),
        ({"addressee_kind": "organisation"}, "addressee_organisation"),
        ({"languages": []}, "languages"),
        ({"meetings_text": "25 June | x"}, "meetings_text"),
    ],
)
def test_bad_input_gets_form_errors(staff_client, directory, overrides, field):
    response = staff_client.post(reverse("notes:create"), form_data(directory, **overrides))

    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not Note.objects.filter(subject="Invitation to the SWG").exists()


def test_crafted_post_to_a_dispatched_note_changes_nothing(staff_client, directory, demo_notes):
    note = demo_notes["NCT/CT/708"]
    frozen = note.frozen

    edit = staff_client.post(reverse("notes:edit", args=[note.pk]), form_data(directory, subject="Hacked"))
    delete = staff_client.post(reverse("notes:action", args=[note.pk, "delete"]), follow=True)

    note.refresh_from_db()
    assert edit.status_code == 302
    assert note.subject != "Hacked"
    assert note.frozen == frozen
    assert "has been dispatched and can no longer be changed" in delete.content.decode()


def test_edit_form_of_a_dispatched_note_redirects_with_a_message(staff_client, demo_notes):
    response = staff_client.get(reverse("notes:edit", args=[demo_notes["NCT/CT/708"].pk]), follow=True)

    assert response.redirect_chain[-1][0] == reverse("notes:detail", args=[demo_notes["NCT/CT/708"].pk])
    assert "Create a correction instead" in response.content.decode()


def test_preview_returns_the_generated_texts(staff_client, directory):
    response = staff_client.post(reverse("notes:preview"), form_data(directory, kind="submission", document_en="X"))

    data = json.loads(response.content)
    assert data["languages"] == ["en", "ru"]
    assert data["generated"]["en"]["opening"].endswith("has the honour to submit for consideration X.")
    assert data["parts"]["ru"]["place_date"].startswith("город Астана, ")


def test_approve_then_dispatch_with_buttons(staff_client, directory):
    staff_client.post(reverse("notes:create"), form_data(directory))
    note = Note.objects.get(subject="Invitation to the SWG")

    staff_client.post(reverse("notes:action", args=[note.pk, "approve"]))
    response = staff_client.post(reverse("notes:action", args=[note.pk, "dispatch"]), follow=True)

    note.refresh_from_db()
    assert note.full_number == "NCT/CT/709"
    assert "Note NCT/CT/709 was dispatched." in response.content.decode()


def test_dispatch_refusal_names_what_is_missing(staff_client, directory):
    staff_client.post(reverse("notes:create"), form_data(directory, kind="free"))
    note = Note.objects.get(subject="Invitation to the SWG")
    staff_client.post(reverse("notes:action", args=[note.pk, "approve"]))

    response = staff_client.post(reverse("notes:action", args=[note.pk, "dispatch"]), follow=True)

    page = response.content.decode()
    assert "The English body is empty." in page
    assert "The Russian body is empty." in page
    note.refresh_from_db()
    assert note.number is None


def test_drafting_form_and_edit_form_open(staff_client, directory):
    staff_client.post(reverse("notes:create"), form_data(directory))
    note = Note.objects.get(subject="Invitation to the SWG")

    new = staff_client.get(reverse("notes:create"))
    edit = staff_client.get(reverse("notes:edit", args=[note.pk]))

    assert new.status_code == 200
    assert edit.status_code == 200
    assert edit.context["form"].initial["body_en"] == note.body_en
    assert edit.context["form"].initial["gen_body_en"] == note.body_en


def _pdf(pages):
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    for _page in range(pages):
        writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_uploaded_pdf_enclosure_counts_its_pages(staff_client, directory):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from notes.rendering import note_parts

    staff_client.post(reverse("notes:create"), form_data(directory))
    note = Note.objects.get(subject="Invitation to the SWG")
    upload = SimpleUploadedFile("annex.pdf", _pdf(3), content_type="application/pdf")

    staff_client.post(reverse("notes:enclosure_add", args=[note.pk]), {"kind": "pdf", "file": upload})

    assert note.enclosures.get().page_count == 3
    assert note_parts(note, "ru")["enclosure_line"] == "Приложение: на 3 л."


def test_a_file_that_is_not_a_pdf_is_refused(staff_client, directory):
    from django.core.files.uploadedfile import SimpleUploadedFile

    staff_client.post(reverse("notes:create"), form_data(directory))
    note = Note.objects.get(subject="Invitation to the SWG")
    upload = SimpleUploadedFile("annex.pdf", b"<html>not a pdf</html>", content_type="application/pdf")

    response = staff_client.post(
        reverse("notes:enclosure_add", args=[note.pk]), {"kind": "pdf", "file": upload}, follow=True
    )

    assert "This file is not a readable PDF." in response.content.decode()
    assert not note.enclosures.exists()


def test_enclosures_of_a_dispatched_note_cannot_change(staff_client, demo_notes):
    note = demo_notes["NCT/CT/708"]
    enclosure = note.enclosures.get()

    staff_client.post(reverse("notes:enclosure_add", args=[note.pk]), {"kind": "text", "description_en": "more"})
    staff_client.post(reverse("notes:enclosure_remove", args=[note.pk, enclosure.pk]))

    assert list(note.enclosures.all()) == [enclosure]
