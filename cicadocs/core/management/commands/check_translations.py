"""Fail when a UI string lacks its Russian or Kazakh translation.

Run after ``make messages`` (makemessages) so that every string in the code
is in the catalogues: an untranslated, fuzzy or empty entry is an error.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

REQUIRED_LANGUAGES = ("ru", "kk")


class Command(BaseCommand):
    help = "Check that the ru and kk catalogues translate every string, with no fuzzy entries."

    def handle(self, *args, **options):
        problems = []
        for language in REQUIRED_LANGUAGES:
            found = False
            for locale_dir in settings.LOCALE_PATHS:
                po_path = Path(locale_dir) / language / "LC_MESSAGES" / "django.po"
                if not po_path.exists():
                    continue
                found = True
                catalogue = polib.pofile(str(po_path))
                header = catalogue.metadata.get("Plural-Forms", "nplurals=2;")
                plurals = int(header.split("nplurals=", 1)[1].split(";", 1)[0])
                for entry in catalogue:
                    if entry.obsolete:
                        continue
                    if "fuzzy" in entry.flags:
                        problems.append(f"{language}: fuzzy: {entry.msgid!r}")
                    elif entry.msgid_plural:
                        forms = entry.msgstr_plural or {}
                        if len(forms) != plurals or not all(forms.values()):
                            problems.append(f"{language}: untranslated plural: {entry.msgid!r}")
                    elif not entry.msgstr.strip():
                        problems.append(f"{language}: untranslated: {entry.msgid!r}")
            if not found:
                problems.append(f"{language}: no catalogue")
        if problems:
            raise CommandError("Missing translations:\n" + "\n".join(problems))
        self.stdout.write(self.style.SUCCESS("Every UI string is translated into Russian and Kazakh."))
