import pytest
from django.core.management import call_command

from cicadocs.review.models import Circulation, Proposal

pytestmark = pytest.mark.django_db


def test_demo_circulates_the_latest_unoct_version_to_three_states_once():
    call_command("load_demo", quiet_users=True)
    call_command("load_demo", quiet_users=True)

    circulation = Circulation.objects.get()
    latest = circulation.version.memorandum.versions.order_by("-number").first()
    assert circulation.version == latest
    assert "UNOCT" in circulation.version.memorandum.title
    assert sorted(circulation.states.values_list("iso_code", flat=True)) == ["CN", "KZ", "RU"]
    assert circulation.accepts_input()
    assert sorted(Proposal.objects.values_list("state__iso_code", flat=True)) == ["KZ", "RU"]
