from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.views.generic import TemplateView

from cicadocs.review.selectors import home_circulations

from .permissions import AdminRequiredMixin, DelegateRequiredMixin, SecretariatRequiredMixin


@login_required
def home(request):
    """Send each role to its own home page."""
    user = request.user
    if user.is_admin:
        return redirect("accounts:admin_home")
    if user.is_secretariat:
        return redirect("accounts:secretariat_home")
    if user.is_delegate:
        return redirect("accounts:delegate_home")
    return redirect("accounts:no_role")


class AdminHomeView(AdminRequiredMixin, TemplateView):
    template_name = "accounts/home_admin.html"


class SecretariatHomeView(SecretariatRequiredMixin, TemplateView):
    template_name = "accounts/home_secretariat.html"


class DelegateHomeView(DelegateRequiredMixin, TemplateView):
    template_name = "accounts/home_delegate.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["member_state"] = self.request.user.member_state
        context["circulations"] = home_circulations(self.request.user)
        return context


class NoRoleView(TemplateView):
    template_name = "accounts/no_role.html"
