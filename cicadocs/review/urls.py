from django.urls import path

from . import views

app_name = "review"

urlpatterns = [
    path("", views.index, name="index"),
    path("version/<int:version_pk>/circulate/", views.circulate, name="circulate"),
    path("memorandum/<int:pk>/", views.memorandum_circulations, name="memorandum"),
    path("<int:pk>/", views.circulation_detail, name="circulation"),
    path("<int:pk>/element/<str:uid>/propose/", views.propose, name="propose"),
    path("<int:pk>/object/", views.object_, name="object"),
    path("<int:pk>/compilation/", views.compilation_view, name="compilation"),
    path("<int:pk>/compilation/<str:language>.pdf", views.compilation_pdf, name="compilation_pdf"),
    path("proposal/<int:pk>/edit/", views.proposal_edit, name="proposal_edit"),
    path("proposal/<int:pk>/withdraw/", views.proposal_withdraw, name="proposal_withdraw"),
    path("proposal/<int:pk>/decide/", views.proposal_decide, name="proposal_decide"),
]
