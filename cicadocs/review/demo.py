"""Demo data of the review: the latest UNOCT version circulated to three
states (KZ, RU, CN) with a deadline two weeks ahead, and two proposals.
Safe to run again: an existing demo circulation is left as it is."""

import datetime

from django.utils import timezone

from . import deadlines, services
from .models import Circulation, Proposal

DEMO_STATES = ("KZ", "RU", "CN")


def _latest_unoct_version(context):
    versions = context.get("unoct_versions") or []
    if versions:
        return versions[-1]
    memorandum = (context.get("memoranda") or {}).get("unoct")
    if memorandum is None:
        return None
    version = memorandum.versions.order_by("-number").first()
    if version is None:
        from memoranda.services import memorandum_freeze_version

        version = memorandum_freeze_version(
            memorandum=memorandum, actor=context["users"]["staff"], reason="Circulated to Member States for review"
        )
    return version


def _clause_uids(snapshot):
    return [clause["uid"] for section in snapshot.get("sections", []) for clause in section.get("clauses", [])]


def load(context):
    version = _latest_unoct_version(context)
    if version is None:
        return {}
    users = context["users"]
    states = [context["states"][code] for code in DEMO_STATES]
    circulation = Circulation.objects.filter(version=version, purpose=Circulation.Purpose.REVIEW).first()
    if circulation is None:
        day = timezone.localdate() + datetime.timedelta(days=14)
        circulation = services.circulation_create(
            version=version,
            states=states,
            deadline=deadlines.deadline_from_local(day, datetime.time(18, 0)),
            actor=users["staff"],
            purpose=Circulation.Purpose.REVIEW,
            proposals_visibility=Circulation.Visibility.STATES,
        )
    if not Proposal.objects.filter(circulation=circulation).exists() and circulation.accepts_input():
        uids = _clause_uids(version.snapshot)
        if len(uids) >= 2:
            first = version.snapshot["sections"][0]["clauses"][0]["text"]
            services.proposal_submit(
                circulation=circulation,
                user=users["delegate-kz"],
                element_uid=uids[0],
                kind=Proposal.Kind.AMENDMENT,
                comment="Kazakhstan proposes to name the focal points explicitly.",
                wording={"en": (first.get("en") or "").rstrip(".") + ", through their designated focal points."},
            )
            services.proposal_submit(
                circulation=circulation,
                user=users["delegate-ru"],
                element_uid=uids[1],
                kind=Proposal.Kind.COMMENT,
                comment="Российская Федерация предлагает уточнить формулировку этого пункта.",
            )
    return {"review_circulation": circulation}
