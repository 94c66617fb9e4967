"""Setting up the role groups."""

from django.contrib.auth.models import Group, Permission

from . import roles


def roles_sync():
    """Create the three groups and give each exactly its permissions."""
    groups = {}
    for role, codenames in roles.role_permissions().items():
        group, _created = Group.objects.get_or_create(name=role)
        permissions = []
        for dotted in codenames:
            app_label, codename = dotted.split(".", 1)
            permissions.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
        group.permissions.set(permissions)
        groups[role] = group
    return groups
