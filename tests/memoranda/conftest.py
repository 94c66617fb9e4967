import pytest

from memoranda.services import memorandum_create
from tests.factories import OrganisationFactory, SignatoryFactory


def make_memorandum(*, actor=None, sections=None, clauses_per_section=2, items_per_clause=2, **kwargs):
    """A memorandum in three languages built through ``memorandum_create``."""
    first, second = SignatoryFactory(), SignatoryFactory()
    if sections is None:
        sections = [
            {
                "heading": {"en": f"Heading {s}", "ru": f"Заголовок {s}", "kk": f"Тақырып {s}"},
                "clauses": [
                    {
                        "text": {"en": f"Clause {s}.{c}", "ru": f"Пункт {s}.{c}", "kk": f"Тармақ {s}.{c}"},
                        "items": [
                            {"en": f"Item {s}.{c}.{i}", "ru": f"Подпункт {s}.{c}.{i}", "kk": f"Тармақша {s}.{c}.{i}"}
                            for i in range(1, items_per_clause + 1)
                        ],
                    }
                    for c in range(1, clauses_per_section + 1)
                ],
            }
            for s in range(1, 4)
        ]
    defaults = {
        "title": {"en": "Memorandum of Understanding", "ru": "Меморандум о взаимопонимании", "kk": "Меморандум"},
        "parties": [
            {"organisation": first.organisation, "hereinafter": "A"},
            {"organisation": second.organisation, "hereinafter": "B"},
        ],
        "preamble": [{"keyword": {"en": "WHEREAS", "ru": "ПРИНИМАЯ ВО ВНИМАНИЕ", "kk": "ЕСКЕРЕ"}, "text": "x"}],
        "lead_in": {"en": "NOW, THEREFORE", "ru": "В СВЯЗИ С ЭТИМ", "kk": "ОСЫҒАН БАЙЛАНЫСТЫ"},
        "final_formula": {"en": "SIGNED", "ru": "ПОДПИСАНО", "kk": "ҚОЛ ҚОЙЫЛДЫ"},
        "signatures": [
            {"signatory": first, "for_text": {"en": "For A:", "ru": "За А:", "kk": "А үшін:"}},
            {"signatory": second, "for_text": {"en": "For B:", "ru": "За Б:", "kk": "Б үшін:"}},
        ],
    }
    defaults.update(kwargs)
    return memorandum_create(actor=actor, sections=sections, **defaults)


@pytest.fixture
def organisation(db):
    return OrganisationFactory()
