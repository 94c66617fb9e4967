from django.views.generic import TemplateView

from cicadocs.accounts.permissions import SecretariatRequiredMixin


class IndexView(SecretariatRequiredMixin, TemplateView):
    template_name = "memoranda/index.html"
