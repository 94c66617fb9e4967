"""View mixins and decorators that check a user's role.

A user who lacks the role gets 403 for staff pages; delegates' access to
documents is checked by the documents' own querysets (404 when not
circulated to their state).
"""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied


class RoleRequiredMixin(LoginRequiredMixin):
    role_check = "is_secretariat"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if not getattr(request.user, self.role_check):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class SecretariatRequiredMixin(RoleRequiredMixin):
    role_check = "is_secretariat"


class DelegateRequiredMixin(RoleRequiredMixin):
    role_check = "is_delegate"


class AdminRequiredMixin(RoleRequiredMixin):
    role_check = "is_admin"
