"""Permissions the roles hold on notes (merged by roles_sync())."""

_NOTE_MODELS = ["note", "series", "notereference", "enclosure"]
_ACTIONS = ("add", "change", "view")

ROLE_PERMISSIONS = {
    "Admins": [f"notes.{action}_{model}" for model in [*_NOTE_MODELS, "phrase"] for action in _ACTIONS],
    "Secretariat": [f"notes.{action}_{model}" for model in _NOTE_MODELS for action in _ACTIONS] + ["notes.view_phrase"],
}
