"""Close circulations whose deadline has passed and send the two-day reminders.

Run it from cron every few minutes, for example:

    */5 * * * * cd /srv/cicadocs && .venv/bin/python manage.py close_circulations

The outcome is the same as when a page of the circulation is opened after
the deadline: both call ``services.circulation_close``.
"""

from django.core.management.base import BaseCommand

from cicadocs.review import services


class Command(BaseCommand):
    help = "Close circulations whose deadline has passed (recording their outcome) and send the reminders."

    def handle(self, *args, **options):
        closed = services.circulations_close_due()
        reminded = services.circulations_send_reminders()
        for circulation in closed:
            self.stdout.write(f"closed circulation {circulation.pk}: {circulation.outcome}")
        for circulation in reminded:
            self.stdout.write(f"reminded circulation {circulation.pk}")
        self.stdout.write(self.style.SUCCESS(f"{len(closed)} closed, {len(reminded)} reminded."))
