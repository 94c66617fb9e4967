"""Demo users, one or more per role. The password of every demo user is
``DEMO_PASSWORD``; ``run`` prints them."""

from . import roles
from .models import User
from .services import roles_sync

DEMO_PASSWORD = "cica-demo-2026"  # noqa: S105 - printed for the demo; never used in production

# username: (first name, last name, role, ISO code of the member state or None)
DEMO_USERS = {
    "admin": ("Aigerim", "Admin", roles.ADMINS, None),
    "staff": ("Dana", "Secretariat", roles.SECRETARIAT, None),
    "delegate-kz": ("Arman", "Delegate", roles.DELEGATES, "KZ"),
    "delegate-ru": ("Ivan", "Delegate", roles.DELEGATES, "RU"),
    "delegate-cn": ("Li", "Delegate", roles.DELEGATES, "CN"),
    "delegate-in": ("Priya", "Delegate", roles.DELEGATES, "IN"),
}


def load(states):
    groups = roles_sync()
    users = {}
    for username, (first, last, role, iso) in DEMO_USERS.items():
        user, created = User.objects.get_or_create(username=username)
        user.first_name, user.last_name = first, last
        user.email = f"{username}@example.org"
        user.member_state = states[iso] if iso else None
        user.is_staff = role == roles.ADMINS
        user.is_superuser = role == roles.ADMINS
        if created or not user.check_password(DEMO_PASSWORD):
            user.set_password(DEMO_PASSWORD)
        user.save()
        user.groups.set([groups[role]])
        users[username] = user
    return users
