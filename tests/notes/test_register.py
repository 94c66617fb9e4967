"""The register filtered by a specific addressee: a member state, the embassies
in a city, or an organisation; the filter lives in the URL and the number of
queries does not grow with the notes."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from notes.models import Note, Series
from notes.services import note_save

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, staff_user, demo_notes):
    client.force_login(staff_user)
    return client


def add_note(directory, user, subject, *, states=None, **fields):
    values = {
        "series": Series.objects.get(prefix="NCT/CT/"),
        "sender": directory["organisations"]["CICA Secretariat"],
        "date": date(2024, 7, 1),
        "subject": subject,
        "languages": ["en"],
        "body_en": "The Secretariat informs.",
        "edited": {"body_en": True},
    }
    values.update(fields)
    return note_save(note=Note(**values), actor=user, states=states)


def subjects(response):
    return sorted(note.subject for note in response.context["notes"])


def numbers(response):
    return [note.full_number or note.subject for note in response.context["notes"]]


def test_a_member_state_finds_notes_to_all_member_states_and_to_chosen_states_including_it(
    staff_client, directory, staff_user
):
    states = directory["states"]
    add_note(
        directory, staff_user, "To Kazakhstan and Russia", addressee_kind="states", states=[states["KZ"], states["RU"]]
    )
    add_note(directory, staff_user, "To Russia only", addressee_kind="states", states=[states["RU"]])

    response = staff_client.get(reverse("notes:index"), {"addressee": f"state:{states['KZ'].pk}"})

    assert numbers(response) == ["To Kazakhstan and Russia", "NCT/CT/708", "NCT/CT/569", "NCT/CT/513"]


def test_a_city_finds_the_notes_to_the_embassies_there(staff_client, directory, staff_user):
    moscow = staff_client.get(reverse("notes:index"), {"addressee": "city:Moscow"})
    tashkent = staff_client.get(reverse("notes:index"), {"addressee": "city:Tashkent", "year": 2024})

    assert numbers(moscow) == ["18-4/58emb"]
    assert numbers(tashkent) == []
    assert '<option value="city:Nur-Sultan"' in moscow.content.decode()


def test_an_organisation_finds_the_notes_addressed_to_it(staff_client, directory, staff_user):
    unoct = directory["organisations"]["UNOCT"]
    add_note(directory, staff_user, "To UNOCT", addressee_kind="organisation", addressee_organisation=unoct)
    add_note(
        directory,
        staff_user,
        "To the CSTO",
        addressee_kind="organisation",
        addressee_organisation=directory["organisations"]["CSTO Secretariat"],
    )

    response = staff_client.get(reverse("notes:index"), {"addressee": f"organisation:{unoct.pk}"})

    assert numbers(response) == ["To UNOCT"]


def test_the_filter_stays_in_the_url_and_the_form(staff_client, directory):
    kz = directory["states"]["KZ"]

    response = staff_client.get(reverse("notes:index"), {"addressee": f"state:{kz.pk}", "status": "dispatched"})

    html = response.content.decode()
    assert f'<option value="state:{kz.pk}" selected>' in html
    assert f"addressee=state%3A{kz.pk}" in response.context["query"]
    assert 'method="get"' in html


@pytest.mark.parametrize("value", ["state:999999", "state:x", "planet:Mars", "city:Atlantis"])
def test_an_unknown_addressee_is_a_form_error_not_a_500(staff_client, value):
    response = staff_client.get(reverse("notes:index"), {"addressee": value})

    assert response.status_code == 200
    assert "addressee" in response.context["filter_form"].errors


def test_the_register_in_russian_names_the_cities_in_russian(staff_client):
    response = staff_client.get(reverse("notes:index"), HTTP_ACCEPT_LANGUAGE="ru")

    assert '<option value="city:Moscow">Москва</option>' in response.content.decode()


@pytest.mark.parametrize("kind", ["state", "city", "organisation"])
def test_the_number_of_queries_does_not_grow_with_the_notes(staff_client, directory, staff_user, kind):
    states = directory["states"]
    unoct = directory["organisations"]["UNOCT"]
    value = {"state": f"state:{states['KZ'].pk}", "city": "city:Moscow", "organisation": f"organisation:{unoct.pk}"}
    url = reverse("notes:index")

    def count():
        with CaptureQueriesContext(connection) as queries:
            response = staff_client.get(url, {"addressee": value[kind]})
        assert response.status_code == 200
        return len(queries), len(response.context["notes"])

    def add_one_of_each(index):
        add_note(directory, staff_user, f"To KZ {index}", addressee_kind="states", states=[states["KZ"], states["RU"]])
        add_note(
            directory, staff_user, f"To UNOCT {index}", addressee_kind="organisation", addressee_organisation=unoct
        )
        add_note(
            directory,
            staff_user,
            f"To Moscow {index}",
            addressee_kind="embassies",
            cities=[{"en": "Moscow", "ru": "Москва", "kk": "Мәскеу"}],
        )

    add_one_of_each(0)
    before, shown_before = count()
    for index in range(1, 5):
        add_one_of_each(index)
    after, shown_after = count()

    assert shown_after == shown_before + 4
    assert after == before


def test_the_register_names_the_chosen_addressees(staff_client, directory, staff_user):
    states = directory["states"]
    add_note(directory, staff_user, "To two states", addressee_kind="states", states=[states["KZ"], states["RU"]])
    add_note(
        directory,
        staff_user,
        "To UNOCT",
        addressee_kind="organisation",
        addressee_organisation=directory["organisations"]["UNOCT"],
    )

    english = staff_client.get(reverse("notes:index")).content.decode()
    russian = staff_client.get(reverse("notes:index"), HTTP_ACCEPT_LANGUAGE="ru").content.decode()

    assert f"{states['KZ'].name_en}, {states['RU'].name_en}" in english
    assert "Ankara, Dushanbe, Moscow, Nur-Sultan, Tashkent" in english
    assert ">UNOCT<" in english
    assert "Анкара, Душанбе, Москва, Нур-Султан, Ташкент" in russian
