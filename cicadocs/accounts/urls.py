from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("admin-home/", views.AdminHomeView.as_view(), name="admin_home"),
    path("secretariat/", views.SecretariatHomeView.as_view(), name="secretariat_home"),
    path("delegate/", views.DelegateHomeView.as_view(), name="delegate_home"),
    path("no-role/", views.NoRoleView.as_view(), name="no_role"),
]
