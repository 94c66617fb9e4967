"""The memorandum page and the editor cost the same number of queries
whatever the number of sections, clauses and sub-items."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from memoranda.services import memorandum_freeze_version

from .conftest import make_memorandum

pytestmark = pytest.mark.django_db


def _sections(clause_count, sections=8):
    per_section = clause_count // sections
    return [
        {
            "heading": {"en": f"Heading {s}", "ru": f"Заголовок {s}", "kk": f"Тақырып {s}"},
            "clauses": [
                {
                    "text": {"en": f"Clause {s}.{c}, see paragraph 1", "ru": f"Пункт {s}.{c}", "kk": f"Тармақ {s}.{c}"},
                    "items": [{"en": f"Item {i}", "ru": f"Подпункт {i}"} for i in range(c % 3)],
                }
                for c in range(per_section)
            ],
        }
        for s in range(sections)
    ]


def _count(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("page", ["memoranda:detail", "memoranda:editor"])
def test_queries_do_not_grow_with_the_number_of_clauses(client, staff_user, page):
    client.force_login(staff_user)
    small = make_memorandum(sections=_sections(32))
    large = make_memorandum(sections=_sections(200))
    for memorandum in (small, large):
        memorandum_freeze_version(memorandum=memorandum, actor=staff_user, reason="v1")
    suffix = "?a=en&b=ru" if page == "memoranda:editor" else ""
    _count(client, reverse(page, args=[small.pk]) + suffix)  # warm caches (session, content types)

    small_count = _count(client, reverse(page, args=[small.pk]) + suffix)
    large_count = _count(client, reverse(page, args=[large.pk]) + suffix)

    assert large.sections.first().clauses.count() == 25
    assert small_count == large_count
    assert small_count <= 16


def test_saving_a_clause_costs_the_same_in_a_large_memorandum(client, staff_user):
    from memoranda.models import Clause

    client.force_login(staff_user)
    counts = []
    for size in (32, 200):
        memorandum = make_memorandum(sections=_sections(size))
        clause = Clause.objects.filter(section__memorandum=memorandum).order_by("section__position", "position")[3]
        with CaptureQueriesContext(connection) as queries:
            response = client.post(
                reverse("memoranda:element_save", args=[memorandum.pk]),
                {"kind": "clause", "uid": clause.uid, "language": "en", "lock_version": 0, "f_text": "Changed"},
                HTTP_ACCEPT="application/json",
            )
        assert response.status_code == 200, response.content
        counts.append(len(queries))
    assert counts[0] == counts[1]
