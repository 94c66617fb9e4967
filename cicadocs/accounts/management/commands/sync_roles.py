from django.core.management.base import BaseCommand

from cicadocs.accounts.services import roles_sync


class Command(BaseCommand):
    help = "Create the Admins, Secretariat and Delegates groups and give each its permissions."

    def handle(self, *args, **options):
        for name, group in roles_sync().items():
            self.stdout.write(f"{name}: {group.permissions.count()} permissions")
