import pytest

from memoranda.models import Clause
from memoranda.services import element_update, memorandum_update_settings
from memoranda.structure import Structure
from memoranda.translation_status import MISSING, OK, STALE, element_status, memorandum_translation_status

from .conftest import make_memorandum

pytestmark = pytest.mark.django_db


def _save(memorandum, clause, language, text, actor):
    clause = Clause.objects.get(pk=clause.pk)
    return element_update(
        memorandum=memorandum, kind="clause", uid=clause.uid, language=language, values={"text": text},
        lock_version=clause.lock_version, actor=actor,
    )  # fmt: skip


def test_translations_made_with_the_master_text_are_up_to_date(staff_user):
    make_memorandum(actor=staff_user)
    clause = Clause.objects.get(text_en="Clause 1.1")

    assert element_status(clause, "ru", "en") == OK
    assert element_status(clause, "kk", "en") == OK


def test_changing_the_master_text_makes_the_translations_stale_until_they_are_saved(staff_user):
    memorandum = make_memorandum(actor=staff_user)
    clause = Clause.objects.get(text_en="Clause 1.1")

    _save(memorandum, clause, "en", "Clause 1.1, amended", staff_user)
    clause.refresh_from_db()
    assert (element_status(clause, "ru", "en"), element_status(clause, "kk", "en")) == (STALE, STALE)

    _save(memorandum, clause, "ru", "Пункт 1.1 с поправкой", staff_user)
    clause.refresh_from_db()
    assert (element_status(clause, "ru", "en"), element_status(clause, "kk", "en")) == (OK, STALE)


def test_resaving_a_translation_unchanged_confirms_it(staff_user):
    memorandum = make_memorandum(actor=staff_user)
    clause = Clause.objects.get(text_en="Clause 1.1")
    _save(memorandum, clause, "en", "Clause 1.1, amended", staff_user)

    _save(memorandum, clause, "kk", "Тармақ 1.1", staff_user)

    clause.refresh_from_db()
    assert element_status(clause, "kk", "en") == OK


def test_a_translation_saved_before_a_master_change_stays_stale_when_the_master_changes_again(staff_user):
    memorandum = make_memorandum(actor=staff_user)
    clause = Clause.objects.get(text_en="Clause 1.1")
    _save(memorandum, clause, "en", "Second wording", staff_user)
    _save(memorandum, clause, "ru", "Вторая редакция", staff_user)

    _save(memorandum, clause, "en", "Third wording", staff_user)

    clause.refresh_from_db()
    assert element_status(clause, "ru", "en") == STALE


def test_missing_translations_are_counted_per_language(staff_user):
    memorandum = make_memorandum(
        actor=staff_user,
        sections=[{"heading": "One", "clauses": [{"text": {"en": "Only English", "ru": "И по-русски"}}]}],
    )

    status = memorandum_translation_status(Structure(memorandum))

    clause = Clause.objects.get(text_en="Only English")
    assert [e["uid"] for e in status["kk"][MISSING] if e["kind"] == "clause"] == [clause.uid]
    assert [e["uid"] for e in status["ru"][MISSING] if e["kind"] == "clause"] == []
    assert status["ru"][STALE] == []


def test_the_master_language_can_be_another_language(staff_user):
    memorandum = make_memorandum(actor=staff_user)
    clause = Clause.objects.get(text_en="Clause 1.1")
    memorandum_update_settings(memorandum=memorandum, actor=staff_user, master_language="ru")

    _save(memorandum, clause, "ru", "Пункт 1.1 (новая редакция)", staff_user)

    clause.refresh_from_db()
    assert element_status(clause, "en", "ru") == STALE
    assert element_status(clause, "ru", "ru") == "master"


def test_only_the_part_of_the_memorandum_that_changed_is_stale(staff_user):
    memorandum = make_memorandum(actor=staff_user)
    element_update(
        memorandum=memorandum, kind="memorandum", uid=memorandum.uid, language="en",
        values={"lead_in": "NOW, THEREFORE, amended"}, lock_version=memorandum.lock_version, actor=staff_user,
    )  # fmt: skip

    status = memorandum_translation_status(Structure(memorandum))

    stale = [(e["kind"], e["anchor"]) for e in status["ru"][STALE]]
    assert stale == [("memorandum", f"el-{memorandum.uid}-lead_in")]


def test_a_translator_saving_one_field_confirms_only_that_field(staff_user):
    memorandum = make_memorandum(
        actor=staff_user,
        preamble=[{"keyword": {"en": "WHEREAS", "ru": "ПРИНИМАЯ ВО ВНИМАНИЕ,"}, "text": {"en": "one", "ru": "одно"}}],
    )
    paragraph = memorandum.preamble.get()
    element_update(
        memorandum=memorandum, kind="preamble", uid=paragraph.uid, language="en",
        values={"keyword": "CONSIDERING", "text": "two"}, lock_version=0, actor=staff_user,
    )  # fmt: skip
    element_update(
        memorandum=memorandum, kind="preamble", uid=paragraph.uid, language="ru",
        values={"text": "два"}, lock_version=1, actor=staff_user,
    )  # fmt: skip

    paragraph.refresh_from_db()
    assert element_status(paragraph, "ru", "en", ["text"]) == OK
    assert element_status(paragraph, "ru", "en") == STALE
