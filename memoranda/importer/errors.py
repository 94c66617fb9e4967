"""Named errors of the importer; their messages are translated and shown to the drafter."""

from django.utils.translation import gettext_lazy as _


class ImportTextError(ValueError):
    """Base class: the input cannot be imported. `message` is shown to the user."""

    default_message = _("The text could not be imported.")

    def __init__(self, message=None):
        self.message = message or self.default_message
        super().__init__(str(self.message))


class EmptyTextError(ImportTextError):
    default_message = _("The text is empty: paste the text of a memorandum or upload a .docx file.")


class TextTooLargeError(ImportTextError):
    default_message = _("The input is larger than 1 MB and was refused.")


class NoStructureError(ImportTextError):
    default_message = _(
        "No recognisable structure: no sections or articles were found "
        "(such as “1: Purpose”, “Article 1”, “Статья 1” or “1-бап”)."
    )


class NotAWordFileError(ImportTextError):
    default_message = _("The file is not a Word (.docx) document.")


class StructureMismatchError(ImportTextError):
    """The translation does not have the structure of the memorandum; `differences` lists where."""

    default_message = _("The translation does not have the same structure as the memorandum.")

    def __init__(self, differences, message=None):
        self.differences = list(differences)
        super().__init__(message)
