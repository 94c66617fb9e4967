import datetime

import pytest
from django.utils import timezone

from cicadocs.review import services
from memoranda.models import Clause, Memorandum, PreambleParagraph, Section, SubItem
from memoranda.services import memorandum_freeze_version
from tests.factories import DelegateFactory, MemberStateFactory


def make_memorandum(sections=2, clauses=2, items=1):
    memorandum = Memorandum.objects.create(
        title_en="Draft MoU with UNOCT", title_ru="Проект МоВ", title_kk="ӨЖМ жобасы"
    )
    PreambleParagraph.objects.create(
        memorandum=memorandum,
        position=1,
        keyword_en="WHEREAS",
        text_en="the Participants share goals;",
        keyword_ru="ПРИНИМАЯ ВО ВНИМАНИЕ",
        text_ru="что Участники разделяют цели;",
    )
    for s in range(1, sections + 1):
        section = Section.objects.create(
            memorandum=memorandum, position=s, heading_en=f"Heading {s}", heading_ru=f"Заголовок {s}"
        )
        for c in range(1, clauses + 1):
            clause = Clause.objects.create(
                section=section,
                position=c,
                text_en=f"The Participants shall cooperate on matter {s}.{c}.",
                text_ru=f"Участники сотрудничают по вопросу {s}.{c}.",
                text_kk=f"Қатысушылар {s}.{c} мәселесі бойынша ынтымақтасады.",
            )
            for i in range(1, items + 1):
                SubItem.objects.create(clause=clause, position=i, text_en=f"item {s}.{c}.{i}")
    return memorandum


def freeze(memorandum, user=None):
    """The next frozen version, made by the memoranda area's own service."""
    return memorandum_freeze_version(memorandum=memorandum, actor=user, reason="For review by member states")


@pytest.fixture
def now():
    return timezone.now().replace(microsecond=0)


@pytest.fixture
def memorandum(db):
    return make_memorandum()


@pytest.fixture
def version(memorandum, staff_user):
    return freeze(memorandum, staff_user)


@pytest.fixture
def other_delegate(groups):
    return DelegateFactory(member_state=MemberStateFactory())


@pytest.fixture
def make_circulation(version, staff_user, now):
    def _make(states, purpose="review", deadline=None, visibility="secretariat", circulated_version=None):
        return services.circulation_create(
            version=circulated_version or version,
            states=states,
            deadline=deadline or now + datetime.timedelta(days=10),
            actor=staff_user,
            purpose=purpose,
            proposals_visibility=visibility,
            now=now,
        )

    return _make


@pytest.fixture
def circulation(make_circulation, delegate):
    return make_circulation([delegate.member_state])


def first_clause_uid(version):
    return version.snapshot["sections"][0]["clauses"][0]["uid"]


@pytest.fixture
def series(db):
    from cicadocs.directory.models import Organisation
    from notes.models import Series
    from tests.factories import OrganisationFactory

    OrganisationFactory(kind=Organisation.Kind.SECRETARIAT)
    return Series.objects.create(prefix="NCT/CT/", last_number=700)
