"""Pages of the memoranda area. Views check the role, call a service and
answer; the rules live in ``memoranda.services``."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.http import Http404, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, TemplateView

from cicadocs.accounts.permissions import SecretariatRequiredMixin
from cicadocs.directory.models import Organisation, Signatory

from . import services
from .compare import compare
from .forms import FreezeForm, MemorandumCreateForm, MemorandumSettingsForm
from .models import LANGUAGE_CODES, Memorandum, MemorandumVersion
from .presentation import display_language, editor_cards, element_card, language_choices, language_name, localise
from .snapshot import build_snapshot
from .structure import KINDS, Structure
from .translation_status import memorandum_translation_status


class MemorandumMixin(SecretariatRequiredMixin):
    def get_memorandum(self):
        if not hasattr(self, "_memorandum"):
            self._memorandum = get_object_or_404(Memorandum.objects.with_structure(), pk=self.kwargs["pk"])
        return self._memorandum


class IndexView(SecretariatRequiredMixin, TemplateView):
    template_name = "memoranda/index.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["memoranda"] = Memorandum.objects.annotate(version_count=Count("versions")).order_by("-updated_at")
        return context


class CreateView(SecretariatRequiredMixin, FormView):
    template_name = "memoranda/form.html"
    form_class = MemorandumCreateForm
    initial = {
        "kind": Memorandum.Kind.UNDERSTANDING,
        "party_word": Memorandum.PartyWord.PARTICIPANTS,
        "numbering_style": Memorandum.NumberingStyle.SECTIONS,
        "numbered_clauses": True,
        "languages": list(LANGUAGE_CODES),
        "master_language": "en",
        "mark_draft": True,
    }

    def get_context_data(self, **kwargs):
        return super().get_context_data(heading=_("New memorandum"), **kwargs)

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            memorandum = services.memorandum_create(
                actor=self.request.user,
                title=data["title"],
                kind=data["kind"],
                party_word=data["party_word"],
                numbering_style=data["numbering_style"],
                numbered_clauses=data["numbered_clauses"],
                languages=[code for code in LANGUAGE_CODES if code in data["languages"]],
                master_language=data["master_language"],
                mark_draft=data["mark_draft"],
            )
        except ValidationError as exc:
            for message in exc.messages:
                form.add_error(None, message)
            return self.form_invalid(form)
        messages.success(self.request, _("The memorandum was created. Add its parts in the editor."))
        return redirect("memoranda:editor", pk=memorandum.pk)


class SettingsView(MemorandumMixin, FormView):
    template_name = "memoranda/form.html"
    form_class = MemorandumSettingsForm

    def get_initial(self):
        memorandum = self.get_memorandum()
        return {field: getattr(memorandum, field) for field in services.versions.SETTINGS_FIELDS}

    def get_context_data(self, **kwargs):
        memorandum = self.get_memorandum()
        return super().get_context_data(heading=_("Settings"), memorandum=memorandum, **kwargs)

    def form_valid(self, form):
        data = dict(form.cleaned_data)
        data["languages"] = [code for code in LANGUAGE_CODES if code in data["languages"]]
        try:
            services.memorandum_update_settings(memorandum=self.get_memorandum(), actor=self.request.user, **data)
        except (ValidationError, services.MemorandumError) as exc:
            form.add_error(None, _message(exc))
            return self.form_invalid(form)
        messages.success(self.request, _("Settings saved."))
        return redirect("memoranda:detail", pk=self.kwargs["pk"])


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _message(exc):
    if isinstance(exc, ValidationError):
        return " ".join(exc.messages)
    return str(getattr(exc, "message", exc))


class DetailView(MemorandumMixin, TemplateView):
    template_name = "memoranda/detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        memorandum = self.get_memorandum()
        structure = Structure(memorandum)
        language = display_language(
            get_language(), memorandum.languages, memorandum.master_language, self.request.GET.get("lang")
        )
        status = memorandum_translation_status(structure)
        versions = list(memorandum.versions.select_related("frozen_by").order_by("-number"))
        context.update(
            memorandum=memorandum,
            language=language,
            doc_languages=language_choices(memorandum.languages),
            doc=localise(build_snapshot(memorandum, structure), language),
            status=[
                {
                    "language": code,
                    "language_name": language_name(code),
                    "missing": entry["missing"],
                    "stale": entry["stale"],
                }
                for code, entry in status.items()
            ],
            master_name=language_name(memorandum.master_language),
            versions=versions,
            freeze_form=FreezeForm(),
            counts={
                "sections": len(structure.sections),
                "clauses": len(structure.clauses),
                "items": len(structure.items),
                "preamble": len(structure.preamble),
            },
        )
        return context


class VersionDetailView(SecretariatRequiredMixin, TemplateView):
    template_name = "memoranda/version.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        version = get_object_or_404(
            MemorandumVersion.objects.select_related("memorandum", "frozen_by"), pk=kwargs["pk"]
        )
        languages = version.snapshot.get("languages") or version.memorandum.languages
        language = display_language(
            get_language(), languages, version.memorandum.master_language, self.request.GET.get("lang")
        )
        context.update(
            version=version,
            memorandum=version.memorandum,
            language=language,
            doc_languages=language_choices(languages),
            doc=localise(version.snapshot, language),
        )
        return context


class FreezeView(MemorandumMixin, View):
    def post(self, request, pk):
        memorandum = self.get_memorandum()
        form = FreezeForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Say why this version is frozen."))
            return redirect("memoranda:detail", pk=pk)
        try:
            version = services.memorandum_freeze_version(
                memorandum=memorandum, actor=request.user, reason=form.cleaned_data["reason"]
            )
        except (ValidationError, services.MemorandumError) as exc:
            messages.error(request, _message(exc))
            return redirect("memoranda:detail", pk=pk)
        messages.success(request, _("Version %(number)s was frozen.") % {"number": version.number})
        return redirect("memoranda:detail", pk=pk)


class MarkSignedView(MemorandumMixin, View):
    def post(self, request, pk):
        try:
            services.memorandum_mark_signed(memorandum=self.get_memorandum(), actor=request.user)
        except services.MemorandumError as exc:
            messages.error(request, _message(exc))
        else:
            messages.success(request, _("The memorandum is recorded as signed; its text no longer changes."))
        return redirect("memoranda:detail", pk=pk)


def _editor_languages(request, memorandum):
    """The language edited (``a``) and the one shown beside it (``b``), among the memorandum's."""
    available = memorandum.languages
    first = request.GET.get("a") or request.POST.get("a") or memorandum.master_language
    if first not in available:
        first = memorandum.master_language
    second = request.GET.get("b") or request.POST.get("b") or ""
    languages = [first]
    if second in available and second != first:
        languages.append(second)
    return languages


class EditorView(MemorandumMixin, TemplateView):
    template_name = "memoranda/editor.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        memorandum = self.get_memorandum()
        structure = Structure(memorandum)
        languages = _editor_languages(self.request, memorandum)
        context.update(
            memorandum=memorandum,
            cards=editor_cards(structure, languages),
            editor_languages=languages,
            language_a=languages[0],
            language_b=languages[1] if len(languages) > 1 else "",
            all_languages=language_choices(memorandum.languages),
            side_by_side=len(languages) > 1,
            organisations=Organisation.objects.order_by("short_name_en"),
            signatories=Signatory.objects.filter(is_active=True).select_related("organisation"),
        )
        return context


class ElementActionView(MemorandumMixin, View):
    """POST of the editor. Answers JSON to fetch() and redirects otherwise."""

    def wants_json(self):
        return "application/json" in self.request.headers.get("Accept", "")

    def post(self, request, pk):
        memorandum = self.get_memorandum()
        kind = request.POST.get("kind", "")
        if kind not in KINDS:
            return HttpResponseBadRequest(_("Unknown kind of element."))
        try:
            result = self.act(memorandum, kind)
        except LookupError as exc:
            raise Http404(_("No such element in this memorandum.")) from exc
        except services.EditConflictError as conflict:
            return self.answer_error(conflict.message, status=409, conflict=conflict)
        except (ValidationError, services.MemorandumError) as exc:
            return self.answer_error(_message(exc))
        return result

    def answer_error(self, message, status=400, conflict=None):
        if self.wants_json():
            data = {"ok": False, "message": str(message)}
            if conflict is not None:
                data.update(
                    conflict=True,
                    current=conflict.current,
                    submitted=conflict.submitted,
                    lock_version=conflict.lock_version,
                    language=conflict.language,
                )
            return JsonResponse(data, status=status)
        messages.error(self.request, message)
        return redirect(self.editor_url())

    def editor_url(self, anchor=""):
        url = reverse("memoranda:editor", kwargs={"pk": self.kwargs["pk"]})
        languages = _editor_languages(self.request, self.get_memorandum())
        url += f"?a={languages[0]}" + (f"&b={languages[1]}" if len(languages) > 1 else "")
        return url + (f"#el-{anchor}" if anchor else "")

    def answer_structure(self, message, anchor=""):
        """After add, delete or move: the whole structure, renumbered."""
        if not self.wants_json():
            messages.success(self.request, message)
            return redirect(self.editor_url(anchor))
        memorandum = Memorandum.objects.with_structure().get(pk=self.kwargs["pk"])
        structure = Structure(memorandum)
        languages = _editor_languages(self.request, memorandum)
        html = render_to_string(
            "memoranda/editor/_structure.html",
            {"cards": editor_cards(structure, languages), "side_by_side": len(languages) > 1},
            request=self.request,
        )
        return JsonResponse({"ok": True, "message": str(message), "html": html, "anchor": anchor})

    def values(self, prefix="f_"):
        return {key[len(prefix) :]: value for key, value in self.request.POST.items() if key.startswith(prefix)}


class ElementSaveView(ElementActionView):
    def act(self, memorandum, kind):
        language = self.request.POST.get("language", "")
        try:
            lock_version = int(self.request.POST.get("lock_version", ""))
        except ValueError:
            return self.answer_error(_("The page is out of date: reload it."))
        element = services.element_update(
            memorandum=memorandum,
            kind=kind,
            uid=self.request.POST.get("uid", ""),
            language=language,
            values=self.values(),
            lock_version=lock_version,
            original=self.values(prefix="o_") or None,
            actor=self.request.user,
        )
        if not self.wants_json():
            messages.success(self.request, _("Saved."))
            return redirect(self.editor_url(element.uid))
        fresh = Memorandum.objects.with_structure().get(pk=memorandum.pk)
        structure = Structure(fresh)
        kind_, fresh_element = structure.by_uid[element.uid]
        languages = _editor_languages(self.request, fresh)
        part = self.request.POST.get("part") or None
        card = element_card(structure, kind, fresh_element, languages, part if kind == "memorandum" else None)
        html = render_to_string(
            "memoranda/editor/_element.html", {"card": card, "side_by_side": len(languages) > 1}, request=self.request
        )
        return JsonResponse(
            {"ok": True, "message": _("Saved."), "html": html, "uid": element.uid, "lock_version": element.lock_version}
        )


class ElementAddView(ElementActionView):
    def act(self, memorandum, kind):
        extra = {}
        if kind == "clause" and self.request.POST.get("item_style"):
            extra["item_style"] = self.request.POST["item_style"]
        if kind == "party":
            extra["organisation"] = Organisation.objects.filter(pk=_int(self.request.POST.get("organisation"))).first()
            if extra["organisation"] is None:
                return self.answer_error(_("Choose an organisation from the directory."))
        if kind == "signature":
            extra["signatory"] = Signatory.objects.filter(pk=_int(self.request.POST.get("signatory"))).first()
            if extra["signatory"] is None:
                return self.answer_error(_("Choose a signatory from the directory."))
        element = services.element_add(
            memorandum=memorandum,
            kind=kind,
            actor=self.request.user,
            language=self.request.POST.get("language") or None,
            values=self.values(),
            parent_uid=self.request.POST.get("parent_uid") or None,
            after_uid=self.request.POST.get("after_uid") or None,
            extra=extra,
        )
        return self.answer_structure(_("Added."), anchor=element.uid)


class ElementDeleteView(ElementActionView):
    def act(self, memorandum, kind):
        services.element_delete(
            memorandum=memorandum, kind=kind, uid=self.request.POST.get("uid", ""), actor=self.request.user
        )
        return self.answer_structure(_("Deleted."))


class ElementMoveView(ElementActionView):
    def act(self, memorandum, kind):
        uid = self.request.POST.get("uid", "")
        moved = services.element_move(
            memorandum=memorandum,
            kind=kind,
            uid=uid,
            direction=self.request.POST.get("direction", ""),
            actor=self.request.user,
        )
        return self.answer_structure(_("Moved.") if moved else _("It is already at the edge."), anchor=uid)


class CompareView(MemorandumMixin, TemplateView):
    """Two versions (or a version and the working draft) side by side as a redline."""

    template_name = "memoranda/compare.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        memorandum = self.get_memorandum()
        versions = {str(v.number): v for v in memorandum.versions.order_by("number")}
        choices = [(number, _("version %(number)s") % {"number": number}) for number in versions]
        choices.append(("draft", _("working draft")))
        numbers = list(versions)
        default_old = numbers[-2] if len(numbers) > 1 else (numbers[-1] if numbers else "draft")
        default_new = numbers[-1] if len(numbers) > 1 else "draft"
        old_key = self.request.GET.get("a") or default_old
        new_key = self.request.GET.get("b") or default_new
        language = display_language(
            get_language(), memorandum.languages, memorandum.master_language, self.request.GET.get("lang")
        )
        error = ""
        rows = []
        snapshots = {}
        for key in (old_key, new_key):
            if key == "draft":
                snapshots[key] = build_snapshot(memorandum)
            elif key in versions:
                snapshots[key] = versions[key].snapshot
            else:
                error = _("Choose two versions of this memorandum to compare.")
        if not error:
            rows = compare(snapshots[old_key], snapshots[new_key], language)
        context.update(
            memorandum=memorandum,
            choices=choices,
            old_key=old_key,
            new_key=new_key,
            language=language,
            doc_languages=language_choices(memorandum.languages),
            rows=rows,
            changed=[row for row in rows if row.changed],
            error=error,
        )
        return context
