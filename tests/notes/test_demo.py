"""The notes demo on top of the memoranda demo, as `manage.py load_demo` runs it."""

import pytest

from notes.models import Enclosure
from notes.rendering import note_parts


@pytest.mark.django_db
def test_reference_notes_enclose_the_memorandum_versions(directory, staff_user):
    from memoranda import demo as memoranda_demo
    from notes import demo as notes_demo

    context = {**directory, "users": {"staff": staff_user}}
    context.update(memoranda_demo.load(context))

    notes = notes_demo.load(context)["notes"]

    unoct = notes["NCT/CT/708"].enclosures.get()
    csto = notes["18-4/58emb"].enclosures.get()
    assert unoct.kind == csto.kind == Enclosure.Kind.MEMORANDUM
    assert unoct.memorandum_version.memorandum == context["memoranda"]["unoct"]
    assert csto.memorandum_version.memorandum == context["memoranda"]["csto"]
    assert note_parts(notes["NCT/CT/708"], "kk")["enclosure_line"] == "Қосымша: 9 п."
    assert note_parts(notes["18-4/58emb"], "en")["enclosure_line"] == "Enclosure: as stated, on 2 p."
