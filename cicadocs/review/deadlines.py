"""Deadlines of circulations: entered in Astana time, judged on the server clock.

A deadline is an aware datetime. It has passed when ``now >= deadline``: an
action one second before it is in time, one second after it is late.
"""

import datetime
import zoneinfo

from django.conf import settings
from django.utils import timezone

REMINDER_BEFORE = datetime.timedelta(days=2)


def deadline_time_zone():
    """The time zone deadlines are entered and printed in (Astana time)."""
    return zoneinfo.ZoneInfo(settings.CICADOCS_DEADLINE_TIME_ZONE)


def deadline_from_local(date, time):
    """The aware deadline for a date and a wall-clock time in Astana."""
    return datetime.datetime.combine(date, time, tzinfo=deadline_time_zone())


def deadline_local(deadline):
    """The deadline as Astana wall-clock time."""
    return deadline.astimezone(deadline_time_zone())


def has_passed(deadline, now=None):
    now = now or timezone.now()
    return now >= deadline


def reminder_due(deadline, now=None):
    """True in the two days before the deadline (the reminder window)."""
    now = now or timezone.now()
    return deadline - REMINDER_BEFORE <= now < deadline
