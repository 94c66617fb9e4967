"""The review's pages. Each view checks access (404 for what the user may
not see), calls a service, and reports the result as a message."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import access, compilation, services
from .forms import CirculationForm, DecisionForm, ObjectionForm, ProposalForm, apply_errors
from .models import Circulation, Proposal
from .redline import attach_redlines
from .selectors import home_circulations, settle
from .snapshot import element_map, elements


def _require_secretariat(user):
    if not user.is_secretariat:
        raise PermissionDenied


def pdf_links(version):
    """The PDF of ``version`` per language, or {} while the PDF app has no URLs."""
    links = {}
    for code in version.snapshot.get("languages") or []:
        try:
            links[code] = reverse("pdf:memorandum_version", args=[version.pk, code])
        except NoReverseMatch:
            return {}
    return links


def _language_choice(request, languages):
    current = translation.get_language() or "en"
    lang = request.GET.get("lang") or (current if current in languages else languages[0])
    if lang not in languages:
        lang = languages[0]
    compare = request.GET.get("compare") or ""
    if compare not in languages or compare == lang:
        compare = ""
    return lang, compare


# --- staff: list and circulate ----------------------------------------------


@login_required
def index(request):
    if not request.user.is_secretariat:
        return redirect("home")
    return render(request, "review/index.html", {"circulations": home_circulations(request.user)})


@login_required
def circulate(request, version_pk):
    from memoranda.models import MemorandumVersion

    _require_secretariat(request.user)
    version = get_object_or_404(MemorandumVersion.objects.select_related("memorandum"), pk=version_pk)
    form = CirculationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            circulation = services.circulation_create(
                version=version,
                states=form.chosen_states(),
                deadline=form.deadline(),
                actor=request.user,
                purpose=form.cleaned_data["purpose"],
                proposals_visibility=form.cleaned_data["proposals_visibility"],
                covering_note_series=form.cleaned_data["covering_note_series"],
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("The version was circulated and the delegates were notified."))
            return redirect("review:circulation", circulation.pk)
    return render(request, "review/circulate.html", {"form": form, "version": version})


# --- reading view -------------------------------------------------------------


@login_required
def circulation_detail(request, pk):
    circulation = access.circulation_for(request.user, pk)
    settle(circulation)
    version = circulation.version
    snapshot = version.snapshot
    languages = list(snapshot.get("languages") or ["en"])
    lang, compare = _language_choice(request, languages)
    items = elements(snapshot)
    texts = {e["uid"]: e["text"] for e in items}
    proposals = list(
        Proposal.objects.visible_to(request.user)
        .filter(circulation=circulation)
        .select_related("state", "author", "decided_by")
        .order_by("created_at", "pk")
    )
    for proposal in proposals:
        attach_redlines(proposal, texts.get(proposal.element_uid, {}), languages)
    by_element = {}
    for proposal in proposals:
        by_element.setdefault(proposal.element_uid, []).append(proposal)
    for element in items:
        element["proposals"] = by_element.get(element["uid"], [])
    user = request.user
    own_state = user.member_state_id if user.is_delegate else None
    objections = list(circulation.objections.select_related("state"))
    own_objection = next((o for o in objections if o.state_id == own_state), None)
    context = {
        "circulation": circulation,
        "version": version,
        "snapshot": snapshot,
        "elements": items,
        "doc_languages": languages,
        "lang": lang,
        "compare": compare,
        "shown": [code for code in (lang, compare) if code],
        "pdf_links": pdf_links(version),
        "states": list(circulation.states.all()),
        "objections": objections if user.is_secretariat else [o for o in objections if o.state_id == own_state],
        "objection_count": len(objections),
        "own_objection": own_objection,
        "own_state": own_state,
        "can_propose": bool(own_state) and circulation.accepts_input(),
        "can_object": bool(own_state) and circulation.is_silence and circulation.accepts_input() and not own_objection,
        "objection_form": ObjectionForm(),
    }
    return render(request, "review/circulation_detail.html", context)


# --- proposals ----------------------------------------------------------------


def _refuse(request, error, circulation):
    messages.error(request, error.message)
    return redirect("review:circulation", circulation.pk)


def _proposal_page(request, *, circulation, uid, save, success, initial=None, proposal=None):
    """The proposal form (new or edit): ``save(form)`` calls the service."""
    element = element_map(circulation.version.snapshot).get(uid)
    if element is None:
        raise Http404
    languages = list(circulation.version.snapshot.get("languages") or ["en"])
    form = ProposalForm(request.POST or None, initial=initial, languages=languages, current_text=element["text"])
    if request.method == "POST" and form.is_valid():
        try:
            save(form)
        except ValidationError as error:
            apply_errors(form, error)
        except services.ReviewError as error:
            return _refuse(request, error, circulation)
        else:
            messages.success(request, success)
            return redirect(f"{reverse('review:circulation', args=[circulation.pk])}#el-{uid}")
    context = {"circulation": circulation, "element": element, "form": form, "proposal": proposal}
    return render(request, "review/proposal_form.html", context)


@login_required
def propose(request, pk, uid):
    circulation = access.circulation_for(request.user, pk)
    if not request.user.is_delegate:
        raise PermissionDenied

    def save(form):
        services.proposal_submit(
            circulation=circulation,
            user=request.user,
            element_uid=uid,
            kind=form.cleaned_data["kind"],
            comment=form.cleaned_data["comment"],
            wording=form.wording(),
        )

    return _proposal_page(
        request, circulation=circulation, uid=uid, save=save, success=_("Your proposal was submitted.")
    )


@login_required
def proposal_edit(request, pk):
    proposal = access.proposal_for(request.user, pk)
    if not request.user.is_delegate or proposal.state_id != request.user.member_state_id:
        raise Http404

    def save(form):
        services.proposal_edit(
            proposal=proposal,
            user=request.user,
            kind=form.cleaned_data["kind"],
            comment=form.cleaned_data["comment"],
            wording=form.wording(),
            lock_version=form.cleaned_data["lock_version"] or 0,
        )

    initial = {
        "kind": proposal.kind,
        "comment": proposal.comment,
        "lock_version": proposal.lock_version,
        "wording": proposal.wording,
    }
    return _proposal_page(
        request,
        circulation=proposal.circulation,
        uid=proposal.element_uid,
        save=save,
        success=_("Your proposal was changed."),
        initial=initial,
        proposal=proposal,
    )


@require_POST
@login_required
def proposal_withdraw(request, pk):
    proposal = access.proposal_for(request.user, pk)
    if not request.user.is_delegate or proposal.state_id != request.user.member_state_id:
        raise Http404
    try:
        services.proposal_withdraw(proposal=proposal, user=request.user)
    except services.ReviewError as error:
        return _refuse(request, error, proposal.circulation)
    messages.success(request, _("Your proposal was withdrawn."))
    return redirect("review:circulation", proposal.circulation_id)


@require_POST
@login_required
def object_(request, pk):
    circulation = access.circulation_for(request.user, pk)
    form = ObjectionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the reason for the objection."))
        return redirect("review:circulation", circulation.pk)
    try:
        services.objection_submit(circulation=circulation, user=request.user, reason=form.cleaned_data["reason"])
    except ValidationError:
        messages.error(request, _("Give the reason for the objection."))
    except services.ReviewError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Your objection was recorded: the silence is broken."))
    return redirect("review:circulation", circulation.pk)


# --- staff: compilation -----------------------------------------------------


@login_required
def compilation_view(request, pk):
    _require_secretariat(request.user)
    circulation = access.circulation_for(request.user, pk)
    settle(circulation)
    table = compilation.build(circulation)
    languages = table["languages"]
    for row in table["rows"]:
        for proposal in row["proposals"]:
            proposal.decide_form = DecisionForm(languages=languages, proposal=proposal, prefix=f"p{proposal.pk}")
    context = {"circulation": circulation, "table": table, "pdf_languages": languages}
    return render(request, "review/compilation.html", context)


@require_POST
@login_required
def proposal_decide(request, pk):
    _require_secretariat(request.user)
    proposal = access.proposal_for(request.user, pk)
    languages = list(proposal.circulation.version.snapshot.get("languages") or ["en"])
    form = DecisionForm(request.POST, languages=languages, proposal=proposal, prefix=f"p{proposal.pk}")
    target = f"{reverse('review:compilation', args=[proposal.circulation_id])}#proposal-{proposal.pk}"
    if not form.is_valid():
        messages.error(request, _("Choose a decision."))
        return redirect(target)
    try:
        services.proposal_decide(
            proposal=proposal,
            actor=request.user,
            decision=form.cleaned_data["decision"],
            reason=form.cleaned_data["reason"],
            wording=form.wording(),
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    except services.ReviewError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The decision was recorded."))
    return redirect(target)


@login_required
def compilation_pdf(request, pk, language):
    _require_secretariat(request.user)
    circulation = access.circulation_for(request.user, pk)
    if language not in (circulation.version.snapshot.get("languages") or []):
        raise Http404
    pdf = compilation.render_pdf(circulation, language)
    response = HttpResponse(pdf, content_type="application/pdf")
    filename = f"compilation-{circulation.pk}-{language}.pdf"
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


# --- staff: a memorandum's circulations and their history ---------------------


@login_required
def memorandum_circulations(request, pk):
    from memoranda.models import Memorandum

    _require_secretariat(request.user)
    memorandum = get_object_or_404(Memorandum, pk=pk)
    circulations = list(
        Circulation.objects.filter(version__memorandum=memorandum)
        .select_related("version")
        .prefetch_related("states")
        .order_by("-created_at")
    )
    for circulation in circulations:
        settle(circulation)
    versions = memorandum.versions.order_by("-number")
    context = {"memorandum": memorandum, "circulations": circulations, "versions": versions}
    return render(request, "review/memorandum_circulations.html", context)
