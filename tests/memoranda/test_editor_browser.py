"""Editing a clause in place in headless Chromium: the page is not reloaded,
the rest of the page keeps its state, and a concurrent save is shown as a
conflict with both texts."""

import pytest

from memoranda.models import Clause
from memoranda.references import token
from tests.factories import SecretariatUserFactory

from .conftest import make_memorandum

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_edit_a_clause_in_place_and_see_a_conflict(page, login, live_server):
    user = SecretariatUserFactory()
    memorandum = make_memorandum(actor=user)
    clause = Clause.objects.get(text_en="Clause 1.2")
    other = Clause.objects.get(text_en="Clause 2.1")
    login(page, user)
    page.goto(f"{live_server.url}/memoranda/{memorandum.pk}/edit/?a=en&b=ru")
    page.evaluate("window.__notReloaded = true")
    # an unsaved edit elsewhere on the page must survive
    other_card = page.locator(f"#el-{other.uid}")
    other_card.locator("[data-action=edit][data-language=en]").click()
    other_card.locator(".mou-form[data-language=en] textarea").fill("Unsaved words")

    card = page.locator(f"#el-{clause.uid}")
    card.locator("[data-action=edit][data-language=en]").click()
    card.locator(".mou-form[data-language=en] textarea").fill("The Participants will cooperate, see [[2.1]].")
    card.locator(".mou-form[data-language=en] button[type=submit]").click()

    page.locator(f"#el-{clause.uid} .mou-column[data-language=en] .mou-text").get_by_text(
        "The Participants will cooperate, see 2.1."
    ).wait_for()
    assert page.evaluate("window.__notReloaded") is True
    assert page.locator(f"#el-{clause.uid} .mou-column[data-language=ru] [data-testid=status]").inner_text() == "stale"
    assert other_card.locator(".mou-form[data-language=en] textarea").input_value() == "Unsaved words"
    clause.refresh_from_db()
    assert clause.text_en == f"The Participants will cooperate, see {token(other.uid)}."

    # someone else saves clause 2.1 meanwhile: the unsaved edit is refused with both texts
    Clause.objects.filter(pk=other.pk).update(text_en="Someone else's words", lock_version=5)
    other_card.locator(".mou-form[data-language=en] button[type=submit]").click()
    conflict = other_card.locator(".mou-conflict")
    conflict.wait_for()
    assert conflict.locator(".mou-theirs").inner_text() == "Someone else's words"
    assert conflict.locator(".mou-mine").inner_text() == "Unsaved words"
    other.refresh_from_db()
    assert other.text_en == "Someone else's words"


def test_add_move_and_delete_in_place_renumber_without_reloading(page, login, live_server):
    user = SecretariatUserFactory()
    memorandum = make_memorandum(actor=user)
    first = Clause.objects.get(text_en="Clause 1.1")
    later = Clause.objects.get(text_en="Clause 3.1")
    login(page, user)
    page.goto(f"{live_server.url}/memoranda/{memorandum.pk}/edit/")
    page.evaluate("window.__notReloaded = true")
    later_card = page.locator(f"#el-{later.uid}")
    later_card.locator("[data-action=edit][data-language=en]").click()
    later_card.locator(".mou-form[data-language=en] textarea").fill("Unsaved words")

    page.locator(f"#el-{first.uid} [data-action=add][data-add-kind=clause]").click()
    page.locator(f"#el-{first.uid} .mou-add-form textarea[name=f_text]").fill("A clause added in place")
    page.locator(f"#el-{first.uid} .mou-add-form button[type=submit]").click()
    page.locator(".mou-el-clause .mou-text").get_by_text("A clause added in place").wait_for()
    added = Clause.objects.get(text_en="A clause added in place")
    page.locator(f"#el-{added.uid} [data-testid=number]").get_by_text("1.2").wait_for()
    old_second = Clause.objects.get(text_en="Clause 1.2")
    assert page.locator(f"#el-{old_second.uid} [data-testid=number]").inner_text() == "1.3"

    page.locator(f"#el-{added.uid} [data-action=move][data-direction=up]").click()
    page.locator(f"#el-{added.uid} [data-testid=number]").get_by_text("1.1").wait_for()

    page.once("dialog", lambda dialog: dialog.accept())
    page.locator(f"#el-{added.uid} [data-action=delete]").click()
    page.locator(f"#el-{added.uid}").wait_for(state="detached")
    assert page.locator(f"#el-{first.uid} [data-testid=number]").inner_text() == "1.1"
    assert page.evaluate("window.__notReloaded") is True
    assert later_card.locator(".mou-form[data-language=en] textarea").input_value() == "Unsaved words"
    assert not Clause.objects.filter(text_en="A clause added in place").exists()
