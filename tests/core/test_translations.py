import json

import polib
import pytest
from django.core.management import CommandError, call_command


@pytest.fixture
def locale(tmp_path, settings):
    settings.LOCALE_PATHS = [tmp_path]
    for language, plural in (("ru", "nplurals=4; plural=0;"), ("kk", "nplurals=2; plural=(n!=1);")):
        folder = tmp_path / language / "LC_MESSAGES"
        folder.mkdir(parents=True)
        catalogue = polib.POFile()
        catalogue.metadata = {"Plural-Forms": plural, "Content-Type": "text/plain; charset=UTF-8"}
        catalogue.append(polib.POEntry(msgid="Dispatch"))
        catalogue.append(polib.POEntry(msgid="%(n)s note", msgid_plural="%(n)s notes", msgstr_plural={0: "", 1: ""}))
        catalogue.save(str(folder / "django.po"))
    (tmp_path / "pending").mkdir()
    return tmp_path


def test_an_untranslated_string_fails_the_check(locale):
    with pytest.raises(CommandError) as error:
        call_command("check_translations")

    assert "ru: untranslated: 'Dispatch'" in str(error.value)


def test_pending_translations_fill_the_catalogues_and_pad_plurals(locale):
    pending = {
        "Dispatch": {"ru": "Отправить", "kk": "Жіберу"},
        "%(n)s note": {"ru": ["%(n)s нота", "%(n)s ноты", "%(n)s нот"], "kk": ["%(n)s нота", "%(n)s нота"]},
    }
    (locale / "pending" / "x.json").write_text(json.dumps(pending), encoding="utf-8")

    call_command("merge_pending_translations")
    call_command("check_translations")

    russian = polib.pofile(str(locale / "ru" / "LC_MESSAGES" / "django.po"))
    assert russian.find("Dispatch").msgstr == "Отправить"
    assert russian.find("%(n)s note").msgstr_plural == {
        0: "%(n)s нота",
        1: "%(n)s ноты",
        2: "%(n)s нот",
        3: "%(n)s нот",
    }
