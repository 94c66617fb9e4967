"""Named errors of the memoranda services. Input errors are Django
``ValidationError``; these are refusals of a state or of a concurrent edit."""

from django.utils.translation import gettext_lazy as _


class MemorandumError(Exception):
    """A refusal with a message for the user."""

    default_message = _("This change cannot be made.")

    def __init__(self, message=None):
        self.message = message or self.default_message
        super().__init__(str(self.message))


class MemorandumSignedError(MemorandumError):
    default_message = _("This memorandum is signed: its text no longer changes.")


class InvalidTransitionError(MemorandumError):
    default_message = _("This memorandum cannot change to that state.")


class ElementReferencedError(MemorandumError):
    """Deleting an element that other texts refer to."""

    def __init__(self, message, referring=()):
        self.referring = list(referring)
        super().__init__(message)


class EditConflictError(MemorandumError):
    """Someone else saved the element since the editor loaded it.

    ``current`` holds the text now stored and ``submitted`` the text that was
    refused, both as ``{field: text}`` in the language being edited.
    """

    default_message = _(
        "Someone else saved this text while you were editing it. Your text was not saved: compare both versions."
    )

    def __init__(self, *, current, submitted, lock_version, language):
        self.current = current
        self.submitted = submitted
        self.lock_version = lock_version
        self.language = language
        super().__init__()
