from django.contrib import admin

from .models import LetterheadEmblem


@admin.register(LetterheadEmblem)
class LetterheadEmblemAdmin(admin.ModelAdmin):
    list_display = ["__str__", "uploaded_at"]
    readonly_fields = ["uploaded_at"]

    def get_actions(self, request):
        # Deleting one by one removes the file too (the bulk action would not).
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions
