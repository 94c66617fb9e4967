from modeltranslation.translator import TranslationOptions, register

from .models import Enclosure, Note, Phrase


@register(Note)
class NoteTranslation(TranslationOptions):
    fields = ("place", "document", "document_short", "opening", "body", "closing", "addressee", "place_date")


@register(Enclosure)
class EnclosureTranslation(TranslationOptions):
    fields = ("description",)


@register(Phrase)
class PhraseTranslation(TranslationOptions):
    fields = ("name", "short_name", "to_form", "renew_to_form", "block")
