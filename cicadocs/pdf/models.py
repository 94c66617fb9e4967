"""The letterhead emblem admins upload to replace the project's own.

The file lands in ``MEDIA_ROOT/pdf/emblem/``, where :mod:`cicadocs.pdf.emblem`
looks at call time (the newest file wins), so rendering needs no database
query. Deleting the record deletes the file and the previous emblem returns.
"""

from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

MAX_EMBLEM_BYTES = 512 * 1024


def emblem_upload_to(instance, filename):
    return f"pdf/emblem/{filename}"


def validate_emblem_size(value):
    if value.size > MAX_EMBLEM_BYTES:
        raise ValidationError(_("The emblem file may be at most 512 KB."))


class LetterheadEmblem(models.Model):
    image = models.FileField(
        _("emblem (SVG or PNG)"),
        upload_to=emblem_upload_to,
        validators=[FileExtensionValidator(["svg", "png"]), validate_emblem_size],
        help_text=_("Printed at the top of the letterhead of every note verbale; the newest upload is used."),
    )
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        verbose_name = _("letterhead emblem")
        verbose_name_plural = _("letterhead emblems")
        ordering = ["-uploaded_at", "-pk"]

    def __str__(self):
        return self.image.name.rsplit("/", 1)[-1]

    def delete(self, *args, **kwargs):
        storage, name = self.image.storage, self.image.name
        result = super().delete(*args, **kwargs)
        if name:
            storage.delete(name)
        return result
