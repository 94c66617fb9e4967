import pytest
from django.urls import reverse

from cicadocs.directory.models import MemberState, Organisation
from tests.factories import MemberStateFactory, OrganisationFactory, SignatoryFactory

pytestmark = pytest.mark.django_db


def _organisation_form(**overrides):
    data = {
        "name_en": "Office",
        "name_ru": "Управление",
        "name_kk": "Басқарма",
        "short_name_en": "OFF",
        "short_name_ru": "УПР",
        "short_name_kk": "БСҚ",
        "kind": "international",
        "legal_description_en": "",
        "legal_description_ru": "",
        "legal_description_kk": "",
        "seat_address_en": "",
        "seat_address_ru": "",
        "seat_address_kk": "",
        "signatories-TOTAL_FORMS": "0",
        "signatories-INITIAL_FORMS": "0",
    }
    data.update(overrides)
    return data


def test_admin_creates_an_organisation_in_three_languages(client, admin_user):
    client.force_login(admin_user)

    response = client.post(reverse("admin:directory_organisation_add"), _organisation_form())

    assert response.status_code == 302
    organisation = Organisation.objects.get(short_name_en="OFF")
    assert (organisation.name_en, organisation.name_ru, organisation.name_kk) == ("Office", "Управление", "Басқарма")


def test_duplicate_short_name_gets_a_form_error_in_russian(client, admin_user):
    OrganisationFactory(short_name_en="OFF")
    client.force_login(admin_user)

    response = client.post(
        reverse("admin:directory_organisation_add"), _organisation_form(), headers={"accept-language": "ru"}
    )

    assert response.status_code == 200
    assert Organisation.objects.filter(short_name_en="OFF").count() == 1
    assert "OFF" in response.content.decode()
    assert response.context["adminform"].form.errors["short_name_en"]


def test_duplicate_iso_code_gets_a_form_error(client, admin_user):
    MemberStateFactory(iso_code="KZ")
    client.force_login(admin_user)

    response = client.post(
        reverse("admin:directory_memberstate_add"),
        {
            "name_en": "Kazakhstan",
            "name_ru": "Казахстан",
            "name_kk": "Қазақстан",
            "iso_code": "KZ",
            "is_active": "on",
            "missions-TOTAL_FORMS": "0",
            "missions-INITIAL_FORMS": "0",
        },
    )

    assert response.status_code == 200
    assert MemberState.objects.filter(iso_code="KZ").count() == 1
    assert response.context["adminform"].form.errors["iso_code"] == [
        "A member state with this ISO code already exists."
    ]


def test_deleting_an_organisation_in_use_is_refused(client, admin_user):
    signatory = SignatoryFactory()
    organisation = signatory.organisation
    client.force_login(admin_user)

    response = client.post(reverse("admin:directory_organisation_delete", args=[organisation.pk]), {"post": "yes"})

    assert response.status_code == 200
    assert "Cannot delete" in response.content.decode()
    assert Organisation.objects.filter(pk=organisation.pk).exists()


@pytest.mark.parametrize("name", ["organisation", "memberstate", "mission", "focalpoint", "signatory"])
def test_admin_lists_and_searches_every_directory_model(client, admin_user, name):
    OrganisationFactory(short_name_en="FINDME")
    client.force_login(admin_user)

    response = client.get(reverse(f"admin:directory_{name}_changelist"), {"q": "FINDME"})

    assert response.status_code == 200


def test_secretariat_staff_read_the_directory_but_cannot_change_it(client, staff_user):
    organisation = OrganisationFactory(name_en="Readable Office")
    client.force_login(staff_user)

    page = client.get(reverse("directory:organisation", args=[organisation.pk]))
    admin_page = client.get(reverse("admin:directory_organisation_change", args=[organisation.pk]))

    assert page.status_code == 200
    assert "Readable Office" in page.content.decode()
    assert admin_page.status_code == 302
