import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_language_switch_sets_the_language(client, staff_user):
    client.force_login(staff_user)

    response = client.post(reverse("set_language"), {"language": "ru", "next": reverse("home")})

    assert response.status_code == 302
    assert client.cookies["django_language"].value == "ru"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Secretariat workspace"),
        ("ru", "Рабочее пространство Секретариата"),
        ("kk", "Хатшылықтың жұмыс кеңістігі"),
    ],
)
def test_secretariat_home_in_each_language(client, staff_user, language, expected):
    client.force_login(staff_user)
    client.cookies["django_language"] = language

    response = client.get(reverse("accounts:secretariat_home"))

    assert response.status_code == 200
    assert expected in response.content.decode()


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "Log in to cicadocs"), ("ru", "Вход в cicadocs"), ("kk", "cicadocs жүйесіне кіру")],
)
def test_login_page_in_each_language(client, language, expected):
    client.cookies["django_language"] = language

    response = client.get(reverse("login"))

    assert expected in response.content.decode()


def test_kazakh_dates_in_the_interface_are_day_first():
    from datetime import date

    from django.utils import formats, translation

    with translation.override("kk"):
        assert formats.date_format(date(2024, 6, 12)) == "12.06.2024"
