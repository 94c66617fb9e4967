"""The PDFs of a note's enclosures, in the order they are listed.

A memorandum version is rendered by the portal in the first of its languages
that the note is issued in (else its first language); an uploaded PDF is
enclosed as it is; a free-text enclosure has no pages of its own.
:func:`enclosure_page_count` is what the notes area stores in
``Enclosure.page_count``, so the enclosure line always states the real count.
"""

from .render import LANGUAGES, page_count, render_memorandum


def enclosure_language(snapshot, languages=()):
    """The language a memorandum enclosure is printed in for a note in ``languages``."""
    own = [code for code in snapshot.get("languages") or [] if code in LANGUAGES] or ["en"]
    for code in languages or ():
        if code in own:
            return code
    return own[0]


def memorandum_variant(snapshot):
    return "draft" if snapshot.get("draft", True) else "final"


def _note_languages(note):
    from notes.rendering import note_languages

    return note_languages(note)


def enclosure_pdf(enclosure, languages=()):
    """The PDF bytes of one enclosure, or ``None`` when it has no pages of its own."""
    kind = getattr(enclosure, "kind", "")
    if kind == "memorandum":
        version = getattr(enclosure, "memorandum_version", None)
        if version is None:
            return None
        snapshot = version.snapshot
        return render_memorandum(snapshot, enclosure_language(snapshot, languages), memorandum_variant(snapshot))
    if kind == "pdf" and getattr(enclosure, "file", None):
        with enclosure.file.open("rb") as stream:
            return stream.read()
    return None


def enclosure_page_count(enclosure, languages=()):
    """The real number of pages of an enclosure (``None`` for free text)."""
    data = enclosure_pdf(enclosure, languages)
    return page_count(data) if data else None


def enclosure_pdfs(note):
    if not note.pk:
        return []
    languages = _note_languages(note)
    pdfs = [enclosure_pdf(enclosure, languages) for enclosure in note.enclosures.all()]
    return [data for data in pdfs if data]
