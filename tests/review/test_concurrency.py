"""Objections racing each other and the closing of the silence at the
deadline, in true concurrent transactions (PostgreSQL only)."""

import datetime
import time

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from cicadocs.review import services
from cicadocs.review.models import Circulation, Objection
from tests.concurrency import run_together
from tests.factories import DelegateFactory, MemberStateFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

SECOND = datetime.timedelta(seconds=1)


def _need_postgres():
    if connection.vendor != "postgresql":
        pytest.skip("true concurrent transactions need PostgreSQL (SQLite locks the whole database)")


@pytest.fixture
def states(groups):
    return [MemberStateFactory() for _ in range(3)]


def test_objections_of_one_state_racing_count_once(make_circulation, states):
    _need_postgres()
    silence = make_circulation(states, purpose="silence")
    delegates = [DelegateFactory(member_state=states[0]) for _ in range(4)]
    mail.outbox.clear()
    at = silence.deadline - SECOND

    results = run_together(
        *[lambda d=d: services.objection_submit(circulation=silence, user=d, reason="No", now=at) for d in delegates]
    )

    assert sum(isinstance(r, Objection) for r in results) == 1
    assert all(isinstance(r, (Objection, services.AlreadyObjected)) for r in results), results
    assert Objection.objects.filter(circulation=silence).count() == 1
    silence.refresh_from_db()
    assert silence.outcome == "broken"
    assert len([m for m in mail.outbox if "Silence broken" in m.subject]) == len(
        {m.to[0] for m in mail.outbox if "Silence broken" in m.subject}
    )


def test_objections_of_several_states_break_the_silence_once(make_circulation, states):
    _need_postgres()
    silence = make_circulation(states, purpose="silence")
    delegates = [DelegateFactory(member_state=state) for state in states]
    mail.outbox.clear()
    at = silence.deadline - SECOND

    results = run_together(
        *[lambda d=d: services.objection_submit(circulation=silence, user=d, reason="No", now=at) for d in delegates]
    )

    assert all(isinstance(r, Objection) for r in results), results
    silence.refresh_from_db()
    assert silence.outcome == "broken"
    first = Objection.objects.filter(circulation=silence).order_by("at", "pk").first()
    assert silence.outcome_at == first.at
    from cicadocs.core.models import AuditEntry

    assert AuditEntry.objects.filter(action="review.silence_broken").count() == 1


def _reset(circulation, deadline):
    Objection.objects.filter(circulation=circulation).delete()
    Circulation.objects.filter(pk=circulation.pk).update(
        status="open", outcome="", outcome_at=None, closed_at=None, deadline=deadline
    )


def _assert_consistent(circulation):
    """Whatever order the race took: the silence is approved if and only if
    no objection was accepted."""
    services.circulation_close(circulation=circulation, now=circulation.deadline)  # settle a close that came early
    circulation.refresh_from_db()
    objections = Objection.objects.filter(circulation=circulation)
    assert circulation.status == "closed"
    if objections.exists():
        assert circulation.outcome == "broken"
        assert all(o.at < circulation.deadline for o in objections)
    else:
        assert circulation.outcome == "approved"


def test_objection_racing_the_close_on_the_real_clock(make_circulation, states):
    """An objection and the closing command race at the deadline, both
    reading the server clock after taking the lock."""
    _need_postgres()
    silence = make_circulation(states, purpose="silence")
    delegate = DelegateFactory(member_state=states[0])
    outcomes = set()
    for _round in range(6):
        deadline = timezone.now() + datetime.timedelta(milliseconds=50)
        _reset(silence, deadline)
        silence.refresh_from_db()

        def object_at_deadline(deadline=deadline):
            time.sleep(max(0.0, (deadline - timezone.now()).total_seconds()))
            return services.objection_submit(circulation=silence, user=delegate, reason="No")

        def close_at_deadline(deadline=deadline):
            time.sleep(max(0.0, (deadline - timezone.now()).total_seconds()))
            return services.circulation_close(circulation=silence)

        results = run_together(*[object_at_deadline, close_at_deadline])
        assert isinstance(results[0], (Objection, services.DeadlinePassed)), results
        assert results[1] in (True, False), results
        _assert_consistent(silence)
        outcomes.add(silence.outcome)
    assert outcomes <= {"broken", "approved"}


@pytest.mark.parametrize("objection_offset", [-SECOND, SECOND])
def test_objection_racing_the_close_with_frozen_clocks(make_circulation, states, objection_offset):
    """With the clocks frozen one second before (or after) the deadline, the
    outcome is consistent whichever transaction takes the lock first; a late
    objection is always refused."""
    _need_postgres()
    silence = make_circulation(states, purpose="silence")
    delegate = DelegateFactory(member_state=states[0])
    deadline = silence.deadline
    for _round in range(3):
        _reset(silence, deadline)
        results = run_together(
            *[
                lambda: services.objection_submit(
                    circulation=silence, user=delegate, reason="No", now=deadline + objection_offset
                ),
                lambda: services.circulation_close(circulation=silence, now=deadline),
            ]
        )
        if objection_offset > datetime.timedelta(0):
            assert isinstance(results[0], services.DeadlinePassed), results
        _assert_consistent(silence)
