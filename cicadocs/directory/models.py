"""The directory: organisations, member states, their missions, focal points
and signatories.

Text fields listed in ``translation.py`` get ``_en``, ``_ru`` and ``_kk``
columns from django-modeltranslation.
"""

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Organisation(models.Model):
    class Kind(models.TextChoices):
        SECRETARIAT = "secretariat", _("CICA Secretariat")
        UNITED_NATIONS = "un", _("United Nations entity")
        INTERNATIONAL = "international", _("International or regional organisation")
        NATIONAL = "national", _("National authority")
        OTHER = "other", pgettext_lazy("organisation kind", "Other")

    name = models.CharField(_("full name"), max_length=300)
    short_name = models.CharField(_("short name"), max_length=60)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.INTERNATIONAL)
    legal_description = models.TextField(
        _("legal description"),
        blank=True,
        help_text=_('For example: "part of the United Nations Secretariat, ... established pursuant to the Charter".'),
    )
    seat_address = models.TextField(_("seat address"), blank=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["short_name"]

    def __str__(self):
        return f"{self.short_name} — {self.name}"

    def clean(self):
        super().clean()
        errors = {}
        others = Organisation.objects.exclude(pk=self.pk)
        for code in ("en", "ru", "kk"):
            field = f"short_name_{code}"
            value = (getattr(self, field, "") or "").strip()
            if value and others.filter(**{f"{field}__iexact": value}).exists():
                errors[field] = _("Another organisation already has the short name %(name)s.") % {"name": value}
        if errors:
            raise ValidationError(errors)


class MemberState(models.Model):
    name = models.CharField(_("name"), max_length=120)
    iso_code = models.CharField(
        _("ISO code"),
        max_length=2,
        unique=True,
        error_messages={"unique": _("A member state with this ISO code already exists.")},
        help_text=_("ISO 3166-1 alpha-2 code, two capital letters."),
    )
    is_active = models.BooleanField(_("current member"), default=True)

    class Meta:
        verbose_name = _("member state")
        verbose_name_plural = _("member states")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.iso_code:
            self.iso_code = self.iso_code.strip().upper()
            if len(self.iso_code) != 2 or not self.iso_code.isalpha():
                raise ValidationError({"iso_code": _("Enter the two-letter ISO 3166-1 code, such as KZ.")})


class Mission(models.Model):
    """An embassy or permanent mission of a member state in a city."""

    class Kind(models.TextChoices):
        EMBASSY = "embassy", _("Embassy")
        MISSION = "mission", _("Permanent mission")
        CONSULATE = "consulate", _("Consulate")

    member_state = models.ForeignKey(
        MemberState, on_delete=models.PROTECT, related_name="missions", verbose_name=_("member state")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.EMBASSY)
    city = models.CharField(_("city"), max_length=120)
    address = models.TextField(_("address"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    class Meta:
        verbose_name = _("embassy or mission")
        verbose_name_plural = _("embassies and missions")
        ordering = ["city", "member_state__name"]
        constraints = [
            models.UniqueConstraint(fields=["member_state", "kind", "city"], name="unique_mission_per_city"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} — {self.member_state} — {self.city}"


class FocalPointQuerySet(models.QuerySet):
    def active(self, on=None):
        on = on or timezone.localdate()
        return self.filter(active_from__lte=on).filter(Q(active_until__isnull=True) | Q(active_until__gte=on))


class FocalPoint(models.Model):
    """A contact person for an organisation or a member state.

    Replacing a focal point closes the old record (``active_until``) rather
    than overwriting it, so the history of who was the contact stays.
    """

    person = models.CharField(_("person"), max_length=200)
    position = models.CharField(_("position"), max_length=300, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="focal_points",
        verbose_name=_("organisation"),
    )
    member_state = models.ForeignKey(
        MemberState,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="focal_points",
        verbose_name=_("member state"),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=60, blank=True)
    active_from = models.DateField(_("active from"), default=timezone.localdate)
    active_until = models.DateField(_("active until"), null=True, blank=True)
    replaced_by = models.OneToOneField(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="replaces",
        verbose_name=_("replaced by"),
    )

    objects = FocalPointQuerySet.as_manager()

    class Meta:
        verbose_name = _("focal point")
        verbose_name_plural = _("focal points")
        ordering = ["-active_from", "person"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(organisation__isnull=False, member_state__isnull=True))
                | (Q(organisation__isnull=True, member_state__isnull=False)),
                name="focal_point_for_one_organisation_or_state",
            ),
        ]

    def __str__(self):
        return f"{self.person} ({self.organisation or self.member_state})"

    @property
    def represents(self):
        return self.organisation or self.member_state

    def clean(self):
        super().clean()
        if bool(self.organisation_id) == bool(self.member_state_id):
            raise ValidationError(_("A focal point represents either an organisation or a member state, not both."))
        if self.active_until and self.active_from and self.active_until < self.active_from:
            raise ValidationError({"active_until": _("The end date cannot be before the start date.")})


def focal_point_replace(*, old, person, position="", email="", phone="", on=None):
    """Close ``old`` on the day before ``on`` and open a new focal point for
    the same organisation or state; both records are kept."""
    on = on or timezone.localdate()
    with transaction.atomic():
        new = FocalPoint(
            person=person,
            position=position,
            email=email,
            phone=phone,
            organisation=old.organisation,
            member_state=old.member_state,
            active_from=on,
        )
        new.full_clean()
        new.save()
        old.active_until = on - timezone.timedelta(days=1) if on > old.active_from else old.active_from
        old.replaced_by = new
        old.save(update_fields=["active_until", "replaced_by"])
    return new


class Signatory(models.Model):
    honorific = models.CharField(_("honorific"), max_length=60, blank=True, help_text=_('For example: "H.E. Mr."'))
    name = models.CharField(pgettext_lazy("a person's", "name"), max_length=200)
    title = models.CharField(pgettext_lazy("a person's job", "title"), max_length=300)
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="signatories", verbose_name=_("organisation")
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("signatory")
        verbose_name_plural = _("signatories")
        ordering = ["organisation__short_name", "name"]

    def __str__(self):
        return f"{self.name}, {self.title}"

    @property
    def full_name(self):
        return f"{self.honorific} {self.name}".strip()
