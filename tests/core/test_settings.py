import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_settings(env, code="from django.conf import settings; print(settings.DEBUG)"):
    """Import the settings in a fresh interpreter with exactly ``env``."""
    base = {"PATH": os.environ.get("PATH", ""), "DJANGO_SETTINGS_MODULE": "cicadocs.settings"}
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_secret_key_is_required_when_debug_is_off():
    result = run_settings({"DEBUG": "0"})

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_debug_is_off_unless_turned_on():
    result = run_settings({"SECRET_KEY": "x" * 60})

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_database_url_selects_postgresql():
    code = (
        "from django.conf import settings; d = settings.DATABASES['default']; print(d['ENGINE'], d['NAME'], d['HOST'])"
    )
    result = run_settings({"DEBUG": "1", "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/cicadocs"}, code)

    assert result.stdout.split() == ["django.db.backends.postgresql", "cicadocs", "127.0.0.1"]


def test_sqlite_is_the_default_database():
    code = "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])"
    result = run_settings({"DEBUG": "1"}, code)

    assert result.stdout.strip() == "django.db.backends.sqlite3"


def test_languages_time_zone_and_console_email(settings):
    assert [code for code, _name in settings.LANGUAGES] == ["en", "ru", "kk"]
    assert settings.TIME_ZONE == "Asia/Almaty"


def test_smtp_mailer_when_email_host_is_set():
    code = (
        "from django.conf import settings; m = settings.MAILERS['default']; print(m['BACKEND'], m['OPTIONS']['host'])"
    )
    result = run_settings({"DEBUG": "1", "EMAIL_HOST": "mail.example.org"}, code)

    assert result.stdout.split() == ["django.core.mail.backends.smtp.EmailBackend", "mail.example.org"]


def test_console_mailer_by_default():
    code = "from django.conf import settings; print(settings.MAILERS['default']['BACKEND'])"
    result = run_settings({"DEBUG": "1"}, code)

    assert result.stdout.strip() == "django.core.mail.backends.console.EmailBackend"


@pytest.mark.slow
def test_check_deploy_with_production_values_is_clean():
    env = {
        "SECRET_KEY": "k3y-" + "abcdefghij" * 6,
        "ALLOWED_HOSTS": "cicadocs.example.org",
        "DEBUG": "0",
        "EMAIL_HOST": "smtp.example.org",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={"PATH": os.environ.get("PATH", ""), **env},
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
