"""Line cleaning and the patterns the parser recognises (English, Russian, Kazakh)."""

import html
import re
from dataclasses import dataclass

# --- cleaning -------------------------------------------------------------------------------------

_TAG = re.compile(r"<[^>]+>")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|])")
_HEADING_MARK = re.compile(r"^\s*#{1,6}\s+")
_BULLET = re.compile(r"^\s*(?:[-*+•·–—]\s+)+")
_QUOTE_MARK = re.compile(r"^\s*(?:>\s*)+")
_EMPHASIS = re.compile(r"\*\*|\*")
_SPACES = re.compile(r"[ \t\u00a0\u2002\u2003\u2009\u202f]+")
_PRIVATE = "\ue000"  # stands for an escaped character while emphasis is removed
_PRIVATE_RE = re.compile(_PRIVATE)
RULE = re.compile(r"^\s*(?:[-*_=]\s*){3,}$")
PAGE_NUMBER = re.compile(
    r"^\s*(?:-\s*)?(?:page\s+|стр\.\s*|бет\s+)?\d{1,3}(?:\s*(?:of|из)\s*\d{1,3})?(?:\s*-)?\s*$", re.I
)


@dataclass
class Line:
    number: int
    raw: str
    text: str  # cleaned: no markdown, no HTML, single spaces
    bullet: bool = False  # the raw line started with a list bullet

    @property
    def blank(self):
        return not self.text


def clean(raw):
    """Return (text, had_bullet): the line without markdown emphasis, list bullets, headings or HTML."""
    text = raw.replace("\ufeff", "").replace(_PRIVATE, "")
    escaped = []

    def protect(match):
        escaped.append(match.group(1))
        return _PRIVATE

    text = _ESCAPED.sub(protect, text)
    text = _TAG.sub(" ", text)
    text = _QUOTE_MARK.sub("", text)
    text = _HEADING_MARK.sub("", text)
    bullet = bool(_BULLET.match(text)) and not RULE.match(text)
    if bullet:
        text = _BULLET.sub("", text)
    text = _EMPHASIS.sub("", text)
    if escaped:
        restored = iter(escaped)
        text = _PRIVATE_RE.sub(lambda _match: next(restored), text)
    text = html.unescape(text)
    text = _SPACES.sub(" ", text).strip()
    return text, bullet


def split_lines(text):
    return [Line(number, raw, *clean(raw)) for number, raw in enumerate(text.splitlines(), start=1)]


# --- start of the memorandum ---------------------------------------------------------------------

TITLE_ANCHOR = re.compile(r"^(?:(?:DRAFT|ПРОЕКТ)\s+)?(?:MEMORANDUM|МЕМОРАНДУМ)\b", re.I)
KK_TITLE_ANCHOR = re.compile(r"\bМЕМОРАНДУМ(?:Ы|ЫНЫҢ)?\b")  # Kazakh titles end with the word, in capitals
DRAFT_WORD = re.compile(r"^(?:DRAFT|ПРОЕКТ|ЖОБА)$", re.I)
TITLE_CONNECTOR = re.compile(r"^(?:between|and|between:|and:|между|и|мен|және|арасындағы|арасында)$", re.I)

# --- parties ------------------------------------------------------------------------------------

HEREINAFTER = (
    r"(?:hereinafter(?:\s+(?:collectively|individually|jointly|together))?(?:\s+referred\s+to)?(?:\s+as)?"
    r"|(?:далее|в\s+дальнейшем)(?:\s+(?:совместно|вместе|по\s+отдельности))?\s+(?:именуем\w*|—|–|-)"
    r"|именуем\w*(?:\s+в\s+дальнейшем)?"
    r"|бұдан\s+әрі(?:\s+(?:бірлесіп|бірге))?(?:\s*[-–—])?)"
)
PARTIES_MARKER = re.compile(HEREINAFTER + r"|^THIS\s+MEMORANDUM\b.*\bENTERED\s+INTO\b|^НАСТОЯЩИЙ\s+МЕМОРАНДУМ", re.I)
PARTIES_WORDS = r"Participants?|Parties|Party|Sides?|Участник\w*|Сторон\w*|Қатысушы\w*|Тарап\w*"
COLLECTIVE = re.compile(
    HEREINAFTER + r"\s*(?:the\s+|олар\s+(?:бірлесіп\s+)?|они\s+)?[\"“«'‘]?\s*(?P<word>" + PARTIES_WORDS + r")\b",
    re.I,
)
COLLECTIVE_START = re.compile(r"^" + HEREINAFTER, re.I)
PARTY_OPENING = re.compile(r"^(?:THIS\s+MEMORANDUM\b.*?\bBETWEEN\s+|НАСТОЯЩИЙ\s+МЕМОРАНДУМ\b.*?\bМЕЖДУ\s+)", re.I)
SEAT = re.compile(
    r"\b(?:located|situated|headquartered)\s+(?:at|in)\s+(?P<seat>.+)$|"
    r"\bрасположенн\w*\s+по\s+адресу:?\s*(?P<seat_ru>.+)$|"
    r"\bмекенжайы:?\s*(?P<seat_kk>.+)$",
    re.I,
)
ABBREVIATED_PARTIES = re.compile(r"\((?P<short>[^()]{2,40})\)\s*,?\s+(?:and|и|мен|және)\s+", re.I)
ABBREVIATED_NAME = re.compile(r"^(?P<name>.+?)\s*\((?P<short>[^()]{2,40})\)\s*,?$", re.S)

# --- preamble and lead-in -------------------------------------------------------------------------

_EN_KEYWORDS = [
    "WHEREAS",
    "CONSIDERING",
    "REAFFIRMING",
    "AFFIRMING",
    "NOTING",
    "NOTING WITH SATISFACTION",
    "RECOGNIZING",
    "RECOGNISING",
    "RECALLING",
    "ACKNOWLEDGING",
    "BEARING IN MIND",
    "DESIRING",
    "DESIROUS",
    "CONVINCED",
    "EMPHASIZING",
    "EMPHASISING",
    "STRESSING",
    "UNDERLINING",
    "TAKING INTO ACCOUNT",
    "TAKING INTO CONSIDERATION",
    "TAKING NOTE",
    "GUIDED BY",
    "BASED ON",
    "PROCEEDING FROM",
    "WISHING",
    "AWARE",
    "MINDFUL",
    "WELCOMING",
    "EXPRESSING",
    "SEEKING",
    "SHARING",
    "DETERMINED",
    "CONSCIOUS",
    "HAVING REGARD TO",
    "IN VIEW OF",
    "REFERRING TO",
    "APPRECIATING",
    "CONFIRMING",
    "REITERATING",
]
_RU_KEYWORDS = [
    "ПРИНИМАЯ ВО ВНИМАНИЕ",
    "УЧИТЫВАЯ",
    "ВНОВЬ ПОДТВЕРЖДАЯ",
    "ПОДТВЕРЖДАЯ",
    "ОТМЕЧАЯ",
    "ПРИЗНАВАЯ",
    "ОСНОВЫВАЯСЬ НА",
    "ОСНОВЫВАЯСЬ",
    "РУКОВОДСТВУЯСЬ",
    "ЖЕЛАЯ",
    "СТРЕМЯСЬ",
    "НАПОМИНАЯ",
    "ВЫРАЖАЯ",
    "ИСХОДЯ ИЗ",
    "ПОСКОЛЬКУ",
    "СЧИТАЯ",
    "ПОДЧЕРКИВАЯ",
    "ПОДЧЁРКИВАЯ",
    "БУДУЧИ УБЕЖДЕНЫ",
    "БУДУЧИ УБЕЖДЕННЫМИ",
    "ССЫЛАЯСЬ НА",
    "ПРИВЕТСТВУЯ",
    "ОСОЗНАВАЯ",
    "ПРИНИМАЯ К СВЕДЕНИЮ",
    "ПРИДАВАЯ",
    "ДЕЙСТВУЯ",
    "ОТДАВАЯ СЕБЕ ОТЧЕТ",
]
_KK_KEYWORDS = [
    "НАЗАРҒА АЛА ОТЫРЫП",
    "ЕСКЕРЕ ОТЫРЫП",
    "ҚУАТТАЙ ОТЫРЫП",
    "РАСТАЙ ОТЫРЫП",
    "АТАП ӨТЕ ОТЫРЫП",
    "НЕГІЗГЕ АЛА ОТЫРЫП",
    "МОЙЫНДАЙ ОТЫРЫП",
    "БАСШЫЛЫҚҚА АЛА ОТЫРЫП",
    "ТАНИ ОТЫРЫП",
    "ЕСКЕ АЛА ОТЫРЫП",
    "СЕНІМ БІЛДІРЕ ОТЫРЫП",
    "АТАП КӨРСЕТЕ ОТЫРЫП",
    "ЖӘНЕ",
    "ӨЙТКЕНІ",
]
_KEYWORDS = sorted(set(_EN_KEYWORDS + _RU_KEYWORDS + _KK_KEYWORDS[:-2]), key=len, reverse=True)
_KEYWORD_ALTERNATION = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in _KEYWORDS)
# The keyword keeps its own punctuation ("ПРИНИМАЯ ВО ВНИМАНИЕ,"), as the memoranda models store it.
KEYWORD_START = re.compile(r"^(?P<keyword>(?:" + _KEYWORD_ALTERNATION + r")(?=[\s,:]|$)[,:]?)\s*(?P<text>.*)$", re.I)
# Kazakh puts the gerund at the end: "... қабылдағанын НАЗАРҒА АЛА ОТЫРЫП;"
_KK_ALTERNATION = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in _KK_KEYWORDS)
KEYWORD_END = re.compile(
    r"^(?P<text>.+?)[\s,]+(?P<keyword>(?:[ӘҒҚҢӨҰҮҺІА-ЯЁ-]+\s+){0,2}ОТЫРЫП|(?i:" + _KK_ALTERNATION + r"))"
    r"(?P<end>\s*[;,.:]?)$"
)
# An unknown keyword: a capitalised gerund ("DESIRING", "УЧИТЫВАЯ") followed by ordinary text.
KEYWORD_GENERIC = re.compile(r"^(?P<keyword>(?:[A-Z]{3,}ING|[А-ЯЁ]{3,}(?:Я|ЯСЬ|В|ВШИ)),?)\s+(?P<text>[^A-ZА-ЯЁ].*)$")
LEAD_IN = re.compile(
    r"^NOW,?\s+THEREFORE\b|^(?:В\s+СВЯЗИ\s+С\s+ЭТИМ|ОСЫҒАН\s+БАЙЛАНЫСТЫ|ОСЫЛАЙША)\b"
    r"|\b(?:have|has)\s+agreed\s+(?:on|upon|as\s+follows|to\s+the\s+following)|\bhereby\s+agree\b|\bagree\s+as\s+follows"
    r"|\bintention\s+to\s+cooperate\s+as\s+follows"
    r"|(?:договорились|согласились)\s+о\s+(?:нижеследующем|следующем)|\bследующим\s+образом\s*:\s*$"
    r"|(?:төмендегілер|мыналар|төмендегі)\s+туралы\s+(?:келісті|уағдаласты)|\bниет\w*\s+білдіреді\s*:\s*$",
    re.I,
)

# --- body ---------------------------------------------------------------------------------------

_SECTION_WORD = r"Article|Section|Chapter|Paragraph|Статья|Раздел|Глава|Бап|Бөлім"
ARTICLE = re.compile(
    r"^(?P<label>(?:" + _SECTION_WORD + r")\s+(?P<num>\d+|[IVXLC]+))\s*(?:[.:\-–—]\s*(?P<heading>.*))?$", re.I
)
KK_ARTICLE = re.compile(r"^(?P<label>(?P<num>\d+)\s*[-–]\s*(?:бап|бөлім))\s*(?:[.:\-–—]\s*(?P<heading>.*))?$", re.I)
COLON_SECTION = re.compile(r"^(?P<label>(?P<num>\d+)\s*:)\s*(?P<heading>.*)$")
DOTTED = re.compile(r"^(?P<num>\d+)(?P<mark>[.)])\s+(?P<rest>.+)$")
ROMAN_SECTION = re.compile(r"^(?P<num>[IVXLC]+)\.\s+(?P<rest>.+)$")
CLAUSE = re.compile(r"^(?P<num>\d+\.\d+)[.)]?(?:\s+(?P<rest>.*))?$")
DEEP_ITEM = re.compile(r"^(?P<num>\d+\.\d+\.\d+)[.)]?\s+(?P<rest>.*)$")
ITEM = re.compile(r"^(?P<num>\((?:[ivxlc]{1,6}|[a-zа-яё])\)|(?:[ivxlc]{1,6}|[a-zа-яё])[.)]|[A-Z][.)])\s+(?P<rest>.+)$")
FINAL_FORMULA = re.compile(
    r"^(?:SIGNED|Signed|DONE|Done|IN\s+WITNESS\s+WHEREOF|In\s+witness\s+whereof"
    r"|Совершено|СОВЕРШЕНО|Подписано|ПОДПИСАНО|Составлено|В\s+УДОСТОВЕРЕНИЕ\s+ЧЕГО|В\s+удостоверение\s+чего)\b"
    r"(?:\s+(?:in|at|on|в|this|,|the|undersigned))?"
)
_KK_FINAL_END = re.compile(r"\b(?:жасалды|қол\s+қойылды)\W*$", re.I)
_KK_ORIGINALS = re.compile(r"түпнұсқа|данада", re.I)


class _KazakhFinalFormula:
    """ "... екі түпнұсқа данада жасалды." (two searches, no backtracking over the line)."""

    @staticmethod
    def search(text):
        found = _KK_ORIGINALS.search(text)
        return found is not None and _KK_FINAL_END.search(text, found.end()) is not None


KK_FINAL_FORMULA = _KazakhFinalFormula()

# --- signatures -----------------------------------------------------------------------------------

FOR_LINE = re.compile(r"^(?:For|On\s+behalf\s+of|FOR|За|ЗА|От\s+имени|ОТ\s+ИМЕНИ)\b|\b(?:атынан|үшін)\s*:?\s*$|:\s*$")
SIGNATURE_PLACEHOLDER = re.compile(
    r"^(?:signature|date|place|подпись|дата|место|қолы|қолтаңба|күні|орны|м\.\s*п\.|l\.\s*s\.|[_.\s])*$",
    re.I,
)
HONORIFIC = re.compile(
    r"^(?P<honorific>(?:(?:H\.\s?E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.?|His\s+Excellency|Her\s+Excellency|Ambassador"
    r"|[Гг]-н|[Гг]-жа|[Гг]осподин|[Гг]оспожа|Его\s+Превосходительство|Ее\s+Превосходительство"
    r"|Её\s+Превосходительство|Мырза|Ханым|Дәрежелі|Мәртебелі)\s*)+)(?P<rest>.*)$"
)
TITLE_WORDS = re.compile(
    r"^(?:Under-|Deputy|Secretary|Executive|Director|Minister|Ambassador|Head|Chair|President|Chief|Permanent"
    r"|Assistant|Special|Acting|Vice|Senior|High|Representative|Coordinator|Генеральн|Исполнительн|Директор"
    r"|Заместитель|Министр|Посол|Председател|Глава|Руководител|Постоянн|Специальн|Бас\b|Атқарушы|Төраға"
    r"|Министр|Елші|Басшы)",
)
ORGANISATION_WORDS = re.compile(
    r"\b(?:Organi[sz]ation|Secretariat|Office|Conference|Treaty|Ministry|Government|Republic|Nations|Council"
    r"|Committee|Agency|Cent(?:re|er)|Union|Commission|Bank|Fund|Programme|Institute|Association"
    r"|Секретариат|Организаци\w*|Управлени\w*|Совещани\w*|Министерств\w*|Правительств\w*|Республик\w*"
    r"|Хатшылығы|Ұйымы\w*|Кеңес\w*|Басқарма\w*|Министрлі\w*|Үкімет\w*)",
    re.I,
)

TERMINAL = ".;:!?"
CLOSING_QUOTES = "\"”»’')]"


def ends_sentence(text):
    """True when the text ends with terminal punctuation (ignoring closing quotes and brackets)."""
    stripped = text.rstrip().rstrip(CLOSING_QUOTES).rstrip()
    return bool(stripped) and stripped[-1] in TERMINAL


def ends_open(text):
    """True when the text stops without any punctuation: the sentence continues on the next line."""
    stripped = text.rstrip()
    return bool(stripped) and (stripped[-1].isalnum() or stripped[-1] in "-–")


def mostly_upper(text):
    """Capitals, give or take a connecting word ("А ҰЙЫМЫНЫҢ ХАТШЫЛЫҒЫ мен АЗИЯ КЕҢЕСІНІҢ ХАТШЫЛЫҒЫ")."""
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and sum(char.isupper() for char in letters) >= 0.8 * len(letters)


def starts_lower(text):
    return bool(text) and text[0].islower()


def heading_like(text, limit=120):
    text = text.strip()
    if not text or starts_lower(text):
        return False
    if text.isupper() and len(text) <= 200:
        return True
    return len(text) <= limit and text[-1] not in ".;,"


_MARKER = re.compile(r"^(?P<open>\(?)(?P<core>[ivxlc]+|[a-zа-яё]|\d+|[A-Z])(?P<close>[.)])$")
FIRST_MARKERS = {"i", "a", "а", "1", "A", "I"}


def next_marker(previous, number):
    """True when `number` may follow `previous` in a list ("iv." -> "v.", "(b)" -> "(c)", "" -> "a)")."""
    new = _MARKER.match(number)
    if new is None:
        return False
    if not previous:
        return new["core"] in FIRST_MARKERS
    old = _MARKER.match(previous)
    if old is None or (old["open"], old["close"]) != (new["open"], new["close"]):
        return False
    a, b = old["core"], new["core"]
    if a.isdigit() and b.isdigit():
        return int(b) == int(a) + 1
    if len(a) == 1 and len(b) == 1 and ord(b) - ord(a) in (1, 2):  # letters (Cyrillic lists skip й)
        return True
    roman = set("ivxlc")
    return set(a) <= roman and set(b) <= roman and roman_to_int(b) == roman_to_int(a) + 1


ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_to_int(value):
    total = 0
    previous = 0
    for char in reversed(value.upper()):
        number = ROMAN[char]
        total = total - number if number < previous else total + number
        previous = max(previous, number)
    return total


def arabic(number):
    return str(roman_to_int(number)) if number and not number.isdigit() else number
