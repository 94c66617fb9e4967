"""Two drafters saving the same clause at the same moment (PostgreSQL)."""

import pytest
from django.db import connection

from memoranda.models import Clause, MemorandumVersion
from memoranda.services import EditConflictError, element_update, memorandum_freeze_version
from tests.concurrency import run_together

from .conftest import make_memorandum

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_two_saves_of_the_same_clause_at_once_one_is_refused(staff_user):
    if connection.vendor != "postgresql":
        pytest.skip("true concurrent transactions need PostgreSQL (SQLite locks the whole database)")
    memorandum = make_memorandum(actor=staff_user)
    clause = Clause.objects.get(text_en="Clause 1.1")

    def save(text):
        return lambda: element_update(
            memorandum=memorandum, kind="clause", uid=clause.uid, language="en", values={"text": text},
            lock_version=0, actor=staff_user,
        )  # fmt: skip

    results = run_together(save("First"), save("Second"))

    refused = [r for r in results if isinstance(r, EditConflictError)]
    saved = [r for r in results if isinstance(r, Clause)]
    assert len(refused) == 1 and len(saved) == 1
    clause.refresh_from_db()
    assert clause.lock_version == 1
    assert clause.text_en == saved[0].text_en
    assert refused[0].current == {"text": clause.text_en}


def test_two_freezes_at_once_get_consecutive_numbers(staff_user):
    if connection.vendor != "postgresql":
        pytest.skip("true concurrent transactions need PostgreSQL (SQLite locks the whole database)")
    memorandum = make_memorandum(actor=staff_user)

    def freeze(reason):
        return lambda: memorandum_freeze_version(memorandum=memorandum, actor=staff_user, reason=reason)

    results = run_together(freeze("a"), freeze("b"))

    assert all(isinstance(r, MemorandumVersion) for r in results), results
    assert sorted(MemorandumVersion.objects.filter(memorandum=memorandum).values_list("number", flat=True)) == [1, 2]
