import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("fixture", "landing"),
    [
        ("admin_user", "accounts:admin_home"),
        ("staff_user", "accounts:secretariat_home"),
        ("delegate", "accounts:delegate_home"),
    ],
)
def test_each_role_lands_on_its_own_home_page(client, request, fixture, landing):
    user = request.getfixturevalue(fixture)
    client.force_login(user)

    response = client.get(reverse("home"))

    assert response.status_code == 302
    assert response.url == reverse(landing)
    assert client.get(response.url).status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        reverse("accounts:secretariat_home"),
        reverse("accounts:admin_home"),
        reverse("directory:index"),
        reverse("notes:index"),
        reverse("memoranda:index"),
    ],
)
def test_delegate_cannot_reach_staff_pages(client, delegate, url):
    client.force_login(delegate)

    assert client.get(url).status_code == 403


def test_delegate_cannot_reach_the_admin(client, delegate):
    client.force_login(delegate)

    response = client.get("/admin/")

    assert response.status_code == 302
    assert "/admin/login/" in response.url


def test_staff_cannot_reach_the_admin_home(client, staff_user):
    client.force_login(staff_user)

    assert client.get(reverse("accounts:admin_home")).status_code == 403


def test_anonymous_user_is_sent_to_log_in(client):
    response = client.get(reverse("accounts:secretariat_home"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))
