from . import roles as role_names


def roles(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"user_role": None}
    return {"user_role": user.role, "user_role_label": role_names.LABELS.get(user.role, "")}
