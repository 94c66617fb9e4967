from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from . import roles


class User(AbstractUser):
    """A portal user. A delegate is attached to exactly one member state."""

    member_state = models.ForeignKey(
        "directory.MemberState",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="delegates",
        verbose_name=_("member state"),
        help_text=_("Required for member-state delegates; empty for everyone else."),
    )

    class Meta(AbstractUser.Meta):
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def _group_names(self):
        if not hasattr(self, "_cached_group_names"):
            self._cached_group_names = set(self.groups.values_list("name", flat=True)) if self.pk else set()
        return self._cached_group_names

    @property
    def is_admin(self):
        return self.is_superuser or roles.ADMINS in self._group_names()

    @property
    def is_secretariat(self):
        return self.is_admin or roles.SECRETARIAT in self._group_names()

    @property
    def is_delegate(self):
        return roles.DELEGATES in self._group_names() and not self.is_secretariat

    @property
    def role(self):
        if self.is_admin:
            return roles.ADMINS
        if self.is_secretariat:
            return roles.SECRETARIAT
        if self.is_delegate:
            return roles.DELEGATES
        return None

    def clean(self):
        super().clean()
        if self.member_state_id and self.is_staff:
            raise ValidationError(_("A member-state delegate cannot have access to the admin site."))
