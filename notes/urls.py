from django.urls import path

from . import views

app_name = "notes"

urlpatterns = [
    path("", views.IndexView.as_view(), name="index"),
    path("new/", views.NoteFormView.as_view(), name="create"),
    path("preview/", views.NotePreviewView.as_view(), name="preview"),
    path("<int:pk>/", views.NoteDetailView.as_view(), name="detail"),
    path("<int:pk>/edit/", views.NoteFormView.as_view(), name="edit"),
    path("<int:pk>/preview/", views.NotePreviewView.as_view(), name="preview_note"),
    path("<int:pk>/enclosures/", views.EnclosureAddView.as_view(), name="enclosure_add"),
    path(
        "<int:pk>/enclosures/<int:enclosure_pk>/remove/", views.EnclosureRemoveView.as_view(), name="enclosure_remove"
    ),
    path("<int:pk>/<slug:action>/", views.NoteActionView.as_view(), name="action"),
]
