import pytest

from memoranda.models import Clause, Memorandum, SubItem
from memoranda.references import autolink
from memoranda.services import element_add, element_delete, element_move, memorandum_update_settings
from memoranda.snapshot import build_snapshot
from memoranda.structure import Structure, item_marker, letters, roman

from .conftest import make_memorandum

pytestmark = pytest.mark.django_db


def test_roman_and_letter_markers():
    assert [roman(n) for n in (1, 4, 9, 14, 40)] == ["i", "iv", "ix", "xiv", "xl"]
    assert [letters(n) for n in (1, 26, 27)] == ["a", "z", "aa"]
    assert item_marker("letters", 2) == "c."


def test_articles_are_labelled_in_each_language(staff_user):
    memorandum = make_memorandum(actor=staff_user)
    memorandum_update_settings(
        memorandum=memorandum, actor=staff_user, numbering_style=Memorandum.NumberingStyle.ARTICLES,
        numbered_clauses=False,
    )  # fmt: skip

    section = build_snapshot(memorandum)["sections"][1]

    assert section["label"] == {"en": "Article 2", "ru": "Статья 2", "kk": "2-бап"}
    assert [c["number"] for c in section["clauses"]] == ["", ""]


def test_deleting_and_moving_sub_items_renumbers_them(staff_user):
    memorandum = make_memorandum(actor=staff_user, items_per_clause=3)
    clause = Clause.objects.get(text_en="Clause 1.1")
    first, second, third = SubItem.objects.filter(clause=clause).order_by("position")

    element_delete(memorandum=memorandum, kind="item", uid=first.uid, actor=staff_user)
    element_move(memorandum=memorandum, kind="item", uid=third.uid, direction="up", actor=staff_user)

    items = build_snapshot(memorandum)["sections"][0]["clauses"][0]["items"]
    assert [(i["number"], i["uid"]) for i in items] == [("i.", third.uid), ("ii.", second.uid)]


def test_moving_the_first_section_up_changes_nothing(staff_user):
    memorandum = make_memorandum(actor=staff_user)
    section = Structure(memorandum).sections[0]

    moved = element_move(memorandum=memorandum, kind="section", uid=section.uid, direction="up", actor=staff_user)

    assert moved is False


def test_adding_a_section_in_the_middle_renumbers_the_following_ones(staff_user):
    memorandum = make_memorandum(actor=staff_user)
    first = Structure(memorandum).sections[0]

    added = element_add(
        memorandum=memorandum, kind="section", actor=staff_user, after_uid=first.uid, values={"heading": "Inserted"}
    )

    structure = Structure(memorandum)
    assert structure.numbers[added.uid] == "2"
    assert [c["number"] for c in build_snapshot(memorandum)["sections"][2]["clauses"]] == ["3.1", "3.2"]


def test_plain_references_are_linked_in_russian_and_kazakh(staff_user):
    memorandum = make_memorandum(actor=staff_user)
    structure = Structure(memorandum)
    section_2 = structure.sections[1].uid
    clause_21 = structure.sections[1].clauses.all()[0].uid

    ru = autolink("в соответствии с пунктами 2 и 3 и подпунктом 2.1", "ru", structure)
    kk = autolink("2.1-тармақшада және 2-бапта", "kk", structure)
    kk_inflected = autolink("2-тармағына және 3-бабында", "kk", structure)
    en = autolink("under paragraph 9 and Paragraph 2", "en", structure)

    assert ru.startswith(f"в соответствии с пунктами {{{{ref:{section_2}}}}} и {{{{ref:")
    assert ru.endswith(f"подпунктом {{{{ref:{clause_21}}}}}")
    assert kk == f"{{{{ref:{clause_21}}}}}-тармақшада және {{{{ref:{section_2}}}}}-бапта"
    assert kk_inflected.startswith(f"{{{{ref:{section_2}}}}}-тармағына және {{{{ref:")
    assert en == f"under paragraph 9 and Paragraph {{{{ref:{section_2}}}}}"
    elsewhere = (
        "Article 2 of the Charter, paragraphs 1 and 2 of resolution 60/288, paragraph 2.1 of the Statute, "
        "статьи 2 Устава"
    )
    assert autolink(elsewhere, "en", structure) == elsewhere
    assert autolink(elsewhere, "ru", structure) == elsewhere
    assert "{{ref:" in autolink("paragraph 2 of this MoU", "en", structure)
