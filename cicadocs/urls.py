from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from cicadocs.accounts import views as account_views

admin.site.site_header = _("cicadocs administration")
admin.site.site_title = _("cicadocs")
admin.site.index_title = _("Directory, users and records")

urlpatterns = [
    path("", account_views.home, name="home"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("home/", include("cicadocs.accounts.urls")),
    path("directory/", include("cicadocs.directory.urls")),
    path("notes/", include("notes.urls")),
    path("memoranda/", include("memoranda.urls")),
    path("review/", include("cicadocs.review.urls")),
    path("pdf/", include("cicadocs.pdf.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]

# Uploaded files (enclosures, cached PDFs) are never served as plain media:
# every download goes through a view that checks who may see it.
