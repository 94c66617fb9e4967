import pytest

from cicadocs.pdf.render import localise_snapshot
from cicadocs.review.snapshot import element_map
from memoranda.services import element_add
from memoranda.snapshot import build_snapshot
from memoranda.structure import Structure

from .conftest import make_memorandum

pytestmark = pytest.mark.django_db

PARAGRAPH = {"en": "Any dispute will be settled amicably.", "ru": "Споры решаются мирно.", "kk": "Даулар шешіледі."}


def _sections():
    return [
        {"heading": "With clauses", "clauses": [{"text": "Clause 1.1"}]},
        {"heading": "Dispute resolution", "text": PARAGRAPH},
    ]


def test_a_section_without_clauses_keeps_its_single_paragraph():
    snap = build_snapshot(make_memorandum(sections=_sections()))

    assert snap["sections"][1]["clauses"] == []
    assert snap["sections"][1]["text"] == PARAGRAPH
    assert snap["sections"][0]["text"] == {"en": "", "ru": "", "kk": ""}


def test_a_section_with_clauses_has_no_text_of_its_own(staff_user):
    memorandum = make_memorandum(actor=staff_user, sections=_sections())
    section = Structure(memorandum).sections[1]
    element_add(memorandum=memorandum, kind="clause", actor=staff_user, parent_uid=section.uid, values={"text": "New"})

    snap = build_snapshot(memorandum)

    assert [c["text"]["en"] for c in snap["sections"][1]["clauses"]] == ["New"]
    assert snap["sections"][1]["text"] == {"en": "", "ru": "", "kk": ""}
    section.refresh_from_db()
    assert section.text_en == PARAGRAPH["en"]  # kept in the draft, only not printed
    assert localise_snapshot(snap, "en")["sections"][1]["text"] == ""
    reviewed = element_map(snap)[section.uid]
    assert reviewed["heading_only"] and reviewed["text"]["en"] == "Dispute resolution"
