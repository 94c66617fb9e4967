"""Memoranda of understanding: the working draft, its elements and its frozen versions.

A ``Memorandum`` is the working draft. Its parts are rows of their own
(parties, preamble paragraphs, sections, clauses, sub-items, signature
columns), each with a stable ``uid`` that survives every version, a
``position`` (numbers are computed from positions, never stored) and a
``lock_version`` for optimistic locking. Every document text is translated
(``_en``, ``_ru``, ``_kk`` columns, see ``translation.py``).

Translation status: ``translation_sources`` keeps, per language, the hash of
the master-language text at the moment that language's text was saved; a
translation whose recorded hash differs from the current master text is
stale (see ``memoranda.translation_status``).

A ``MemorandumVersion`` is a frozen snapshot (``memoranda.snapshot``) that
never changes after it is created.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

LANGUAGE_CODES = ("en", "ru", "kk")


def new_uid():
    return str(uuid.uuid4())


def default_languages():
    return list(LANGUAGE_CODES)


class LanguageChoices(models.TextChoices):
    EN = "en", _("English")
    RU = "ru", _("Russian")
    KK = "kk", _("Kazakh")


class Element(models.Model):
    """What every part of a memorandum shares: a stable uid, a lock version
    and the record of which master text each translation was made from."""

    #: names of the translated text fields of the element (set by subclasses)
    translated_fields: tuple = ()

    uid = models.CharField(_("stable identifier"), max_length=36, unique=True, default=new_uid, editable=False)
    lock_version = models.PositiveIntegerField(_("edit counter"), default=0, editable=False)
    translation_sources = models.JSONField(_("translation sources"), default=dict, blank=True, editable=False)

    class Meta:
        abstract = True


class Positioned(Element):
    position = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        abstract = True


class MemorandumQuerySet(models.QuerySet):
    def with_structure(self):
        """Everything a page of the memorandum shows, in a constant number of queries."""
        return self.prefetch_related(*structure_prefetches())


def structure_prefetches(prefix=""):
    return [
        models.Prefetch(f"{prefix}parties", queryset=MemorandumParty.objects.select_related("organisation")),
        models.Prefetch(f"{prefix}preamble", queryset=PreambleParagraph.objects.all()),
        models.Prefetch(f"{prefix}sections", queryset=Section.objects.all()),
        models.Prefetch(f"{prefix}sections__clauses", queryset=Clause.objects.all()),
        models.Prefetch(f"{prefix}sections__clauses__items", queryset=SubItem.objects.all()),
        models.Prefetch(
            f"{prefix}signatures",
            queryset=SignatureColumn.objects.select_related("signatory", "signatory__organisation"),
        ),
    ]


class Memorandum(Element):
    """The working draft of a memorandum of understanding."""

    class Kind(models.TextChoices):
        UNDERSTANDING = "understanding", _("Memorandum of Understanding")
        COOPERATION = "cooperation", _("Memorandum of understanding and cooperation")

    class PartyWord(models.TextChoices):
        PARTICIPANTS = "participants", _("Participants")
        PARTIES = "parties", _("Parties")

    class NumberingStyle(models.TextChoices):
        SECTIONS = "sections", _('Numbered sections with headings ("1: Purpose")')
        ARTICLES = "articles", _('Articles without headings ("Article 1")')

    translated_fields = ("title", "title_block", "parties_intro", "lead_in", "final_formula")

    title = models.CharField(
        _("title"), max_length=500, help_text=_("How the memorandum is named in lists and notes verbales.")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.UNDERSTANDING)
    party_word = models.CharField(
        _("the parties are called"), max_length=20, choices=PartyWord.choices, default=PartyWord.PARTICIPANTS
    )
    numbering_style = models.CharField(
        _("numbering of sections"), max_length=20, choices=NumberingStyle.choices, default=NumberingStyle.SECTIONS
    )
    numbered_clauses = models.BooleanField(
        _("numbered clauses"),
        default=True,
        help_text=_("Clauses are numbered 1.1, 1.2 ...; without this they are unnumbered paragraphs."),
    )
    languages = models.JSONField(_("languages"), default=default_languages)
    master_language = models.CharField(
        _("master language"), max_length=2, choices=LanguageChoices.choices, default=LanguageChoices.EN
    )
    mark_draft = models.BooleanField(
        _('print "DRAFT"'),
        default=True,
        help_text=_("The title block opens with DRAFT until the memorandum is signed."),
    )
    signed = models.BooleanField(_("signed"), default=False)
    signed_on = models.DateField(_("signed on"), null=True, blank=True)
    title_block = models.TextField(
        _("title block"),
        blank=True,
        help_text=_('The lines of the title as printed, one per line, without "DRAFT".'),
    )
    parties_intro = models.TextField(
        _("introduction of the parties"),
        blank=True,
        help_text=_("Paragraphs separated by an empty line. Left empty, it is written from the parties' records."),
    )
    lead_in = models.TextField(_("operative lead-in"), blank=True)
    final_formula = models.TextField(_("final formula"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = MemorandumQuerySet.as_manager()

    class Meta:
        verbose_name = _("memorandum")
        verbose_name_plural = _("memoranda")
        ordering = ["-updated_at", "-pk"]

    def __str__(self):
        return self.display_title

    @property
    def display_title(self):
        """The title in the user's language, else in the master language, else in any."""
        current = (get_language() or "en")[:2]
        for code in (current, self.master_language, *LANGUAGE_CODES):
            value = getattr(self, f"title_{code}", "") or ""
            if value:
                return value
        return ""

    @property
    def is_draft(self):
        return not self.signed

    def clean(self):
        super().clean()
        langs = self.languages or []
        if not langs or any(code not in LANGUAGE_CODES for code in langs):
            raise ValidationError({"languages": _("Choose one or more of English, Russian and Kazakh.")})
        if self.master_language not in langs:
            raise ValidationError({"master_language": _("The master language must be one of the languages.")})


class MemorandumParty(Positioned):
    """A participant or party: an organisation from the directory."""

    translated_fields = ("hereinafter",)

    memorandum = models.ForeignKey(
        Memorandum, on_delete=models.CASCADE, related_name="parties", verbose_name=_("memorandum")
    )
    organisation = models.ForeignKey(
        "directory.Organisation",
        on_delete=models.PROTECT,
        related_name="memorandum_parties",
        verbose_name=_("organisation"),
    )
    hereinafter = models.CharField(
        _("hereinafter referred to as"), max_length=200, blank=True, help_text=_('For example: "UNOCT".')
    )

    class Meta:
        verbose_name = _("party")
        verbose_name_plural = _("parties")
        ordering = ["position", "pk"]

    def __str__(self):
        return str(self.organisation)


class PreambleParagraph(Positioned):
    translated_fields = ("keyword", "text")

    memorandum = models.ForeignKey(
        Memorandum, on_delete=models.CASCADE, related_name="preamble", verbose_name=_("memorandum")
    )
    keyword = models.CharField(
        _("keyword"), max_length=100, blank=True, help_text=_("WHEREAS, CONSIDERING, REAFFIRMING, noting ...")
    )
    text = models.TextField(_("text"), blank=True)

    class Meta:
        verbose_name = _("preamble paragraph")
        verbose_name_plural = _("preamble paragraphs")
        ordering = ["position", "pk"]

    def __str__(self):
        return f"{self.keyword} {self.text[:60]}".strip()


class Section(Positioned):
    """A section ("1: Purpose ...") or an article ("Article 1"). A section
    without clauses is a single paragraph (``text``)."""

    translated_fields = ("heading", "text")

    memorandum = models.ForeignKey(
        Memorandum, on_delete=models.CASCADE, related_name="sections", verbose_name=_("memorandum")
    )
    heading = models.CharField(_("heading"), max_length=300, blank=True)
    text = models.TextField(_("text"), blank=True, help_text=_("Only for a section that is a single paragraph."))

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.heading or self.uid


class Clause(Positioned):
    class ItemStyle(models.TextChoices):
        ROMAN = "roman", _("i., ii., iii. ...")
        LETTERS = "letters", _("a., b., c. ...")

    translated_fields = ("text",)

    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="clauses", verbose_name=_("section"))
    text = models.TextField(_("text"), blank=True)
    item_style = models.CharField(
        _("numbering of sub-items"), max_length=10, choices=ItemStyle.choices, default=ItemStyle.ROMAN
    )

    class Meta:
        verbose_name = _("clause")
        verbose_name_plural = _("clauses")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.text[:60]


class SubItem(Positioned):
    translated_fields = ("text",)

    clause = models.ForeignKey(Clause, on_delete=models.CASCADE, related_name="items", verbose_name=_("clause"))
    text = models.TextField(_("text"), blank=True)

    class Meta:
        verbose_name = _("sub-item")
        verbose_name_plural = _("sub-items")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.text[:60]


class SignatureColumn(Positioned):
    """One column of the signature block: "For ...:", signatory, title."""

    translated_fields = ("for_text",)

    memorandum = models.ForeignKey(
        Memorandum, on_delete=models.CASCADE, related_name="signatures", verbose_name=_("memorandum")
    )
    signatory = models.ForeignKey(
        "directory.Signatory",
        on_delete=models.PROTECT,
        related_name="memorandum_signatures",
        verbose_name=_("signatory"),
    )
    for_text = models.CharField(
        _('"For ...:" line'),
        max_length=300,
        blank=True,
        help_text=_('For example: "For the United Nations Office of Counter-Terrorism:".'),
    )

    class Meta:
        verbose_name = _("signature column")
        verbose_name_plural = _("signature columns")
        ordering = ["position", "pk"]

    def __str__(self):
        return str(self.signatory)


class FrozenVersionError(Exception):
    """A frozen version was about to be changed or deleted."""


class MemorandumVersionQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise FrozenVersionError("Frozen versions of a memorandum never change.")


class MemorandumVersion(models.Model):
    """A frozen copy of the memorandum's text: ``snapshot`` is what
    ``memoranda.snapshot.build_snapshot`` returned when it was frozen."""

    memorandum = models.ForeignKey(
        Memorandum, on_delete=models.PROTECT, related_name="versions", verbose_name=_("memorandum")
    )
    number = models.PositiveIntegerField(_("version number"))
    frozen_at = models.DateTimeField(_("frozen at"))
    frozen_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("frozen by"),
    )
    reason = models.TextField(_("reason"), blank=True)
    snapshot = models.JSONField(_("snapshot"))

    objects = MemorandumVersionQuerySet.as_manager()

    class Meta:
        verbose_name = _("memorandum version")
        verbose_name_plural = _("memorandum versions")
        ordering = ["memorandum", "number"]
        constraints = [
            models.UniqueConstraint(fields=["memorandum", "number"], name="unique_memorandum_version_number"),
        ]

    def __str__(self):
        return _("%(title)s, version %(number)s") % {"title": self.memorandum.display_title, "number": self.number}

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise FrozenVersionError("Frozen versions of a memorandum never change.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise FrozenVersionError("Frozen versions of a memorandum are never deleted.")
