"""The import page: paste or upload -> preview of what was recognised -> confirm -> the new draft."""

from django.contrib import messages
from django.core.exceptions import RequestDataTooBig, ValidationError
from django.db import IntegrityError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View

from cicadocs.accounts.permissions import SecretariatRequiredMixin

from . import presentation
from .errors import ImportTextError, TextTooLargeError
from .forms import ConfirmForm, ImportForm
from .parser import parse_text
from .services import memorandum_import

UPLOAD_TEMPLATE = "memoranda/import.html"
PREVIEW_TEMPLATE = "memoranda/import_preview.html"


class ImportView(SecretariatRequiredMixin, View):
    def get(self, request):
        return render(request, UPLOAD_TEMPLATE, {"form": ImportForm()})

    def post(self, request):
        try:
            data, files = request.POST, request.FILES
        except RequestDataTooBig:
            messages.error(request, TextTooLargeError.default_message)
            return redirect(reverse("memoranda:importer:start"))
        if "confirm" in data:
            return self._confirm(request, data)
        form = ImportForm(data, files)
        if not form.is_valid():
            return render(request, UPLOAD_TEMPLATE, {"form": form}, status=400)
        confirm = ConfirmForm(
            initial={"text": form.cleaned_data["text"], "language": form.cleaned_data["language"]},
            result=form.result,
        )
        return self._preview(request, confirm)

    def _confirm(self, request, data):
        try:
            result = parse_text(data.get("text", ""))
        except ImportTextError as error:
            messages.error(request, error.message)
            return render(request, UPLOAD_TEMPLATE, {"form": ImportForm()}, status=400)
        confirm = ConfirmForm(data, result=result)
        if not confirm.is_valid():
            return self._preview(request, confirm, status=400)
        try:
            memorandum = memorandum_import(
                text=confirm.cleaned_data["text"],
                actor=request.user,
                language=confirm.cleaned_data["language"],
                title=confirm.cleaned_data["title"],
                languages=confirm.cleaned_data["languages"],
                organisations=confirm.organisations(),
                signatories=confirm.signatories(),
            )
        except (ValidationError, ImportTextError, IntegrityError) as error:
            for message in getattr(error, "messages", None) or [getattr(error, "message", _("The import failed."))]:
                confirm.add_error(None, message)
            return self._preview(request, confirm, status=400)
        messages.success(request, _("The memorandum was imported as a draft: check it in the editor."))
        return redirect(reverse("memoranda:detail", args=[memorandum.pk]))

    def _preview(self, request, confirm, status=200):
        result = confirm.result
        context = {
            "confirm": confirm,
            "result": result,
            "elements": presentation.element_rows(result),
            "lines": presentation.line_rows(result),
            "counts": presentation.counts(result),
        }
        return render(request, PREVIEW_TEMPLATE, context, status=status)
