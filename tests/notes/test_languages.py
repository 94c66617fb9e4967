"""The languages a note is issued in are an ordered choice: pages, preview,
drafting form and the frozen copy follow the order the drafter chose."""

import json

import pytest
from django.urls import reverse

from notes.models import Note, issue_order
from notes.rendering import note_languages
from notes.services import note_approve, note_dispatch

from .test_views import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, staff_user, demo_notes):
    client.force_login(staff_user)
    return client


def test_issue_order_keeps_the_order_given_without_repeats_or_unknown_codes():
    assert issue_order(["ru", "en", "ru", "fr"]) == ["ru", "en"]
    assert issue_order(["kk"]) == ["kk"]
    assert issue_order(None) == []


def test_drafting_form_stores_the_order_and_the_note_page_follows_it(staff_client, directory):
    staff_client.post(reverse("notes:create"), form_data(directory, languages=["ru", "en"]))
    note = Note.objects.get(subject="Invitation to the SWG")

    page = staff_client.get(reverse("notes:detail", args=[note.pk]))

    assert note.languages == ["ru", "en"]
    assert note_languages(note) == ["ru", "en"]
    assert [code for code, _name, _parts in page.context["versions"]] == ["ru", "en"]
    html = page.content.decode()
    assert html.index('data-language="ru"') < html.index('data-language="en"')


def test_edit_form_lists_the_chosen_languages_first_in_their_order(staff_client, directory):
    staff_client.post(reverse("notes:create"), form_data(directory, languages=["kk", "en"]))
    note = Note.objects.get(subject="Invitation to the SWG")

    response = staff_client.get(reverse("notes:edit", args=[note.pk]))

    html = response.content.decode()
    boxes = [html.index(f'name="languages" value="{code}"') for code in ("kk", "en", "ru")]
    assert boxes == sorted(boxes)
    assert [code for code, _name in response.context["language_tabs"]] == ["kk", "en", "ru"]
    assert "Move up" in html


def test_preview_answers_in_the_order_chosen(staff_client, directory):
    response = staff_client.post(reverse("notes:preview"), form_data(directory, languages=["ru", "kk", "en"]))

    data = json.loads(response.content)
    assert data["languages"] == ["ru", "kk", "en"]


def test_a_note_issued_in_kazakh_only(staff_client, directory):
    staff_client.post(reverse("notes:create"), form_data(directory, languages=["kk"]))
    note = Note.objects.get(subject="Invitation to the SWG")

    page = staff_client.get(reverse("notes:detail", args=[note.pk]))

    assert [code for code, _name, _parts in page.context["versions"]] == ["kk"]


def test_dispatched_note_keeps_the_order_in_its_frozen_copy(staff_client, directory, staff_user):
    staff_client.post(reverse("notes:create"), form_data(directory, languages=["ru", "en"]))
    note = Note.objects.get(subject="Invitation to the SWG")

    note = note_dispatch(note=note_approve(note=note, actor=staff_user), actor=staff_user)
    note.refresh_from_db()

    assert note.frozen["languages"] == ["ru", "en"]
    assert note_languages(note) == ["ru", "en"]
    # The frozen copy wins even if the live field were somehow different.
    Note.objects.filter(pk=note.pk).update(languages=["en", "ru"])
    note.refresh_from_db()
    assert note_languages(note) == ["ru", "en"]
