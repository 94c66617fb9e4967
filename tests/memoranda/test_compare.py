import pytest

from memoranda.compare import CHANGED, DELETED, INSERTED, MOVED, RENUMBERED, compare, redline
from memoranda.models import Clause
from memoranda.services import element_add, element_delete, element_move, element_update, memorandum_freeze_version

from .conftest import make_memorandum

pytestmark = pytest.mark.django_db


def test_redline_marks_inserted_and_deleted_words_and_escapes_text():
    html = redline("The Participants <will> cooperate.", "The Participants may cooperate closely.")

    assert html == ("The Participants <del>&lt;will&gt;</del><ins>may</ins> cooperate<ins> closely</ins>.")


def _row(rows, uid):
    return next(row for row in rows if row.uid == uid)


def test_compare_versions_matches_elements_by_uid(staff_user):
    memorandum = make_memorandum(actor=staff_user)
    first = memorandum_freeze_version(memorandum=memorandum, actor=staff_user, reason="first")
    c11 = Clause.objects.get(text_en="Clause 1.1")
    c12 = Clause.objects.get(text_en="Clause 1.2")
    c21 = Clause.objects.get(text_en="Clause 2.1")
    c31 = Clause.objects.get(text_en="Clause 3.1")
    element_update(
        memorandum=memorandum, kind="clause", uid=c11.uid, language="en", values={"text": "Clause one point one"},
        lock_version=c11.lock_version, actor=staff_user,
    )  # fmt: skip
    new = element_add(
        memorandum=memorandum, kind="clause", actor=staff_user, parent_uid=c21.section.uid,
        values={"text": "A new clause"}, after_uid=None,
    )  # fmt: skip
    element_move(memorandum=memorandum, kind="clause", uid=c12.uid, direction="down", actor=staff_user)
    element_delete(memorandum=memorandum, kind="clause", uid=c31.uid, actor=staff_user)
    second = memorandum_freeze_version(memorandum=memorandum, actor=staff_user, reason="second")

    rows = compare(first.snapshot, second.snapshot, "en")

    assert _row(rows, c11.uid).flags == [CHANGED]
    assert str(_row(rows, c11.uid).html) == "Clause <del>1.1</del><ins>one point one</ins>"
    assert _row(rows, c12.uid).flags == [MOVED]
    assert (_row(rows, c12.uid).old_number, _row(rows, c12.uid).new_number) == ("1.2", "2.1")
    assert _row(rows, c21.uid).flags == [RENUMBERED]
    assert _row(rows, new.uid).flags == [INSERTED]
    assert _row(rows, c31.uid).flags == [DELETED]
    changed = {row.uid for row in rows if row.changed}
    assert changed >= {c11.uid, c12.uid, c21.uid, new.uid, c31.uid}
    assert {row.kind for row in rows if row.changed} == {"clause", "item"}


def test_compare_in_russian_uses_the_russian_text(staff_user):
    memorandum = make_memorandum(actor=staff_user)
    first = memorandum_freeze_version(memorandum=memorandum, actor=staff_user, reason="first")
    c11 = Clause.objects.get(text_en="Clause 1.1")
    element_update(
        memorandum=memorandum, kind="clause", uid=c11.uid, language="ru", values={"text": "Пункт первый"},
        lock_version=c11.lock_version, actor=staff_user,
    )  # fmt: skip
    second = memorandum_freeze_version(memorandum=memorandum, actor=staff_user, reason="second")

    assert _row(compare(first.snapshot, second.snapshot, "en"), c11.uid).flags == []
    row = _row(compare(first.snapshot, second.snapshot, "ru"), c11.uid)
    assert row.flags == [CHANGED]
    assert "<ins>первый</ins>" in str(row.html)
