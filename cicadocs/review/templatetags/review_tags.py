from django import template
from django.utils import translation

from cicadocs.core.dates import format_date

from .. import deadlines
from ..timeline import timeline_entries

register = template.Library()


@register.inclusion_tag("review/_deadline.html")
def deadline(value):
    """A deadline in Astana time, with the UTC instant for the browser to
    show it in the reader's own time zone as well."""
    local = deadlines.deadline_local(value)
    language = (translation.get_language() or "en")[:2]
    return {
        "date": format_date(local.date(), language if language in ("en", "ru", "kk") else "en"),
        "time": local.strftime("%H:%M"),
        "utc_iso": value.astimezone(deadlines.datetime.UTC).isoformat().replace("+00:00", "Z"),
    }


@register.inclusion_tag("review/_timeline_entries.html")
def review_timeline(memorandum):
    return {"entries": timeline_entries(memorandum), "memorandum": memorandum}


@register.simple_tag
def text_in(value, language):
    """The text of a {language: text} mapping in ``language``."""
    if isinstance(value, dict):
        return value.get(language, "")
    return ""
