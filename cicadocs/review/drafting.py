"""Where the review writes into other areas: accepted wording into the
working draft of the memorandum, and the note announcing an approval.

Kept apart so that the rules in ``services.py`` do not depend on how the
memoranda and notes apps store their records.
"""

from django.utils import timezone

ELEMENT_KINDS = ("preamble", "section", "clause", "item")


def _find_element(memorandum, uid):
    from memoranda.services import element_get

    for kind in ELEMENT_KINDS:
        try:
            return kind, element_get(memorandum=memorandum, kind=kind, uid=uid)
        except LookupError:
            continue
    return None, None


def _text_field(kind, element):
    """The field that holds an element's text (a section with clauses is
    represented by its heading, as in ``snapshot.elements``)."""
    if kind == "section":
        is_single_paragraph = any(getattr(element, f"text_{c}", "") for c in ("en", "ru", "kk"))
        if not is_single_paragraph and element.clauses.exists():
            return "heading"
    return "text"


def apply_wording(*, memorandum, uid, wording, actor):
    """Write ``wording`` ({language: text}) into the element ``uid`` of the
    working draft through the memoranda editor's own service (which keeps the
    translation status, the edit counter and the audit trail). Returns False
    when the element no longer exists there (deleted since the version was
    frozen). Refusals of the memoranda services (a signed memorandum, an
    invalid text) propagate, so the caller's transaction is undone."""
    from memoranda.services import element_update

    kind, element = _find_element(memorandum, uid)
    if element is None:
        return False
    field = _text_field(kind, element)
    for code, text in wording.items():
        element = element_update(
            memorandum=memorandum,
            kind=kind,
            uid=uid,
            language=code,
            values={field: text},
            lock_version=element.lock_version,
            actor=actor,
        )
    return True


# Document text (not UI strings): the phrases the note formulas expect, per
# language. The drafter edits the final wording of each language.
COVERING_DOCUMENT = {
    "en": "the draft {title} (version {number}, enclosed)",
    "ru": "проект документа «{title}» (редакция {number}, прилагается)",
    "kk": "«{title}» құжатының жобасын ({number}-нұсқа, қоса беріліп отыр)",
}
DOCUMENT_SHORT = {"en": "memorandum", "ru": "меморандума", "kk": "меморандумды"}
ASTANA = {"en": "Astana", "ru": "город Астана", "kk": "Астана қаласы"}
COMPILATION_ENCLOSURE = {
    "en": "compilation of proposals of Member States",
    "ru": "сводная таблица предложений государств-членов",
    "kk": "мүше мемлекеттер ұсыныстарының жиынтық кестесі",
}
APPROVAL_DOCUMENT = {
    "en": "the draft {title} (version {number})",
    "ru": "проекта документа «{title}» (редакция {number})",
    "kk": "«{title}» құжатының жобасына ({number}-нұсқа)",
}
APPROVAL_BODY = {
    "en": "The silence procedure on {document} expired on {date} with no objection from the Member States. "
    "The text of the document is therefore considered approved.",
    "ru": "Процедура умолчания в отношении {document} истекла {date}; возражений со стороны государств-членов "
    "не поступило. Таким образом, текст документа считается одобренным.",
    "kk": "{document} қатысты үнсіздік рәсімі {date} аяқталды; мүше мемлекеттер тарапынан қарсылық түскен жоқ. "
    "Осыған байланысты құжаттың мәтіні мақұлданған болып саналады.",
}
APPROVAL_DATE_FORM = {"en": "nominative", "ru": "nominative", "kk": "locative"}


def _note_languages(version):
    return [code for code in (version.snapshot.get("languages") or ["en"]) if code in ASTANA]


def _titles(version):
    memorandum = version.memorandum
    return {code: getattr(memorandum, f"title_{code}", "") or memorandum.title for code in ("en", "ru", "kk")}


def _per_language(name, values):
    return {f"{name}_{code}": value for code, value in values.items()}


def _secretariat():
    from cicadocs.directory.models import Organisation

    return Organisation.objects.filter(kind=Organisation.Kind.SECRETARIAT).order_by("pk").first()


def _addressees(circulation, states):
    from cicadocs.directory.models import MemberState
    from notes.models import Note

    active = set(MemberState.objects.filter(is_active=True).values_list("pk", flat=True))
    if active and {s.pk for s in states} >= active:
        return Note.AddresseeKind.MEMBER_STATES, []
    return Note.AddresseeKind.STATES, list(states)


def _compilation_enclosure(circulation, note, actor):
    """Enclose the compilation of proposals of the previous circulation of the
    same memorandum (the version before this one), if it had proposals."""
    from notes.models import Enclosure
    from notes.services import enclosure_add

    from .models import Circulation

    previous = (
        Circulation.objects.filter(
            version__memorandum=circulation.version.memorandum, version__number__lt=circulation.version.number
        )
        .filter(proposals__status="submitted")
        .order_by("-version__number", "-pk")
        .first()
    )
    if previous is None:
        return None
    pages = None
    try:
        from cicadocs.pdf.render import page_count

        from .compilation import render_pdf

        pages = page_count(render_pdf(previous, note.languages[0]))
    except Exception:  # noqa: BLE001 - a page count must not stop the drafting; the drafter can fill it in
        pages = None
    return enclosure_add(
        note=note,
        actor=actor,
        enclosure=Enclosure(
            kind=Enclosure.Kind.TEXT, page_count=pages, **_per_language("description", COMPILATION_ENCLOSURE)
        ),
    )


def draft_covering_note(*, circulation, series, states, actor):
    """Draft the note verbale that circulates the version: kind "submission"
    for a review, "silence" for a silence procedure, addressed to the chosen
    states, enclosing the version (and the compilation of proposals of the
    previous circulation, when there was one)."""
    from notes.models import Enclosure, Note
    from notes.services import enclosure_add, note_save

    from . import deadlines

    sender = _secretariat()
    if sender is None or series is None:
        return None
    version = circulation.version
    titles = _titles(version)
    addressee_kind, addressed = _addressees(circulation, states)
    note = Note(
        series=series,
        date=timezone.localdate(),
        sender=sender,
        addressee_kind=addressee_kind,
        languages=_note_languages(version),
        subject=f"{titles['en']}, version {version.number}: {circulation.get_purpose_display()}"[:300],
        kind=Note.Kind.SILENCE if circulation.is_silence else Note.Kind.SUBMISSION,
        deadline=deadlines.deadline_local(circulation.deadline).date(),
        **_per_language("place", ASTANA),
        **_per_language(
            "document",
            {code: text.format(title=titles[code], number=version.number) for code, text in COVERING_DOCUMENT.items()},
        ),
        **_per_language("document_short", DOCUMENT_SHORT),
    )
    note = note_save(note=note, actor=actor, states=addressed)
    enclosure_add(
        note=note, actor=actor, enclosure=Enclosure(kind=Enclosure.Kind.MEMORANDUM, memorandum_version=version)
    )
    _compilation_enclosure(circulation, note, actor)
    return note


def announce_approval(circulation):
    """Draft the note verbale announcing that the version was approved by
    silence procedure (same series and addressees as the covering note)."""
    from cicadocs.core.dates import format_date
    from notes.models import Note, Series
    from notes.services import note_save

    covering = circulation.covering_note
    series = covering.series if covering else Series.objects.filter(is_active=True).order_by("pk").first()
    sender = covering.sender if covering else _secretariat()
    if series is None or sender is None:
        return None
    version = circulation.version
    titles = _titles(version)
    languages = covering.languages if covering else _note_languages(version)
    day = circulation.deadline_local.date()
    body = {}
    for code in ("en", "ru", "kk"):
        document = APPROVAL_DOCUMENT[code].format(title=titles[code], number=version.number)
        body[code] = APPROVAL_BODY[code].format(
            document=document, date=format_date(day, code, form=APPROVAL_DATE_FORM[code])
        )
    states = list(circulation.states.all())
    addressee_kind, addressed = _addressees(circulation, states)
    note = Note(
        series=series,
        date=timezone.localdate(),
        sender=sender,
        addressee_kind=addressee_kind,
        languages=languages,
        subject=f"{titles['en']}, version {version.number}: approved by silence procedure"[:300],
        kind=Note.Kind.FREE,
        edited={f"body_{code}": True for code in ("en", "ru", "kk")},
        **_per_language("place", ASTANA),
        **_per_language("body", body),
    )
    references = [covering] if covering is not None and covering.number else []
    note = note_save(note=note, actor=None, states=addressed, references=references)
    circulation.announcing_note = note
    circulation.save(update_fields=["announcing_note"])
    return note
