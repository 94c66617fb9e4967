import pytest
from django.apps import apps
from django.core.management import call_command

from cicadocs.accounts.models import User
from cicadocs.directory.models import MemberState, Organisation, Signatory

pytestmark = pytest.mark.django_db


def _snapshot():
    """Every row of every model of the project, as comparable tuples."""
    rows = {}
    for model in apps.get_models():
        if model._meta.app_label in {"sessions", "admin", "axes", "core", "contenttypes"}:
            continue
        values = model.objects.order_by("pk").values()
        rows[model._meta.label] = [
            {k: v for k, v in row.items() if k not in {"last_login", "password", "updated_at", "modified_at"}}
            for row in values
        ]
    return rows


def test_demo_loader_twice_leaves_the_same_data():
    call_command("load_demo", quiet_users=True)
    first = _snapshot()

    call_command("load_demo", quiet_users=True)

    assert _snapshot() == first


def test_demo_has_the_organisations_states_signatories_and_users():
    call_command("load_demo", quiet_users=True)

    assert set(Organisation.objects.values_list("short_name_en", flat=True)) >= {
        "CICA Secretariat",
        "UNOCT",
        "CSTO Secretariat",
    }
    assert MemberState.objects.count() >= 28
    assert MemberState.objects.get(iso_code="KZ").name_kk == "Қазақстан"
    assert set(Signatory.objects.values_list("name_en", flat=True)) >= {
        "Vladimir Voronkov",
        "Kairat Sarybay",
        "Stanislav Zas",
        "Habibullo Mirzozoda",
    }
    roles = {user.username: user.role for user in User.objects.all()}
    assert roles["admin"] == "Admins"
    assert roles["staff"] == "Secretariat"
    assert roles["delegate-kz"] == "Delegates"
    assert User.objects.get(username="delegate-kz").member_state.iso_code == "KZ"


def test_recorded_actions_have_translated_labels():
    from django.utils import translation

    from cicadocs.core.actions import ACTION_LABELS
    from cicadocs.core.models import AuditEntry

    call_command("load_demo", quiet_users=True)
    recorded = set(AuditEntry.objects.values_list("action", flat=True))

    assert recorded <= set(ACTION_LABELS), recorded - set(ACTION_LABELS)
    with translation.override("ru"):
        assert AuditEntry(action="note.dispatch").label == "Нота отправлена"
