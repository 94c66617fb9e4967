"""Saving an import: a new draft memorandum, and the texts of another language."""

from pathlib import Path

import pytest
from django.core.exceptions import ValidationError

from cicadocs.core.models import AuditEntry
from cicadocs.directory.models import Organisation, Signatory
from memoranda.importer.errors import NoStructureError, StructureMismatchError
from memoranda.importer.services import NEW, import_translation, match_organisation, memorandum_import
from memoranda.models import Memorandum
from memoranda.snapshot import build_snapshot
from tests.factories import OrganisationFactory, SignatoryFactory

DEMO = Path(__file__).resolve().parents[3] / "memoranda" / "demo_data"

pytestmark = pytest.mark.django_db


@pytest.fixture
def unoct_orgs():
    unoct = OrganisationFactory(short_name_en="UNOCT", name_en="United Nations Office of Counter-Terrorism")
    cica = OrganisationFactory(short_name_en="CICA Secretariat", name_en="Secretariat of CICA")
    voronkov = SignatoryFactory(organisation=unoct, name_en="Vladimir Voronkov")
    sarybay = SignatoryFactory(organisation=cica, name_en="Kairat Sarybay")
    return unoct, cica, voronkov, sarybay


def _unoct(unoct_text, staff_user, unoct_orgs, **kwargs):
    unoct, cica, voronkov, sarybay = unoct_orgs
    return memorandum_import(
        text=unoct_text,
        actor=staff_user,
        language="en",
        organisations=[unoct, cica],
        signatories=[voronkov, sarybay],
        **kwargs,
    )


def test_unoct_reference_becomes_a_draft_with_its_exact_structure(unoct_text, staff_user, unoct_orgs):
    memorandum = _unoct(unoct_text, staff_user, unoct_orgs)

    snapshot = build_snapshot(memorandum)
    assert snapshot["title"]["en"] == [
        "DRAFT",
        "MEMORANDUM OF UNDERSTANDING",
        "between",
        "THE UNITED NATIONS OFFICE OF COUNTER-TERRORISM (UNOCT)",
        "And",
        "THE SECRETARIAT OF THE CONFERENCE ON INTERACTION AND CONFIDENCE BUILDING MEASURES IN ASIA (CICA SECRETARIAT)",
    ]
    assert len(snapshot["preamble"]) == 15
    assert snapshot["preamble"][9]["keyword"]["en"] == "REAFFIRMING"
    assert snapshot["lead_in"]["en"].startswith("NOW, THEREFORE, the Participants")
    assert [s["label"]["en"] for s in snapshot["sections"]] == [f"{n}:" for n in range(1, 13)]
    assert sum(len(s["clauses"]) for s in snapshot["sections"]) == 32
    clause_21 = snapshot["sections"][1]["clauses"][0]
    assert [item["number"] for item in clause_21["items"]] == ["i.", "ii.", "iii.", "iv.", "v.", "vi."]
    assert [item["number"] for item in snapshot["sections"][2]["clauses"][0]["items"]] == ["a.", "b."]
    assert snapshot["sections"][10]["text"]["en"].startswith("Any dispute or disagreement")
    assert snapshot["final_formula"]["en"].startswith("SIGNED in _____")
    assert [s["for"]["en"] for s in snapshot["signatures"]] == [
        "For the United Nations Office of Counter-Terrorism:",
        "For the Secretariat of the Conference on Interaction and Confidence Building Measures in Asia:",
    ]
    assert memorandum.mark_draft is True
    assert memorandum.master_language == "en"
    assert memorandum.party_word == Memorandum.PartyWord.PARTICIPANTS
    assert memorandum.numbering_style == Memorandum.NumberingStyle.SECTIONS
    assert [party.hereinafter_en for party in memorandum.parties.all()] == ["UNOCT", "CICA SECRETARIAT"]
    assert AuditEntry.objects.filter(action="memoranda.memorandum_import", object_id=str(memorandum.pk)).exists()


def test_csto_reference_becomes_articles_without_numbered_clauses(csto_text, staff_user):
    memorandum = memorandum_import(text=csto_text, actor=staff_user, language="en", languages=["en", "ru"])

    assert memorandum.kind == Memorandum.Kind.COOPERATION
    assert memorandum.party_word == Memorandum.PartyWord.PARTIES
    assert memorandum.numbering_style == Memorandum.NumberingStyle.ARTICLES
    assert memorandum.numbered_clauses is False
    assert memorandum.languages == ["en", "ru"]
    assert memorandum.mark_draft is False
    snapshot = build_snapshot(memorandum)
    assert [s["label"]["en"] for s in snapshot["sections"]] == [f"Article {n}" for n in range(1, 8)]
    assert [len(s["clauses"]) for s in snapshot["sections"]] == [0, 0, 2, 0, 2, 0, 0]
    # the parties and signatories were new to the directory: created from the text
    assert [party.organisation.short_name_en for party in memorandum.parties.all()] == ["CSTO", "CICA"]
    assert [(c.signatory.name_en, c.signatory.title_en) for c in memorandum.signatures.all()] == [
        ("Stanislav Zas", "Secretary General"),
        ("Habibullo Mirzozoda", "Executive Director"),
    ]
    assert memorandum.signatures.all()[0].signatory.organisation.short_name_en == "CSTO"


def test_parties_are_matched_to_the_directory(unoct_text, unoct_orgs):
    from memoranda.importer.parser import parse_text

    unoct, cica, *_ = unoct_orgs
    parties = parse_text(unoct_text).parties
    assert [match_organisation(party) for party in parties] == [unoct, cica]


def test_text_without_structure_saves_nothing(staff_user):
    with pytest.raises(NoStructureError):
        memorandum_import(text="Dear colleagues,\nsee attached.", actor=staff_user, language="en")
    assert Memorandum.objects.count() == 0


def test_refused_memorandum_leaves_no_new_directory_records(staff_user):
    before = Organisation.objects.count(), Signatory.objects.count()
    text = "MEMORANDUM\n\nThe Org A (hereinafter referred to as “OA”), and\n\n1: Scope\n1.1 Text.\n1.2 \n"
    with pytest.raises(ValidationError) as error:
        memorandum_import(text=text, actor=staff_user, language="en")
    assert "Clause 1.2 is empty." in error.value.messages
    assert (Organisation.objects.count(), Signatory.objects.count()) == before
    assert Memorandum.objects.count() == 0


def test_import_translation_fills_russian_and_kazakh(staff_user):
    memorandum = memorandum_import(
        text=(DEMO / "unoct_en.md").read_text(encoding="utf-8"),
        actor=staff_user,
        language="en",
        organisations=[NEW, NEW],
        signatories=[NEW, NEW],
    )
    import_translation(memorandum, "ru", (DEMO / "unoct_ru.md").read_text(encoding="utf-8"), actor=staff_user)
    import_translation(memorandum, "kk", (DEMO / "unoct_kk.md").read_text(encoding="utf-8"), actor=staff_user)

    snapshot = build_snapshot(memorandum)
    assert snapshot["title"]["ru"][:2] == ["ПРОЕКТ", "МЕМОРАНДУМ О ВЗАИМОПОНИМАНИИ"]
    assert snapshot["preamble"][0]["keyword"]["ru"] == "ПРИНИМАЯ ВО ВНИМАНИЕ,"
    assert snapshot["preamble"][0]["keyword"]["kk"] == "НАЗАРҒА АЛА ОТЫРЫП;"
    assert snapshot["sections"][0]["heading"]["kk"] == "Меморандумның мақсаты мен міндеттері"
    assert snapshot["sections"][1]["clauses"][4]["text"]["ru"].startswith("Участники могут изучать возможности")
    assert snapshot["final_formula"]["kk"].endswith("ҚОЛ ҚОЙЫЛДЫ.")
    assert (
        snapshot["signatures"][0]["for"]["ru"] == "За Контртеррористическое управление Организации Объединенных Наций:"
    )
    assert AuditEntry.objects.filter(action="memoranda.import_translation").count() == 2


def test_import_translation_with_another_structure_lists_the_differences(staff_user):
    memorandum = memorandum_import(
        text=(DEMO / "unoct_en.md").read_text(encoding="utf-8"),
        actor=staff_user,
        language="en",
    )
    ru = (DEMO / "unoct_ru.md").read_text(encoding="utf-8")
    start = ru.index("- 2.2 ")
    broken = ru[:start] + ru[ru.index("- 2.3 ") :]  # clause 2.2 left out

    with pytest.raises(StructureMismatchError) as error:
        import_translation(memorandum, "ru", broken)

    assert error.value.differences == ["Clauses of section 2: the memorandum has 7, the text has 6."]
    memorandum.refresh_from_db()
    assert memorandum.lead_in_ru == ""


def test_import_translation_of_the_csto_memorandum_into_russian(staff_user):
    memorandum = memorandum_import(
        text=(DEMO / "csto_en.md").read_text(encoding="utf-8"), actor=staff_user, language="en", languages=["en", "ru"]
    )

    import_translation(memorandum, "ru", (DEMO / "csto_ru.md").read_text(encoding="utf-8"))

    snapshot = build_snapshot(memorandum)
    assert [s["label"]["ru"] for s in snapshot["sections"]] == [f"Статья {n}" for n in range(1, 8)]
    assert snapshot["lead_in"]["ru"] == "договорились о нижеследующем:"
    assert snapshot["sections"][2]["clauses"][1]["text"]["ru"].startswith("Стороны проводят консультации")
    assert [party.hereinafter_ru for party in memorandum.parties.all()] == ["ОДКБ", "СВМДА"]


def test_articles_of_one_paragraph_can_stay_unnumbered_clauses(staff_user):
    memorandum = memorandum_import(
        text=(DEMO / "csto_ru.md").read_text(encoding="utf-8"),
        actor=staff_user,
        language="ru",
        title={"ru": "Меморандум ОДКБ и СВМДА", "en": "CSTO and CICA memorandum"},
        languages=["ru", "en"],
        organisations=[OrganisationFactory(), OrganisationFactory()],
        signatories=[SignatoryFactory(), SignatoryFactory()],
        paragraph_clauses=True,
    )

    import_translation(memorandum, "en", (DEMO / "csto_en.md").read_text(encoding="utf-8"))

    memorandum.refresh_from_db()
    assert memorandum.languages == ["ru", "en"]  # the given order: the Russian original first
    assert (memorandum.title_ru, memorandum.title_en) == ("Меморандум ОДКБ и СВМДА", "CSTO and CICA memorandum")
    snapshot = build_snapshot(memorandum)
    assert [len(s["clauses"]) for s in snapshot["sections"]] == [1, 1, 2, 1, 2, 1, 1]
    assert all(s["text"] == {"en": "", "ru": "", "kk": ""} for s in snapshot["sections"])
    first = snapshot["sections"][0]["clauses"][0]
    assert first["number"] == ""
    assert first["text"]["ru"].startswith("Стороны сотрудничают и организуют взаимодействие")
    assert first["text"]["en"].startswith("Parties shall cooperate and organize interaction")


def test_a_title_in_one_language_is_also_the_english_list_title(staff_user):
    memorandum = memorandum_import(
        text=(DEMO / "csto_ru.md").read_text(encoding="utf-8"),
        actor=staff_user,
        language="ru",
        title="Меморандум",
        organisations=[OrganisationFactory(), OrganisationFactory()],
        signatories=[SignatoryFactory(), SignatoryFactory()],
    )

    assert (memorandum.title_ru, memorandum.title_en) == ("Меморандум", "Меморандум")
    assert memorandum.languages == ["en", "ru", "kk"]


def test_a_russian_text_with_new_parties_creates_them_in_the_directory(staff_user):
    memorandum = memorandum_import(
        text=(DEMO / "csto_ru.md").read_text(encoding="utf-8"),
        actor=staff_user,
        language="ru",
        title="Меморандум",
        organisations=[NEW, NEW],
        signatories=[NEW, NEW],
    )

    parties = [party.organisation for party in memorandum.parties.all()]
    assert len(parties) == 2
    assert all(organisation.name_ru and organisation.name_en == organisation.name_ru for organisation in parties)
    assert Signatory.objects.filter(organisation__in=parties).count() == 2
