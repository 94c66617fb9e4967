from django import forms
from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin as BaseTranslationAdmin
from modeltranslation.admin import TranslationTabularInline
from modeltranslation.utils import get_translation_fields

from .models import FocalPoint, MemberState, Mission, Organisation, Signatory


class TranslationAdmin(BaseTranslationAdmin):
    """Shows the English, Russian and Kazakh fields of each text side by side."""

    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 4, "cols": 32})}}

    def get_fieldsets(self, request, obj=None):
        groups = {
            field: tuple(get_translation_fields(original))
            for original in self.trans_opts.all_fields
            for field in get_translation_fields(original)
        }
        fieldsets = []
        for name, options in super().get_fieldsets(request, obj):
            fields, seen = [], set()
            for field in options.get("fields", []):
                group = groups.get(field) if isinstance(field, str) else None
                if group is None:
                    fields.append(field)
                elif group not in seen:
                    seen.add(group)
                    fields.append(group)
            fieldsets.append((name, {**options, "fields": fields}))
        return fieldsets


class SignatoryInline(TranslationTabularInline):
    model = Signatory
    extra = 0


@admin.register(Organisation)
class OrganisationAdmin(TranslationAdmin):
    list_display = ["short_name", "name", "kind"]
    list_filter = ["kind"]
    search_fields = ["short_name_en", "short_name_ru", "short_name_kk", "name_en", "name_ru", "name_kk"]
    inlines = [SignatoryInline]


class MissionInline(TranslationTabularInline):
    model = Mission
    extra = 0


@admin.register(MemberState)
class MemberStateAdmin(TranslationAdmin):
    list_display = ["name", "iso_code", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["name_en", "name_ru", "name_kk", "iso_code"]
    inlines = [MissionInline]


@admin.register(Mission)
class MissionAdmin(TranslationAdmin):
    list_display = ["member_state", "kind", "city"]
    list_filter = ["kind", "city_en"]
    search_fields = ["member_state__name_en", "member_state__name_ru", "city_en", "city_ru", "city_kk"]
    autocomplete_fields = ["member_state"]


@admin.register(FocalPoint)
class FocalPointAdmin(TranslationAdmin):
    list_display = ["person", "position", "organisation", "member_state", "active_from", "active_until"]
    list_filter = ["active_until", "organisation", "member_state"]
    search_fields = ["person", "email", "position_en", "position_ru"]
    autocomplete_fields = ["organisation", "member_state", "replaced_by"]
    readonly_fields = []
    fieldsets = [
        (None, {"fields": ["person", "position", "organisation", "member_state"]}),
        (_("Contact"), {"fields": ["email", "phone"]}),
        (_("Period"), {"fields": ["active_from", "active_until", "replaced_by"]}),
    ]


@admin.register(Signatory)
class SignatoryAdmin(TranslationAdmin):
    list_display = ["name", "title", "organisation", "is_active"]
    list_filter = ["organisation", "is_active"]
    search_fields = ["name_en", "name_ru", "name_kk", "title_en", "title_ru"]
    autocomplete_fields = ["organisation"]
