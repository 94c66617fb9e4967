"""Notes verbales: series registers, notes, their references and enclosures,
and the phrase table the formulas are written from.

Text that appears in a document (place, formulas, body, phrases) uses
django-modeltranslation fields ``_en``, ``_ru``, ``_kk`` (see
``translation.py``). A dispatched note keeps a frozen copy of everything it
showed in ``frozen``; the live fields of a dispatched note never change.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

DOCUMENT_LANGUAGES = ("en", "ru", "kk")
LANGUAGE_CHOICES = [("en", _("English")), ("ru", _("Russian")), ("kk", _("Kazakh"))]

# The texts of a note generated from the formulas; each can be edited by hand
# per language (``Note.edited`` remembers which were).
GENERATED_PARTS = ("opening", "body", "closing", "addressee", "place_date")


def issue_order(codes):
    """``codes`` as the languages a note is issued in: known codes, each once,
    in the order given (the order the pages are printed in)."""
    return list(dict.fromkeys(code for code in codes or () if code in DOCUMENT_LANGUAGES))


class Series(models.Model):
    """A register of note numbers, such as "NCT/CT/" or "18-4/"."""

    prefix = models.CharField(
        _("prefix"),
        max_length=40,
        unique=True,
        help_text=_('Written before the number, for example "NCT/CT/".'),
        error_messages={"unique": _("A series with this prefix already exists.")},
    )
    default_suffix = models.CharField(
        _("default suffix"), max_length=20, blank=True, help_text=_('Written after the number, for example "emb".')
    )
    last_number = models.PositiveIntegerField(
        _("last number"), default=0, help_text=_("The number of the last dispatched note of this series.")
    )
    spaced_sign = models.BooleanField(
        _("space after №"), default=False, help_text=_('Print "№ 18-4/58emb" rather than "№18-4/58emb".')
    )
    description = models.CharField(_("description"), max_length=200, blank=True)
    is_active = models.BooleanField(_("in use"), default=True)

    class Meta:
        verbose_name = _("series")
        verbose_name_plural = _("series")
        ordering = ["prefix"]

    def __str__(self):
        return self.prefix


class NoteQuerySet(models.QuerySet):
    def dispatched(self):
        return self.filter(status=Note.Status.DISPATCHED)

    def search(self, text):
        """Notes whose number, subject or text contains ``text``."""
        text = (text or "").strip()
        if not text:
            return self
        condition = Q(subject__icontains=text) | Q(frozen_text__icontains=text)
        for code in DOCUMENT_LANGUAGES:
            for part in ("body", "opening"):
                condition |= Q(**{f"{part}_{code}__icontains": text})
        prefix, _sep, tail = text.rpartition("/")
        digits = "".join(ch for ch in tail if ch.isdigit())
        if digits:
            number_match = Q(number=int(digits))
            if prefix:
                number_match &= Q(series__prefix__icontains=prefix)
            condition |= number_match
        return self.filter(condition)

    def addressed_to_state(self, member_state):
        """Notes a member state received: those to all member states and those
        to chosen states that include it."""
        chosen = NoteAddresseeState.objects.filter(note=OuterRef("pk"), member_state=member_state)
        return self.filter(
            Q(addressee_kind=Note.AddresseeKind.MEMBER_STATES)
            | Q(Exists(chosen), addressee_kind=Note.AddresseeKind.STATES)
        )

    def addressed_to_embassies_in(self, city):
        """Notes to the embassies in ``city`` (its English name, as the cities
        are keyed). The cities are a JSON list, which SQLite cannot search
        inside, so their ids are found in one query over the notes to embassies."""
        wanted = city.strip().casefold()
        notes = self.model.objects.filter(addressee_kind=Note.AddresseeKind.EMBASSIES).values_list("pk", "cities")
        ids = [
            pk for pk, cities in notes if any((c.get("en") or "").strip().casefold() == wanted for c in cities or [])
        ]
        return self.filter(pk__in=ids)

    def addressed_to_organisation(self, organisation):
        return self.filter(addressee_kind=Note.AddresseeKind.ORGANISATION, addressee_organisation=organisation)


class Note(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        APPROVED = "approved", _("Approved")
        DISPATCHED = "dispatched", _("Dispatched")

    class AddresseeKind(models.TextChoices):
        MEMBER_STATES = "member_states", _("All member states")
        EMBASSIES = "embassies", _("Embassies of member states in chosen cities")
        STATES = "states", _("Chosen member states")
        ORGANISATION = "organisation", _("An organisation")

    class Kind(models.TextChoices):
        SUBMISSION = "submission", _("Submission of a draft for consideration")
        SILENCE = "silence", _("Approval by silence procedure")
        INVITATION = "invitation", _("Invitation to a meeting")
        FREE = "free", _("Free text")

    series = models.ForeignKey(Series, on_delete=models.PROTECT, related_name="notes", verbose_name=_("series"))
    number = models.PositiveIntegerField(_("number"), null=True, blank=True, editable=False)
    suffix = models.CharField(_("suffix"), max_length=20, blank=True)
    date = models.DateField(_("date"))
    place = models.CharField(
        _("place"), max_length=120, blank=True, help_text=_('As written on the day, for example "город Астана".')
    )
    sender = models.ForeignKey(
        "directory.Organisation", on_delete=models.PROTECT, related_name="notes_sent", verbose_name=_("sender")
    )
    addressee_kind = models.CharField(
        _("addressees"), max_length=20, choices=AddresseeKind.choices, default=AddresseeKind.MEMBER_STATES
    )
    cities = models.JSONField(
        _("cities"), default=list, blank=True, help_text=_('List of {"en": ..., "ru": ..., "kk": ...} as written.')
    )
    states = models.ManyToManyField(
        "directory.MemberState",
        through="NoteAddresseeState",
        blank=True,
        related_name="+",
        verbose_name=_("member states"),
    )
    addressee_organisation = models.ForeignKey(
        "directory.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="notes_received",
        verbose_name=_("addressee organisation"),
    )
    languages = models.JSONField(_("languages"), default=list)
    subject = models.CharField(_("subject (internal)"), max_length=300)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.FREE)
    # The few fields a kind's standard text is written from.
    document = models.TextField(_("document named in the text"), blank=True)
    document_short = models.CharField(_("short name of the document"), max_length=120, blank=True)
    meetings = models.JSONField(
        _("meetings"),
        default=list,
        blank=True,
        help_text=_('List of {"date": "YYYY-MM-DD", "name": {"en": ..., "ru": ..., "kk": ...}}.'),
    )
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    # The texts shown, per language (translated fields) and which were edited by hand.
    opening = models.TextField(_("opening"), blank=True)
    body = models.TextField(_("body"), blank=True)
    closing = models.TextField(_("closing"), blank=True)
    addressee = models.TextField(_("addressee block"), blank=True)
    place_date = models.CharField(_("place and date line"), max_length=200, blank=True)
    edited = models.JSONField(_("edited by hand"), default=dict, blank=True)
    has_closing = models.BooleanField(_("closing formula"), default=True)
    enclosure_after = models.JSONField(
        _("enclosure line after paragraph"), default=dict, blank=True, help_text=_("Per language: 0 = before the text.")
    )
    references = models.ManyToManyField(
        "self",
        through="NoteReference",
        through_fields=("note", "target"),
        symmetrical=False,
        blank=True,
        related_name="referred_by",
        verbose_name=_("references to earlier notes"),
    )
    corrects = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="corrections",
        verbose_name=_("correction of"),
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    revision = models.PositiveIntegerField(_("revision"), default=1)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    approved_at = models.DateTimeField(_("approved"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("approved by"),
    )
    dispatched_at = models.DateTimeField(_("dispatched"), null=True, blank=True)
    dispatched_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("dispatched by"),
    )
    frozen = models.JSONField(_("copy as dispatched"), default=dict, blank=True, editable=False)
    frozen_text = models.TextField(_("text as dispatched"), blank=True, editable=False)

    objects = NoteQuerySet.as_manager()

    class Meta:
        verbose_name = _("note verbale")
        verbose_name_plural = _("notes verbales")
        ordering = ["-date", "-number", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["series", "number"], name="unique_note_number_per_series"),
            models.CheckConstraint(
                condition=Q(status="dispatched", number__isnull=False) | ~Q(status="dispatched"),
                name="dispatched_note_has_number",
            ),
        ]

    def __str__(self):
        if self.number:
            return self.full_number
        return _("Draft: %(subject)s") % {"subject": self.subject}

    @property
    def full_number(self):
        if self.number is None:
            return ""
        return f"{self.series.prefix}{self.number}{self.suffix}"

    @property
    def is_dispatched(self):
        return self.status == self.Status.DISPATCHED

    def addressee_names(self):
        """The chosen states, cities of the embassies or the organisation, in the
        interface language (prefetch ``states`` when listing many notes)."""
        if self.addressee_kind == self.AddresseeKind.STATES:
            return [str(state) for state in self.states.all()]
        if self.addressee_kind == self.AddresseeKind.EMBASSIES:
            language = (get_language() or "en").split("-")[0]
            return [city.get(language) or city.get("en", "") for city in self.cities or []]
        if self.addressee_kind == self.AddresseeKind.ORGANISATION and self.addressee_organisation_id:
            organisation = self.addressee_organisation
            return [organisation.short_name or organisation.name]
        return []

    def is_edited(self, part, language):
        return bool(self.edited.get(f"{part}_{language}"))

    def delete(self, *args, **kwargs):
        if Note.objects.filter(pk=self.pk, status=Note.Status.DISPATCHED).exists():
            raise ValidationError(_("A dispatched note is never deleted."))
        return super().delete(*args, **kwargs)

    def ordered_references(self):
        return [link.target for link in self.reference_links.select_related("target__series").order_by("order", "pk")]


class NoteAddresseeState(models.Model):
    note = models.ForeignKey(Note, on_delete=models.CASCADE, related_name="+")
    member_state = models.ForeignKey("directory.MemberState", on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("addressee state")
        verbose_name_plural = _("addressee states")
        constraints = [models.UniqueConstraint(fields=["note", "member_state"], name="unique_note_addressee_state")]

    def __str__(self):
        return str(self.member_state)


class NoteReference(models.Model):
    """A note's reference to an earlier note, in the order they are cited."""

    note = models.ForeignKey(Note, on_delete=models.CASCADE, related_name="reference_links")
    target = models.ForeignKey(Note, on_delete=models.PROTECT, related_name="referring_links")
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("reference to an earlier note")
        verbose_name_plural = _("references to earlier notes")
        ordering = ["order", "pk"]
        constraints = [models.UniqueConstraint(fields=["note", "target"], name="unique_note_reference")]

    def __str__(self):
        return f"{self.note} → {self.target}"

    def clean(self):
        if self.note_id and self.note_id == self.target_id:
            raise ValidationError(_("A note cannot refer to itself."))


def enclosure_upload_to(instance, filename):
    return f"notes/enclosures/{filename}"


class Enclosure(models.Model):
    class Kind(models.TextChoices):
        MEMORANDUM = "memorandum", _("Memorandum version")
        PDF = "pdf", _("Uploaded PDF")
        TEXT = "text", _("Free text")

    note = models.ForeignKey(Note, on_delete=models.CASCADE, related_name="enclosures", verbose_name=_("note"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.TEXT)
    memorandum_version = models.ForeignKey(
        "memoranda.MemorandumVersion",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="note_enclosures",
        verbose_name=_("memorandum version"),
    )
    file = models.FileField(_("PDF file"), upload_to=enclosure_upload_to, blank=True)
    description = models.CharField(
        _("description"), max_length=200, blank=True, help_text=_('Printed in the enclosure line, e.g. "as stated".')
    )
    page_count = models.PositiveIntegerField(_("pages"), null=True, blank=True)

    class Meta:
        verbose_name = _("enclosure")
        verbose_name_plural = _("enclosures")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.get_kind_display()


class Phrase(models.Model):
    """The forms of a sender's or an addressee's name each language needs.

    Admins correct these; the formulas read them. Texts may contain
    ``{cities}`` or ``{states}``, filled from the note.
    """

    class Role(models.TextChoices):
        SENDER = "sender", _("Sender")
        MEMBER_STATES = "member_states", _("All member states")
        EMBASSIES = "embassies", _("Embassies of member states in chosen cities")
        STATES = "states", _("Chosen member states")
        STATE = "state", _("One member state (among chosen states)")
        ORGANISATION = "organisation", _("An organisation as addressee")

    role = models.CharField(_("used for"), max_length=20, choices=Role.choices)
    organisation = models.ForeignKey(
        "directory.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("organisation"),
    )
    member_state = models.ForeignKey(
        "directory.MemberState",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("member state"),
    )
    name = models.CharField(
        _("name (sender)"), max_length=300, blank=True, help_text=_("The sender's name opening the note.")
    )
    short_name = models.CharField(
        _("short form of the sender"),
        max_length=200,
        blank=True,
        help_text=_("Opens the closing formula. On an addressee row: the sender's short form when writing to them."),
    )
    to_form = models.TextField(
        _("form after “presents its compliments to”"), blank=True, help_text=_("Dative where the language needs it.")
    )
    renew_to_form = models.TextField(
        _("form in the closing formula"), blank=True, help_text=_("Leave empty to use the form of the opening.")
    )
    block = models.TextField(_("addressee block at the foot"), blank=True, help_text=_("One line per line."))
    uses_closing = models.BooleanField(
        _("closes with the complimentary formula"),
        default=True,
        help_text=_("On a sender row: untick for senders whose notes end without it."),
    )

    class Meta:
        verbose_name = _("phrase")
        verbose_name_plural = _("phrase table")
        ordering = ["role", "pk"]

    def __str__(self):
        target = self.organisation or self.member_state
        return f"{self.get_role_display()}{f' — {target}' if target else ''}"

    def clean(self):
        super().clean()
        needs_organisation = self.role in (self.Role.SENDER, self.Role.ORGANISATION)
        if needs_organisation and not self.organisation_id:
            raise ValidationError({"organisation": _("Choose the organisation these forms belong to.")})
        if self.role == self.Role.STATE and not self.member_state_id:
            raise ValidationError({"member_state": _("Choose the member state these forms belong to.")})
        duplicates = Phrase.objects.exclude(pk=self.pk).filter(
            role=self.role, organisation_id=self.organisation_id, member_state_id=self.member_state_id
        )
        if duplicates.exists():
            raise ValidationError(_("These forms already exist; correct the existing row instead."))
