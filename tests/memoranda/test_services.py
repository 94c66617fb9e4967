import pytest
from django.core.exceptions import ValidationError

from memoranda.models import Clause
from memoranda.references import token
from memoranda.services import (
    EditConflictError,
    ElementReferencedError,
    element_add,
    element_delete,
    element_move,
    element_update,
    memorandum_create,
)
from memoranda.snapshot import build_snapshot
from memoranda.structure import Structure

from .conftest import make_memorandum

pytestmark = pytest.mark.django_db


def numbers(memorandum):
    snap = build_snapshot(memorandum)
    return [(c["number"], c["text"]["en"]) for s in snap["sections"] for c in s["clauses"]]


def test_create_builds_the_tree_and_numbers_follow_positions(staff_user):
    memorandum = make_memorandum(actor=staff_user)

    snap = build_snapshot(memorandum)

    assert [s["label"]["en"] for s in snap["sections"]] == ["1:", "2:", "3:"]
    assert numbers(memorandum)[:3] == [("1.1", "Clause 1.1"), ("1.2", "Clause 1.2"), ("2.1", "Clause 2.1")]
    assert [i["number"] for i in snap["sections"][0]["clauses"][0]["items"]] == ["i.", "ii."]
    assert snap["draft"] is True and snap["title"]["ru"][0] == "ПРОЕКТ"


def test_inserting_a_clause_renumbers_the_rest(staff_user):
    memorandum = make_memorandum(actor=staff_user)
    first_section = memorandum.sections.first()
    first_clause = first_section.clauses.first()

    element_add(
        memorandum=memorandum, kind="clause", actor=staff_user, parent_uid=first_section.uid,
        after_uid=first_clause.uid, values={"text": "New clause"},
    )  # fmt: skip

    assert numbers(memorandum)[:3] == [("1.1", "Clause 1.1"), ("1.2", "New clause"), ("1.3", "Clause 1.2")]


def test_moving_a_clause_up_past_the_top_of_its_section_moves_it_to_the_previous_section(staff_user):
    memorandum = make_memorandum(actor=staff_user)
    clause = Clause.objects.get(text_en="Clause 2.1")

    element_move(memorandum=memorandum, kind="clause", uid=clause.uid, direction="up", actor=staff_user)

    assert numbers(memorandum)[:4] == [
        ("1.1", "Clause 1.1"), ("1.2", "Clause 1.2"), ("1.3", "Clause 2.1"), ("2.1", "Clause 2.2"),
    ]  # fmt: skip


def test_a_cross_reference_follows_its_target_and_blocks_its_deletion(staff_user):
    memorandum = make_memorandum(actor=staff_user)
    target = Clause.objects.get(text_en="Clause 2.2")
    referring = Clause.objects.get(text_en="Clause 3.1")
    element_update(
        memorandum=memorandum, kind="clause", uid=referring.uid, language="en",
        values={"text": "As in sub-paragraph [[2.2]]."}, lock_version=referring.lock_version, actor=staff_user,
    )  # fmt: skip
    first = Clause.objects.get(text_en="Clause 2.1")
    element_delete(memorandum=memorandum, kind="clause", uid=first.uid, actor=staff_user)

    assert ("3.1", "As in sub-paragraph 2.1.") in numbers(memorandum)
    with pytest.raises(ElementReferencedError) as refused:
        element_delete(memorandum=memorandum, kind="clause", uid=target.uid, actor=staff_user)
    assert "3.1" in str(refused.value.message)
    assert Clause.objects.filter(uid=target.uid).exists()


def test_reference_to_a_number_that_does_not_exist_is_refused(staff_user):
    memorandum = make_memorandum(actor=staff_user)
    clause = Clause.objects.get(text_en="Clause 1.1")

    with pytest.raises(ValidationError) as refused:
        element_update(
            memorandum=memorandum, kind="clause", uid=clause.uid, language="en",
            values={"text": "See [[9.9]]"}, lock_version=clause.lock_version, actor=staff_user,
        )  # fmt: skip
    assert "9.9" in refused.value.messages[0]
    clause.refresh_from_db()
    assert clause.text_en == "Clause 1.1"


def test_second_save_of_the_same_element_is_refused_with_both_texts(staff_user):
    memorandum = make_memorandum(actor=staff_user)
    clause = Clause.objects.get(text_en="Clause 1.1")
    loaded = clause.lock_version
    element_update(
        memorandum=memorandum, kind="clause", uid=clause.uid, language="en",
        values={"text": "First drafter"}, lock_version=loaded, actor=staff_user,
    )  # fmt: skip

    with pytest.raises(EditConflictError) as conflict:
        element_update(
            memorandum=memorandum, kind="clause", uid=clause.uid, language="en",
            values={"text": "Second drafter"}, lock_version=loaded, actor=staff_user,
        )  # fmt: skip

    assert conflict.value.current == {"text": "First drafter"}
    assert conflict.value.submitted == {"text": "Second drafter"}
    clause.refresh_from_db()
    assert clause.text_en == "First drafter"


def test_empty_clause_is_refused_and_nothing_is_lost(staff_user):
    memorandum = make_memorandum(actor=staff_user)
    clause = Clause.objects.get(text_en="Clause 1.1")

    with pytest.raises(ValidationError, match="cannot be empty"):
        element_update(
            memorandum=memorandum, kind="clause", uid=clause.uid, language="en",
            values={"text": "   "}, lock_version=clause.lock_version, actor=staff_user,
        )  # fmt: skip
    clause.refresh_from_db()
    assert clause.text_en == "Clause 1.1"


def test_sub_item_under_a_section_without_clauses_is_refused(staff_user):
    memorandum = make_memorandum(actor=staff_user)
    section = element_add(memorandum=memorandum, kind="section", actor=staff_user, values={"text": "One paragraph"})

    with pytest.raises(ValidationError, match="has no clauses"):
        element_add(memorandum=memorandum, kind="item", actor=staff_user, parent_uid=section.uid, values={"text": "i"})


def test_create_refuses_a_tree_with_sub_items_but_no_clause(staff_user, organisation):
    with pytest.raises(ValidationError) as refused:
        memorandum_create(
            title="MoU",
            actor=staff_user,
            sections=[{"heading": "One", "items": ["stray"]}, {"clauses": [{"text": ""}]}],
        )
    assert len(refused.value.messages) == 2


def test_autolink_turns_plain_references_into_links(staff_user):
    memorandum = make_memorandum(
        actor=staff_user,
        sections=[
            {"heading": "One", "clauses": [{"text": "See paragraph 2 and sub-paragraph 2.1."}]},
            {"heading": "Two", "clauses": [{"text": "x"}, {"text": "y"}]},
        ],
    )
    new_first = element_add(memorandum=memorandum, kind="section", actor=staff_user, values={"heading": "Zero"})
    element_move(memorandum=memorandum, kind="section", uid=new_first.uid, direction="up", actor=staff_user)
    element_move(memorandum=memorandum, kind="section", uid=new_first.uid, direction="up", actor=staff_user)

    snap = build_snapshot(memorandum)
    assert snap["sections"][0]["heading"]["en"] == "Zero"
    assert snap["sections"][1]["clauses"][0]["text"]["en"] == "See paragraph 3 and sub-paragraph 3.1."
    assert Structure(memorandum).numbers[new_first.uid] == "1"


def test_a_memorandum_drawn_up_in_russian_only_needs_no_english_title(staff_user, client):
    memorandum = memorandum_create(
        title={"ru": "Меморандум"}, actor=staff_user, languages=["ru"], master_language="ru",
        sections=[{"heading": "Статья", "clauses": [{"text": "Текст"}]}],
    )  # fmt: skip

    assert memorandum.title_en == ""
    assert memorandum.display_title == "Меморандум"
    client.force_login(staff_user)
    assert "Меморандум" in client.get("/memoranda/").content.decode()


def test_update_can_link_plain_references_like_the_importer(staff_user):
    memorandum = make_memorandum(actor=staff_user)
    clause = Clause.objects.get(text_en="Clause 3.1")

    element_update(
        memorandum=memorandum, kind="clause", uid=clause.uid, language="ru", values={"text": "См. пункт 2.1."},
        lock_version=clause.lock_version, actor=staff_user, link_references=True,
    )  # fmt: skip

    clause.refresh_from_db()
    target = Clause.objects.get(text_en="Clause 2.1")
    assert clause.text_ru == "См. пункт " + token(target.uid) + "."


def test_saving_another_language_after_someone_else_saved_is_not_a_conflict(staff_user):
    memorandum = make_memorandum(actor=staff_user)
    clause = Clause.objects.get(text_en="Clause 1.1")
    loaded = clause.lock_version
    element_update(
        memorandum=memorandum, kind="clause", uid=clause.uid, language="en", values={"text": "Drafter's change"},
        lock_version=loaded, actor=staff_user,
    )  # fmt: skip

    saved = element_update(
        memorandum=memorandum, kind="clause", uid=clause.uid, language="kk", values={"text": "Аудармашы"},
        lock_version=loaded, original={"text": "Тармақ 1.1"}, actor=staff_user,
    )  # fmt: skip

    clause.refresh_from_db()
    assert (clause.text_en, clause.text_kk, clause.lock_version) == ("Drafter's change", "Аудармашы", 2)
    assert saved.lock_version == 2
    with pytest.raises(EditConflictError):
        element_update(
            memorandum=memorandum, kind="clause", uid=clause.uid, language="en", values={"text": "Late"},
            lock_version=loaded, original={"text": "Clause 1.1"}, actor=staff_user,
        )  # fmt: skip


def test_a_conflict_shows_references_as_the_editor_writes_them(staff_user):
    memorandum = make_memorandum(actor=staff_user)
    clause = Clause.objects.get(text_en="Clause 1.1")
    element_update(
        memorandum=memorandum, kind="clause", uid=clause.uid, language="en", values={"text": "See [[2.1]]"},
        lock_version=0, actor=staff_user,
    )  # fmt: skip

    with pytest.raises(EditConflictError) as conflict:
        element_update(
            memorandum=memorandum, kind="clause", uid=clause.uid, language="en", values={"text": "Mine"},
            lock_version=0, actor=staff_user,
        )  # fmt: skip

    assert conflict.value.current == {"text": "See [[2.1]]"}
