import pytest
from django.urls import reverse

from memoranda.models import Clause, Memorandum
from memoranda.services import memorandum_freeze_version

from .conftest import make_memorandum

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def staff_client(client, staff_user):
    client.force_login(staff_user)
    return client


def test_delegate_cannot_open_memoranda(client, delegate):
    memorandum = make_memorandum()
    client.force_login(delegate)

    assert client.get(reverse("memoranda:index")).status_code == 403
    assert client.get(reverse("memoranda:detail", args=[memorandum.pk])).status_code == 403
    assert client.get(reverse("memoranda:editor", args=[memorandum.pk])).status_code == 403


def test_index_detail_editor_and_settings_pages_render(staff_client):
    memorandum = make_memorandum()

    assert memorandum.title_en.encode() in staff_client.get(reverse("memoranda:index")).content
    detail = staff_client.get(reverse("memoranda:detail", args=[memorandum.pk]))
    assert detail.status_code == 200
    assert b"Clause 1.1" in detail.content
    editor = staff_client.get(reverse("memoranda:editor", args=[memorandum.pk]) + "?a=en&b=ru")
    assert editor.status_code == 200
    assert "Пункт 1.1" in editor.content.decode()
    assert staff_client.get(reverse("memoranda:settings", args=[memorandum.pk])).status_code == 200


def test_create_a_memorandum(staff_client):
    response = staff_client.post(
        reverse("memoranda:create"),
        {
            "title": "New MoU", "kind": "understanding", "party_word": "participants", "numbering_style": "sections",
            "numbered_clauses": "on", "languages": ["en", "ru"], "master_language": "en", "mark_draft": "on",
        },
    )  # fmt: skip

    memorandum = Memorandum.objects.get(title_en="New MoU")
    assert response.status_code == 302
    assert memorandum.languages == ["en", "ru"]


def test_save_clause_returns_the_fragment_and_conflict_returns_both_texts(staff_client):
    memorandum = make_memorandum()
    clause = Clause.objects.get(text_en="Clause 1.1")
    url = reverse("memoranda:element_save", args=[memorandum.pk])
    data = {"kind": "clause", "uid": clause.uid, "language": "en", "lock_version": clause.lock_version}

    first = staff_client.post(url, {**data, "f_text": "Mine first"}, **JSON)
    second = staff_client.post(url, {**data, "f_text": "Theirs second"}, **JSON)

    assert first.status_code == 200
    assert first.json()["lock_version"] == 1
    assert "Mine first" in first.json()["html"]
    assert second.status_code == 409
    assert second.json()["current"] == {"text": "Mine first"}
    assert second.json()["submitted"] == {"text": "Theirs second"}


def test_saving_an_empty_clause_is_a_message_not_an_error_page(staff_client):
    memorandum = make_memorandum()
    clause = Clause.objects.get(text_en="Clause 1.1")

    response = staff_client.post(
        reverse("memoranda:element_save", args=[memorandum.pk]),
        {"kind": "clause", "uid": clause.uid, "language": "en", "lock_version": 0, "f_text": " "},
        **JSON,
    )

    assert response.status_code == 400
    assert "cannot be empty" in response.json()["message"]


def test_add_move_delete_return_the_renumbered_structure(staff_client):
    memorandum = make_memorandum()
    clause = Clause.objects.get(text_en="Clause 1.1")

    added = staff_client.post(
        reverse("memoranda:element_add", args=[memorandum.pk]),
        {"kind": "clause", "after_uid": clause.uid, "f_text": "Inserted clause"},
        **JSON,
    )
    moved = staff_client.post(
        reverse("memoranda:element_move", args=[memorandum.pk]),
        {"kind": "clause", "uid": clause.uid, "direction": "down"},
        **JSON,
    )
    new = Clause.objects.get(text_en="Inserted clause")
    deleted = staff_client.post(
        reverse("memoranda:element_delete", args=[memorandum.pk]), {"kind": "clause", "uid": new.uid}, **JSON
    )

    assert added.json()["ok"] and moved.json()["ok"] and deleted.json()["ok"]
    assert not Clause.objects.filter(uid=new.uid).exists()
    assert Clause.objects.get(uid=clause.uid).position == 0


def test_unknown_element_is_404(staff_client):
    memorandum = make_memorandum()

    response = staff_client.post(
        reverse("memoranda:element_delete", args=[memorandum.pk]), {"kind": "clause", "uid": "nope"}, **JSON
    )

    assert response.status_code == 404


def test_freeze_then_compare_and_version_page(staff_client, staff_user):
    memorandum = make_memorandum()
    staff_client.post(reverse("memoranda:freeze", args=[memorandum.pk]), {"reason": "first"})
    clause = Clause.objects.get(text_en="Clause 1.1")
    staff_client.post(
        reverse("memoranda:element_save", args=[memorandum.pk]),
        {"kind": "clause", "uid": clause.uid, "language": "en", "lock_version": 0, "f_text": "Clause changed"},
    )
    second = memorandum_freeze_version(memorandum=memorandum, actor=staff_user, reason="second")

    compare = staff_client.get(reverse("memoranda:compare", args=[memorandum.pk]) + "?a=1&b=2&lang=en")
    version = staff_client.get(reverse("memoranda:version", args=[second.pk]))

    assert memorandum.versions.count() == 2
    html = compare.content.decode()
    assert "Clause <del>1.1</del><ins>changed</ins>" in html
    assert "1 element changed" in html
    assert version.status_code == 200 and "Clause changed" in version.content.decode()


def test_freeze_without_reason_is_a_message(staff_client):
    memorandum = make_memorandum()

    response = staff_client.post(reverse("memoranda:freeze", args=[memorandum.pk]), {"reason": ""}, follow=True)

    assert memorandum.versions.count() == 0
    assert "Say why" in response.content.decode()


def test_detail_shows_translation_status_with_jump_links(staff_client, staff_user):
    memorandum = make_memorandum()
    clause = Clause.objects.get(text_en="Clause 1.1")
    staff_client.post(
        reverse("memoranda:element_save", args=[memorandum.pk]),
        {"kind": "clause", "uid": clause.uid, "language": "en", "lock_version": 0, "f_text": "Clause changed"},
    )

    html = staff_client.get(reverse("memoranda:detail", args=[memorandum.pk])).content.decode()

    assert f"#el-{clause.uid}" in html
    assert 'data-testid="stale-ru">1 stale' in html
    assert 'data-testid="missing-kk">3 missing' in html  # two parties' "hereinafter" and a preamble text


def test_a_signed_memorandum_refuses_edits(staff_client):
    memorandum = make_memorandum()
    clause = Clause.objects.get(text_en="Clause 1.1")

    staff_client.post(reverse("memoranda:mark_signed", args=[memorandum.pk]))
    response = staff_client.post(
        reverse("memoranda:element_save", args=[memorandum.pk]),
        {"kind": "clause", "uid": clause.uid, "language": "en", "lock_version": 0, "f_text": "Late change"},
        **JSON,
    )

    memorandum.refresh_from_db()
    assert memorandum.signed is True
    assert response.status_code == 400
    assert "signed" in response.json()["message"]
    clause.refresh_from_db()
    assert clause.text_en == "Clause 1.1"


def test_pages_offer_only_the_languages_of_the_memorandum(staff_client):
    memorandum = make_memorandum(languages=["ru", "en"], master_language="ru")

    detail = staff_client.get(reverse("memoranda:detail", args=[memorandum.pk]) + "?lang=kk").content.decode()
    editor = staff_client.get(reverse("memoranda:editor", args=[memorandum.pk]) + "?a=kk").content.decode()

    assert 'href="?lang=kk"' not in detail and 'href="?lang=ru"' in detail
    assert '<article class="memorandum-doc bg-white border rounded p-4" lang="en">' in detail  # the user's language
    choice = editor[editor.find('id="language-choice"') :]
    choice = choice[: choice.find("</form>")]
    assert 'data-language-a="ru"' in editor
    assert '<option value="en"' in choice and '<option value="kk"' not in choice


def test_add_a_party_and_a_signature_column_from_the_directory(staff_client):
    from tests.factories import SignatoryFactory

    memorandum = make_memorandum()
    signatory = SignatoryFactory()
    url = reverse("memoranda:element_add", args=[memorandum.pk])

    party = staff_client.post(url, {"kind": "party", "organisation": signatory.organisation_id, "f_hereinafter": "C"})
    column = staff_client.post(url, {"kind": "signature", "signatory": signatory.pk, "f_for_text": "For C:"})
    refused = staff_client.post(url, {"kind": "party", "organisation": "999999"}, follow=True)

    assert party.status_code == column.status_code == 302
    assert memorandum.parties.last().organisation == signatory.organisation
    assert memorandum.parties.last().hereinafter_en == "C"
    assert memorandum.signatures.last().signatory == signatory
    assert "Choose an organisation from the directory." in refused.content.decode()
