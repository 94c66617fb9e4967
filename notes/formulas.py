"""The fixed formulas of a note verbale in English, Russian and Kazakh.

Generated text is a proposal the drafter may edit. The forms of names each
language needs (the dative "государствам-членам СВМДА", the addressee block
at the foot, the sender's short form) come from the phrase table
(``notes.models.Phrase``), which admins correct; this module only knows the
sentence patterns.

Everything works on a :class:`Draft`, the plain facts of a note, so the live
preview can generate texts from a form that is not saved yet.
"""

from dataclasses import dataclass, field
from datetime import date as date_type

from cicadocs.core.dates import KK_MONTHS, _kk_suffix, format_date

from .models import DOCUMENT_LANGUAGES, Note, Phrase


@dataclass
class Draft:
    """What the formulas need to know about a note."""

    sender: object = None  # directory.Organisation
    addressee_kind: str = Note.AddresseeKind.MEMBER_STATES
    cities: list = field(default_factory=list)  # [{"en": ..., "ru": ..., "kk": ...}]
    states: list = field(default_factory=list)  # [directory.MemberState]
    addressee_organisation: object = None
    references: list = field(default_factory=list)  # [(full number, date)]
    date: date_type | None = None
    place: dict = field(default_factory=dict)  # {"en": "Astana", ...}
    kind: str = Note.Kind.FREE
    document: dict = field(default_factory=dict)
    document_short: dict = field(default_factory=dict)
    meetings: list = field(default_factory=list)  # [{"date": "2024-06-25", "name": {...}}]
    deadline: date_type | None = None
    has_closing: bool = True

    @classmethod
    def from_note(cls, note):
        states = list(note.states.all()) if note.pk else []
        references = [(ref.full_number, ref.date) for ref in note.ordered_references()] if note.pk else []
        return cls(
            sender=note.sender if note.sender_id else None,
            addressee_kind=note.addressee_kind,
            cities=list(note.cities or []),
            states=states,
            addressee_organisation=note.addressee_organisation,
            references=references,
            date=note.date,
            place=translations(note, "place"),
            kind=note.kind,
            document=translations(note, "document"),
            document_short=translations(note, "document_short"),
            meetings=list(note.meetings or []),
            deadline=note.deadline,
            has_closing=note.has_closing,
        )


def translations(obj, name):
    """``{"en": obj.name_en, ...}`` read without modeltranslation's fallback."""
    return {code: getattr(obj, f"{name}_{code}", "") or "" for code in DOCUMENT_LANGUAGES}


# -- lists and dates ----------------------------------------------------------

AND = {"en": " and ", "ru": " и ", "kk": " және "}
# Kazakh joins the cited notes with "мен", as NCT/CT/708 does.
AND_NOTES = {"en": " and ", "ru": " и ", "kk": " мен "}


def join(items, language, conjunctions=AND):
    items = [item for item in items if item]
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + conjunctions[language] + items[-1]


def note_citation(number, on, language):
    """ "No. NCT/CT/513 of 18 April 2024" in ``language``."""
    if language == "ru":
        return f"№{number} от {format_date(on, 'ru')}"
    if language == "kk":
        return f"{format_date(on, 'kk', form='attributive')} №{number}"
    return f"No. {number} of {format_date(on, 'en')}"


def references_clause(references, language):
    """The reference to earlier notes inside the opening, with its punctuation."""
    if not references:
        return ""
    cited = join([note_citation(number, on, language) for number, on in references], language, AND_NOTES)
    several = len(references) > 1
    if language == "ru":
        return f", со ссылкой на {'свои ноты' if several else 'свою ноту'} {cited},"
    if language == "kk":
        return f"{cited} {'ноталарына' if several else 'нотасына'} сілтеме жасай отырып, "
    return f", with reference to its {'notes' if several else 'note'} {cited},"


def meeting_phrase(meeting, language):
    """A meeting as the body names it: "the CICA Special Working Group on 25 June 2024"."""
    name = (meeting.get("name") or {}).get(language, "")
    on = _as_date(meeting.get("date"))
    if language == "ru":
        return f"{name} {format_date(on, 'ru')}".strip()
    if language == "kk":
        return f"{format_date(on, 'kk', form='locative')} өтетін {name}".strip()
    return f"the {name} on {format_date(on, 'en')}".strip()


def _as_date(value):
    if isinstance(value, date_type) or value is None:
        return value
    try:
        return date_type.fromisoformat(str(value))
    except ValueError:
        return None


# -- the phrase table ------------------------------------------------------------


def _phrase(role, **lookup):
    return Phrase.objects.filter(role=role, **lookup).first()


def sender_forms(sender, language, addressee_phrase=None):
    """(full name, short form) of the sender in ``language``."""
    row = _phrase(Phrase.Role.SENDER, organisation=sender) if sender else None
    name = getattr(row, f"name_{language}", "") if row else ""
    short = getattr(row, f"short_name_{language}", "") if row else ""
    override = getattr(addressee_phrase, f"short_name_{language}", "") if addressee_phrase else ""
    if sender is not None:
        name = name or getattr(sender, f"name_{language}", "") or sender.name
        short = short or getattr(sender, f"short_name_{language}", "") or sender.short_name
    return name, override or short


def addressee_phrase(draft):
    if draft.addressee_kind == Note.AddresseeKind.ORGANISATION:
        if draft.addressee_organisation is None:
            return None
        return _phrase(Phrase.Role.ORGANISATION, organisation=draft.addressee_organisation)
    return _phrase(draft.addressee_kind, organisation=None, member_state=None)


def _state_name(state, language, attribute):
    row = _phrase(Phrase.Role.STATE, member_state=state)
    value = getattr(row, f"{attribute}_{language}", "") if row else ""
    return value or getattr(state, f"name_{language}", "") or state.name


def addressee_forms(draft, language):
    """{"to": ..., "renew_to": ..., "block": [lines]} for the note's addressees."""
    row = addressee_phrase(draft)
    cities = [city.get(language) or city.get("en", "") for city in draft.cities]
    values = {
        "cities": join(cities, language),
        "cities_list": ", ".join(cities),
        "states": join([_state_name(s, language, "to_form") for s in draft.states], language),
        "states_list": ", ".join(_state_name(s, language, "block") for s in draft.states),
    }
    to_form = getattr(row, f"to_form_{language}", "") if row else ""
    renew_to = getattr(row, f"renew_to_form_{language}", "") if row else ""
    block = getattr(row, f"block_{language}", "") if row else ""
    if not row:
        to_form, block = _fallback_addressee(draft, language)
    block = block.replace("{cities}", "{cities_list}").replace("{states}", "{states_list}")
    return {
        "to": _fill(to_form, values),
        "renew_to": _fill(renew_to or to_form, values),
        "block": [line.strip() for line in _fill(block, values).splitlines() if line.strip()],
    }


def _fallback_addressee(draft, language):
    """Forms when the phrase table has no row: the directory's own names."""
    if draft.addressee_kind == Note.AddresseeKind.ORGANISATION and draft.addressee_organisation:
        name = getattr(draft.addressee_organisation, f"name_{language}", "") or draft.addressee_organisation.name
        return name, name.upper()
    if draft.addressee_kind == Note.AddresseeKind.STATES:
        return "{states}", "{states}"
    if draft.addressee_kind == Note.AddresseeKind.EMBASSIES:
        return "{cities}", "{cities}"
    return "", ""


def _fill(template, values):
    for key, value in values.items():
        template = template.replace("{" + key + "}", value)
    return template


# -- the parts of a note -----------------------------------------------------------

OPENING = {
    "en": "{sender} presents its compliments to {to} and{references} has the honour to {action}",
    "ru": "{sender} свидетельствует свое уважение {to} и{references} имеет честь {action}",
    "kk": "{sender} {to} өзінің зор ілтипатын білдіреді және {references}{action}",
}

CLOSING = {
    "en": "{short} avails itself of this opportunity to renew to {to} the assurances of its highest consideration.",
    "ru": "{short} пользуется случаем, чтобы возобновить {to} уверения в своем весьма высоком уважении.",
    "kk": "{short} осы мүмкіндікті пайдалана отырып, {to} өзінің зор ілтипатын тағы да растайды.",
}

COMMUNICATE = {
    "en": "communicate the following.",
    "ru": "сообщить следующее.",
    "kk": "төмендегіні хабарлауды өзіне мәртебе санайды.",
}

ACTIONS = {
    Note.Kind.SUBMISSION: {
        "en": "submit for consideration {document}.",
        "ru": "направить для рассмотрения {document}.",
        "kk": "{document} қарау үшін жолдауды өзіне мәртебе санайды.",
    },
    Note.Kind.INVITATION: {
        "en": "invite their representatives to take part in the meetings of {meetings}.",
        "ru": "пригласить их представителей принять участие в заседаниях {meetings}.",
        "kk": "{meetings} отырыстарына қатысу үшін өкілдерін шақыруды өзіне мәртебе санайды.",
    },
}

SUBMISSION_MEETINGS = {
    "en": "This draft is expected to be discussed and agreed upon as part of the agenda for the next {meetings_word} "
    "of {meetings}.",
    "ru": "Указанный проект предполагается обсудить и согласовать в рамках повестки дня {meetings_word} {meetings}.",
    "kk": "Аталған жобаны {meetings} {meetings_word} күн тәртібі аясында талқылау және келісу көзделеді.",
}
MEETINGS_WORD = {
    "en": ("meeting", "meetings"),
    "ru": ("очередного заседания", "очередных заседаний"),
    "kk": ("кезекті отырысының", "кезекті отырыстарының"),
}

SILENCE = {
    "en": [
        "In accordance with the Guidelines for CICA's External Relations of 14 March 2007, the Secretariat has the "
        "honour to circulate among the Member States {document} and requests the approval of the given document's "
        "text through silence procedure expiring on {deadline}.",
        "In absence of objection from any Member State by the set deadline it will be assumed that Member States "
        "have given their consent to the conclusion of the abovementioned {document_short}.",
    ],
    "ru": [
        "В соответствии с Руководящими принципами внешних связей СВМДА от 14 марта 2007 года Секретариат имеет "
        "честь распространить среди государств-членов {document} и просит одобрить текст данного документа "
        "посредством процедуры умолчания, истекающей {deadline}.",
        "В случае отсутствия возражений со стороны какого-либо государства-члена к установленному сроку будет "
        "считаться, что государства-члены дали свое согласие на заключение вышеупомянутого {document_short}.",
    ],
    "kk": [
        "Азия Кеңесінің сыртқы байланыстары жөніндегі 2007 жылғы 14 наурыздағы басшылық қағидаттарына сәйкес "
        "Хатшылық мүше мемлекеттер арасында {document} таратуды өзіне мәртебе санайды және аталған құжаттың "
        "мәтінін {deadline} мерзімі аяқталатын үнсіздік рәсімі арқылы мақұлдауды сұрайды.",
        "Белгіленген мерзімге дейін қандай да бір мүше мемлекет тарапынан қарсылық болмаған жағдайда, мүше "
        "мемлекеттер жоғарыда аталған {document_short} жасасуға өз келісімін берді деп саналады.",
    ],
}
SILENCE_DEADLINE_FORM = {"en": "nominative", "ru": "nominative", "kk": "locative"}

INVITATION_REPLY = {
    "en": "The Secretariat would be grateful to receive the composition of the delegations {by}.",
    "ru": "Секретариат будет признателен за информацию о составе делегаций {by}.",
    "kk": "Хатшылық делегациялар құрамы туралы ақпаратты {by} алуға алғыс білдіреді.",
}
INVITATION_BY = {
    "en": ("by {date}", "at the earliest convenience"),
    "ru": ("до {date}", "в возможно короткие сроки"),
    "kk": ("{date} дейін", "мүмкіндігінше қысқа мерзімде"),
}


def opening(draft, language):
    to = addressee_forms(draft, language)["to"]
    name, _short = sender_forms(draft.sender, language)
    action = ACTIONS.get(draft.kind, {}).get(language, COMMUNICATE[language])
    action = action.format(
        document=draft.document.get(language, ""),
        meetings=join([meeting_phrase(m, language) for m in draft.meetings], language),
    )
    references = references_clause(draft.references, language)
    return OPENING[language].format(sender=name, to=to, references=references, action=action)


def body(draft, language):
    """The standard body of the note's kind, paragraphs separated by a blank line."""
    if draft.kind == Note.Kind.SUBMISSION and draft.meetings:
        meetings = join([meeting_phrase(m, language) for m in draft.meetings], language)
        word = MEETINGS_WORD[language][len(draft.meetings) > 1]
        return SUBMISSION_MEETINGS[language].format(meetings=meetings, meetings_word=word)
    if draft.kind == Note.Kind.SILENCE:
        deadline = format_date(draft.deadline, language, form=SILENCE_DEADLINE_FORM[language])
        values = {
            "document": draft.document.get(language, ""),
            "document_short": draft.document_short.get(language, ""),
            "deadline": deadline,
        }
        return "\n\n".join(paragraph.format(**values) for paragraph in SILENCE[language])
    if draft.kind == Note.Kind.INVITATION:
        with_date, without = INVITATION_BY[language]
        by = with_date.format(date=_date_until(draft.deadline, language)) if draft.deadline else without
        return INVITATION_REPLY[language].format(by=by)
    return ""


def _date_until(on, language):
    """The date before "дейін" takes the Kazakh dative: "2024 жылғы 20 маусымға"."""
    if language != "kk":
        return format_date(on, language)
    month = KK_MONTHS[on.month - 1]
    return f"{on.year} жылғы {on.day} {month}{_kk_suffix(month, 'ға', 'ге', 'қа', 'ке')}"


def sender_uses_closing(sender):
    row = _phrase(Phrase.Role.SENDER, organisation=sender) if sender else None
    return row.uses_closing if row else True


def closing(draft, language):
    if not draft.has_closing or not sender_uses_closing(draft.sender):
        return ""
    forms = addressee_forms(draft, language)
    _name, short = sender_forms(draft.sender, language, addressee_phrase(draft))
    return CLOSING[language].format(short=short, to=forms["renew_to"])


def place_date(draft, language):
    place = draft.place.get(language, "")
    written = format_date(draft.date, language)
    return ", ".join(part for part in (place, written) if part)


def addressee_block(draft, language):
    return "\n".join(addressee_forms(draft, language)["block"])


def generate(draft, language):
    """All generated parts of a note in ``language``."""
    return {
        "opening": opening(draft, language),
        "body": body(draft, language),
        "closing": closing(draft, language),
        "addressee": addressee_block(draft, language),
        "place_date": place_date(draft, language),
    }
