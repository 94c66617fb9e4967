"""E-mails to the delegates of the circulated states (and, when the silence
is broken, to the Secretariat as well). One message per recipient, so that no
delegate sees another's address."""

import functools

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from cicadocs.accounts import roles

from . import deadlines


def delegate_recipients(circulation):
    User = get_user_model()
    return list(
        User.objects.filter(
            is_active=True,
            member_state__in=circulation.states.all(),
            groups__name=roles.DELEGATES,
        )
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
        .order_by("email")
    )


def secretariat_recipients(circulation):
    User = get_user_model()
    emails = set(
        User.objects.filter(is_active=True, groups__name=roles.SECRETARIAT)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    if circulation.created_by_id and circulation.created_by.email:
        emails.add(circulation.created_by.email)
    return sorted(emails)


def _link(circulation):
    path = reverse("review:circulation", args=[circulation.pk])
    return getattr(settings, "CICADOCS_SITE_URL", "").rstrip("/") + path


def _facts(circulation):
    local = deadlines.deadline_local(circulation.deadline)
    return {
        "title": circulation.version.memorandum.title,
        "number": circulation.version.number,
        "deadline": local.strftime("%Y-%m-%d %H:%M"),
        "link": _link(circulation),
        "purpose": circulation.get_purpose_display(),
    }


def _send(subject, body, recipients):
    for email in recipients:
        send_mail(str(subject), str(body), None, [email])
    return len(recipients)


def _in_site_language(function):
    """Write the e-mail in the site's language, whatever the language of the
    page (or command) that triggered it."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        with translation.override(settings.LANGUAGE_CODE):
            return function(*args, **kwargs)

    return wrapper


@_in_site_language
def notify_circulated(circulation):
    facts = _facts(circulation)
    subject = _("For review: %(title)s, version %(number)s") % facts
    body = (
        _(
            "The Secretariat has circulated %(title)s, version %(number)s, to your state (%(purpose)s).\n"
            "Deadline: %(deadline)s, Astana time.\n\nRead it and make proposals here: %(link)s"
        )
        % facts
    )
    return _send(subject, body, delegate_recipients(circulation))


@_in_site_language
def notify_reminder(circulation):
    facts = _facts(circulation)
    subject = _("Two days left: %(title)s, version %(number)s") % facts
    body = (
        _(
            "The deadline for %(title)s, version %(number)s, is %(deadline)s, Astana time.\n\n"
            "Read it and make proposals here: %(link)s"
        )
        % facts
    )
    return _send(subject, body, delegate_recipients(circulation))


@_in_site_language
def notify_closed(circulation):
    facts = _facts(circulation) | {"outcome": circulation.get_outcome_display()}
    subject = _("Closed: %(title)s, version %(number)s") % facts
    body = (
        _(
            "The circulation of %(title)s, version %(number)s, closed at its deadline (%(deadline)s, Astana time).\n"
            "Outcome: %(outcome)s.\n\n%(link)s"
        )
        % facts
    )
    recipients = delegate_recipients(circulation)
    if circulation.is_silence:
        recipients = sorted(set(recipients) | set(secretariat_recipients(circulation)))
    return _send(subject, body, recipients)


@_in_site_language
def notify_silence_broken(circulation, objection):
    facts = _facts(circulation) | {"state": objection.state.name}
    subject = _("Silence broken: %(title)s, version %(number)s") % facts
    body = (
        _(
            "%(state)s has objected to %(title)s, version %(number)s, circulated for approval by silence "
            "procedure. The silence is broken and the version is not approved.\n\n%(link)s"
        )
        % facts
    )
    recipients = sorted(set(delegate_recipients(circulation)) | set(secretariat_recipients(circulation)))
    return _send(subject, body, recipients)
