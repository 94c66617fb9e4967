import os

import pytest

from cicadocs.accounts.services import roles_sync

from .factories import PASSWORD, AdminUserFactory, DelegateFactory, SecretariatUserFactory

# Playwright's sync API runs an event loop in the test thread; the ORM calls
# the tests make around it are synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


@pytest.fixture
def groups(db):
    return roles_sync()


@pytest.fixture
def staff_user(groups):
    return SecretariatUserFactory()


@pytest.fixture
def admin_user(groups):
    return AdminUserFactory()


@pytest.fixture
def delegate(groups):
    return DelegateFactory()


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture(autouse=True)
def _english_by_default():
    """Each test starts in English: a request in Russian or Kazakh leaves its
    language active in the thread, and tests run in any order."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _fast_settings(settings, tmp_path):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.AXES_ENABLED = True


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium driven by Playwright (never a downloaded one)."""
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package (make test does).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


@pytest.fixture
def login(live_server):
    """``login(page, user)`` logs ``user`` in through the real form."""

    def _login(page, user, password=PASSWORD):
        page.goto(f"{live_server.url}/accounts/login/")
        page.fill("input[name=username]", user.username)
        page.fill("input[name=password]", password)
        page.click("form button[type=submit]")
        page.wait_for_load_state()
        return page

    return _login
