import re

import pytest
from django.core import mail
from django.urls import reverse

from cicadocs.accounts.models import User

pytestmark = pytest.mark.django_db


def test_wrong_password_gets_a_plain_message(client, staff_user):
    response = client.post(reverse("login"), {"username": staff_user.username, "password": "wrong"})

    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.content.decode()


def test_wrong_password_message_in_kazakh(client, staff_user):
    client.cookies["django_language"] = "kk"

    response = client.post(reverse("login"), {"username": staff_user.username, "password": "wrong"})

    assert response.status_code == 200
    assert 'lang="kk"' in response.content.decode()


def test_repeated_failures_are_throttled(client, staff_user, password, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for _attempt in range(3):
        client.post(reverse("login"), {"username": staff_user.username, "password": "wrong"})

    response = client.post(reverse("login"), {"username": staff_user.username, "password": password})

    assert response.status_code == 429
    assert "Too many failed log-ins" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_correct_password_logs_in(client, staff_user, password):
    response = client.post(reverse("login"), {"username": staff_user.username, "password": password})

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(staff_user.pk)


def test_password_reset_by_email(client, staff_user):
    response = client.post(reverse("password_reset"), {"email": staff_user.email})

    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/accounts/reset/\S+/", mail.outbox[0].body).group(0)
    path = link.split("testserver", 1)[1]
    form_page = client.get(path, follow=True)
    assert form_page.status_code == 200
    done = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "a-new-long-passphrase-1", "new_password2": "a-new-long-passphrase-1"},
    )
    assert done.status_code == 302
    assert User.objects.get(pk=staff_user.pk).check_password("a-new-long-passphrase-1")


def test_password_change(client, staff_user, password):
    client.force_login(staff_user)

    response = client.post(
        reverse("password_change"),
        {
            "old_password": password,
            "new_password1": "another-long-passphrase-2",
            "new_password2": "another-long-passphrase-2",
        },
    )

    assert response.status_code == 302
    assert User.objects.get(pk=staff_user.pk).check_password("another-long-passphrase-2")


def test_delegate_without_member_state_is_refused_by_the_user_admin(client, admin_user, groups):
    client.force_login(admin_user)
    user = User.objects.create_user("lonely", password="x-long-password-1")

    response = client.post(
        reverse("admin:accounts_user_change", args=[user.pk]),
        {
            "username": "lonely",
            "groups": [groups["Delegates"].pk],
            "is_active": "on",
            "date_joined_0": "2026-01-01",
            "date_joined_1": "00:00:00",
        },
    )

    assert response.status_code == 200
    assert "must be attached to a member state" in response.content.decode()
    assert not User.objects.get(pk=user.pk).groups.exists()
