from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import Note, Phrase, Series


@admin.register(Series)
class SeriesAdmin(admin.ModelAdmin):
    list_display = ("prefix", "default_suffix", "last_number", "is_active")
    readonly_fields = ("last_number",)


@admin.register(Phrase)
class PhraseAdmin(TranslationAdmin):
    list_display = ("__str__", "role", "organisation", "member_state")
    list_filter = ("role",)


@admin.register(Note)
class NoteAdmin(admin.ModelAdmin):
    """Read-only: notes are drafted and dispatched through the portal's pages."""

    list_display = ("__str__", "date", "status", "subject")
    list_filter = ("status", "series")
    search_fields = ("subject",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
