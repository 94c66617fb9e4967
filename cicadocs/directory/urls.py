from django.urls import path

from . import views

app_name = "directory"

urlpatterns = [
    path("", views.DirectoryIndexView.as_view(), name="index"),
    path("organisations/<int:pk>/", views.OrganisationDetailView.as_view(), name="organisation"),
    path("states/<int:pk>/", views.MemberStateDetailView.as_view(), name="member_state"),
]
