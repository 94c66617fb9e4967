"""Demo data for the directory: the organisations and people named in the two
reference documents, and the CICA member states in three languages.

Every record is looked up by a natural key and updated in place, so loading
twice leaves the same data.
"""

from datetime import date

from .models import FocalPoint, MemberState, Mission, Organisation, Signatory

# ISO code: (English, Russian, Kazakh)
MEMBER_STATES = {
    "AF": ("Afghanistan", "Афганистан", "Ауғанстан"),
    "AZ": ("Azerbaijan", "Азербайджан", "Әзірбайжан"),
    "BH": ("Bahrain", "Бахрейн", "Бахрейн"),
    "BD": ("Bangladesh", "Бангладеш", "Бангладеш"),
    "KH": ("Cambodia", "Камбоджа", "Камбоджа"),
    "CN": ("China", "Китай", "Қытай"),
    "EG": ("Egypt", "Египет", "Мысыр"),
    "IN": ("India", "Индия", "Үндістан"),
    "IR": ("Iran", "Иран", "Иран"),
    "IQ": ("Iraq", "Ирак", "Ирак"),
    "IL": ("Israel", "Израиль", "Израиль"),
    "JO": ("Jordan", "Иордания", "Иордания"),
    "KZ": ("Kazakhstan", "Казахстан", "Қазақстан"),
    "KW": ("Kuwait", "Кувейт", "Кувейт"),
    "KG": ("Kyrgyzstan", "Кыргызстан", "Қырғызстан"),
    "MN": ("Mongolia", "Монголия", "Моңғолия"),
    "PK": ("Pakistan", "Пакистан", "Пәкістан"),
    "PS": ("Palestine", "Палестина", "Палестина"),
    "QA": ("Qatar", "Катар", "Катар"),
    "KR": ("Republic of Korea", "Республика Корея", "Корея Республикасы"),
    "RU": ("Russian Federation", "Российская Федерация", "Ресей Федерациясы"),
    "LK": ("Sri Lanka", "Шри-Ланка", "Шри-Ланка"),
    "TJ": ("Tajikistan", "Таджикистан", "Тәжікстан"),
    "TH": ("Thailand", "Таиланд", "Тайланд"),
    "TR": ("Türkiye", "Турция", "Түркия"),
    "AE": ("United Arab Emirates", "Объединенные Арабские Эмираты", "Біріккен Араб Әмірліктері"),
    "UZ": ("Uzbekistan", "Узбекистан", "Өзбекстан"),
    "VN": ("Viet Nam", "Вьетнам", "Вьетнам"),
}

CITIES = {
    "Ankara": ("Ankara", "Анкара", "Анкара"),
    "Dushanbe": ("Dushanbe", "Душанбе", "Душанбе"),
    "Moscow": ("Moscow", "Москва", "Мәскеу"),
    "Astana": ("Astana", "Астана", "Астана"),
    "Tashkent": ("Tashkent", "Ташкент", "Ташкент"),
}

# Embassies of member states in the five cities that note 18-4/58emb names.
EMBASSIES = [
    ("BD", "Ankara"),
    ("JO", "Ankara"),
    ("AF", "Dushanbe"),
    ("IR", "Dushanbe"),
    ("KH", "Moscow"),
    ("LK", "Moscow"),
    ("VN", "Moscow"),
    ("CN", "Astana"),
    ("RU", "Astana"),
    ("TR", "Astana"),
    ("IN", "Astana"),
    ("IL", "Tashkent"),
    ("KR", "Tashkent"),
]

ORGANISATIONS = [
    {
        "key": "CICA Secretariat",
        "kind": Organisation.Kind.SECRETARIAT,
        "name": (
            "Secretariat of the Conference on Interaction and Confidence Building Measures in Asia",
            "Секретариат Совещания по взаимодействию и мерам доверия в Азии",
            "Азиядағы өзара іс-қимыл және сенім шаралары кеңесінің Хатшылығы",
        ),
        "short_name": ("CICA Secretariat", "Секретариат СВМДА", "Азия Кеңесінің Хатшылығы"),
        "legal_description": (
            "a permanent body established pursuant to the Statute of the CICA Secretariat, "
            "signed in Almaty on 17 June 2006",
            "постоянный орган, учрежденный в соответствии с Положением о Секретариате СВМДА, "
            "подписанным в Алматы 17 июня 2006 года",
            "2006 жылғы 17 маусымда Алматыда қол қойылған Азия Кеңесі Хатшылығы туралы ереже "
            "негізінде құрылған тұрақты орган",
        ),
        "seat_address": (
            "55/20, Mangilik Yel Ave., Astana, the Republic of Kazakhstan",
            "проспект Мангилик Ел, 55/20, Астана, Республика Казахстан",
            "Мәңгілік Ел даңғылы, 55/20, Астана, Қазақстан Республикасы",
        ),
    },
    {
        "key": "UNOCT",
        "kind": Organisation.Kind.UNITED_NATIONS,
        "name": (
            "United Nations Office of Counter-Terrorism",
            "Контртеррористическое управление Организации Объединенных Наций",
            "Біріккен Ұлттар Ұйымының Терроризмге қарсы басқармасы",
        ),
        "short_name": ("UNOCT", "КТУ ООН", "БҰҰ ТҚБ"),
        "legal_description": (
            "part of the United Nations Secretariat, which is an international intergovernmental "
            "organization established pursuant to the Charter of the United Nations, signed in "
            "San Francisco on 26 June 1945",
            "часть Секретариата Организации Объединенных Наций, которая является международной "
            "межправительственной организацией, учрежденной в соответствии с Уставом Организации "
            "Объединенных Наций, подписанным в Сан-Франциско 26 июня 1945 года",
            "1945 жылғы 26 маусымда Сан-Францискода қол қойылған Біріккен Ұлттар Ұйымының Жарғысы "
            "негізінде құрылған халықаралық үкіметаралық ұйым болып табылатын Біріккен Ұлттар "
            "Ұйымы Хатшылығының бөлігі",
        ),
        "seat_address": (
            "United Nations Headquarters, New York, NY 10017, the United States of America",
            "Центральные учреждения Организации Объединенных Наций, Нью-Йорк, NY 10017, Соединенные Штаты Америки",
            "Біріккен Ұлттар Ұйымының Штаб-пәтері, Нью-Йорк, NY 10017, Америка Құрама Штаттары",
        ),
    },
    {
        "key": "CSTO Secretariat",
        "kind": Organisation.Kind.INTERNATIONAL,
        "name": (
            "Secretariat of the Collective Security Treaty Organisation",
            "Секретариат Организации Договора о коллективной безопасности",
            "Ұжымдық қауіпсіздік туралы шарт ұйымының Хатшылығы",
        ),
        "short_name": ("CSTO Secretariat", "Секретариат ОДКБ", "ҰҚШҰ Хатшылығы"),
        "legal_description": (
            "the permanent working body of the Collective Security Treaty Organisation",
            "постоянно действующий рабочий орган Организации Договора о коллективной безопасности",
            "Ұжымдық қауіпсіздік туралы шарт ұйымының тұрақты жұмыс органы",
        ),
        "seat_address": (
            "Moscow, the Russian Federation",
            "Москва, Российская Федерация",
            "Мәскеу, Ресей Федерациясы",
        ),
    },
]

SIGNATORIES = [
    {
        "organisation": "UNOCT",
        "honorific": ("H.E. Mr.", "Его Превосходительство г-н", "Мәртебелі"),
        "name": ("Vladimir Voronkov", "Владимир Воронков", "Владимир Воронков"),
        "title": (
            "Under-Secretary-General for Counter-Terrorism, Office of Counter-Terrorism, United Nations",
            "Заместитель Генерального секретаря по борьбе с терроризмом, Контртеррористическое "
            "управление, Организация Объединенных Наций",
            "Біріккен Ұлттар Ұйымы Бас хатшысының терроризмге қарсы іс-қимыл жөніндегі орынбасары, "
            "Терроризмге қарсы басқарма",
        ),
    },
    {
        "organisation": "CICA Secretariat",
        "honorific": ("H.E. Mr.", "Его Превосходительство г-н", "Мәртебелі"),
        "name": ("Kairat Sarybay", "Кайрат Сарыбай", "Қайрат Сарыбай"),
        "title": (
            "Secretary General of the Conference on Interaction and Confidence Building Measures in Asia",
            "Генеральный секретарь Совещания по взаимодействию и мерам доверия в Азии",
            "Азиядағы өзара іс-қимыл және сенім шаралары кеңесінің Бас хатшысы",
        ),
    },
    {
        "organisation": "CSTO Secretariat",
        "honorific": ("", "", ""),
        "name": ("Stanislav Zas", "Станислав Зась", "Станислав Зась"),
        "title": ("Secretary General", "Генеральный секретарь", "Бас хатшы"),
    },
    {
        "organisation": "CICA Secretariat",
        "honorific": ("", "", ""),
        "name": ("Habibullo Mirzozoda", "Хабибулло Мирзозода", "Хабибулло Мирзозода"),
        "title": ("Executive Director", "Исполнительный директор", "Атқарушы директор"),
    },
]

FOCAL_POINTS = [
    {
        "organisation": "UNOCT",
        "person": "Focal point of UNOCT",
        "position": (
            "Programme Management Officer, UNCCT",
            "Сотрудник по управлению программами, КТЦ ООН",
            "Бағдарламаларды басқару жөніндегі қызметкер, БҰҰ ТҚО",
        ),
        "email": "unoct-focal-point@example.org",
        "phone": "+1 212 000 0000",
        "active_from": date(2024, 1, 1),
    },
    {
        "organisation": "CICA Secretariat",
        "person": "Focal point of the CICA Secretariat",
        "position": (
            "Director, New Challenges and Threats",
            "Директор по новым вызовам и угрозам",
            "Жаңа сын-қатерлер жөніндегі директор",
        ),
        "email": "secretariat@example.org",
        "phone": "+7 7172 000 000",
        "active_from": date(2024, 1, 1),
    },
    {
        "organisation": "CSTO Secretariat",
        "person": "Focal point of the CSTO Secretariat",
        "position": (
            "Head of the International Cooperation Department",
            "Начальник отдела международного сотрудничества",
            "Халықаралық ынтымақтастық бөлімінің бастығы",
        ),
        "email": "csto-focal-point@example.org",
        "phone": "+7 495 000 0000",
        "active_from": date(2020, 1, 1),
    },
]


def _translated(values, field):
    en, ru, kk = values
    return {f"{field}_en": en, f"{field}_ru": ru, f"{field}_kk": kk}


def load():
    """Load or refresh the directory's demo records. Returns them by key."""
    states = {}
    for code, names in MEMBER_STATES.items():
        state, _created = MemberState.objects.update_or_create(
            iso_code=code, defaults={**_translated(names, "name"), "is_active": True}
        )
        states[code] = state
    for code, city in EMBASSIES:
        Mission.objects.update_or_create(
            member_state=states[code],
            kind=Mission.Kind.EMBASSY,
            city_en=city,
            defaults=_translated(CITIES[city], "city"),
        )
    organisations = {}
    for data in ORGANISATIONS:
        values = {"kind": data["kind"]}
        for field in ("name", "short_name", "legal_description", "seat_address"):
            values.update(_translated(data[field], field))
        organisation, _created = Organisation.objects.update_or_create(short_name_en=data["key"], defaults=values)
        organisations[data["key"]] = organisation
    signatories = {}
    for data in SIGNATORIES:
        values = {**_translated(data["honorific"], "honorific"), **_translated(data["title"], "title")}
        values.update(_translated(data["name"], "name"))
        signatory, _created = Signatory.objects.update_or_create(
            organisation=organisations[data["organisation"]], name_en=data["name"][0], defaults=values
        )
        signatories[data["name"][0]] = signatory
    for data in FOCAL_POINTS:
        FocalPoint.objects.update_or_create(
            organisation=organisations[data["organisation"]],
            person=data["person"],
            defaults={
                **_translated(data["position"], "position"),
                "email": data["email"],
                "phone": data["phone"],
                "active_from": data["active_from"],
            },
        )
    return {"states": states, "organisations": organisations, "signatories": signatories}
