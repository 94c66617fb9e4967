"""The three roles, as Django groups, and the permissions each one holds."""

from django.utils.translation import gettext_lazy as _

ADMINS = "Admins"
SECRETARIAT = "Secretariat"
DELEGATES = "Delegates"

LABELS = {
    ADMINS: _("Admin"),
    SECRETARIAT: _("Secretariat staff"),
    DELEGATES: _("Member-state delegate"),
}

DIRECTORY_MODELS = ["organisation", "memberstate", "mission", "focalpoint", "signatory"]

# Permission codenames per group, as "app_label.codename". Apps that come
# later add theirs to ROLE_PERMISSIONS through ``extra_permissions``.
ROLE_PERMISSIONS = {
    ADMINS: [
        f"directory.{action}_{model}" for model in DIRECTORY_MODELS for action in ("add", "change", "delete", "view")
    ]
    + [f"accounts.{action}_user" for action in ("add", "change", "delete", "view")]
    + ["auth.view_group"],
    SECRETARIAT: [f"directory.view_{model}" for model in DIRECTORY_MODELS],
    DELEGATES: [],
}


def role_permissions():
    """ROLE_PERMISSIONS plus what each installed domain app declares in a
    module-level ``ROLE_PERMISSIONS`` of its ``permissions`` module."""
    from importlib import import_module

    from django.apps import apps

    merged = {role: list(perms) for role, perms in ROLE_PERMISSIONS.items()}
    for config in apps.get_app_configs():
        try:
            module = import_module(f"{config.name}.permissions")
        except ModuleNotFoundError:
            continue
        for role, perms in getattr(module, "ROLE_PERMISSIONS", {}).items():
            merged.setdefault(role, []).extend(perms)
    # Admins hold everything secretariat staff hold.
    merged[ADMINS] = sorted(set(merged[ADMINS]) | set(merged[SECRETARIAT]))
    return merged
