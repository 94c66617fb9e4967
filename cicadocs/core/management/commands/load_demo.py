"""Load the demo data. Safe to run again: it leaves the same data."""

from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

from cicadocs.accounts import demo as accounts_demo
from cicadocs.directory import demo as directory_demo

# Loaders of the domain apps, in the order they build on each other. Each
# module has ``load(context) -> dict`` and adds what it made to the context.
DOMAIN_LOADERS = ["memoranda.demo", "notes.demo", "cicadocs.review.demo"]


class Command(BaseCommand):
    help = "Load (or refresh) the demo data: directory, users, notes and memoranda."

    def add_arguments(self, parser):
        parser.add_argument("--quiet-users", action="store_true", help="Do not print the demo log-ins.")

    def handle(self, *args, **options):
        with transaction.atomic():
            context = directory_demo.load()
            context["users"] = accounts_demo.load(context["states"])
            for dotted in DOMAIN_LOADERS:
                try:
                    module = import_module(dotted)
                except ModuleNotFoundError as exc:
                    if exc.name and dotted.startswith(exc.name):
                        continue
                    raise
                context.update(module.load(context) or {})
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))
        if not options["quiet_users"]:
            self.stdout.write(f"Demo log-ins (password for all: {accounts_demo.DEMO_PASSWORD}):")
            for username, (_first, _last, role, iso) in accounts_demo.DEMO_USERS.items():
                suffix = f" ({iso})" if iso else ""
                self.stdout.write(f"  {username:<14} {role}{suffix}")
