"""Fill the ru and kk catalogues from locale/pending/*.json.

Each JSON file maps a msgid (``"context\\u0004msgid"`` for pgettext) to
``{"ru": "...", "kk": "..."}``, or for plurals to ``{"ru": [...], "kk": [...],
"plural": "msgid_plural"}``. Only empty entries of the catalogues are filled;
run ``make messages`` first so that the catalogues hold every msgid.
"""

import json
from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand

LANGUAGES = ("ru", "kk")


def load_pending(folder):
    merged = {}
    for path in sorted(Path(folder).glob("*.json")):
        merged.update(json.loads(path.read_text(encoding="utf-8")))
    return merged


def _plural_count(catalogue):
    header = catalogue.metadata.get("Plural-Forms", "nplurals=2;")
    return int(header.split("nplurals=", 1)[1].split(";", 1)[0])


class Command(BaseCommand):
    help = "Merge locale/pending/*.json translations into the ru and kk catalogues."

    def add_arguments(self, parser):
        parser.add_argument("--delete", action="store_true", help="Delete the JSON files after merging.")

    def handle(self, *args, **options):
        locale_dir = Path(settings.LOCALE_PATHS[0])
        pending = load_pending(locale_dir / "pending")
        for language in LANGUAGES:
            po_path = locale_dir / language / "LC_MESSAGES" / "django.po"
            catalogue = polib.pofile(str(po_path))
            plurals = _plural_count(catalogue)
            filled = 0
            for entry in catalogue:
                key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
                translation = pending.get(key, {}).get(language)
                if not translation:
                    continue
                if "fuzzy" in entry.flags:
                    # msgmerge's fuzzy guess is another string's translation: replace it.
                    entry.msgstr = ""
                    entry.msgstr_plural = dict.fromkeys(entry.msgstr_plural, "")
                    entry.flags.remove("fuzzy")
                    entry.previous_msgid = None
                if entry.msgid_plural and isinstance(translation, list):
                    if not all(entry.msgstr_plural.values()):
                        # Pad to the catalogue's number of forms with the last one
                        # (Django's Russian rule has a fourth form for fractions).
                        forms = translation + [translation[-1]] * (plurals - len(translation))
                        entry.msgstr_plural = dict(enumerate(forms[:plurals]))
                        filled += 1
                elif not entry.msgid_plural and isinstance(translation, str) and not entry.msgstr:
                    entry.msgstr = translation
                    filled += 1
            catalogue.save(str(po_path))
            self.stdout.write(f"{language}: filled {filled} entries.")
        if options["delete"]:
            for path in (locale_dir / "pending").glob("*.json"):
                path.unlink()
