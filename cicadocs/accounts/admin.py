from django import forms
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from . import roles
from .models import User


class UserRoleFormMixin:
    def clean(self):
        cleaned = super().clean()
        groups = cleaned.get("groups")
        member_state = cleaned.get("member_state")
        if groups is not None:
            names = {g.name for g in groups}
            if roles.DELEGATES in names and not member_state:
                raise forms.ValidationError(_("A member-state delegate must be attached to a member state."))
            if roles.DELEGATES in names and names & {roles.SECRETARIAT, roles.ADMINS}:
                raise forms.ValidationError(_("A delegate cannot also be secretariat staff or an admin."))
            if member_state and roles.DELEGATES not in names:
                raise forms.ValidationError(_("Only delegates are attached to a member state."))
        return cleaned


class UserChangeForm(UserRoleFormMixin, BaseUserAdmin.form):
    pass


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    form = UserChangeForm
    list_display = ["username", "email", "first_name", "last_name", "member_state", "is_active"]
    list_filter = ["groups", "member_state", "is_active", "is_staff"]
    fieldsets = [
        *BaseUserAdmin.fieldsets,
        (_("Member state"), {"fields": ["member_state"]}),
    ]
    autocomplete_fields = ["member_state"]
