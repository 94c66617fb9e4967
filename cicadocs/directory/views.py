from django.db.models import Prefetch
from django.views.generic import DetailView, TemplateView

from cicadocs.accounts.permissions import SecretariatRequiredMixin

from .models import FocalPoint, MemberState, Mission, Organisation, Signatory


class DirectoryIndexView(SecretariatRequiredMixin, TemplateView):
    template_name = "directory/index.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["organisations"] = Organisation.objects.all()
        context["member_states"] = MemberState.objects.prefetch_related(
            Prefetch("missions", queryset=Mission.objects.order_by("city"))
        )
        context["focal_points"] = FocalPoint.objects.active().select_related("organisation", "member_state")
        context["signatories"] = Signatory.objects.select_related("organisation")
        return context


class OrganisationDetailView(SecretariatRequiredMixin, DetailView):
    model = Organisation
    template_name = "directory/organisation_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["focal_points"] = self.object.focal_points.all()
        context["signatories"] = self.object.signatories.all()
        return context


class MemberStateDetailView(SecretariatRequiredMixin, DetailView):
    model = MemberState
    template_name = "directory/memberstate_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["missions"] = self.object.missions.all()
        context["focal_points"] = self.object.focal_points.all()
        return context
