"""The memorandum between the CSTO and CICA Secretariats (enclosed with note
18-4/58emb of 11 March 2020), in its two original languages, Russian and
English. The English text is as in the reference; Kazakh is not a language
of this memorandum."""

TITLE = {
    "en": "Memorandum of understanding and cooperation between the Secretariats of the CSTO and CICA",
    "ru": "Меморандум о взаимопонимании и сотрудничестве между Секретариатами ОДКБ и СВМДА",
}

TITLE_BLOCK = {
    "en": "MEMORANDUM\nof understanding and cooperation between the Secretariat of the Collective Security Treaty "
    "Organisation and Secretariat of the Conference on Interaction and Confidence Building Measures in Asia",
    "ru": "МЕМОРАНДУМ\nо взаимопонимании и сотрудничестве между Секретариатом Организации Договора о коллективной "
    "безопасности и Секретариатом Совещания по взаимодействию и мерам доверия в Азии",
}

PARTIES_INTRO = {
    "en": "The Secretariat of the Collective Security Treaty Organisation (CSTO) and the Secretariat of the "
    "Conference on Interaction and Confidence Building Measures in Asia (CICA), hereinafter referred to as the "
    "Parties,",
    "ru": "Секретариат Организации Договора о коллективной безопасности (ОДКБ) и Секретариат Совещания по "
    "взаимодействию и мерам доверия в Азии (СВМДА), далее именуемые Сторонами,",
}

HEREINAFTER = [{"en": "CSTO", "ru": "ОДКБ"}, {"en": "CICA", "ru": "СВМДА"}]

PREAMBLE = [
    {
        "keyword": {"en": "based on", "ru": "исходя из"},
        "text": {
            "en": "stated intentions to develop interaction and cooperation within the framework of their "
            "objectives and mandates,",
            "ru": "заявленных намерений развивать взаимодействие и сотрудничество в рамках своих целей и мандатов,",
        },
    },
    {
        "keyword": {"en": "noting", "ru": "отмечая,"},
        "text": {
            "en": "that international cooperation in countering challenges and threats to the regional and "
            "international security helps to create and strengthen an atmosphere of peace, confidence and "
            "friendship,",
            "ru": "что международное сотрудничество в противодействии вызовам и угрозам региональной и "
            "международной безопасности способствует созданию и укреплению атмосферы мира, доверия и дружбы,",
        },
    },
]

LEAD_IN = {"en": "have agreed on the following:", "ru": "договорились о нижеследующем:"}

ARTICLES = [
    [
        {
            "en": "Parties shall cooperate and organize interaction within the framework of this Memorandum, "
            "proceeding from respective mandates of each Party, exchanging relevant experience and methods in the "
            "sphere of countering challenges and threats to the regional and international security, as well as in "
            "the sphere of strengthening an atmosphere of peace, confidence and friendship.",
            "ru": "Стороны сотрудничают и организуют взаимодействие в рамках настоящего Меморандума, исходя из "
            "соответствующих мандатов каждой из Сторон, обмениваясь соответствующим опытом и методами в сфере "
            "противодействия вызовам и угрозам региональной и международной безопасности, а также в сфере "
            "укрепления атмосферы мира, доверия и дружбы.",
        }
    ],
    [
        {
            "en": "Parties exchange open-access information including reviews, analytical materials and legal "
            "documents of mutual interest.",
            "ru": "Стороны обмениваются информацией открытого доступа, включая обзоры, аналитические материалы и "
            "правовые документы, представляющие взаимный интерес.",
        }
    ],
    [
        {
            "en": "Parties on a mutual basis invite representatives of each other to participate in meetings and "
            "conferences organized by Parties.",
            "ru": "Стороны на взаимной основе приглашают представителей друг друга для участия в совещаниях и "
            "конференциях, организуемых Сторонами.",
        },
        {
            "en": "Parties hold consultations and working meetings including on the sidelines of events organized "
            "by international and regional organizations and forums.",
            "ru": "Стороны проводят консультации и рабочие встречи, в том числе на полях мероприятий, организуемых "
            "международными и региональными организациями и форумами.",
        },
    ],
    [
        {
            "en": "If necessary, the Parties shall establish joint working groups to prepare proposals for solving "
            "the most important issues of mutual interest.",
            "ru": "В случае необходимости Стороны создают совместные рабочие группы для подготовки предложений по "
            "решению наиболее важных вопросов, представляющих взаимный интерес.",
        }
    ],
    [
        {
            "en": "Interaction and cooperation of the Parties under this Memorandum shall be implemented in "
            "accordance with respective provisions, rules and procedures regulating their activities as well as "
            "decisions of their governing bodies.",
            "ru": "Взаимодействие и сотрудничество Сторон в рамках настоящего Меморандума осуществляются в "
            "соответствии с положениями, правилами и процедурами, регулирующими их деятельность, а также решениями "
            "их руководящих органов.",
        },
        {
            "en": "This Memorandum does not limit the Parties in reaching and implementing similar agreements with "
            "other partners.",
            "ru": "Настоящий Меморандум не ограничивает Стороны в достижении и реализации аналогичных договоренностей "
            "с другими партнерами.",
        },
    ],
    [
        {
            "en": "Parties may designate focal points in order to ensure effective interaction and cooperation.",
            "ru": "Стороны могут назначать координаторов в целях обеспечения эффективного взаимодействия и "
            "сотрудничества.",
        }
    ],
    [
        {
            "en": "This Memorandum may be amended and supplemented by mutual agreement of the Parties, which are "
            "formulated by separate protocols, taking effect from the date of its signature.",
            "ru": "В настоящий Меморандум по взаимному согласию Сторон могут вноситься изменения и дополнения, "
            "которые оформляются отдельными протоколами, вступающими в силу с даты их подписания.",
        }
    ],
]

FINAL_FORMULA = {
    "en": "Done in _____ on «__»_____ 2020 in two original copies in Russian and English languages; one of the "
    "copies is kept by the CSTO Secretariat and the other copy is kept by the CICA Secretariat.",
    "ru": "Совершено в _____ «__»_____ 2020 года в двух подлинных экземплярах на русском и английском языках; "
    "один экземпляр хранится в Секретариате ОДКБ, другой — в Секретариате СВМДА.",
}

SIGNATURES = [
    (
        "Stanislav Zas",
        {"en": "Collective Security Treaty Organisation", "ru": "Организация Договора о коллективной безопасности"},
    ),
    (
        "Habibullo Mirzozoda",
        {
            "en": "Secretariat of Conference on Interaction and Confidence Building Measures in Asia",
            "ru": "Секретариат Совещания по взаимодействию и мерам доверия в Азии",
        },
    ),
]
