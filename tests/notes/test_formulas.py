"""The generated formulas against the wording of the two reference notes."""

from datetime import date

from notes.formulas import Draft, generate, note_citation
from notes.models import Note
from notes.rendering import note_parts

EN_708 = [
    "The Secretariat of the Conference on Interaction and Confidence Building Measures in Asia (CICA) presents its "
    "compliments to the CICA Member States and, with reference to its notes No. NCT/CT/513 of 18 April 2024 and No. "
    "NCT/CT/569 of 13 May 2024, has the honour to submit for consideration the draft Memorandum of Understanding "
    "between the Secretariat of the Conference on Interaction and Confidence Building Measures in Asia and the United "
    "Nations Office of Counter-Terrorism (enclosed), updated to reflect the proposals of Member States.",
    "This draft is expected to be discussed and agreed upon as part of the agenda for the next meetings of the CICA "
    "Special Working Group on 25 June 2024 and the CICA Senior Officials Committee on 27 June 2024.",
    "The CICA Secretariat avails itself of this opportunity to renew to the CICA Member States the assurances of its "
    "highest consideration.",
]
RU_708 = [
    "Секретариат Совещания по взаимодействию и мерам доверия в Азии (СВМДА) свидетельствует свое уважение "
    "государствам-членам СВМДА и, со ссылкой на свои ноты №NCT/CT/513 от 18 апреля 2024 года и №NCT/CT/569 от 13 мая "
    "2024 года, имеет честь направить для рассмотрения обновленный с учетом предложений государств-членов проект "
    "Меморандума о взаимопонимании между Секретариатом Совещания по взаимодействию и мерам доверия в Азии и "
    "Контртеррористическим управлением Организации Объединенных Наций (прилагается).",
    "Указанный проект предполагается обсудить и согласовать в рамках повестки дня очередных заседаний Специальной "
    "рабочей группы СВМДА 25 июня 2024 года и Комитета старших должностных лиц СВМДА 27 июня 2024 года.",
    "Секретариат СВМДА пользуется случаем, чтобы возобновить государствам-членам СВМДА уверения в своем весьма "
    "высоком уважении.",
]
KK_708 = [
    "Азиядағы өзара іс-қимыл және сенім шаралары кеңесінің (Азия Кеңесінің) Хатшылығы Азия Кеңесіне мүше "
    "мемлекеттерге өзінің зор ілтипатын білдіреді және 2024 жылғы 18 сәуірдегі №NCT/CT/513 мен 2024 жылғы 13 "
    "мамырдағы №NCT/CT/569 ноталарына сілтеме жасай отырып, мүше мемлекеттердің ұсыныстарын ескере отырып Азиядағы "
    "өзара іс-қимыл және сенім шаралары кеңесінің Хатшылығы мен Біріккен Ұлттар Ұйымының Терроризмге қарсы басқармасы "
    "арасындағы өзара түсіністік туралы жаңартылған меморандум жобасын (қоса беріледі) қарау үшін жолдауды өзіне "
    "мәртебе санайды.",
    "Аталған жобаны 2024 жылғы 25 маусымда өтетін Азия Кеңесі Арнаулы жұмыс тобының және 2024 жылғы 27 маусымда "
    "өтетін Азия Кеңесі Аға лауазымды тұлғалар комитетінің кезекті отырыстарының күн тәртібі аясында талқылау және "
    "келісу көзделеді.",
    "Азия Кеңесінің Хатшылығы осы мүмкіндікті пайдалана отырып, Азия Кеңесіне мүше мемлекеттерге өзінің зор "
    "ілтипатын тағы да растайды.",
]
EN_58 = [
    "The Secretariat of the Conference on Interaction and Confidence Building Measures in Asia (CICA) presents its "
    "compliments to the Embassies of the Member States in Ankara, Dushanbe, Moscow, Nur-Sultan and Tashkent and has "
    "the honour to communicate the following.",
    "In accordance with the Guidelines for CICA's External Relations of 14 March 2007, the Secretariat has the honour "
    "to circulate among the Member States the draft Memorandum of understanding and cooperation between the "
    "Secretariats of the CICA and Collective Security Treaty Organisation and requests the approval of the given "
    "document's text through silence procedure expiring on 21 March 2020.",
    "In absence of objection from any Member State by the set deadline it will be assumed that Member States have "
    "given their consent to the conclusion of the abovementioned memorandum.",
    "The Secretariat avails itself of this opportunity to renew to the Embassies of the Member States the assurances "
    "of its highest consideration.",
]


def test_citations_of_earlier_notes_in_three_languages():
    on = date(2024, 4, 18)

    assert note_citation("NCT/CT/513", on, "en") == "No. NCT/CT/513 of 18 April 2024"
    assert note_citation("NCT/CT/513", on, "ru") == "№NCT/CT/513 от 18 апреля 2024 года"
    assert note_citation("NCT/CT/513", on, "kk") == "2024 жылғы 18 сәуірдегі №NCT/CT/513"


def test_note_708_english_page_matches_the_reference(demo_notes):
    parts = note_parts(demo_notes["NCT/CT/708"], "en")

    assert parts == {
        "language": "en",
        "show_letterhead": True,
        "number_line": "№NCT/CT/708",
        "enclosure_line": "Enclosure: on 9 p.",
        "enclosure_after_paragraph": 0,
        "paragraphs": EN_708,
        "place_date": "Astana, 12 June 2024",
        "addressee_lines": [
            "MEMBER STATES",
            "OF THE CONFERENCE ON INTERACTION",
            "AND CONFIDENCE BUILDING MEASURES",
            "IN ASIA",
        ],
    }


def test_note_708_russian_page_matches_the_reference(demo_notes):
    parts = note_parts(demo_notes["NCT/CT/708"], "ru")

    assert parts["paragraphs"] == RU_708
    assert parts["show_letterhead"] is True
    assert parts["number_line"] == "№NCT/CT/708"
    assert parts["enclosure_line"] == "Приложение: на 9 л."
    assert parts["enclosure_after_paragraph"] == 1
    assert parts["place_date"] == "город Астана, 12 июня 2024 года"
    assert parts["addressee_lines"] == ["ГОСУДАРСТВА-ЧЛЕНЫ", "СОВЕЩАНИЯ ПО ВЗАИМОДЕЙСТВИЮ", "И МЕРАМ ДОВЕРИЯ В АЗИИ"]


def test_note_708_kazakh_page_matches_the_reference(demo_notes):
    parts = note_parts(demo_notes["NCT/CT/708"], "kk")

    assert parts["paragraphs"] == KK_708
    assert parts["show_letterhead"] is False
    assert parts["enclosure_line"] == "Қосымша: 9 п."
    assert parts["enclosure_after_paragraph"] == 1
    assert parts["place_date"] == "Астана қаласы, 2024 жылғы 12 маусым"
    assert parts["addressee_lines"] == ["АЗИЯДАҒЫ ӨЗАРА ІС-ҚИМЫЛ ЖӘНЕ", "СЕНІМ ШАРАЛАРЫ КЕҢЕСІНЕ", "МҮШЕ МЕМЛЕКЕТТЕР"]


def test_note_58emb_english_page_matches_the_reference(demo_notes):
    parts = note_parts(demo_notes["18-4/58emb"], "en")

    assert parts == {
        "language": "en",
        "show_letterhead": True,
        "number_line": "№ 18-4/58emb",
        "enclosure_line": "Enclosure: as stated, on 2 p.",
        "enclosure_after_paragraph": 2,
        "paragraphs": EN_58,
        "place_date": "Nur-Sultan, 11 March 2020",
        "addressee_lines": ["EMBASSIES OF THE CICA MEMBER STATES", "Ankara, Dushanbe, Moscow, Nur-Sultan, Tashkent"],
    }


def test_demo_notes_are_generated_not_edited_by_hand(demo_notes):
    assert demo_notes["NCT/CT/708"].edited == {}
    assert demo_notes["18-4/58emb"].edited == {}


def test_single_reference_and_no_closing(directory):
    draft = Draft(
        sender=directory["organisations"]["CICA Secretariat"],
        references=[("NCT/CT/513", date(2024, 4, 18))],
        date=date(2024, 6, 12),
        has_closing=False,
    )

    texts = {code: generate(draft, code) for code in ("en", "ru", "kk")}

    assert "with reference to its note No. NCT/CT/513 of 18 April 2024, has the honour to" in texts["en"]["opening"]
    assert "со ссылкой на свою ноту №NCT/CT/513 от 18 апреля 2024 года, имеет честь" in texts["ru"]["opening"]
    assert "2024 жылғы 18 сәуірдегі №NCT/CT/513 нотасына сілтеме жасай отырып," in texts["kk"]["opening"]
    assert [texts[code]["closing"] for code in texts] == ["", "", ""]


def test_organisation_addressee_uses_its_phrase_row(directory):
    draft = Draft(
        sender=directory["organisations"]["CICA Secretariat"],
        addressee_kind=Note.AddresseeKind.ORGANISATION,
        addressee_organisation=directory["organisations"]["UNOCT"],
        date=date(2024, 6, 12),
        place={"en": "Astana"},
    )

    texts = generate(draft, "en")

    assert texts["opening"].startswith(
        "The Secretariat of the Conference on Interaction and Confidence Building Measures in Asia (CICA) presents "
        "its compliments to the United Nations Office of Counter-Terrorism and has the honour to communicate"
    )
    assert texts["closing"].endswith(
        "renew to the United Nations Office of Counter-Terrorism the assurances of its highest consideration."
    )
    assert texts["addressee"] == "UNITED NATIONS OFFICE\nOF COUNTER-TERRORISM\nNew York"
    assert texts["place_date"] == "Astana, 12 June 2024"
