"""A delegate proposes an amendment in headless Chromium and sees it as a redline."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from cicadocs.review import services
from cicadocs.review.models import Proposal
from tests.factories import DelegateFactory, MemberStateFactory, SecretariatUserFactory

from .conftest import first_clause_uid, freeze, make_memorandum

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_delegate_proposes_an_amendment(page, login, live_server, groups):
    staff = SecretariatUserFactory()
    delegate = DelegateFactory(member_state=MemberStateFactory(name_en="Kazakhstan"))
    outsider = DelegateFactory(member_state=MemberStateFactory(name_en="Elsewhere"))
    version = freeze(make_memorandum(), staff)
    circulation = services.circulation_create(
        version=version,
        states=[delegate.member_state],
        deadline=timezone.now() + datetime.timedelta(days=7),
        actor=staff,
    )
    uid = first_clause_uid(version)

    login(page, delegate)
    page.goto(f"{live_server.url}/home/delegate/")
    page.click("[data-testid=circulations] a")
    page.wait_for_selector(f"#el-{uid}")
    # filled in by the page's script: wait for it
    expect(page.locator(".local-time").first).to_have_text(re.compile(r"^\(your time"))
    page.locator(f"#el-{uid} [data-testid=propose-link]").click()
    page.check("input[name=kind][value=amendment]")
    page.fill("textarea[name=wording_en]", "The Participants shall closely cooperate on matter 1.1.")
    expect(page.locator("[data-testid=redline-preview] ins").first).to_have_text(re.compile(r"^\s*closely\s*$"))
    page.fill("textarea[name=comment]", "<b>Closer</b> cooperation")
    page.click("[data-testid=proposal-form] button[type=submit]")
    page.wait_for_selector(f"#el-{uid} [data-testid=proposal]")

    proposal = Proposal.objects.get()
    assert (proposal.state, proposal.author, proposal.kind) == (delegate.member_state, delegate, "amendment")
    block = page.locator(f"#el-{uid} [data-testid=proposal]")
    assert block.locator("ins").inner_text().strip() == "closely"
    assert block.locator("[data-testid=proposal-comment]").inner_text() == "<b>Closer</b> cooperation"

    # Another state's delegate cannot open it.
    page.context.clear_cookies()
    login(page, outsider)
    response = page.goto(f"{live_server.url}/review/{circulation.pk}/")
    assert response.status == 404
