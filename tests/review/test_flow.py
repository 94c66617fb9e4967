"""The issue's "done when", through the pages: circulate, two states propose,
each sees only what it may, staff decide, the next version is frozen, and a
silence procedure on it is broken in one run and expires unbroken in another."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from cicadocs.review.models import Circulation, Proposal
from memoranda.services import memorandum_freeze_version
from tests.factories import DelegateFactory, MemberStateFactory

from .conftest import first_clause_uid

pytestmark = pytest.mark.django_db


def _client(user):
    client = Client()
    client.force_login(user)
    return client


def _circulate(staff, version, states, purpose):
    day = timezone.localdate() + datetime.timedelta(days=5)
    response = _client(staff).post(
        reverse("review:circulate", args=[version.pk]),
        {
            "states": [s.pk for s in states],
            "purpose": purpose,
            "deadline_date": day.isoformat(),
            "deadline_time": "18:00",
            "proposals_visibility": "secretariat",
        },
    )
    assert response.status_code == 302, response.content
    return Circulation.objects.order_by("-pk").first()


def _expire(circulation):
    Circulation.objects.filter(pk=circulation.pk).update(deadline=timezone.now() - datetime.timedelta(seconds=1))


def test_review_round_then_silence_procedure(staff_user, version, groups):
    kz, ru, cn = (MemberStateFactory(iso_code=code) for code in ("KZ", "RU", "CN"))
    delegate_kz, delegate_ru = DelegateFactory(member_state=kz), DelegateFactory(member_state=ru)
    outsider = DelegateFactory(member_state=MemberStateFactory(iso_code="IN"))
    review = _circulate(staff_user, version, [kz, ru, cn], "review")
    clause = version.snapshot["sections"][0]["clauses"][0]
    uid = first_clause_uid(version)
    propose = reverse("review:propose", args=[review.pk, uid])

    # Two delegates of different states propose amendments.
    _client(delegate_kz).post(propose, {"kind": "amendment", "wording_en": "Kazakh wording."})
    _client(delegate_ru).post(propose, {"kind": "amendment", "wording_ru": "Русская формулировка."})
    by_state = {p.state.iso_code: p for p in Proposal.objects.all()}
    assert set(by_state) == {"KZ", "RU"}

    # Each sees only what it may.
    page_kz = _client(delegate_kz).get(reverse("review:circulation", args=[review.pk])).text
    assert "Kazakh wording" in page_kz and "Русская формулировка" not in page_kz
    assert _client(outsider).get(reverse("review:circulation", args=[review.pk])).status_code == 404
    assert _client(outsider).get(reverse("pdf:memorandum_version", args=[version.pk, "en"])).status_code == 404

    # Staff decide in the compilation.
    staff = _client(staff_user)
    kz_p, ru_p = by_state["KZ"], by_state["RU"]
    staff.post(reverse("review:proposal_decide", args=[kz_p.pk]), {f"p{kz_p.pk}-decision": "accepted"})
    staff.post(
        reverse("review:proposal_decide", args=[ru_p.pk]),
        {f"p{ru_p.pk}-decision": "rejected", f"p{ru_p.pk}-reason": "Keeps the agreed term"},
    )
    page_ru = _client(delegate_ru).get(reverse("review:circulation", args=[review.pk])).text
    assert "Keeps the agreed term" in page_ru

    # The accepted wording is in the next version; the rejected one is not.
    v2 = memorandum_freeze_version(memorandum=version.memorandum, actor=staff_user, reason="Proposals of Member States")
    v2_clause = v2.snapshot["sections"][0]["clauses"][0]
    assert v2_clause["uid"] == uid
    assert v2_clause["text"]["en"] == "Kazakh wording."
    assert v2_clause["text"]["ru"] == clause["text"]["ru"]

    # Silence procedure, run 1: broken by one objection.
    broken = _circulate(staff_user, v2, [kz, ru, cn], "silence")
    _client(delegate_ru).post(reverse("review:object", args=[broken.pk]), {"reason": "Not yet"})
    broken.refresh_from_db()
    assert broken.outcome == "broken"
    _expire(broken)
    call_command("close_circulations", stdout=StringIO())
    broken.refresh_from_db()
    assert (broken.status, broken.outcome) == ("closed", "broken")

    # Run 2: expires unbroken, computed by the page as by the command.
    approved = _circulate(staff_user, v2, [kz, ru, cn], "silence")
    _expire(approved)
    _client(delegate_kz).get(reverse("review:circulation", args=[approved.pk]))
    approved.refresh_from_db()
    assert (approved.status, approved.outcome) == ("closed", "approved")
    assert list(Circulation.objects.approving(v2)) == [approved]
