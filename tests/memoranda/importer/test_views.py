"""The import page: paste or upload, preview, confirm."""

import io

import docx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import NoReverseMatch, reverse

from memoranda.models import Memorandum

pytestmark = pytest.mark.django_db


@pytest.fixture
def url():
    try:
        return reverse("memoranda:importer:start")
    except NoReverseMatch:  # memoranda/urls.py includes the importer's URLs once the memoranda area has it
        pytest.skip("memoranda/urls.py does not include memoranda.importer.urls yet")


@pytest.fixture
def staff_client(client, staff_user):
    client.force_login(staff_user)
    return client


def test_only_secretariat_may_import(client, url, delegate, staff_user):
    assert client.get(url).status_code == 302
    client.force_login(delegate)
    assert client.get(url).status_code == 403
    assert client.post(url, {"text": "Article 1\nText.", "language": "en"}).status_code == 403
    client.force_login(staff_user)
    assert client.get(url).status_code == 200


def test_pasted_reference_text_is_previewed_line_by_line(staff_client, url, unoct_text):
    response = staff_client.post(url, {"text": unoct_text, "language": "en"})

    assert response.status_code == 200
    page = response.content.decode()
    assert "Recognised: 15 preamble paragraphs, 12 sections, 32 clauses, 15 sub-items, 2 signature columns." in page
    assert page.count('data-kind="section"') == 12
    assert page.count('data-kind="clause"') == 32
    assert page.count('data-kind="item"') == 15
    lines = response.context["lines"]
    assert [line["number"] for line in lines] == list(range(1, len(unoct_text.splitlines()) + 1))
    assert lines[137]["what"] == "sub-item 2.1 i. (continued)"
    assert lines[136]["what"] == "ignored: blank line at a page break"
    assert lines[0]["what"] == "ignored: blank line"
    assert lines[15]["what"] == "ignored: before the memorandum (covering note)"
    assert 'data-status="unrecognised"' not in page
    assert Memorandum.objects.count() == 0


def test_unrecognised_lines_are_highlighted(staff_client, url):
    text = "1.1 stray clause\n1: Scope\n1.1 Text.\n"
    response = staff_client.post(url, {"text": text, "language": "en"})

    page = response.content.decode()
    assert page.count('data-status="unrecognised"') == 1
    assert "1 line not recognised" in page


def test_confirm_creates_the_draft_and_opens_it(staff_client, url, csto_text):
    preview = staff_client.post(url, {"text": csto_text, "language": "en"})
    confirm = preview.context["confirm"]
    data = {name: field.value() for name, field in ((name, confirm[name]) for name in confirm.fields)}
    data.update({"confirm": "1", "title": "CSTO memorandum", "languages": ["en", "ru"]})

    response = staff_client.post(url, data)

    memorandum = Memorandum.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("memoranda:detail", args=[memorandum.pk])
    assert memorandum.title_en == "CSTO memorandum"
    assert memorandum.languages == ["en", "ru"]
    assert memorandum.sections.count() == 7


def test_confirm_in_russian_makes_russian_the_master_language(staff_client, url):
    text = "МЕМОРАНДУМ\n\nУЧИТЫВАЯ интересы Сторон,\n\nдоговорились о нижеследующем:\n\nСтатья 1\nТекст статьи.\n"
    preview = staff_client.post(url, {"text": text, "language": "ru"})
    data = {"text": text, "language": "ru", "title": "Меморандум", "languages": ["ru", "en"], "confirm": "1"}
    assert preview.status_code == 200

    response = staff_client.post(url, data)

    memorandum = Memorandum.objects.get()
    assert response.status_code == 302
    assert memorandum.master_language == "ru"
    assert memorandum.sections.get().text_ru == "Текст статьи."
    assert memorandum.preamble.get().keyword_ru == "УЧИТЫВАЯ"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": "", "language": "en"}, "The text is empty"),
        ({"text": "Dear colleagues,\nsee attached.", "language": "en"}, "No recognisable structure"),
        ({"text": "1: Scope\n" + "x" * (1024 * 1024), "language": "en"}, "The input is larger than 1 MB"),
    ],
)
def test_bad_text_gets_a_message_not_an_error_page(staff_client, url, data, message):
    response = staff_client.post(url, data)

    assert response.status_code == 400
    assert message in response.content.decode()


def _upload(name, content):
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


def test_a_file_that_is_not_word_is_refused(staff_client, url):
    response = staff_client.post(url, {"file": _upload("mou.docx", b"%PDF-1.4 fake"), "language": "en"})

    assert response.status_code == 400
    assert "The file is not a Word (.docx) document." in response.content.decode()


def test_a_file_over_one_megabyte_is_refused(staff_client, url):
    response = staff_client.post(url, {"file": _upload("big.docx", b"PK" + b"0" * 1_100_000), "language": "en"})

    assert response.status_code == 400
    assert "The input is larger than 1 MB and was refused." in response.content.decode()


def test_a_word_file_is_previewed(staff_client, url):
    document = docx.Document()
    for text in ["MEMORANDUM OF UNDERSTANDING", "Article 1", "The Parties cooperate.", "Article 2", "Text two."]:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)

    response = staff_client.post(url, {"file": _upload("mou.docx", buffer.getvalue()), "language": "en"})

    assert response.status_code == 200
    assert response.context["counts"]["sections"] == 2


def test_confirm_refused_by_the_memoranda_rules_keeps_the_preview(staff_client, url):
    text = "MEMORANDUM\n\n1: Scope\n1.1 Text.\n1.2\n"
    data = {"text": text, "language": "en", "title": "T", "languages": ["en"], "confirm": "1"}

    response = staff_client.post(url, data)

    assert response.status_code == 400
    assert "Clause 1.2 is empty." in response.content.decode()
    assert Memorandum.objects.count() == 0


def test_tampered_confirmation_text_gets_a_message(staff_client, url):
    data = {"text": "nothing here", "language": "en", "title": "T", "languages": ["en"], "confirm": "1"}

    response = staff_client.post(url, data)

    assert response.status_code == 400
    assert "No recognisable structure" in response.content.decode()


def test_a_paste_over_the_request_limit_is_refused_with_a_message(staff_client, url, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000

    response = staff_client.post(url, {"text": "x" * 20_000, "language": "en"}, follow=True)

    assert response.status_code == 200
    assert "The input is larger than 1 MB and was refused." in response.content.decode()
    assert Memorandum.objects.count() == 0
