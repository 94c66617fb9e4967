"""The issue's "done when": import the UNOCT draft from its reference text,
correct it, freeze version 1, change three clauses, freeze version 2 and see
the redline of the two in each language."""

from pathlib import Path

import pytest
from django.urls import reverse

from memoranda.models import Clause
from memoranda.structure import Structure

importer = pytest.importorskip("memoranda.importer.services")

pytestmark = pytest.mark.django_db

NAME = "note-NCT-CT-708-with-draft-MoU-UNOCT.md"
REFERENCE = Path(__file__).parents[1] / "reference" / NAME  # copy of ../shared/reference


def test_import_correct_freeze_change_and_compare(client, staff_user):
    client.force_login(staff_user)
    memorandum = importer.memorandum_import(text=REFERENCE.read_text(encoding="utf-8"), actor=staff_user, language="en")
    structure = Structure(memorandum)
    assert (len(structure.preamble), len(structure.sections), len(structure.clauses)) == (15, 12, 32)

    clauses = {structure.numbers[c.uid]: c for c in structure.clauses}
    url = reverse("memoranda:element_save", args=[memorandum.pk])
    json = {"HTTP_ACCEPT": "application/json"}

    def save(number, text, language="en"):
        clause = Clause.objects.get(pk=clauses[number].pk)
        response = client.post(
            url,
            {"kind": "clause", "uid": clause.uid, "language": language, "lock_version": clause.lock_version,
             "f_text": text},
            **json,
        )  # fmt: skip
        assert response.status_code == 200, response.content

    save("10.2", "This MoU will remain in effect for five (5) years.")
    client.post(reverse("memoranda:freeze", args=[memorandum.pk]), {"reason": "Draft for Member States"})
    save("10.2", "This MoU will remain in effect for three (3) years.")
    save("10.3", "This MoU may be amended by mutual consent of the Participants in writing.")
    save("9.3", "All correspondence related to this MoU will be done through the focal points named in [[9.1]].")
    save("9.3", "Вся переписка ведется через координаторов, указанных в пункте [[9.1]].", language="ru")
    client.post(reverse("memoranda:freeze", args=[memorandum.pk]), {"reason": "Proposals of Member States"})

    assert list(memorandum.versions.values_list("number", flat=True)) == [1, 2]
    for language in ("en", "ru", "kk"):
        page = client.get(reverse("memoranda:compare", args=[memorandum.pk]) + f"?a=1&b=2&lang={language}")
        assert page.status_code == 200
        html = page.content.decode()
        if language == "en":
            assert "3 elements changed" in html
            assert "in effect for <del>five</del><ins>three</ins> (<del>5</del><ins>3</ins>) years." in html
            assert "the <del>designated </del>focal points<ins> named in 9.1</ins>." in html
        elif language == "ru":
            assert "1 element changed" in html
        else:
            assert "No differences in this language." in html
