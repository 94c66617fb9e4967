"""Log in through the real form as each role, in headless Chromium, and see
the role's home page in English, Russian and Kazakh."""

import pytest

from tests.factories import AdminUserFactory, DelegateFactory, SecretariatUserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақ"}


@pytest.mark.parametrize(
    ("factory", "home_path", "marker"),
    [
        (AdminUserFactory, "/home/admin-home/", "[data-testid=admin-home-title]"),
        (SecretariatUserFactory, "/home/secretariat/", "[data-testid=home-title]"),
        (DelegateFactory, "/home/delegate/", "[data-testid=home-title]"),
    ],
)
def test_each_role_logs_in_and_switches_language(page, login, live_server, factory, home_path, marker):
    user = factory()

    login(page, user)

    assert page.url == f"{live_server.url}{home_path}"
    english_title = page.locator(marker).inner_text()
    titles = {"en": english_title}
    for language in ("ru", "kk", "en"):
        page.select_option("#language-select", language)
        page.wait_for_url(f"{live_server.url}{home_path}")
        page.wait_for_selector(f"html[lang={language}]")
        titles[language] = page.locator(marker).inner_text()
    assert page.locator("html").get_attribute("lang") == "en"
    assert titles["en"] == english_title
    assert len({titles["en"], titles["ru"], titles["kk"]}) == 3, titles
    assert any("\u0400" <= ch <= "\u04ff" for ch in titles["ru"])
    assert any(ch in "әғқңөұүһі" for ch in titles["kk"].lower()), titles["kk"]


def test_delegate_is_refused_staff_pages_in_the_browser(page, login, live_server):
    delegate = DelegateFactory()
    login(page, delegate)

    response = page.goto(f"{live_server.url}/notes/")

    assert response.status == 403
