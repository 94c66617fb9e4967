"""Render a note, a memorandum's working draft or a frozen version to PDF files.

    manage.py render_pdf note 12 --language all --output /tmp/note.pdf
    manage.py render_pdf note 12 --language bundle --output /tmp/bundle.pdf
    manage.py render_pdf version 3 --language en --variant final --output /tmp/mou.pdf
    manage.py render_pdf memorandum 1 --language all --output /tmp/mou.pdf

With ``--language all`` one file per language is written, named
``<output stem>-<language>.pdf``. The same renderer and cache serve the
downloads in the portal.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cicadocs.pdf import render
from cicadocs.pdf.errors import PdfRenderError


class Command(BaseCommand):
    help = "Render a note, a memorandum (working draft) or a memorandum version to PDF."

    def add_arguments(self, parser):
        parser.add_argument("kind", choices=["note", "memorandum", "version"])
        parser.add_argument("pk", type=int)
        parser.add_argument(
            "--language", default="all", help="en, ru, kk, all (one file each) or, for notes, bundle (one file)."
        )
        parser.add_argument("--variant", choices=render.VARIANTS, default=None, help="draft or final.")
        parser.add_argument("--output", required=True, help="Path of the PDF file to write.")

    def handle(self, *args, kind, pk, language, variant, output, **options):
        try:
            jobs = self._jobs(kind, pk, language, variant, Path(output))
            for path, build in jobs:
                data = build()
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
                self.stdout.write(f"{path}: {render.page_count(data)} page(s)")
        except PdfRenderError as error:
            raise CommandError(error.message) from error

    def _jobs(self, kind, pk, language, variant, output):
        if kind == "note":
            return self._note_jobs(pk, language, variant, output)
        snapshot = self._snapshot(kind, pk)
        languages = [code for code in snapshot.get("languages") or [] if code in render.LANGUAGES]
        variant = variant or ("draft" if snapshot.get("draft", True) else "final")
        codes = self._languages(language, languages)
        return [
            (
                self._path(output, code, len(codes) > 1),
                lambda code=code: render.render_memorandum(snapshot, code, variant),
            )
            for code in codes
        ]

    def _note_jobs(self, pk, language, variant, output):
        from notes.models import Note

        note = Note.objects.filter(pk=pk).first()
        if note is None:
            raise CommandError(f"No note with id {pk}.")
        variant = variant or ("final" if note.is_dispatched else "draft")
        if language == "bundle":
            return [(output, lambda: render.render_note_bundle(note, variant))]
        codes = self._languages(language, render.note_languages(note))
        return [
            (self._path(output, code, len(codes) > 1), lambda code=code: render.render_note(note, code, variant))
            for code in codes
        ]

    def _snapshot(self, kind, pk):
        from memoranda.models import Memorandum, MemorandumVersion

        if kind == "version":
            version = MemorandumVersion.objects.filter(pk=pk).first()
            if version is None:
                raise CommandError(f"No memorandum version with id {pk}.")
            return version.snapshot
        memorandum = Memorandum.objects.filter(pk=pk).first()
        if memorandum is None:
            raise CommandError(f"No memorandum with id {pk}.")
        from memoranda.snapshot import build_snapshot

        return build_snapshot(memorandum)

    @staticmethod
    def _languages(language, available):
        if language == "all":
            return list(available)
        if language not in available:
            raise CommandError(f"Language {language!r} is not one of {', '.join(available)}.")
        return [language]

    @staticmethod
    def _path(output, code, several):
        if not several:
            return output
        return output.with_name(f"{output.stem}-{code}{output.suffix or '.pdf'}")
