from django.urls import path

from . import views

app_name = "pdf"

urlpatterns = [
    path("notes/<int:pk>/bundle.pdf", views.note_bundle_pdf, name="note_bundle"),
    path("notes/<int:pk>/<str:language>.pdf", views.note_pdf, name="note"),
    path("memoranda/<int:pk>/<str:language>.pdf", views.memorandum_pdf, name="memorandum"),
    path("versions/<int:pk>/<str:language>.pdf", views.memorandum_version_pdf, name="memorandum_version"),
]
