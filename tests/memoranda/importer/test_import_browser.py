"""Secretariat staff import the UNOCT draft from its reference text in headless Chromium."""

import pytest
from django.urls import NoReverseMatch, reverse

from memoranda.models import Memorandum

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_staff_import_the_unoct_reference_and_land_on_the_new_draft(page, login, live_server, staff_user, unoct_text):
    try:
        path = reverse("memoranda:importer:start")
    except NoReverseMatch:
        pytest.skip("memoranda/urls.py does not include memoranda.importer.urls yet")
    login(page, staff_user)

    page.goto(f"{live_server.url}{path}")
    page.fill("textarea[name=text]", unoct_text)
    page.click("button[name=preview]")
    page.wait_for_selector("[data-testid=import-elements]")

    counts = page.locator("[data-testid=import-counts]").inner_text()
    assert "15 preamble paragraphs, 12 sections, 32 clauses, 15 sub-items, 2 signature columns" in counts
    assert page.locator("[data-testid=import-lines] tbody tr").count() == len(unoct_text.splitlines())
    assert page.locator("[data-testid=import-lines] tr[data-status=unrecognised]").count() == 0
    page.fill("input[name=title]", "Draft MoU between UNOCT and the CICA Secretariat")
    page.click("button[name=confirm]")
    page.wait_for_load_state()

    memorandum = Memorandum.objects.get()
    assert page.url == f"{live_server.url}{reverse('memoranda:detail', args=[memorandum.pk])}"
    assert memorandum.title_en == "Draft MoU between UNOCT and the CICA Secretariat"
    assert memorandum.sections.count() == 12
