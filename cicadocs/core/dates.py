"""Dates as the three document languages write them.

Django has no Kazakh date formats and its Russian ``F`` gives the nominative
month, so documents format their dates here:

    >>> format_date(date(2024, 6, 12), "en")
    '12 June 2024'
    >>> format_date(date(2024, 6, 12), "ru")
    '12 июня 2024 года'
    >>> format_date(date(2024, 6, 12), "kk")
    '2024 жылғы 12 маусым'

Kazakh inflects the month by its role in the sentence: ``form="locative"``
gives "2024 жылғы 25 маусымда" (on 25 June), ``form="attributive"`` gives
"2024 жылғы 18 сәуірдегі" (of 18 April).
"""

EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
RU_MONTHS_GENITIVE = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
KK_MONTHS = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
]

_KK_BACK_VOWELS = set("аоұыяюё")
_KK_FRONT_VOWELS = set("әөүіеэи")
_KK_VOICELESS = set("кқпстфхцчшщ")


def _kk_suffix(word, back, front, back_hard, front_hard):
    """Pick the Kazakh suffix variant by vowel harmony and the last sound."""
    is_front = False
    for letter in reversed(word.lower()):
        if letter in _KK_BACK_VOWELS:
            break
        if letter in _KK_FRONT_VOWELS:
            is_front = True
            break
    hard = word[-1].lower() in _KK_VOICELESS
    if is_front:
        return front_hard if hard else front
    return back_hard if hard else back


def kk_month(month, form="nominative"):
    name = KK_MONTHS[month - 1]
    if form == "nominative":
        return name
    if form == "locative":
        return name + _kk_suffix(name, "да", "де", "та", "те")
    if form == "attributive":
        return name + _kk_suffix(name, "дағы", "дегі", "тағы", "тегі")
    raise ValueError(f"unknown Kazakh form {form!r}")


def format_date(value, language, form="nominative"):
    """``value`` written out in ``language`` ("en", "ru" or "kk")."""
    if value is None:
        return ""
    if language == "ru":
        return f"{value.day} {RU_MONTHS_GENITIVE[value.month - 1]} {value.year} года"
    if language == "kk":
        return f"{value.year} жылғы {value.day} {kk_month(value.month, form)}"
    return f"{value.day} {EN_MONTHS[value.month - 1]} {value.year}"
