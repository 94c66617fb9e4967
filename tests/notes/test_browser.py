"""Staff drafts a note in the browser, approves and dispatches it."""

import pytest

from notes.models import Note, Series

MEETINGS = (
    "2024-06-25 | CICA Special Working Group | Специальной рабочей группы СВМДА | Азия Кеңесі Арнаулы жұмыс тобының"
)


def open_new_note_in_english_and_russian(page, login, live_server, user, subject):
    """Log in, open the drafting form on a fresh NCT/CT/ register, write the subject, untick Kazakh."""
    Series.objects.create(prefix="NCT/CT/", last_number=707)
    login(page, user)
    page.goto(f"{live_server.url}/notes/new/")
    page.fill("[name=subject]", subject)
    page.uncheck("input[name=languages][value=kk]")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_staff_drafts_approves_and_dispatches_a_note(page, login, live_server, staff_user, directory):
    open_new_note_in_english_and_russian(page, login, live_server, staff_user, "Draft MoU with UNOCT for consideration")
    page.select_option("[name=kind]", "submission")
    page.fill("[name=meetings_text]", MEETINGS)
    page.click("#tab-en")
    page.fill("[name=document_en]", "the draft Memorandum of Understanding (enclosed)")
    page.click("#tab-ru")
    page.fill("[name=document_ru]", "проект Меморандума о взаимопонимании (прилагается)")
    page.click("#tab-en")
    page.wait_for_function(
        "document.querySelector('[name=body_en]').value.includes('25 June 2024')"
        " && document.querySelector('[name=opening_ru]').value.includes('(прилагается).')"
    )
    preview = page.locator("#note-preview")
    preview.get_by_text("has the honour to submit for consideration the draft Memorandum").wait_for()
    page.click("#save-note")

    page.get_by_test_id("note-status").get_by_text("Draft").wait_for()
    page.click("button[name=approve]")
    page.get_by_test_id("note-status").get_by_text("Approved").wait_for()
    page.click("button[name=dispatch]")
    page.get_by_text("Note NCT/CT/708 was dispatched.").wait_for()

    page.goto(f"{live_server.url}/notes/?q=708")
    assert page.get_by_test_id("note-number").all_inner_texts() == ["NCT/CT/708"]
    note = Note.objects.get(number=708)
    assert note.edited == {}
    assert note.body_en == (
        "This draft is expected to be discussed and agreed upon as part of the agenda for the next meeting of the "
        "CICA Special Working Group on 25 June 2024."
    )


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_staff_puts_russian_first_with_the_move_buttons(page, login, live_server, staff_user, directory):
    open_new_note_in_english_and_russian(page, login, live_server, staff_user, "Issued in Russian first")
    page.get_by_role("button", name="Move up: Russian").click()
    page.wait_for_function(
        "document.querySelector('#note-preview [data-language]')"
        " && document.querySelector('#note-preview [data-language]').dataset.language === 'ru'"
    )
    assert page.locator("#language-order [aria-live]").inner_text() == "Order of the pages: Russian, English"
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Move down: Russian"
    page.click("#save-note")

    page.get_by_test_id("note-status").get_by_text("Draft").wait_for()
    assert Note.objects.get(subject="Issued in Russian first").languages == ["ru", "en"]
    assert page.locator("#note-versions [data-language]").evaluate_all("els => els.map(e => e.dataset.language)") == [
        "ru",
        "en",
    ]
