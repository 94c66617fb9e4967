from modeltranslation.translator import TranslationOptions, register

from .models import Clause, Memorandum, MemorandumParty, PreambleParagraph, Section, SignatureColumn, SubItem


@register(Memorandum)
class MemorandumTranslation(TranslationOptions):
    fields = Memorandum.translated_fields


@register(MemorandumParty)
class MemorandumPartyTranslation(TranslationOptions):
    fields = MemorandumParty.translated_fields


@register(PreambleParagraph)
class PreambleParagraphTranslation(TranslationOptions):
    fields = PreambleParagraph.translated_fields


@register(Section)
class SectionTranslation(TranslationOptions):
    fields = Section.translated_fields


@register(Clause)
class ClauseTranslation(TranslationOptions):
    fields = Clause.translated_fields


@register(SubItem)
class SubItemTranslation(TranslationOptions):
    fields = SubItem.translated_fields


@register(SignatureColumn)
class SignatureColumnTranslation(TranslationOptions):
    fields = SignatureColumn.translated_fields
