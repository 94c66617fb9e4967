"""Demo data for notes: the phrase table, the two series, the earlier notes
NCT/CT/513 and NCT/CT/569, and the two reference notes NCT/CT/708 and
18-4/58emb reproduced from the formulas and dispatched from their registers.

Loading twice leaves the same data: records are found by natural keys and a
dispatched note is never touched again.
"""

from datetime import date

from .models import Enclosure, Note, Phrase, Series
from .services import enclosure_add, note_approve, note_dispatch, note_record_dispatched, note_save


def _t(en, ru, kk):
    return {"en": en, "ru": ru, "kk": kk}


def _fields(name, values):
    return {f"{name}_{code}": value for code, value in values.items()}


MEMBER_STATES_BLOCK = _t(
    "MEMBER STATES\nOF THE CONFERENCE ON INTERACTION\nAND CONFIDENCE BUILDING MEASURES\nIN ASIA",
    "ГОСУДАРСТВА-ЧЛЕНЫ\nСОВЕЩАНИЯ ПО ВЗАИМОДЕЙСТВИЮ\nИ МЕРАМ ДОВЕРИЯ В АЗИИ",
    "АЗИЯДАҒЫ ӨЗАРА ІС-ҚИМЫЛ ЖӘНЕ\nСЕНІМ ШАРАЛАРЫ КЕҢЕСІНЕ\nМҮШЕ МЕМЛЕКЕТТЕР",
)

GENERAL_PHRASES = {
    Phrase.Role.MEMBER_STATES: {
        "to_form": _t("the CICA Member States", "государствам-членам СВМДА", "Азия Кеңесіне мүше мемлекеттерге"),
        "block": MEMBER_STATES_BLOCK,
    },
    Phrase.Role.EMBASSIES: {
        "short_name": _t("The Secretariat", "Секретариат", "Хатшылық"),
        "to_form": _t(
            "the Embassies of the Member States in {cities}",
            "посольствам государств-членов СВМДА ({cities})",
            "Азия Кеңесіне мүше мемлекеттердің {cities} қалаларындағы елшіліктеріне",
        ),
        "renew_to_form": _t(
            "the Embassies of the Member States",
            "посольствам государств-членов СВМДА",
            "Азия Кеңесіне мүше мемлекеттердің елшіліктеріне",
        ),
        "block": _t(
            "EMBASSIES OF THE CICA MEMBER STATES\n{cities}",
            "ПОСОЛЬСТВА ГОСУДАРСТВ-ЧЛЕНОВ СВМДА\n{cities}",
            "АЗИЯ КЕҢЕСІНЕ МҮШЕ МЕМЛЕКЕТТЕРДІҢ ЕЛШІЛІКТЕРІ\n{cities}",
        ),
    },
    Phrase.Role.STATES: {
        "to_form": _t(
            "the Ministries of Foreign Affairs of {states}",
            "министерствам иностранных дел {states}",
            "{states} сыртқы істер министрліктеріне",
        ),
        "block": _t(
            "MINISTRIES OF FOREIGN AFFAIRS\n{states}",
            "МИНИСТЕРСТВА ИНОСТРАННЫХ ДЕЛ\n{states}",
            "СЫРТҚЫ ІСТЕР МИНИСТРЛІКТЕРІ\n{states}",
        ),
    },
}

SENDER_PHRASES = {
    "CICA Secretariat": {
        "name": _t(
            "The Secretariat of the Conference on Interaction and Confidence Building Measures in Asia (CICA)",
            "Секретариат Совещания по взаимодействию и мерам доверия в Азии (СВМДА)",
            "Азиядағы өзара іс-қимыл және сенім шаралары кеңесінің (Азия Кеңесінің) Хатшылығы",
        ),
        "short_name": _t("The CICA Secretariat", "Секретариат СВМДА", "Азия Кеңесінің Хатшылығы"),
    },
}

ORGANISATION_PHRASES = {
    "UNOCT": {
        "to_form": _t(
            "the United Nations Office of Counter-Terrorism",
            "Контртеррористическому управлению Организации Объединенных Наций",
            "Біріккен Ұлттар Ұйымының Терроризмге қарсы басқармасына",
        ),
        "block": _t(
            "UNITED NATIONS OFFICE\nOF COUNTER-TERRORISM\nNew York",
            "КОНТРТЕРРОРИСТИЧЕСКОЕ УПРАВЛЕНИЕ\nОРГАНИЗАЦИИ ОБЪЕДИНЕННЫХ НАЦИЙ\nНью-Йорк",
            "БІРІККЕН ҰЛТТАР ҰЙЫМЫНЫҢ\nТЕРРОРИЗМГЕ ҚАРСЫ БАСҚАРМАСЫ\nНью-Йорк",
        ),
    },
    "CSTO Secretariat": {
        "to_form": _t(
            "the Secretariat of the Collective Security Treaty Organisation",
            "Секретариату Организации Договора о коллективной безопасности",
            "Ұжымдық қауіпсіздік туралы шарт ұйымының Хатшылығына",
        ),
        "block": _t(
            "SECRETARIAT OF THE COLLECTIVE\nSECURITY TREATY ORGANISATION\nMoscow",
            "СЕКРЕТАРИАТ ОРГАНИЗАЦИИ ДОГОВОРА\nО КОЛЛЕКТИВНОЙ БЕЗОПАСНОСТИ\nМосква",
            "ҰЖЫМДЫҚ ҚАУІПСІЗДІК ТУРАЛЫ\nШАРТ ҰЙЫМЫНЫҢ ХАТШЫЛЫҒЫ\nМәскеу",
        ),
    },
}


def _phrase_values(forms):
    values = {}
    for name, texts in forms.items():
        values.update(_fields(name, texts))
    return values


def load_phrases(organisations):
    """The phrase table: general rows, and rows for the organisations given by key."""
    for role, forms in GENERAL_PHRASES.items():
        Phrase.objects.update_or_create(role=role, organisation=None, member_state=None, defaults=_phrase_values(forms))
    for key, forms in SENDER_PHRASES.items():
        if key in organisations:
            Phrase.objects.update_or_create(
                role=Phrase.Role.SENDER, organisation=organisations[key], defaults=_phrase_values(forms)
            )
    for key, forms in ORGANISATION_PHRASES.items():
        if key in organisations:
            Phrase.objects.update_or_create(
                role=Phrase.Role.ORGANISATION, organisation=organisations[key], defaults=_phrase_values(forms)
            )


ASTANA_2024 = _t("Astana", "город Астана", "Астана қаласы")

NOTE_708 = {
    "date": date(2024, 6, 12),
    "subject": "Updated draft MoU between the CICA Secretariat and UNOCT, for consideration",
    "kind": Note.Kind.SUBMISSION,
    "languages": ["en", "ru", "kk"],
    "document": _t(
        "the draft Memorandum of Understanding between the Secretariat of the Conference on Interaction and "
        "Confidence Building Measures in Asia and the United Nations Office of Counter-Terrorism (enclosed), "
        "updated to reflect the proposals of Member States",
        "обновленный с учетом предложений государств-членов проект Меморандума о взаимопонимании между "
        "Секретариатом Совещания по взаимодействию и мерам доверия в Азии и Контртеррористическим управлением "
        "Организации Объединенных Наций (прилагается)",
        "мүше мемлекеттердің ұсыныстарын ескере отырып Азиядағы өзара іс-қимыл және сенім шаралары кеңесінің "
        "Хатшылығы мен Біріккен Ұлттар Ұйымының Терроризмге қарсы басқармасы арасындағы өзара түсіністік туралы "
        "жаңартылған меморандум жобасын (қоса беріледі)",
    ),
    "meetings": [
        {
            "date": "2024-06-25",
            "name": _t(
                "CICA Special Working Group", "Специальной рабочей группы СВМДА", "Азия Кеңесі Арнаулы жұмыс тобының"
            ),
        },
        {
            "date": "2024-06-27",
            "name": _t(
                "CICA Senior Officials Committee",
                "Комитета старших должностных лиц СВМДА",
                "Азия Кеңесі Аға лауазымды тұлғалар комитетінің",
            ),
        },
    ],
    "enclosure_after": {"en": 0, "ru": 1, "kk": 1},
}

NOTE_58 = {
    "date": date(2020, 3, 11),
    "subject": "Draft MoU between the CSTO and CICA Secretariats: silence procedure until 21 March 2020",
    "kind": Note.Kind.SILENCE,
    "languages": ["en"],
    "document": _t(
        "the draft Memorandum of understanding and cooperation between the Secretariats of the CICA and Collective "
        "Security Treaty Organisation",
        "проект Меморандума о взаимопонимании и сотрудничестве между Секретариатами СВМДА и Организации Договора "
        "о коллективной безопасности",
        "Азия Кеңесі мен Ұжымдық қауіпсіздік туралы шарт ұйымы Хатшылықтары арасындағы өзара түсіністік және "
        "ынтымақтастық туралы меморандум жобасын",
    ),
    "document_short": _t("memorandum", "меморандума", "меморандумды"),
    "deadline": date(2020, 3, 21),
    "enclosure_after": {"en": 2, "ru": 2, "kk": 2},
}

CITIES_2020 = [
    _t("Ankara", "Анкара", "Анкара"),
    _t("Dushanbe", "Душанбе", "Душанбе"),
    _t("Moscow", "Москва", "Мәскеу"),
    _t("Nur-Sultan", "Нур-Султан", "Нұр-Сұлтан"),
    _t("Tashkent", "Ташкент", "Ташкент"),
]

EARLIER_NOTES = [
    (513, date(2024, 4, 18), "Draft MoU between the CICA Secretariat and UNOCT, circulated for proposals"),
    (569, date(2024, 5, 13), "Draft MoU between the CICA Secretariat and UNOCT, compilation of proposals"),
]


def _new_note(series, sender, actor, data, **extra):
    fields = {key: value for key, value in data.items() if key not in ("document", "document_short")}
    for name in ("document", "document_short"):
        if name in data:
            fields.update(_fields(name, data[name]))
    note = Note(series=series, sender=sender, **fields, **extra)
    return note


def _memorandum_version(memoranda, *words, actor=None, reason=""):
    """A MemorandumVersion among what the memoranda loader returned, matched by
    key: the latest version of a memorandum, frozen now if it has none."""
    from memoranda.models import Memorandum, MemorandumVersion
    from memoranda.services.versions import memorandum_freeze_version

    for key, value in (memoranda or {}).items():
        if not any(word.lower() in str(key).lower() for word in words):
            continue
        if isinstance(value, MemorandumVersion):
            return value
        if isinstance(value, Memorandum):
            latest = value.versions.order_by("-number").first()
            return latest or memorandum_freeze_version(memorandum=value, actor=actor, reason=reason)
    return None


def _add_enclosure(note, version, pages, description=None, actor=None):
    """Enclose ``version`` (its pages counted by the PDF renderer when it can),
    or a free-text enclosure of ``pages`` pages when there is no version."""
    if note.enclosures.exists():
        return
    enclosure = Enclosure(
        kind=Enclosure.Kind.MEMORANDUM if version else Enclosure.Kind.TEXT,
        memorandum_version=version,
        page_count=pages,
        **_fields("description", description or _t("", "", "")),
    )
    enclosure_add(note=note, actor=actor, enclosure=enclosure)


def load(context):
    organisations = context["organisations"]
    staff = (context.get("users") or {}).get("staff")
    cica = organisations["CICA Secretariat"]
    load_phrases(organisations)

    nct, _created = Series.objects.get_or_create(prefix="NCT/CT/", defaults={"last_number": 707})
    s184, _created = Series.objects.get_or_create(
        prefix="18-4/", defaults={"last_number": 57, "default_suffix": "emb", "spaced_sign": True}
    )

    earlier = []
    for number, on, subject in EARLIER_NOTES:
        note = Note.objects.filter(series=nct, number=number).first()
        if note is None:
            note = note_save(
                note=Note(
                    series=nct,
                    sender=cica,
                    date=on,
                    subject=subject,
                    languages=["en", "ru", "kk"],
                    **_fields("place", ASTANA_2024),
                ),
                actor=staff,
            )
            note = note_record_dispatched(note=note, number=number, actor=staff)
        earlier.append(note)

    memoranda = context.get("memoranda")
    note_708 = Note.objects.filter(series=nct, number=708).first()
    if note_708 is None:
        note_708 = note_save(
            note=_new_note(nct, cica, staff, NOTE_708, **_fields("place", ASTANA_2024)), actor=staff, references=earlier
        )
        _add_enclosure(note_708, _memorandum_version(memoranda, "unoct"), 9, actor=staff)
        note_approve(note=note_708, actor=staff)
        note_708 = note_dispatch(note=note_708, actor=staff)

    note_58 = Note.objects.filter(series=s184, number=58).first()
    if note_58 is None:
        note_58 = note_save(
            note=_new_note(
                s184,
                cica,
                staff,
                NOTE_58,
                suffix="emb",
                addressee_kind=Note.AddresseeKind.EMBASSIES,
                cities=CITIES_2020,
                **_fields("place", _t("Nur-Sultan", "город Нур-Султан", "Нұр-Сұлтан қаласы")),
            ),
            actor=staff,
        )
        version = _memorandum_version(memoranda, "csto", actor=staff, reason="Circulated with note 18-4/58emb")
        _add_enclosure(note_58, version, 2, _t("as stated", "упомянутое", "аталған"), actor=staff)
        note_approve(note=note_58, actor=staff)
        note_58 = note_dispatch(note=note_58, actor=staff)

    return {
        "notes": {"NCT/CT/513": earlier[0], "NCT/CT/569": earlier[1], "NCT/CT/708": note_708, "18-4/58emb": note_58}
    }
