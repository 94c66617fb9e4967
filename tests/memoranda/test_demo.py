import pytest

from cicadocs.accounts import demo as accounts_demo
from cicadocs.directory import demo as directory_demo
from memoranda import demo
from memoranda.models import Memorandum, MemorandumVersion
from memoranda.snapshot import build_snapshot

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded(groups):
    context = directory_demo.load()
    context["users"] = accounts_demo.load(context["states"])
    return demo.load(context), context


def test_unoct_draft_has_the_reference_structure(loaded):
    result, _context = loaded
    snap = build_snapshot(result["memoranda"]["unoct"])

    assert len(snap["preamble"]) == 15
    assert [p["keyword"]["en"] for p in snap["preamble"]].count("WHEREAS") == 8
    assert snap["lead_in"]["en"].startswith("NOW, THEREFORE, the Participants")
    assert len(snap["sections"]) == 12
    assert sum(len(s["clauses"]) for s in snap["sections"]) == 32
    assert snap["sections"][0]["label"]["en"] == "1:"
    assert snap["sections"][0]["heading"]["en"] == "Purpose and Objectives of the MoU"
    assert [i["number"] for i in snap["sections"][1]["clauses"][0]["items"]] == [
        "i.",
        "ii.",
        "iii.",
        "iv.",
        "v.",
        "vi.",
    ]
    assert [i["number"] for i in snap["sections"][2]["clauses"][0]["items"]] == ["a.", "b."]
    assert snap["sections"][10]["clauses"] == [] and snap["sections"][10]["text"]["en"].startswith("Any dispute")
    assert snap["title"]["en"][:3] == ["DRAFT", "MEMORANDUM OF UNDERSTANDING", "between"]
    assert len(snap["parties_intro"]["en"]) == 4
    assert snap["signatures"][0]["for"]["en"] == "For the United Nations Office of Counter-Terrorism:"
    assert snap["signatures"][0]["name"]["en"] == "H.E. Mr. Vladimir Voronkov"
    clause_51 = snap["sections"][4]["clauses"][0]["text"]["en"]
    assert "as set out in paragraph 4 of this MoU." in clause_51
    assert snap["sections"][3]["clauses"][1]["text"]["en"].startswith(
        "Subsequent or related agreements or arrangements referred to in sub-paragraph 4.1 may"
    )


def test_unoct_draft_has_russian_text_when_the_file_is_there(loaded):
    result, _context = loaded
    snap = build_snapshot(result["memoranda"]["unoct"])

    if not (demo.DATA / "unoct_ru.md").exists():
        pytest.skip("the Russian text is not written yet")
    assert snap["title"]["ru"][0] == "ПРОЕКТ"
    assert snap["preamble"][0]["keyword"]["ru"] == "ПРИНИМАЯ ВО ВНИМАНИЕ,"
    assert snap["sections"][0]["heading"]["ru"] == "Цель и задачи МоВ"


def test_unoct_has_two_versions_that_differ_in_a_few_clauses(loaded):
    result, _context = loaded
    first, second = result["unoct_versions"]

    assert (first.number, second.number) == (1, 2)
    assert second.reason == "Updated to reflect the proposals of Member States."
    v1 = first.snapshot["sections"]
    v2 = second.snapshot["sections"]
    assert sum(len(s["clauses"]) for s in v1) == 31
    assert sum(len(s["clauses"]) for s in v2) == 32
    assert "three (3) years" in v1[9]["clauses"][1]["text"]["en"]
    assert "five (5) years" in v2[9]["clauses"][1]["text"]["en"]
    assert v1[1]["clauses"][1]["uid"] == v2[1]["clauses"][2]["uid"]
    assert second.snapshot == build_snapshot(result["memoranda"]["unoct"]) | {
        "version": 2,
        "frozen_at": second.snapshot["frozen_at"],
    }


def test_csto_memorandum_has_articles_and_two_languages(loaded):
    result, _context = loaded
    memorandum = result["memoranda"]["csto"]
    snap = build_snapshot(memorandum)

    assert memorandum.languages == ["ru", "en"]
    assert [s["label"]["en"] for s in snap["sections"]] == [f"Article {n}" for n in range(1, 8)]
    assert snap["sections"][0]["label"]["ru"] == "Статья 1"
    assert [len(s["clauses"]) for s in snap["sections"]] == [1, 1, 2, 1, 2, 1, 1]
    assert snap["sections"][2]["clauses"][0]["number"] == ""
    assert snap["title"]["en"][0] == "MEMORANDUM"
    assert snap["parties_intro"]["en"][0].endswith("hereinafter referred to as the Parties,")
    assert snap["lead_in"]["en"] == "have agreed on the following:"


def test_loading_twice_changes_nothing(loaded):
    result, context = loaded

    again = demo.load(context)

    assert again["memoranda"] == result["memoranda"]
    assert Memorandum.objects.count() == 2
    assert MemorandumVersion.objects.count() == 2


def test_kazakh_preamble_keyword_closes_the_paragraph(loaded):
    result, _context = loaded
    if not (demo.DATA / "unoct_kk.md").exists():
        pytest.skip("the Kazakh text is not written yet")
    first = build_snapshot(result["memoranda"]["unoct"])["preamble"][0]

    assert first["keyword"]["kk"] == "НАЗАРҒА АЛА ОТЫРЫП;"
    assert first["keyword_at_end"] == {"en": False, "ru": False, "kk": True}
    assert first["full"]["kk"].endswith("консенсуспен қабылдағанын НАЗАРҒА АЛА ОТЫРЫП;")
    assert first["full"]["en"].startswith("WHEREAS the United Nations General Assembly adopted")


def test_version_one_had_the_shorter_terms_in_every_language(loaded):
    result, _context = loaded
    first, second = result["unoct_versions"]
    for language in result["memoranda"]["unoct"].languages:
        if not (demo.DATA / f"unoct_{language}.md").exists():
            continue
        for number, wording in demo.V1_WORDING.items():
            s, c = (int(part) - 1 for part in number.split("."))
            now, then = wording[language]
            assert then in first.snapshot["sections"][s]["clauses"][c]["text"][language]
            assert now in second.snapshot["sections"][s]["clauses"][c]["text"][language]


def test_the_demo_links_the_same_references_in_every_language(loaded):
    from memoranda.references import tokens

    result, _context = loaded
    memorandum = result["memoranda"]["unoct"]
    clauses = [c for s in memorandum.sections.all() for c in s.clauses.all()]
    items = [i for c in clauses for i in c.items.all()]
    for language in memorandum.languages:
        if not (demo.DATA / f"unoct_{language}.md").exists():
            continue
        linked = [uid for element in clauses + items for uid in tokens(getattr(element, f"text_{language}"))]
        assert len(linked) == 9, (language, len(linked))


def test_version_one_lacks_a_sub_item_and_a_clause_and_has_two_clauses_swapped(loaded):
    result, _context = loaded
    first, second = (version.snapshot["sections"] for version in result["unoct_versions"])

    assert [i["number"] for i in first[1]["clauses"][0]["items"]] == ["i.", "ii.", "iii.", "iv.", "v."]
    assert [len(s["clauses"]) for s in first][6] == 2 and len(second[6]["clauses"]) == 3
    for language in result["memoranda"]["unoct"].languages:
        assert first[1]["clauses"][1]["text"][language] == second[1]["clauses"][2]["text"][language]
        assert first[1]["clauses"][2]["text"][language] == second[1]["clauses"][1]["text"][language]
    assert "thirty (30) days" in first[9]["clauses"][3]["text"]["en"]
    assert result["unoct_versions"][0].snapshot["languages"] == ["en", "ru", "kk"]
