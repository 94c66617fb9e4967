from importlib import import_module

from django.urls import include, path

from . import views

app_name = "memoranda"

urlpatterns = [
    path("", views.IndexView.as_view(), name="index"),
    path("new/", views.CreateView.as_view(), name="create"),
    path("<int:pk>/", views.DetailView.as_view(), name="detail"),
    path("<int:pk>/settings/", views.SettingsView.as_view(), name="settings"),
    path("<int:pk>/edit/", views.EditorView.as_view(), name="editor"),
    path("<int:pk>/edit/save/", views.ElementSaveView.as_view(), name="element_save"),
    path("<int:pk>/edit/add/", views.ElementAddView.as_view(), name="element_add"),
    path("<int:pk>/edit/delete/", views.ElementDeleteView.as_view(), name="element_delete"),
    path("<int:pk>/edit/move/", views.ElementMoveView.as_view(), name="element_move"),
    path("<int:pk>/freeze/", views.FreezeView.as_view(), name="freeze"),
    path("<int:pk>/signed/", views.MarkSignedView.as_view(), name="mark_signed"),
    path("<int:pk>/compare/", views.CompareView.as_view(), name="compare"),
    path("versions/<int:pk>/", views.VersionDetailView.as_view(), name="version"),
]

# The importer (memoranda/importer/, another area) brings its own URLs.
try:
    import_module("memoranda.importer.urls")
except ModuleNotFoundError as exc:
    if exc.name not in ("memoranda.importer", "memoranda.importer.urls"):
        raise
else:
    urlpatterns.append(path("import/", include("memoranda.importer.urls")))
