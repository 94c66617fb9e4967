"""Named errors of the PDF renderer; their messages are shown to users."""

from django.utils.translation import gettext_lazy as _


class PdfRenderError(Exception):
    """A PDF could not be produced; ``message`` says why in the user's language."""

    default_message = _("The PDF could not be produced.")

    def __init__(self, message=None, **params):
        self.params = params
        self._message = message or self.default_message
        super().__init__(str(self.message))

    @property
    def message(self):
        return str(self._message) % self.params if self.params else str(self._message)


class DocumentTooLarge(PdfRenderError):
    default_message = _("The document is too large to be printed as a PDF.")


class RenderTimeout(PdfRenderError):
    default_message = _(
        "Producing the PDF took longer than %(seconds)s seconds and was stopped. "
        "Shorten the document or try again later."
    )
