import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from cicadocs.review.models import Circulation

pytestmark = pytest.mark.django_db


def _run():
    out = StringIO()
    call_command("close_circulations", stdout=out)
    return out.getvalue()


def test_command_closes_passed_silence_procedures_like_the_page(make_circulation, delegate):
    silence = make_circulation([delegate.member_state], purpose="silence")
    Circulation.objects.filter(pk=silence.pk).update(deadline=timezone.now() - datetime.timedelta(seconds=1))
    mail.outbox.clear()

    output = _run()

    silence.refresh_from_db()
    assert (silence.status, silence.outcome) == ("closed", "approved")
    assert f"closed circulation {silence.pk}: approved" in output
    assert any("Closed:" in m.subject and m.to == [delegate.email] for m in mail.outbox)
    assert "0 closed" in _run()


def test_command_sends_the_two_day_reminder_once(make_circulation, delegate):
    circulation = make_circulation([delegate.member_state])
    Circulation.objects.filter(pk=circulation.pk).update(deadline=timezone.now() + datetime.timedelta(days=1))
    mail.outbox.clear()

    assert "1 reminded" in _run()
    assert "0 reminded" in _run()

    assert [(m.to, m.subject.startswith("Two days left")) for m in mail.outbox] == [([delegate.email], True)]
    circulation.refresh_from_db()
    assert circulation.reminder_sent_at is not None


def test_circulating_inside_the_reminder_window_sends_no_second_mail(make_circulation, delegate, now):
    make_circulation([delegate.member_state], deadline=now + datetime.timedelta(hours=20))
    assert "0 reminded" in _run()
    assert len(mail.outbox) == 1
