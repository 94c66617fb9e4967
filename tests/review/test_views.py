import datetime
from io import StringIO

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cicadocs.review import services
from cicadocs.review.models import Circulation, Objection, Proposal
from tests.factories import DelegateFactory, MemberStateFactory

from .conftest import first_clause_uid, freeze, make_memorandum

pytestmark = pytest.mark.django_db


@pytest.fixture
def outsider(groups):
    """A delegate of a state the version was not circulated to."""
    return DelegateFactory(member_state=MemberStateFactory())


@pytest.fixture
def proposal(circulation, delegate, version):
    return services.proposal_submit(
        circulation=circulation,
        user=delegate,
        element_uid=first_clause_uid(version),
        kind="amendment",
        comment="<script>alert(1)</script>",
        wording={"en": "The Participants may cooperate <b>closely</b>."},
    )


def _urls(circulation, proposal, version):
    uid = first_clause_uid(version)
    return {
        "circulation": ("get", reverse("review:circulation", args=[circulation.pk])),
        "propose": ("get", reverse("review:propose", args=[circulation.pk, uid])),
        "propose_post": ("post", reverse("review:propose", args=[circulation.pk, uid])),
        "edit": ("get", reverse("review:proposal_edit", args=[proposal.pk])),
        "withdraw": ("post", reverse("review:proposal_withdraw", args=[proposal.pk])),
        "object": ("post", reverse("review:object", args=[circulation.pk])),
    }


def test_delegate_of_another_state_gets_404_everywhere(client, circulation, proposal, version, outsider):
    client.force_login(outsider)
    for name, (method, url) in _urls(circulation, proposal, version).items():
        response = getattr(client, method)(url, {"kind": "comment", "comment": "x", "reason": "x"})
        assert response.status_code == 404, name
    proposal.refresh_from_db()
    assert proposal.status == "submitted"
    assert Proposal.objects.count() == 1


def test_delegate_of_another_state_cannot_see_proposals_even_when_shared(make_circulation, delegate, outsider, version):
    shared = make_circulation([delegate.member_state], visibility="states")
    mine = services.proposal_submit(
        circulation=shared, user=delegate, element_uid=first_clause_uid(version), kind="comment", comment="Mine"
    )
    assert not Proposal.objects.visible_to(outsider).filter(pk=mine.pk).exists()


def test_shared_proposals_are_seen_by_other_circulated_states_but_not_edited(
    make_circulation, delegate, other_delegate, version, client
):
    shared = make_circulation([delegate.member_state, other_delegate.member_state], visibility="states")
    mine = services.proposal_submit(
        circulation=shared, user=delegate, element_uid=first_clause_uid(version), kind="comment", comment="Visible"
    )
    client.force_login(other_delegate)
    assert "Visible" in client.get(reverse("review:circulation", args=[shared.pk])).text
    assert client.get(reverse("review:proposal_edit", args=[mine.pk])).status_code == 404
    assert client.post(reverse("review:proposal_withdraw", args=[mine.pk])).status_code == 404


def test_secretariat_only_proposals_are_hidden_from_other_states(
    make_circulation, delegate, other_delegate, version, client
):
    private = make_circulation([delegate.member_state, other_delegate.member_state], visibility="secretariat")
    services.proposal_submit(
        circulation=private, user=delegate, element_uid=first_clause_uid(version), kind="comment", comment="Private"
    )
    client.force_login(other_delegate)
    assert "Private" not in client.get(reverse("review:circulation", args=[private.pk])).text


def test_staff_pages_refuse_delegates(client, circulation, proposal, version, delegate):
    client.force_login(delegate)
    pages = [
        ("get", reverse("review:compilation", args=[circulation.pk])),
        ("get", reverse("review:compilation_pdf", args=[circulation.pk, "en"])),
        ("post", reverse("review:proposal_decide", args=[proposal.pk])),
        ("get", reverse("review:circulate", args=[version.pk])),
        ("get", reverse("review:memorandum", args=[version.memorandum_id])),
    ]
    for method, url in pages:
        assert getattr(client, method)(url).status_code == 403, url
    proposal.refresh_from_db()
    assert proposal.decision == ""


def test_anonymous_is_sent_to_login(client, circulation):
    response = client.get(reverse("review:circulation", args=[circulation.pk]))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_user_without_role_gets_404(client, circulation, groups):
    from tests.factories import UserFactory

    client.force_login(UserFactory())
    assert client.get(reverse("review:circulation", args=[circulation.pk])).status_code == 404


def test_delegate_reads_and_sees_escaped_comment(client, circulation, proposal, delegate):
    client.force_login(delegate)
    response = client.get(reverse("review:circulation", args=[circulation.pk]), {"lang": "en", "compare": "ru"})
    assert response.status_code == 200
    html = response.text
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;closely&lt;/b&gt;" in html
    assert "Участники сотрудничают по вопросу 1.1." in html  # the Russian column
    assert "<ins>" in html


def test_delegate_home_lists_own_circulations_only(client, make_circulation, delegate, other_delegate):
    mine = make_circulation([delegate.member_state])
    theirs = make_circulation([other_delegate.member_state])
    client.force_login(delegate)
    response = client.get(reverse("accounts:delegate_home"))
    assert response.status_code == 200
    assert reverse("review:circulation", args=[mine.pk]) in response.text
    assert reverse("review:circulation", args=[theirs.pk]) not in response.text
    assert "data-utc=" in response.text


def test_crafted_post_with_another_state_is_ignored(client, circulation, delegate, other_delegate, version):
    client.force_login(delegate)
    url = reverse("review:propose", args=[circulation.pk, first_clause_uid(version)])
    response = client.post(
        url,
        {
            "kind": "amendment",
            "comment": "",
            "wording_en": "Crafted wording.",
            "state": other_delegate.member_state_id,
            "state_id": other_delegate.member_state_id,
            "lock_version": 0,
        },
    )
    assert response.status_code == 302
    assert Proposal.objects.get().state == delegate.member_state


def test_proposal_after_deadline_is_refused_with_a_message(client, make_circulation, delegate, version, now):
    circulation = make_circulation([delegate.member_state], deadline=now + datetime.timedelta(days=1))
    Circulation.objects.filter(pk=circulation.pk).update(deadline=now - datetime.timedelta(seconds=1))
    client.force_login(delegate)
    url = reverse("review:propose", args=[circulation.pk, first_clause_uid(version)])
    response = client.post(url, {"kind": "comment", "comment": "Too late"}, follow=True)
    assert response.status_code == 200
    assert Proposal.objects.count() == 0
    assert "deadline of this circulation has passed" in response.text


def test_opening_the_page_after_the_deadline_records_the_outcome(client, make_circulation, delegate, now):
    silence = make_circulation([delegate.member_state], purpose="silence", deadline=now + datetime.timedelta(days=1))
    Circulation.objects.filter(pk=silence.pk).update(deadline=now - datetime.timedelta(seconds=1))
    client.force_login(delegate)
    response = client.get(reverse("review:circulation", args=[silence.pk]))
    silence.refresh_from_db()
    assert (silence.status, silence.outcome) == ("closed", "approved")
    assert 'data-testid="outcome"' in response.text


def test_objection_through_the_page(client, make_circulation, delegate):
    silence = make_circulation([delegate.member_state], purpose="silence")
    client.force_login(delegate)
    client.post(reverse("review:object", args=[silence.pk]), {"reason": "We object", "state": 999})
    objection = Objection.objects.get()
    assert objection.state == delegate.member_state
    silence.refresh_from_db()
    assert silence.outcome == "broken"


def test_edit_and_withdraw_through_the_pages(client, proposal, delegate):
    client.force_login(delegate)
    url = reverse("review:proposal_edit", args=[proposal.pk])
    assert client.get(url).status_code == 200
    client.post(url, {"kind": "amendment", "wording_en": "Edited.", "lock_version": 0})
    proposal.refresh_from_db()
    assert proposal.wording == {"en": "Edited."}
    stale = client.post(url, {"kind": "amendment", "wording_en": "Stale.", "lock_version": 0}, follow=True)
    assert "changed this proposal in the meantime" in stale.text
    client.post(reverse("review:proposal_withdraw", args=[proposal.pk]))
    proposal.refresh_from_db()
    assert (proposal.wording, proposal.status) == ({"en": "Edited."}, "withdrawn")


def test_staff_circulate_form(client, staff_user, version, delegate, other_delegate):
    client.force_login(staff_user)
    url = reverse("review:circulate", args=[version.pk])
    past = client.post(
        url,
        {
            "states": [delegate.member_state_id],
            "purpose": "review",
            "deadline_date": "2000-01-01",
            "deadline_time": "18:00",
            "proposals_visibility": "secretariat",
        },
    )
    assert past.status_code == 200
    assert "The deadline must be in the future." in past.text
    none = client.post(
        url,
        {
            "purpose": "review",
            "deadline_date": "2099-01-01",
            "deadline_time": "18:00",
            "proposals_visibility": "states",
        },
    )
    assert "Choose at least one member state." in none.text
    assert Circulation.objects.count() == 0
    ok = client.post(
        url,
        {
            "states": [delegate.member_state_id, other_delegate.member_state_id],
            "purpose": "silence",
            "deadline_date": "2099-03-21",
            "deadline_time": "18:00",
            "proposals_visibility": "states",
        },
    )
    circulation = Circulation.objects.get()
    assert ok.status_code == 302
    assert circulation.deadline == datetime.datetime(2099, 3, 21, 13, 0, tzinfo=datetime.UTC)  # 18:00 in Astana
    assert set(circulation.states.all()) == {delegate.member_state, other_delegate.member_state}
    assert sorted(m.to[0] for m in mail.outbox) == sorted([delegate.email, other_delegate.email])


def test_staff_compilation_and_decision(client, staff_user, proposal, circulation):
    client.force_login(staff_user)
    page = client.get(reverse("review:compilation", args=[circulation.pk]))
    assert page.status_code == 200
    assert page.text.count('data-testid="compilation-row"') == 1
    client.post(
        reverse("review:proposal_decide", args=[proposal.pk]),
        {f"p{proposal.pk}-decision": "rejected", f"p{proposal.pk}-reason": "Not needed"},
    )
    proposal.refresh_from_db()
    assert (proposal.decision, proposal.decision_reason, proposal.decided_by) == ("rejected", "Not needed", staff_user)


def test_memorandum_page_shows_the_timeline(client, staff_user, proposal, circulation, version):
    client.force_login(staff_user)
    response = client.get(reverse("review:memorandum", args=[version.memorandum_id]))
    assert response.status_code == 200
    assert 'data-testid="review-timeline"' in response.text
    assert "Circulated" in response.text
    assert "Proposal submitted" in response.text


def _reading_queries(client, user, circulation):
    url = reverse("review:circulation", args=[circulation.pk])
    client.get(url)  # warm caches (content types, session)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_reading_view_queries_do_not_grow(client, staff_user, delegate, groups):
    small_version = freeze(make_memorandum(sections=1, clauses=1, items=0), staff_user)
    large_version = freeze(make_memorandum(sections=8, clauses=5, items=3), staff_user)
    state = delegate.member_state
    now = datetime.datetime.now(datetime.UTC)
    small, large = (
        services.circulation_create(
            version=v, states=[state], deadline=now + datetime.timedelta(days=3), actor=staff_user
        )
        for v in (small_version, large_version)
    )
    colleagues = [DelegateFactory(member_state=state) for _ in range(3)]
    for index, element in enumerate(large_version.snapshot["sections"][2]["clauses"]):
        for colleague in colleagues:
            services.proposal_submit(
                circulation=large,
                user=colleague,
                element_uid=element["uid"],
                kind="amendment",
                wording={"en": f"Proposal {index}"},
            )
    client.force_login(delegate)
    assert _reading_queries(client, delegate, small) == _reading_queries(client, delegate, large)
    client.force_login(staff_user)
    assert _reading_queries(client, staff_user, small) == _reading_queries(client, staff_user, large)


def test_version_pdf_follows_the_circulation(client, circulation, version, delegate, outsider):
    url = reverse("pdf:memorandum_version", args=[version.pk, "en"])
    client.force_login(outsider)
    assert client.get(url).status_code == 404
    client.force_login(delegate)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    page = client.get(reverse("review:circulation", args=[circulation.pk]))
    assert url in page.text


def test_compilation_pdf_for_staff(client, staff_user, proposal, circulation):
    client.force_login(staff_user)
    response = client.get(reverse("review:compilation_pdf", args=[circulation.pk, "ru"]))
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    assert client.get(reverse("review:compilation_pdf", args=[circulation.pk, "xx"])).status_code == 404


def test_delegate_home_lists_open_circulations_first(client, make_circulation, delegate, now):
    closed = make_circulation([delegate.member_state], deadline=now + datetime.timedelta(days=1))
    later = make_circulation([delegate.member_state], deadline=now + datetime.timedelta(days=9))
    sooner = make_circulation([delegate.member_state], deadline=now + datetime.timedelta(days=3))
    Circulation.objects.filter(pk=closed.pk).update(deadline=now - datetime.timedelta(days=1))
    client.force_login(delegate)
    html = client.get(reverse("accounts:delegate_home")).text
    positions = [html.index(reverse("review:circulation", args=[c.pk]) + '"') for c in (sooner, later, closed)]
    assert positions == sorted(positions)


def test_the_deadline_date_input_keeps_iso_dates_in_russian_and_kazakh():
    import datetime

    from django.utils import translation

    from cicadocs.review.forms import CirculationForm

    field = CirculationForm.base_fields["deadline_date"]
    for language in ("ru", "kk"):
        with translation.override(language):
            assert field.widget.format_value(datetime.date(2026, 12, 9)) == "2026-12-09"


def test_the_timeline_names_an_automatic_closing(client, staff_user, make_circulation, delegate, now, version):
    from django.core.management import call_command

    silence = make_circulation([delegate.member_state], purpose="silence", deadline=now + datetime.timedelta(days=1))
    Circulation.objects.filter(pk=silence.pk).update(deadline=now - datetime.timedelta(seconds=1))
    call_command("close_circulations", stdout=StringIO())
    client.force_login(staff_user)

    response = client.get(reverse("review:memorandum", args=[version.memorandum_id]))

    assert response.status_code == 200
    assert "Circulation closed" in response.text
    assert "· automatic" in response.text
