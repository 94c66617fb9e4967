import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_sync_roles_gives_each_group_its_permissions():
    call_command("sync_roles")

    admins = set(Group.objects.get(name="Admins").permissions.values_list("codename", flat=True))
    staff = set(Group.objects.get(name="Secretariat").permissions.values_list("codename", flat=True))
    delegates = set(Group.objects.get(name="Delegates").permissions.values_list("codename", flat=True))
    assert {"add_organisation", "delete_memberstate", "change_user"} <= admins
    assert "view_organisation" in staff
    assert "change_organisation" not in staff
    assert staff <= admins
    assert not delegates & {"view_organisation", "change_user"}
