from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReviewConfig(AppConfig):
    name = "cicadocs.review"
    label = "review"
    verbose_name = _("Review by member states")
