from modeltranslation.translator import TranslationOptions, register

from .models import FocalPoint, MemberState, Mission, Organisation, Signatory


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("name", "short_name", "legal_description", "seat_address")


@register(MemberState)
class MemberStateTranslation(TranslationOptions):
    fields = ("name",)


@register(Mission)
class MissionTranslation(TranslationOptions):
    fields = ("city",)


@register(FocalPoint)
class FocalPointTranslation(TranslationOptions):
    fields = ("position",)


@register(Signatory)
class SignatoryTranslation(TranslationOptions):
    fields = ("honorific", "name", "title")
